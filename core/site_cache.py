"""What every page shows around its own content, kept in Django's cache across requests.

The clinic's facts (header, footer, JSON-LD) and the navigation are the same on every page and
cost several queries to build. ``remember()`` builds each once per site and keeps it in the
default cache, all of a site's under one key, with the *content version* they were built under;
``invalidate()`` starts a new version, so everything kept under the old one is ignored from then on
(and expires unread, or is replaced).

A request reads the version and its site's key together, once (one round trip), whatever it remembers.
Wagtail's own list of the sites' root paths, which every page URL needs, is kept there too and handed to
the request (Wagtail reads it from the cache once per request otherwise, in a round trip of its own). It
changes only when a site or a page's path does, and those purge everything (core.cache_purging).

``invalidate()`` runs on every change that could alter them — core.cache_purging calls it from the
same receivers that purge the page cache. Call it after any other change that should show at once.
It runs at once and again when the transaction commits, so a request that rebuilds in between
cannot keep what it read before the commit.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Site

from core import request_context, resilient_cache

VERSION_KEY = "site-cache:version"
#: A safety net only: signals end an entry's life long before this.
TIMEOUT_SECONDS = 60 * 60
#: The version lives longer than what is kept under it; when it expires, everything is simply built again.
VERSION_TIMEOUT_SECONDS = 24 * 60 * 60
_KEPT = "_site_cache_kept"
#: Where Wagtail keeps the sites' root paths for one request (Page._get_site_root_paths).
_WAGTAIL_ROOT_PATHS = "_wagtail_cached_site_root_paths"


def _site_key(site):
    return f"site-cache:site:{site.pk}"


class _Kept:
    """What one request knows of its site's kept values: read once, written back once if it built any."""

    def __init__(self, site, version, values):
        self.site, self.version, self.values = site, version, values
        self.write_pending = False

    def value(self, request, name, build):
        if name not in self.values:
            self.values[name] = build()
            self._write_later(request)
        return self.values[name]

    def _write_later(self, request):
        # No version: the cache does not answer (core.resilient_cache), so it was built for this request only.
        if self.version is None or self.write_pending:
            return
        if request_context.current_request() is request:
            self.write_pending = True
            request_context.after_request(self._write)  # one write for all it builds, once it is answered
        else:
            self._write()

    def _write(self):
        self.write_pending = False
        cache.set(_site_key(self.site), {"version": self.version, "values": self.values}, TIMEOUT_SECONDS)


def _kept(request, site):
    """This request's ``_Kept``, read from the cache on its first use (one round trip)."""
    kept = getattr(request, _KEPT, None)
    if kept is None:
        found = cache.get_many([VERSION_KEY, _site_key(site)])
        version = found.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=VERSION_TIMEOUT_SECONDS)
            version = cache.get(VERSION_KEY)
        stored = found.get(_site_key(site))
        kept = _Kept(site, version, dict(stored["values"]) if stored and stored["version"] == version else {})
        setattr(request, _KEPT, kept)
        if not hasattr(request, _WAGTAIL_ROOT_PATHS):
            setattr(request, _WAGTAIL_ROOT_PATHS, kept.value(request, "site_root_paths", Site.get_site_root_paths))
    return kept


def remember(request, name, build):
    """``build()``'s result for the request's site: from this request, else the cache, else built and kept."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return build()
    return _kept(request, site).value(request, name, build)


def invalidate():
    """Forget everything ``remember()`` kept: now, and again when the current transaction commits."""

    def new_version():
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=VERSION_TIMEOUT_SECONDS)
        # A new version Redis did not receive is made good as soon as it answers again.
        resilient_cache.after_recovery(cache, "site_cache.invalidate", new_version)

    new_version()
    transaction.on_commit(new_version)
