"""Finding the page for a URL in a fixed number of queries, whatever its depth.

Wagtail's ``Page.route`` walks the path one level at a time, with two queries per level (the
child by its slug, then its specific object), and its privacy check then reads the page's
ancestors and their view restrictions. ``PathRoutingMixin`` follows the same rules but reads
every page on the path in one query (pages have their ``url_path`` stored), loads the specific
object of only the page that answers (with what its class names in ``select_related_when_served``),
and answers the privacy check from the restrictions read once per request (core.view_restrictions).

A page between the site root and the answering page is walked as a deferred specific object (no
query): its own ``route`` is asked, as Wagtail would, and should it answer for itself (a
``RoutablePageMixin`` route such as /blog/category/news/), it is loaded in full and asked again.
List this mixin after ``RoutablePageMixin`` so that such a page finds its children the same way.

This is privacy-critical, so it is proven against Wagtail itself: tests/core/test_routing_differential.py
(Hypothesis) builds random trees under two Sites, with password, sign-in and group restrictions, aliases
(of aliases, of whole sections), unpublished, renamed and moved pages, and checks for every path that this
mixin and core.view_restrictions give the same page, route arguments, restrictions, ``public()`` listings and
served response as Wagtail's own ``Page.route`` and privacy check. Change either module only with it passing.
"""

from django.http import Http404
from wagtail.models import Page, PageViewRestriction

from core import view_restrictions


def _pages_on_path(request, page, path_components):
    """The pages whose URL paths run from ``page`` down ``path_components``, by url_path, read once per request."""
    known = request.__dict__.setdefault("_pages_by_url_path", {}) if request is not None else {}
    url_paths = [page.url_path + "/".join(path_components[:end]) + "/" for end in range(1, len(path_components) + 1)]
    missing = [url_path for url_path in url_paths if url_path not in known]
    if missing:
        known.update(dict.fromkeys(missing))
        known.update((found.url_path, found) for found in Page.objects.filter(url_path__in=missing))
    return known


def ancestors(page):
    """The page's ancestors below the tree's root (from the site's home page down to its parent).

    A routed page knows them already; any other page (a preview, say) asks the database once.
    """
    if "_route_trail" not in page.__dict__:
        page._route_trail = list(page.get_ancestors())[1:]
    return page._route_trail


class PathRoutingMixin:
    """Wagtail's routing and privacy check, in a fixed number of queries. See the module docstring."""

    #: Related objects fetched with the page when it is the one that answers a request.
    select_related_when_served = ()

    def route(self, request, path_components):
        if "_routed_view_restrictions" not in self.__dict__:
            # Routing starts here, at the site's root page: usually a child of the tree's root.
            self._route_trail = [] if self.depth == 2 else ancestors(self)
            self._routed_view_restrictions = view_restrictions.applying_to(self, self._route_trail, request)
        if not path_components:
            return super().route(request, path_components)
        child = _pages_on_path(request, self, path_components).get(f"{self.url_path}{path_components[0]}/")
        if child is None:
            raise Http404
        trail, remaining = [*self._route_trail, self], path_components[1:]
        if remaining:
            # On the way to a page further down: the child's own fields are not needed to walk on.
            walked = self._routed(child.specific_deferred, trail, request)
            result = walked.route(request, remaining)
            if result is None or result[0] is not walked:
                return result
            # The child answers itself (a route of its own, e.g. RoutablePageMixin's): load it and ask again.
        return self._routed(self._load_served(child), trail, request).route(request, remaining)

    def _routed(self, child, trail, request):
        child._routed_view_restrictions = view_restrictions.applying_to(child, trail, request)
        child._route_trail = trail
        child._cached_parent_obj = self  # treebeard's get_parent() answers from it
        return child

    @staticmethod
    def _load_served(page):
        page_class = page.specific_class
        related = getattr(page_class, "select_related_when_served", ())
        if not related:
            return page.specific
        return page_class._default_manager.select_related(*related).get(pk=page.pk)

    def get_view_restrictions(self):
        restrictions = self.__dict__.get("_routed_view_restrictions")
        if restrictions is None:
            return super().get_view_restrictions()
        if not restrictions:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in restrictions])
