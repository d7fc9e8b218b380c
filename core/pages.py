"""What every page type of the site answers for itself, and the index pages' common base.

Core's shared parts — the head tags (core.templatetags.seo_tags), the menu and footer
(core.templatetags.clinic_tags) and the cache purging (core.cache_purging) — ask a page through the
small methods below and never look at its type. Each page app overrides what differs beside its model:
a blog post says what a change to it purges, a condition page what its menu label is.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core import page_cache, seo
from core.request_context import current_request
from core.routing import PathRoutingMixin
from core.view_restrictions import public

#: Home is depth 2 and its children depth 3: those are in the menu or the footer of every page.
NAVIGATION_DEPTH = 3
SITEMAP_PATH = "/sitemap.xml"


def path_of(page):
    """The page's path on its site ("/blog/my-post/"), or "/" for a page with no URL (nothing cached)."""
    parts = page.get_url_parts()
    return parts[2] if parts else "/"


class SitePage(PathRoutingMixin, Page):
    """The base of every page type on the site: fast routing (core.routing) and the defaults below."""

    #: A change to a page of this type shows on every page (the header's hours, the menu): purge everything.
    shown_on_every_page = False
    #: Listed under "Explore" in the footer of every page.
    in_footer = False

    class Meta:
        abstract = True

    def _get_site_root_paths(self, cache_object=None, **kwargs):
        """Wagtail's, kept on the request being served when none is given (``page.url`` in a template): the
        sites' root paths are then read once per request, not once per page whose address is asked for."""
        return super()._get_site_root_paths(cache_object or current_request(), **kwargs)

    @property
    def menu_label(self):
        """How the menu and the footer name the page."""
        return self.title

    def menu_children(self, request):
        """The pages listed under this one in the main menu (and in the footer): none by default.

        Called on a deferred specific object: use the tree fields (path, depth), not the page's own fields.
        """
        return []

    def summary_text(self):
        """The page's own one- or two-sentence summary, for the meta description."""
        return ""

    def meta_description(self):
        """The promote tab's search description, else the page's own summary."""
        return self.search_description or self.summary_text()

    def structured_data(self, site_url):
        """The JSON-LD objects the page adds to the clinic's (core.seo builds them): the FAQ blocks of its body."""
        body = getattr(self, "body", None)
        faq = seo.faq_items(body) if body else []
        return [seo.faq_page(faq)] if faq else []

    def get_cached_paths(self):
        """Wagtail's convention: the paths below the page's own URL that show it ("/" is the page itself)."""
        return ["/"]

    def paths_to_purge(self):
        """What publishing, unpublishing or editing this page purges from the page cache and the CDN.

        Pages in the menu or the footer of every page, and types ``shown_on_every_page``: everything.
        Any other page: its own paths, its parent (which may list it) and the sitemap.
        """
        if self.shown_on_every_page or self.depth <= NAVIGATION_DEPTH:
            return [page_cache.EVERYTHING]
        own = path_of(self)
        return [
            *(own + path.lstrip("/") for path in self.get_cached_paths()),
            path_of(self.get_parent()),
            SITEMAP_PATH,
        ]


class IndexPage(SitePage):
    """A section's top page (conditions, blog, locations): an introduction and its live, public children."""

    intro = models.TextField(max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    #: The template variable the children are listed under ("services", "locations").
    listing_name = "children"

    class Meta:
        abstract = True

    def summary_text(self):
        return self.intro

    def listing(self, request):
        """The section's live pages that ``request`` may see, in the editors' order."""
        child_type = self.allowed_subpage_models()[0]
        return public(child_type.objects.child_of(self).live(), request).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context[self.listing_name] = self.listing(request)
        return context
