"""core.routing and core.view_restrictions answer exactly as Wagtail's own routing and privacy check.

Hypothesis builds random trees of the project's page types (standard pages, blog indexes with their
category/tag/feed routes, posts, service pages, consultation pages; some unpublished) under two Sites with
different hostnames, puts password, sign-in and group restrictions on random pages (the tree's root included),
aliases random pages, aliases and whole sections elsewhere, and publishes pages under new slugs and moves them
(so stored URL paths must follow). The second Site's root is its own home page or a page deep inside the
first. Then, for every path of every page of each Site, a path below each page that does not exist, each
routable page's own routes, and a few random paths, it compares:

(a) the page that answers (or a 404) and the view and arguments it answers with;
(b) the view restrictions that page reports, and the ancestors it knows (the breadcrumbs);
(c) ``view_restrictions.public(queryset, request)`` with ``queryset.public()``, and ``is_public`` with it for
    every page.

The reference is Wagtail itself, not a copy of it: inside ``wagtail_only()``, PathRoutingMixin steps aside —
its ``route`` and ``get_view_restrictions`` call the next class in the page type's MRO — so every page is
routed and checked by Wagtail 8's own ``Page.route`` (through ``RoutablePageMixin.route`` on a routable page,
exactly as without the mixin) and ``Page.get_view_restrictions``, query by query. Restrictions are also
compared with ``Page.get_view_restrictions`` called on a freshly loaded plain ``Page``.

``test_the_served_response_matches_wagtails`` then goes end to end through the test client: anonymous, signed
in and group member visitors get the same status (the page, a password form, a sign-in redirect, a 404) as
Wagtail's own serve path gives them.

Each example builds its tree inside a transaction that is rolled back, so examples never see each other.
"""

import contextlib
from dataclasses import dataclass
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.cache import caches
from django.db import transaction
from django.http import Http404
from django.test import Client, RequestFactory
from hypothesis import HealthCheck, Phase, event, example, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction, Site

from blog.models import BlogIndexPage, BlogPage
from consultations.models import ConsultationPage
from core import routing, view_restrictions
from core.routing import PathRoutingMixin
from tests import factories

pytestmark = pytest.mark.django_db

#: Bounded, and without the explain phase, which reruns a failing example hundreds of times.
EXAMPLES = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)

SITE_A_HOST = "a.example.test"
SITE_B_HOST = "b.example.test"
#: Page types to build with, by the factory that makes one under a given parent.
KINDS = {
    "standard": factories.StandardPageFactory,
    "blog": factories.BlogIndexPageFactory,
    "post": factories.BlogPageFactory,
    "services": factories.ServiceIndexPageFactory,
    "service": factories.ServicePageFactory,
    "consultation": factories.ConsultationPageFactory,
}
#: Few slugs, so that the same one turns up on many levels, and some that a routable page answers itself.
SLUGS = ["about", "blog", "feed", "category", "tag", "thank-you", "x"]
RESTRICTION_TYPES = [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
#: A routable page's own routes (some of them only partly matching), appended to its path.
OWN_ROUTES = {
    BlogIndexPage: [["category", "x"], ["tag", "x"], ["feed"], ["category"], ["category", "x", "x"]],
    ConsultationPage: [["thank-you"], ["thank-you", "x"]],
}

#: An index into whatever is there to choose from; -1 and -2 are the last pages made, so chains form often.
pick = st.one_of(st.integers(min_value=-2, max_value=-1), st.integers(min_value=0, max_value=10_000))
#: What to do to the tree, in order: add a page, alias a page (and maybe its section), restrict a page,
#: publish a page under a new slug, move a page.
operations = st.one_of(
    st.tuples(
        st.just("page"),
        pick,
        st.sampled_from(sorted(KINDS)),
        st.sampled_from(SLUGS),
        st.sampled_from([True, True, False]),
    ),
    st.tuples(st.just("alias"), pick, pick, st.booleans()),
    st.tuples(
        st.just("restrict"),
        pick,
        st.sampled_from(RESTRICTION_TYPES),
        st.sets(st.sampled_from(["members", "others"]), min_size=1),
    ),
    st.tuples(st.just("rename"), pick),
    st.tuples(st.just("move"), pick, pick),
)
trees = st.fixed_dictionaries(
    {
        "operations": st.lists(operations, min_size=1, max_size=8),
        "site_b_root": pick,
        "extra_paths": st.lists(st.lists(st.sampled_from([*SLUGS, "nothing"]), min_size=1, max_size=4), max_size=2),
    }
)


@dataclass
class Tree:
    """What ``TreeBuilder.build`` made: the two Sites, every page (in tree order), the groups restrictions name."""

    sites: list
    pages: list
    groups: dict
    extra_paths: list


class TreeBuilder:
    """Builds a tree drawn from ``trees``: one method per operation, each given the operation's drawn arguments."""

    def __init__(self):
        self.root = Page.get_first_root_node()
        self.home_a = factories.install_home_page(slug="home-a")
        Site.objects.filter(root_page=self.home_a).update(hostname=SITE_A_HOST)
        home_b = factories.HomePageFactory(parent=self.root, slug="home-b", title="KureIV B")
        self.page_ids = [self.root.pk, self.home_a.pk, home_b.pk]
        self.groups = {name: Group.objects.create(name=f"Differential {name}") for name in ("members", "others")}

    def build(self, spec):
        for operation, *arguments in spec["operations"]:
            getattr(self, operation)(*arguments)
        site_b = Site.objects.create(hostname=SITE_B_HOST, port=80, root_page=self.chosen(spec["site_b_root"], skip=2))
        return Tree(
            sites=[Site.objects.get(hostname=SITE_A_HOST), site_b],
            pages=list(Page.objects.filter(pk__in=self.page_ids).order_by("path").specific()),
            groups=self.groups,
            extra_paths=spec["extra_paths"],
        )

    def chosen(self, choice, skip=0):
        """The page a drawn index picks, the first ``skip`` left out (1: the tree root, 3: the home pages too).

        Read afresh: a page's tree fields change as pages are added under it.
        """
        return Page.objects.get(pk=self.page_ids[skip + choice % (len(self.page_ids) - skip)]).specific

    @staticmethod
    def free_slug(parent, slug):
        taken = set(parent.get_children().values_list("slug", flat=True))
        candidates = [slug, *(f"{slug}-{n}" for n in range(1, len(taken) + 1))]
        return next(candidate for candidate in candidates if candidate not in taken)

    def page(self, parent_choice, kind, slug, live):
        parent = self.chosen(parent_choice, skip=1)
        self.page_ids.append(KINDS[kind](parent=parent, slug=self.free_slug(parent, slug), live=live).pk)

    def alias(self, source_choice, parent_choice, recursive):
        """Alias a page (an alias too, maybe), or its whole section, under another page or the tree root."""
        source, parent = self.chosen(source_choice, skip=1), self.chosen(parent_choice)
        recursive = recursive and not (parent.pk == source.pk or parent.is_descendant_of(source))
        alias = source.create_alias(parent=parent, recursive=recursive, update_slug=self.free_slug(parent, source.slug))
        self.page_ids += alias.get_descendants(inclusive=True).values_list("pk", flat=True)

    def restrict(self, page_choice, restriction_type, group_names):
        restriction = PageViewRestriction.objects.create(
            page=self.chosen(page_choice),
            restriction_type=restriction_type,
            password="open-sesame",
        )
        if restriction_type == PageViewRestriction.GROUPS:
            restriction.groups.set([self.groups[name] for name in group_names])

    def rename(self, page_choice):
        """Publish a page (not an alias) under a slug no page has; its aliases follow it."""
        renamed = self.chosen(page_choice, skip=1)
        if renamed.alias_of_id is None:
            renamed.slug = f"renamed-{renamed.pk}-{len(self.page_ids)}"
            renamed.save_revision().publish()

    def move(self, page_choice, target_choice):
        """Move a page (not a home page) to the end of another's children, if its slug is free there."""
        if len(self.page_ids) == 3:
            return
        moved, target = self.chosen(page_choice, skip=3), self.chosen(target_choice)
        inside = target.pk == moved.pk or target.is_descendant_of(moved)
        if not inside and not target.get_children().filter(slug=moved.slug).exists():
            moved.move(target, pos="last-child")


@pytest.fixture(autouse=True)
def no_search_indexing(settings):
    """The search index plays no part here; not updating it on every page saved makes each example faster."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}


@contextlib.contextmanager
def rolled_back():
    """Run the block in a transaction that is always rolled back, with empty caches before and after."""
    for cache in caches.all():
        cache.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
    for cache in caches.all():
        cache.clear()


def _wagtails_route(self, request, path_components):
    return super(PathRoutingMixin, self).route(request, path_components)


def _wagtails_view_restrictions(self):
    return super(PathRoutingMixin, self).get_view_restrictions()


@contextlib.contextmanager
def wagtail_only():
    """Inside the block, PathRoutingMixin steps aside: routing and privacy are Wagtail's own (see the docstring)."""
    with (
        mock.patch.object(PathRoutingMixin, "route", _wagtails_route),
        mock.patch.object(PathRoutingMixin, "get_view_restrictions", _wagtails_view_restrictions),
    ):
        yield


def paths_of(tree, site, missing=True):
    """The paths to try on ``site``: its pages' and routable pages' own routes; with ``missing``, also a path
    below each page that leads nowhere and the drawn extra paths."""
    root_url_path = site.root_page.url_path
    paths = list(tree.extra_paths) if missing else []
    for page in tree.pages:
        if not page.url_path.startswith(root_url_path):
            continue
        components = [part for part in page.url_path[len(root_url_path) :].split("/") if part]
        paths += [components, [*components, "nothing"]] if missing else [components]
        paths += [
            [*components, *own]
            for page_class, routes in OWN_ROUTES.items()
            if isinstance(page, page_class)
            for own in routes
        ]
    return paths


def request_for(site, components):
    request = RequestFactory().get("/" + "".join(f"{part}/" for part in components), HTTP_HOST=site.hostname)
    request.user = AnonymousUser()
    return request


def described(argument):
    """A routable page's view is a method bound to the page that answers: name it, so answers can be compared."""
    return argument.__func__.__name__ if hasattr(argument, "__func__") else argument


def route(site, components):
    """What the site's root page answers for ``components``: (page or None, comparable answer, request)."""
    request = request_for(site, components)
    root = Site.objects.get(pk=site.pk).root_page.specific
    try:
        page, args, kwargs = root.route(request, components)
    except Http404:
        return None, None, request
    args = tuple(tuple(described(part) for part in arg) if isinstance(arg, tuple) else described(arg) for arg in args)
    return page, (page.pk, type(page).__name__, args, kwargs), request


def describe_answer(page, answer):
    """What kind of answer this was, for Hypothesis's statistics (--hypothesis-show-statistics)."""
    kind = "a routable page's own route" if answer[2] else "a page"
    if page.alias_of_id:
        kind += ", an alias of an alias" if page.alias_of.alias_of_id else ", an alias"
    return kind + (", private" if page.get_view_restrictions() else "")


def restriction_pks(page):
    return sorted(restriction.pk for restriction in page.get_view_restrictions())


def pks(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def check_routing_and_privacy(tree):
    for site in tree.sites:
        for components in paths_of(tree, site):
            where = f"{site.hostname}/{'/'.join(components)}"
            ours, our_answer, _ = route(site, components)
            with wagtail_only():
                theirs, their_answer, _ = route(site, components)
                their_restrictions = restriction_pks(theirs) if theirs else None
            assert our_answer == their_answer, where
            if ours is None:
                continue
            event(describe_answer(ours, our_answer))
            # (b) The privacy check: ours from the request's list, Wagtail's on the routed and on a fresh page.
            fresh = Page.objects.get(pk=ours.pk)
            assert (
                restriction_pks(ours)
                == their_restrictions
                == sorted(restriction.pk for restriction in Page.get_view_restrictions(fresh))
            ), where
            # The breadcrumbs: the ancestors met on the way, below the tree root.
            wagtails_ancestors = fresh.get_ancestors()[1:]
            assert [page.pk for page in routing.ancestors(ours)] == [page.pk for page in wagtails_ancestors], where

    # (c) Listings: public() with the restrictions read once per request against Wagtail's queryset.public().
    request = request_for(tree.sites[0], [])
    home = tree.sites[0].root_page
    for queryset in [Page.objects.all(), Page.objects.live(), BlogPage.objects.live().descendant_of(home)]:
        assert pks(view_restrictions.public(queryset, request)) == pks(queryset.public())
    public_pks = set(Page.objects.public().values_list("pk", flat=True))
    for page in tree.pages:
        assert view_restrictions.is_public(page, request) == (page.pk in public_pks), page.url_path


@settings(EXAMPLES, max_examples=30)
@given(spec=trees)
# Found by this test: a restriction on an alias that is itself aliased (Wagtail ignores it) ...
@example(
    spec={
        "operations": [
            ("page", -1, "blog", "about", True),
            ("page", -1, "blog", "about", True),
            ("alias", -1, -1, False),
            ("alias", -1, 1, False),
            ("restrict", -2, "password", {"members"}),
        ],
        "site_b_root": -1,
        "extra_paths": [],
    }
)
# ... and the original page made private after it was aliased, and the alias aliased (Wagtail follows the chain).
@example(
    spec={
        "operations": [
            ("page", 0, "standard", "about", True),
            ("alias", -1, 2, False),
            ("alias", -1, 1, False),
            ("restrict", 3, "login", set()),
        ],
        "site_b_root": 0,
        "extra_paths": [],
    }
)
# The second Site rooted at a blog inside a private section, the tree's root private too.
@example(
    spec={
        "operations": [
            ("page", 0, "standard", "about", True),
            ("page", -1, "blog", "blog", True),
            ("page", -1, "post", "x", True),
            ("restrict", 3, "groups", {"members"}),
            ("restrict", 0, "password", set()),
        ],
        "site_b_root": 2,
        "extra_paths": [["blog", "category", "x"]],
    }
)
def test_routing_and_privacy_match_wagtails(spec, db):
    with rolled_back():
        check_routing_and_privacy(TreeBuilder().build(spec))


# End to end: what a visitor gets.


def visitors(tree):
    """Test clients for an anonymous visitor, a signed-in visitor in no group, and a member of the "members" group."""
    user_model = get_user_model()
    outsider = user_model.objects.create_user("differential-outsider", password="a-long-password-1")
    member = user_model.objects.create_user("differential-member", password="a-long-password-1")
    member.groups.add(tree.groups["members"])
    clients = {"anonymous": Client(raise_request_exception=False)}
    for name, user in [("signed in", outsider), ("member", member)]:
        clients[name] = Client(raise_request_exception=False)
        clients[name].force_login(user)
    return clients


def served(client, site, components):
    """The status, redirect and whether a password form shows, from caches emptied first (each mode renders).

    The random trees ignore ``parent_page_types``, so a page where its type never goes (a post outside a blog)
    may fail to render: a 500, the same both ways. The privacy check comes before rendering.
    """
    for cache in caches.all():
        cache.clear()
    response = client.get("/" + "".join(f"{part}/" for part in components), HTTP_HOST=site.hostname)
    return response.status_code, response.get("Location"), b'name="password"' in response.content


@settings(EXAMPLES, max_examples=10)
@given(spec=trees, visits=st.lists(pick, min_size=1, max_size=4))
# A members-only page, and a password-protected blog with a post, aliased with the post on the second Site.
@example(
    spec={
        "operations": [
            ("page", 0, "standard", "about", True),
            ("restrict", -1, "groups", {"members"}),
            ("page", 0, "blog", "blog", True),
            ("page", -1, "post", "x", True),
            ("restrict", -2, "password", set()),
            ("alias", -2, 2, True),
        ],
        "site_b_root": 0,
        "extra_paths": [],
    },
    visits=list(range(12)),
)
def test_the_served_response_matches_wagtails(spec, visits, db):
    with rolled_back():
        tree = TreeBuilder().build(spec)
        clients = visitors(tree)
        paths = [(site, components) for site in tree.sites for components in paths_of(tree, site, missing=False)]
        for site, components in (paths[visit % len(paths)] for visit in visits):
            for name, client in clients.items():
                ours = served(client, site, components)
                with wagtail_only():
                    theirs = served(client, site, components)
                assert ours == theirs, f"{name} at {site.hostname}/{'/'.join(components)}"
                event(f"{name}: {ours[0]}" + (" with a password form" if ours[2] else ""))
