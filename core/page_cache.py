"""A full-page cache for anonymous visitors, purged exactly when content changes.

A public page is stored the first time an anonymous visitor asks for it, and the next visitor gets the
stored bytes without a single SQL query. Only responses a view marks as cacheable are stored (Wagtail
pages through a ``before_serve_page`` hook, the sitemap and robots.txt through ``cacheable``), and only
when nothing personal can be in them: no session cookie on the request, no cookie set or CSRF token
used by the response, a 200 status, and no ``private``/``no-cache`` Cache-Control from the view.

A page that reads a query parameter says so with ``uses_query`` and names the value it understood; a
response is stored only when the query string is exactly what the page used (``?page=2``, not ``?page=02``
nor ``/about/?page=2``), so the cache holds at most one entry per real page, whatever visitors type.

Purging never deletes entries one by one. Every entry records three tokens it was made under — one for
the whole site, one for the path's first segment (its *section*, e.g. ``/blog/``) and one for the exact
path — and is served only while all three are still current; a purge gives a token a new random value,
so every entry under it stops being served at once (and is replaced or ages out of the cache on its own).
A purge names paths (see ``purge``), the same list the CDN in front is sent (core.cdn_purge);
``core.cache_purging`` decides what an edit purges.

Round trips to the cache: a hit is one (the entry and the three tokens, read together); a miss adds one
to store the entry (core.resilient_cache.add_set_get_many). A page rendered while a purge happened is
never served from the cache: its entry records the tokens read before rendering, which the purge replaced.
A token missing when the page was looked up (its first visit, or expired) is made as the page is stored,
only if nobody made it meanwhile (``add``); the store reads the tokens back, and if they are not the ones
the entry records, the response is not marked public for a CDN either.

Every key written has a lifetime, so a Redis with ``maxmemory`` can always drop what it must: a token
that expires only makes the next visits misses.

Entries never outlive the day they were made (closures and "today's hours" change at midnight) nor a
moment a template marks with ``expire_by`` (the next time "Open now" turns into "Closed now").

A text page is gzipped once, when it is stored, and kept that way: hits from clients that accept gzip
(every browser) get those bytes as they are, others get them decompressed (core.compression).
"""

import functools
import gzip
import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from core import compression, resilient_cache

CACHE_ALIAS = "pages"
#: Query parameters that never change what a page shows (campaign tracking): ignored in the key.
IGNORED_PARAMETERS = {"fbclid", "gclid", "msclkid"}
IGNORED_PREFIXES = ("utm_",)
#: Query parameters a cached page may depend on (the blog's pagination), with a sane length.
KEYED_PARAMETERS = {"page"}
MAX_PARAMETER_LENGTH = 6
#: The longest a CDN may keep a URL with a query string (see _mark_public).
QUERY_STRING_CDN_SECONDS = 60
#: Response headers that belong to one response and are never replayed from the cache.
UNSTORED_HEADERS = {"set-cookie", "cache-control", "expires", "x-page-cache", "content-length"}

#: How long a token lives (a day: entries never outlive midnight anyway).
TOKEN_SECONDS = 24 * 3600
#: A purge path ending in "*" is a prefix: it takes the whole section of its first segment; this one is the whole site.
EVERYTHING = "/*"

_ALLOWED = "_page_cache_allowed"
_USED_QUERY = "_page_cache_used_query"
_EXPIRES = "_page_cache_expires_at"
_TOKENS = "_page_cache_tokens"


def _cache():
    return caches[CACHE_ALIAS]


def _digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def section_of(path):
    """``/blog/tag/ptsd/`` → ``/blog/``; ``/`` → ``/``."""
    first = path.lstrip("/").split("/", 1)[0]
    return f"/{first}/" if first else "/"


def site_token_key():
    return "token:site"


def section(path):
    """The purge path for the whole section ``path`` is in: ``/blog/tag/ptsd/`` → ``/blog/*``; ``/`` → everything."""
    return section_of(path) + "*"


def section_token_key(path):
    return f"token:section:{_digest(section_of(path))}"


def path_token_key(path):
    return f"token:path:{_digest(path)}"


# --- what views and templates say ----------------------------------------------------------------


def allow(request):
    """Mark this request's response as fit for the page cache (if everything else about it is)."""
    setattr(request, _ALLOWED, True)


def cacheable(view):
    """Decorator for a non-page view whose response is the same for every anonymous visitor."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        allow(request)
        return view(request, *args, **kwargs)

    return wrapper


def uses_query(request, name, value):
    """Say this response depends on query parameter ``name``, understood as ``value`` (its one right spelling).

    A request whose parameter is spelled otherwise (``?page=01``) is answered but never stored.
    """
    used = getattr(request, _USED_QUERY, {})
    used[name] = str(value)
    setattr(request, _USED_QUERY, used)


def expire_by(request, moment):
    """Keep this request's response in the cache no later than ``moment`` (an aware datetime)."""
    if request is None or moment is None:
        return
    current = getattr(request, _EXPIRES, None)
    if current is None or moment < current:
        setattr(request, _EXPIRES, moment)


# --- looking up and storing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    status: int
    headers: list
    #: The body, gzipped when ``gzipped``.
    content: bytes
    gzipped: bool
    #: Unix time after which the entry is no longer served (the cache may keep it a little longer).
    expires: float
    #: The site, section and path tokens read before the page was rendered.
    tokens: tuple


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def eligible(request):
    """Whether this request may be answered from, and stored in, the page cache."""
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return _query_key(request) is not None and _host(request) is not None


def _host(request):
    try:
        return request.get_host()
    except DisallowedHost:
        return None


def _query_key(request):
    """The query string as far as the page depends on it, or None when it holds anything unknown."""
    kept = []
    for name, values in sorted(request.GET.lists()):
        if name in IGNORED_PARAMETERS or name.startswith(IGNORED_PREFIXES):
            continue
        if name not in KEYED_PARAMETERS or len(values) != 1 or len(values[0]) > MAX_PARAMETER_LENGTH:
            return None
        kept.append(f"{name}={values[0]}")
    return "&".join(kept)


def _token_keys(request):
    return [site_token_key(), section_token_key(request.path), path_token_key(request.path)]


def _entry_key(request):
    return "entry:" + _digest("|".join([_host(request), request.path, _query_key(request)]))


def _new_token():
    return secrets.token_hex(8)


def lookup(request):
    """The cached response for this request, or None; one round trip to the cache.

    Remembers the tokens it read, so ``store`` files the page under them. Nothing is written here: a
    request for a path that is not a page leaves no trace in the cache.
    """
    entry_key, token_keys = _entry_key(request), _token_keys(request)
    found = _cache().get_many([entry_key, *token_keys])
    tokens = tuple(found.get(key) for key in token_keys)
    setattr(request, _TOKENS, tokens)
    entry = found.get(entry_key)
    if entry is None or entry.tokens != tokens or entry.expires <= time.time():
        return None
    plain = gzip.decompress(entry.content) if entry.gzipped and not compression.accepts_gzip(request) else None
    response = HttpResponse(entry.content if plain is None else plain, status=entry.status)
    for name, value in entry.headers:
        response[name] = value
    compression.vary(response)
    if entry.gzipped and plain is None:
        compression.use_encoding(response, entry.content)
    _mark_public(request, response, entry.expires - time.time())
    response["X-Page-Cache"] = "hit"
    return response


def storable(request, response):
    if not getattr(request, _ALLOWED, False) or not hasattr(request, _TOKENS):
        return False
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    return _query_key(request) == _used_query_key(request)


def _used_query_key(request):
    """The query key the page would have if spelled as the page understood it (only parameters sent count)."""
    used = getattr(request, _USED_QUERY, {})
    return "&".join(f"{name}={used[name]}" for name in sorted(used) if name in request.GET)


def store(request, response):
    """File the response under the tokens read before it was rendered; returns the seconds it lives."""
    now = timezone.localtime()
    expires_at = min(
        now + timedelta(seconds=settings.PAGE_CACHE_SECONDS),
        next_midnight(now),
        getattr(request, _EXPIRES, None) or next_midnight(now),
    )
    lifetime = (expires_at - now).total_seconds()
    if lifetime < 1:
        return 0
    read = getattr(request, _TOKENS)
    tokens = tuple(token or _new_token() for token in read)
    token_keys = _token_keys(request)
    headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
    gzipped = compression.gzip_bytes(response.content) if compression.worth_compressing(response) else None
    entry = Entry(
        response.status_code, headers, gzipped or response.content, gzipped is not None, time.time() + lifetime, tokens
    )
    # One round trip: the tokens that were missing made (unless someone made them meanwhile), the entry
    # written — the cache keeps it a minute longer than it is served, so a clock a little off never serves it
    # late — and the tokens read back.
    found = resilient_cache.add_set_get_many(
        _cache(),
        {key: token for key, token, was in zip(token_keys, tokens, read, strict=True) if was is None},
        TOKEN_SECONDS,
        {_entry_key(request): entry},
        int(lifetime) + 60,
        token_keys,
    )
    if tuple(found.get(key) for key in token_keys) != tokens:
        # A purge happened while the page rendered (or the cache does not answer): the entry just written is
        # never served, and this response must not be kept by a CDN either.
        return 0
    compression.vary(response)
    if gzipped is not None and compression.accepts_gzip(request):
        compression.use_encoding(response, gzipped)
    _mark_public(request, response, lifetime)
    response["X-Page-Cache"] = "miss"
    return lifetime


def next_midnight(now):
    tomorrow = now.date() + timedelta(days=1)
    return timezone.make_aware(datetime.combine(tomorrow, datetime.min.time()), now.tzinfo)


def _mark_public(request, response, lifetime):
    """A CDN may keep the page as long as we do, up to PAGE_CACHE_CDN_SECONDS; browsers ask again each time.

    A URL with a query string gets at most QUERY_STRING_CDN_SECONDS: a purge of ``/about/`` reaches the
    CDN's ``/about/`` but not the ``/about/?utm_source=…`` it may keep apart.
    """
    longest = settings.PAGE_CACHE_CDN_SECONDS
    if request.META.get("QUERY_STRING"):
        longest = min(longest, QUERY_STRING_CDN_SECONDS)
    shared = max(0, min(int(lifetime), longest))
    del response["Cache-Control"]
    patch_cache_control(response, public=True, max_age=0, s_maxage=shared)


# --- purging -----------------------------------------------------------------------------------------


def purge(paths):
    """Forget the cached responses for ``paths``, each an exact path (every query string and host of it), or
    a prefix ending in ``*`` taking its whole section (``/blog/*``: every article, tag and feed), or EVERYTHING.

    Each path's token gets a new value (rather than being deleted), so a page that was rendering meanwhile
    and read the old one, or none, is never stored (see ``store``).
    """
    cache = _cache()
    cache.set_many({_token_key_of(path): _new_token() for path in paths}, timeout=TOKEN_SECONDS)
    # A purge Redis did not receive is made good, site-wide, as soon as it answers again.
    resilient_cache.after_recovery(cache, "page_cache.purge_everything", lambda: purge([EVERYTHING]))


def _token_key_of(purge_path):
    if purge_path == EVERYTHING:
        return site_token_key()
    if purge_path.endswith("*"):
        return section_token_key(purge_path[:-1])
    return path_token_key(purge_path)
