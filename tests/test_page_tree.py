"""The page tree can only be built the way DESIGN.md draws it, in the model and in the admin.

    /                HomePage (one)
    /services/       ServiceIndexPage (one)   → ServicePage (many)
    /blog/           BlogIndexPage (one)      → BlogPage (many)
    /locations/      LocationIndexPage (one)  → LocationPage (many)
    /consultation/   ConsultationPage (one)
    /team/           TeamPage (one; its people are Person snippets, at /team/<slug>/)
    /<slug>/         StandardPage (many, nestable)

A refused "add page" is the admin's 403 page (core/admin_forbidden.py), not Wagtail's redirect to the dashboard.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPage
from consultations.models import ConsultationPage
from home.models import HomePage, StandardPage
from locations.models import LocationIndexPage, LocationPage
from services.models import FaqPage, ServiceIndexPage, ServicePage
from team.models import TeamPage
from tests import factories

REFUSED = "You don’t have access to this page"

#: Where each page type may live; keys name the pages of the ``tree`` fixture.
ALLOWED_PARENTS = {
    HomePage: {"root"},
    StandardPage: {"home", "about"},
    ServiceIndexPage: {"home"},
    ServicePage: {"services"},
    BlogIndexPage: {"home"},
    BlogPage: {"blog"},
    LocationIndexPage: {"home"},
    LocationPage: {"locations"},
    ConsultationPage: {"home"},
    TeamPage: {"home"},
}
ONE_PER_SITE = [HomePage, ServiceIndexPage, BlogIndexPage, LocationIndexPage, ConsultationPage, TeamPage]
SECTIONS = [ServiceIndexPage, BlogIndexPage, LocationIndexPage, ConsultationPage, TeamPage]
SECTION_FACTORIES = {
    ServiceIndexPage: factories.ServiceIndexPageFactory,
    BlogIndexPage: factories.BlogIndexPageFactory,
    LocationIndexPage: factories.LocationIndexPageFactory,
    ConsultationPage: factories.ConsultationPageFactory,
    TeamPage: factories.TeamPageFactory,
}
LEAF_PAGES = ["service", "post", "location", "consultation", "team"]
#: (page type, parent) for every type a site has many of, under each parent it may have.
ADDABLE_AGAIN = [
    (model, parent_key)
    for model, parent_keys in ALLOWED_PARENTS.items()
    if model not in ONE_PER_SITE
    for parent_key in sorted(parent_keys)
]


@pytest.fixture
def tree(site_tree):
    """Every kind of page in the built site, by name, plus Wagtail's tree root."""
    return {
        "root": Page.get_first_root_node(),
        "home": site_tree.home,
        "about": site_tree.about,
        "services": site_tree.services,
        "service": site_tree.service,
        "blog": site_tree.blog,
        "post": site_tree.posts[0],
        "locations": site_tree.locations,
        "location": site_tree.location,
        "consultation": site_tree.consultation,
        "team": site_tree.team,
    }


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def assert_refused(response):
    assert response.status_code == 403
    assert REFUSED in response.content.decode()


def name(model):
    return model.__name__


def param_id(value):
    """Test ids: page types by class name, tree keys as they are."""
    return value if isinstance(value, str) else name(value)


@pytest.mark.django_db
class TestWhereEachPageTypeMayLive:
    @pytest.mark.parametrize("model", list(ALLOWED_PARENTS), ids=name)
    def test_page_type_exists_only_under_its_allowed_parents(self, tree, model):
        allowed = {key for key, parent in tree.items() if model.can_exist_under(parent)}
        assert allowed == ALLOWED_PARENTS[model]

    @pytest.mark.parametrize("model", ONE_PER_SITE, ids=name)
    def test_there_is_only_one_home_page_and_one_of_each_section(self, tree, model):
        assert model.max_count == 1
        (parent_key,) = ALLOWED_PARENTS[model]
        assert model.objects.count() == 1
        assert not model.can_create_at(tree[parent_key])

    @pytest.mark.parametrize(
        ("model", "parent_key"),
        ADDABLE_AGAIN,
        ids=param_id,
    )
    def test_conditions_posts_clinics_and_standard_pages_can_be_added_again(self, tree, model, parent_key):
        assert model.objects.exists()
        assert model.can_create_at(tree[parent_key])

    def test_a_fresh_site_can_take_one_home_page(self, db):
        root = Page.get_first_root_node()
        assert HomePage.can_create_at(root)
        factories.install_home_page()
        assert not HomePage.can_create_at(root)

    @pytest.mark.parametrize("model", SECTIONS, ids=name)
    def test_a_section_can_be_created_until_it_exists(self, db, model):
        home = factories.install_home_page()
        assert model.can_create_at(home)
        SECTION_FACTORIES[model](parent=home)
        assert not model.can_create_at(home)


@pytest.mark.django_db
class TestAdminAddPage:
    @pytest.mark.parametrize(
        ("model", "parent_key"),
        ADDABLE_AGAIN,
        ids=param_id,
    )
    def test_admin_shows_the_create_form_where_the_type_is_allowed(self, admin_client, tree, model, parent_key):
        response = admin_client.get(add_url(model, tree[parent_key]))
        assert response.status_code == 200
        assert response.context["page_class"] is model
        assert response.context["parent_page"].pk == tree[parent_key].pk

    @pytest.mark.parametrize("model", SECTIONS, ids=name)
    def test_admin_shows_a_sections_create_form_while_it_does_not_exist(self, admin_client, db, model):
        home = factories.install_home_page()
        response = admin_client.get(add_url(model, home))
        assert response.status_code == 200
        assert response.context["page_class"] is model

    def test_admin_shows_the_home_page_form_on_a_fresh_site(self, admin_client, db):
        response = admin_client.get(add_url(HomePage, Page.get_first_root_node()))
        assert response.status_code == 200
        assert response.context["page_class"] is HomePage

    @pytest.mark.parametrize("model", ONE_PER_SITE, ids=name)
    def test_admin_refuses_a_second_home_page_or_section(self, admin_client, tree, model):
        (parent_key,) = ALLOWED_PARENTS[model]
        assert_refused(admin_client.get(add_url(model, tree[parent_key])))

    @pytest.mark.parametrize(
        ("model", "parent_key"),
        [
            (ServicePage, "home"),
            (ServicePage, "blog"),
            (BlogPage, "home"),
            (BlogPage, "services"),
            (LocationPage, "home"),
            (StandardPage, "services"),
            (StandardPage, "root"),
            (HomePage, "home"),
        ],
        ids=param_id,
    )
    def test_admin_refuses_a_page_type_under_the_wrong_parent(self, admin_client, tree, model, parent_key):
        assert_refused(admin_client.get(add_url(model, tree[parent_key])))

    def test_posting_a_second_home_page_creates_nothing(self, admin_client, tree):
        response = admin_client.post(
            add_url(HomePage, tree["root"]),
            {"title": "Another home", "slug": "another-home", "hero_heading": "Hi", "hero_text": "Hello"},
        )
        assert_refused(response)
        assert HomePage.objects.count() == 1

    def test_posting_a_blog_post_under_the_services_index_creates_nothing(self, admin_client, tree):
        response = admin_client.post(
            add_url(BlogPage, tree["services"]),
            {"title": "Misfiled", "slug": "misfiled", "intro": "Nope", "date_published": "2026-11-25"},
        )
        assert_refused(response)
        assert not BlogPage.objects.filter(slug="misfiled").exists()


@pytest.mark.django_db
class TestAdminAddSubpageChooser:
    def test_fresh_home_page_offers_every_section_and_standard_pages(self, admin_client, db):
        home = factories.install_home_page()
        response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk]))
        assert response.status_code == 200
        offered = {model_name for _, _, model_name, _ in response.context["page_types"]}
        assert offered == {
            "serviceindexpage",
            "blogindexpage",
            "locationindexpage",
            "consultationpage",
            "standardpage",
            "teampage",
            "faqpage",
        }

    def test_once_every_section_exists_home_goes_straight_to_a_standard_page(self, admin_client, tree):
        tree["home"].add_child(instance=FaqPage(title="Questions", slug="faq"))  # the last one of its kind
        response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[tree["home"].pk]))
        assert response.status_code == 302
        assert response["Location"] == add_url(StandardPage, tree["home"])

    @pytest.mark.parametrize(
        ("parent_key", "model"),
        [("services", ServicePage), ("blog", BlogPage), ("locations", LocationPage)],
    )
    def test_an_index_goes_straight_to_its_only_child_type(self, admin_client, tree, parent_key, model):
        response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[tree[parent_key].pk]))
        assert response.status_code == 302
        assert response["Location"] == add_url(model, tree[parent_key])

    @pytest.mark.parametrize("parent_key", LEAF_PAGES)
    def test_leaf_pages_take_no_children(self, admin_client, tree, parent_key):
        assert_refused(admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[tree[parent_key].pk])))
