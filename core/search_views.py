"""Site search at /search/?q=: Wagtail's search over the live, public pages of the current site."""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

RESULTS_PER_PAGE = 10
#: Longer queries are cut to this many characters: nobody types more, and the search backends
#: slow down (or refuse) on very long query strings.
MAX_QUERY_LENGTH = 100
#: Anything but letters and digits separates words. Quotes, brackets, colons and the like are
#: operators to SQLite's and PostgreSQL's full-text syntax, and an unbalanced one is an error there.
NOT_A_WORD = re.compile(r"[\W_]+")


def search_terms(query):
    """The words of ``query``, as plain text the search backend cannot misread as syntax."""
    return " ".join(NOT_A_WORD.split(query)).strip()


def shorten(query):
    """``query`` cut to MAX_QUERY_LENGTH characters, at a space if it had to cut a word in two."""
    if len(query) <= MAX_QUERY_LENGTH:
        return query
    cut = query[:MAX_QUERY_LENGTH]
    if not query[MAX_QUERY_LENGTH].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip()


@require_GET
def search(request):
    """Any query answers 200: an empty one asks for words, an over-long one is shortened and says so."""
    typed = " ".join(request.GET.get("q", "").split())
    query = shorten(typed)
    terms = search_terms(query)
    site = Site.find_for_request(request)
    results = None
    if query:
        pages = Page.objects.none()
        if terms and site is not None:
            # The home page is one click away on every page, and its short hero text would rank it first
            # for almost any word: results are the pages below it.
            pages = Page.objects.live().public().descendant_of(site.root_page).specific()
            pages = pages.search(terms, operator="and")
        results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "query_shortened": len(typed) > MAX_QUERY_LENGTH,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )
