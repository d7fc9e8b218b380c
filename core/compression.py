"""gzip for text responses, for clients that accept it; never for a response that carries a secret.

A page from the page cache is compressed once, when it is stored (core.page_cache), and its gzip bytes
are served to every hit; other responses are compressed as they leave (``CompressionMiddleware``).

BREACH: an attacker who can make a victim's browser request a page that both reflects input the attacker
chose and carries a secret can recover the secret from the compressed sizes. So a response is compressed
only when it can hold no secret of the visitor's: not for a request with a session cookie (signed-in staff,
the admin), and not when the response sets a cookie — the CSRF token's, whenever a form such as the
consultation request puts a token in the page. Public pages, search results, feeds and the sitemap carry
no secret and are compressed, reflected input or not.

Only gzip: brotli at its best setting made the home page 4.1 KB instead of gzip's 5.1 KB, which saves no
round trip (both fit in TCP's first ten segments), for a new compiled dependency and ~80 ms per store.
"""

import gzip
import re

from django.conf import settings
from django.utils.cache import patch_vary_headers

#: Shorter bodies are sent as they are: gzip's header and checksum would eat most of the gain.
MIN_LENGTH = 200
COMPRESSIBLE_TYPES = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/ld+json",
    "application/javascript",
    "image/svg+xml",
)
_GZIP_REFUSED = re.compile(r"^\s*q\s*=\s*0(\.0*)?\s*$")


def accepts_gzip(request):
    """Whether the request's Accept-Encoding lists gzip (or ``*``) without ``q=0``."""
    accepted = {}
    for item in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        coding, _, params = item.partition(";")
        accepted[coding.strip().lower()] = not _GZIP_REFUSED.match(params)
    return accepted.get("gzip", accepted.get("*", False))


def compressible(response):
    """Whether the response is text that is not encoded yet (it then varies with Accept-Encoding)."""
    if response.streaming or response.has_header("Content-Encoding"):
        return False
    return response.get("Content-Type", "").lower().startswith(COMPRESSIBLE_TYPES)


def worth_compressing(response):
    return compressible(response) and len(response.content) >= MIN_LENGTH


def may_hold_a_secret(request, response):
    """True for a signed-in visitor's response and any response setting a cookie (a CSRF token's included)."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or bool(response.cookies)
        or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
    )


def gzip_bytes(content):
    """gzip at its best ratio, with no timestamp, so the same page always compresses to the same bytes."""
    return gzip.compress(content, compresslevel=9, mtime=0)


def use_encoding(response, compressed):
    """Make ``response`` carry ``compressed`` (gzip of its body) instead of its body."""
    response.content = compressed
    response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(compressed))
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response["ETag"] = "W/" + etag  # not byte-for-byte the plain body any more


def vary(response):
    """Say the body depends on Accept-Encoding (every text response, and every page cache response, says so)."""
    patch_vary_headers(response, ("Accept-Encoding",))


class CompressionMiddleware:
    """Compresses the responses that did not come compressed from the page cache (see the module docstring).

    It sits after WhiteNoise, which serves the static files' own precompressed copies.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not compressible(response):  # a page cache hit or miss is compressed already
            return response
        vary(response)
        if worth_compressing(response) and accepts_gzip(request) and not may_hold_a_secret(request, response):
            use_encoding(response, gzip_bytes(response.content))
        return response
