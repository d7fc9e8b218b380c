"""What every page shows around its own content, kept in Django's cache across requests.

The clinic's facts (header, footer, JSON-LD) and the navigation are the same on every page and
cost several queries to build. ``remember()`` builds each once per site and keeps it in the
default cache under the current *content version*; ``invalidate()`` starts a new version, so
everything kept under the old one is ignored from then on (and expires unread).

``invalidate()`` runs on every change that could alter them: a page published, unpublished,
moved, renamed or deleted, ClinicSettings, a Site, a view restriction (privacy) or an image (the
logo) saved or deleted. Call it after any other change that should show at once. It runs at
once and again when the transaction commits, so a request that rebuilds in between cannot keep
what it read before the commit.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "site-cache:version"
#: A safety net only: signals end an entry's life long before this.
TIMEOUT_SECONDS = 60 * 60


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
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
    key = f"site-cache:{_version()}:{site.pk}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT_SECONDS)
    setattr(request, attribute, value)
    return value


def invalidate():
    """Forget everything ``remember()`` kept: now, and again when the current transaction commits."""

    def new_version():
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)

    new_version()
    transaction.on_commit(new_version)


def _content_changed(sender, **kwargs):
    invalidate()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def connect():
    """Wire ``invalidate()`` to the signals named in the module docstring. Called from CoreConfig.ready()."""
    from core.models import ClinicSettings

    for name, signal in [
        ("published", page_published), ("unpublished", page_unpublished),
        ("moved", post_page_move), ("slug_changed", page_slug_changed),
    ]:
        signal.connect(_content_changed, dispatch_uid=f"site_cache_page_{name}")
    post_delete.connect(_page_deleted, dispatch_uid="site_cache_page_deleted")
    for model in (ClinicSettings, Site, PageViewRestriction, get_image_model()):
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"site_cache_saved_{model.__name__}")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"site_cache_deleted_{model.__name__}")
