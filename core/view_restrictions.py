"""Page privacy (Wagtail's view restrictions), read from the database once per request.

Wagtail's ``PageQuerySet.public()`` reads the whole PageViewRestriction table each time it is
called, and its serve-time privacy check reads the page's ancestors and then their restrictions:
several queries on every page view, for a table that is almost always empty. Here the table is
read once per request, and both uses are answered from that list with Wagtail's own rules.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


def for_request(request):
    """Every PageViewRestriction (with its page), read once per request."""
    if request is None:
        return list(PageViewRestriction.objects.select_related("page"))
    if not hasattr(request, "_page_view_restrictions"):
        request._page_view_restrictions = list(PageViewRestriction.objects.select_related("page"))
    return request._page_view_restrictions


def public(queryset, request):
    """``queryset.public()``: the pages outside every private section, without a query of its own."""
    private = Q()
    for restriction in for_request(request):
        private |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return queryset.exclude(private) if private else queryset


def applying_to(page, known_ancestors, request):
    """The restrictions ``page.get_view_restrictions()`` finds, from the request's list.

    Like Wagtail, a restriction applies when it is on the page or an ancestor, an alias standing for
    the page it copies in the end (an alias of an alias for the original). ``known_ancestors`` are the
    ancestor objects at hand (from routing); an ancestor above them (the tree's root) is matched by its
    path, since it is never an alias.
    """
    restrictions = for_request(request)
    if not restrictions:
        return []
    pages = [page, *known_ancestors]
    ids = _alias_sources(pages)
    shallowest = min(ancestor.depth for ancestor in pages)
    return [
        restriction
        for restriction in restrictions
        if restriction.page_id in ids
        or (restriction.page.depth < shallowest and page.path.startswith(restriction.page.path))
    ]


def _alias_sources(pages):
    """The ids of the pages that ``pages`` stand for: a page itself, an alias the page it copies, followed to
    the end (an alias may copy an alias) as Wagtail's ``get_view_restrictions`` does.

    Asks the database (once per step of the chain) only about an alias whose source is not in ``pages``.
    """
    alias_of = {page.pk: page.alias_of_id for page in pages}
    unknown = set(alias_of.values()) - set(alias_of) - {None}
    while unknown:
        found = dict(Page.objects.filter(pk__in=unknown).values_list("pk", "alias_of_id"))
        alias_of.update(found)
        unknown = set(found.values()) - set(alias_of) - {None}

    def source(page_id):
        while alias_of.get(page_id) is not None:
            page_id = alias_of[page_id]
        return page_id

    return {source(page.pk) for page in pages}


def is_public(page, request):
    """Whether ``page`` is outside every private section, as ``public()`` would decide."""
    return not any(page.path.startswith(restriction.page.path) for restriction in for_request(request))
