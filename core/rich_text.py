"""Rich-text page links resolved in one query per block of text.

Wagtail's own handler loads each linked page's specific object (one query per page type) only to
ask for its URL; the URL comes from fields every page has, so deferred specific objects serve. Each URL is
made for the request being served, which reads the sites' root paths from the cache once for the whole
request (without it, every linked page read them again: a round trip to Redis per link).
"""

from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from core.request_context import current_request


class DeferredPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = {str(page.pk): page for page in Page.objects.filter(id__in=ids).specific(defer=True)}
        return [pages.get(str(id_)) for id_ in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        request = current_request()
        return [
            f'<a href="{escape(page.localized.get_url(request=request))}">' if page else "<a>"
            for page in cls.get_many(attrs_list)
        ]
