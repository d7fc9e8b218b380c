"""/sitemap.xml: Wagtail's sitemap of the site's live, public pages, in a fixed number of queries.

Wagtail's own loads every page's specific object (a query per page type) only to ask for its URL
and date, which come from fields every page has: deferred specific objects serve, and the view
restrictions come from the request's list (core.view_restrictions).
"""

from wagtail.contrib.sitemaps import Sitemap, views

from core.view_restrictions import public


class PublicPagesSitemap(Sitemap):
    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True).live()
        return public(pages, self.request).order_by("path").specific(defer=True)


def sitemap(request, **kwargs):
    return views.sitemap(request, sitemaps={"wagtail": PublicPagesSitemap}, **kwargs)
