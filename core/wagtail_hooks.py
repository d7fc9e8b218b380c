"""Wagtail hooks for site-wide behaviour."""

from wagtail import hooks

from core.rich_text import DeferredPageLinkHandler


@hooks.register("register_rich_text_features", order=1)
def resolve_page_links_with_one_query(features):
    """Replace Wagtail's page-link handler: ``order=1`` runs this after Wagtail registers its own."""
    features.register_link_type(DeferredPageLinkHandler)
