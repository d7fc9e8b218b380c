"""What every page shows around its own content, kept in Django's cache across requests.

The clinic's facts (header, footer, JSON-LD) and the navigation are the same on every page and
cost several queries to build. ``remember()`` builds each once per site and keeps it in the
default cache under the current *content version*; ``invalidate()`` starts a new version, so
everything kept under the old one is ignored from then on (and expires unread).

``invalidate()`` runs on every change that could alter them — core.cache_purging calls it from the
same receivers that purge the page cache. Call it after any other change that should show at once.
It runs at once and again when the transaction commits, so a request that rebuilds in between
cannot keep what it read before the commit.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Site

from core import resilient_cache

VERSION_KEY = "site-cache:version"
#: A safety net only: signals end an entry's life long before this.
TIMEOUT_SECONDS = 60 * 60
#: The version lives longer than what is kept under it; when it expires, everything is simply built again.
VERSION_TIMEOUT_SECONDS = 24 * 60 * 60


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=VERSION_TIMEOUT_SECONDS)
        version = cache.get(VERSION_KEY)
    return version


def remember(request, name, build):
    """``build()``'s result for the request's site: from this request, else the cache, else built and kept."""
    attribute = f"_site_cache_{name}"
    if request is not None and hasattr(request, attribute):
        return getattr(request, attribute)
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return build()
    version = _version()
    key = f"site-cache:{version}:{site.pk}:{name}"
    # No version: the cache does not answer (core.resilient_cache), so build it for this request only.
    value = cache.get(key) if version is not None else None
    if value is None:
        value = build()
        if version is not None:
            cache.set(key, value, TIMEOUT_SECONDS)
    setattr(request, attribute, value)
    return value


def invalidate():
    """Forget everything ``remember()`` kept: now, and again when the current transaction commits."""

    def new_version():
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=VERSION_TIMEOUT_SECONDS)
        # A new version Redis did not receive is made good as soon as it answers again.
        resilient_cache.after_recovery(cache, "site_cache.invalidate", new_version)

    new_version()
    transaction.on_commit(new_version)
