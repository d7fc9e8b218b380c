"""Wagtail hooks for site-wide behaviour."""

from wagtail import hooks

from core import avatars, page_cache
from core.rich_text import DeferredPageLinkHandler
from core.scheduled_publishing import OverduePublishingPanel


@hooks.register("before_serve_page", order=100)
def allow_page_cache(page, request, serve_args, serve_kwargs):
    """Let the page cache keep a page unless its type opts out (``page_cache = False``, e.g. a form).

    Registered after Wagtail's own view-restriction check (order 0), which answers first for a page
    behind a password or sign-in, so such a page never gets here and is never cached.
    """
    if getattr(page, "page_cache", True):
        page_cache.allow(request)


@hooks.register("register_rich_text_features", order=1)
def resolve_page_links_with_one_query(features):
    """Replace Wagtail's page-link handler: ``order=1`` runs this after Wagtail registers its own."""
    features.register_link_type(DeferredPageLinkHandler)


@hooks.register("construct_homepage_panels")
def warn_of_overdue_publishing(request, panels):
    """Staff see on the dashboard when scheduled pages are overdue (core.scheduled_publishing)."""
    panels.append(OverduePublishingPanel(request.user))


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    """Staff without an uploaded picture get their initials, never a Gravatar; ``size`` does not matter to
    the vector image (core.avatars)."""
    return avatars.avatar_url(user)
