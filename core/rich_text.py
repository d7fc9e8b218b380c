"""Rich-text page links resolved in one query per block of text.

Wagtail's own handler loads each linked page's specific object (one query per page type) only to
ask for its URL; the URL comes from fields every page has, so deferred specific objects serve.
"""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


class DeferredPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = {str(page.pk): page for page in Page.objects.filter(id__in=ids).specific(defer=True)}
        return [pages.get(str(id_)) for id_ in ids]
