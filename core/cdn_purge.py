"""Sends each edit's purge paths (core.cache_purging) to the CDN in front, through Wagtail's frontend cache.

``WAGTAILFRONTENDCACHE`` (built from ``CDN_PURGE`` in the settings) names the CDN's backend; without one,
no backend is made and nothing is sent. The app ``wagtail.contrib.frontend_cache`` is never installed,
with or without a CDN: its ``ready()`` connects Wagtail's own publish and unpublish receivers, which
would send a second, narrower list (the page alone) before the transaction commits. Only its backends
and ``purge_urls_from_cache`` are used, fed the same list of paths as the page cache.

A path is sent once for each site's root URL (the clinic has one): ``/blog/*`` becomes
``https://www.kureiv.com/blog/*``. CloudFront takes such a wildcard as it is; core.cdn_backends says what
Cloudflare makes of it. A CDN that fails or cannot be reached is logged and never fails the edit: the
page it keeps then ages out at its ``s-maxage``.
"""

import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

logger = logging.getLogger(__name__)


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def urls_of(paths):
    """The full URLs of ``paths`` on every site."""
    roots = [site.root_url.rstrip("/") for site in Site.objects.all()]
    return [root + path for root in roots for path in paths]


def purge(paths):
    """Ask the CDN to forget ``paths`` (core.page_cache.purge's vocabulary); call it after the commit."""
    if not configured():
        return
    try:
        purge_urls_from_cache(urls_of(paths))
    except Exception:  # the edit is saved: a CDN that fails must not turn it into an error page
        logger.exception("CDN purge of %s failed; the CDN keeps those pages until their s-maxage ends", paths)
