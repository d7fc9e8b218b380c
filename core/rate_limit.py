"""Counting a client's attempts at something in Django's cache, for limits per address (consultation
requests, page passwords).

The address is the connection's REMOTE_ADDR, never a header such as X-Forwarded-For: any client can
write those, so a bot could dodge a limit (or use up someone else's) by sending a different one each
time. Behind a reverse proxy or load balancer REMOTE_ADDR is the proxy's address unless the proxy hands
on the client's own (e.g. nginx's real_ip module in front of gunicorn); otherwise everyone shares one
count. An IPv6 address counts by its /64 network: one subscriber or host is normally given a whole /64,
and could otherwise take a fresh address for every attempt.

The cache key holds a keyed hash of the address, not the address itself, so nothing in the cache
identifies a visitor. With several app servers the cache must be shared (Redis via REDIS_URL) for a
limit to hold across them. While Redis does not answer (core.resilient_cache, which logs it), each
process counts in its own memory instead: the limit fails partly open, a few times looser for as long as
the outage lasts, rather than refusing patients or letting a bot through unlimited.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

from core import resilient_cache


def client_network(request):
    """REMOTE_ADDR, an IPv6 address reduced to its /64 network."""
    address = request.META.get("REMOTE_ADDR", "")
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped:  # ::ffff:203.0.113.10 is that IPv4 client
        return str(parsed.ipv4_mapped)
    return str(ipaddress.IPv6Network((parsed, 64), strict=False))


def _cache_key(scope, request):
    digest = hmac.new(settings.SECRET_KEY.encode(), client_network(request).encode(), hashlib.sha256).hexdigest()
    return f"rate:{scope}:{digest[:32]}"


#: Where this process counts while the shared cache does not answer.
_process_memory = LocMemCache("rate-limit-during-cache-outage", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def count_attempt(scope, request, window_seconds):
    """Count one attempt at ``scope`` from this request's address and return how many there have been in
    the window, which runs from the address's first attempt."""
    key = _cache_key(scope, request)
    count = _count(cache, key, window_seconds)
    if not resilient_cache.available(cache):
        count = _count(_process_memory, key, window_seconds)
    return count


def _count(counter, key, window_seconds):
    counter.add(key, 0, timeout=window_seconds)
    try:
        return counter.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        counter.set(key, 1, timeout=window_seconds)
        return 1


def attempts(scope, request):
    """How many attempts at ``scope`` this request's address made in the current window."""
    key = _cache_key(scope, request)
    count = cache.get(key, 0)
    if not resilient_cache.available(cache):
        count = _process_memory.get(key, 0)
    return count
