"""A per-address limit on consultation requests, kept in Django's cache.

The address is the connection's REMOTE_ADDR, never a header such as X-Forwarded-For:
any client can write those, so a bot could dodge the limit (or fill another patient's
quota) by sending a different one each time. Behind a reverse proxy or load balancer
REMOTE_ADDR is the proxy's address unless the proxy hands on the client's own (e.g.
nginx's real_ip module in front of gunicorn); otherwise everyone shares one quota.

The cache key holds a keyed hash of the address, not the address itself, so nothing in
the cache identifies a patient. With several app servers the cache must be shared
(Redis via REDIS_URL) for the limit to hold across them.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60 * 60


def _cache_key(request):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()
    return f"consultations:rate:{digest[:32]}"


def allow_submission(request):
    """Count one submission from this request's address; False once the hourly limit is passed.

    The hour runs from the address's first submission; refused attempts count too, so a bot
    that keeps trying stays refused until the hour is over.
    """
    key = _cache_key(request)
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= settings.CONSULTATION_RATE_LIMIT_PER_HOUR
