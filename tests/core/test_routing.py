"""core.routing finds the same page Wagtail's own routing would, and keeps private pages private."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from core import routing
from tests import factories

pytestmark = pytest.mark.django_db


def titles_in(response, selector):
    return [node.get_text(" ", strip=True) for node in BeautifulSoup(response.content, "html.parser").select(selector)]


def test_every_page_of_the_tree_answers_at_its_url(site_tree, client):
    for page in [
        site_tree.home,
        site_tree.services,
        site_tree.service,
        site_tree.blog,
        *site_tree.posts,
        site_tree.locations,
        site_tree.location,
        site_tree.consultation,
        site_tree.about,
    ]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk


@pytest.mark.parametrize("url", ["/nothing/", "/services/nothing/", "/services/depression/nothing/", "/blog/category/"])
def test_an_unknown_path_is_not_found(site_tree, client, url):
    assert client.get(url).status_code == 404


def test_a_draft_page_is_not_found_but_a_live_page_below_a_draft_is_served_as_wagtail_does(site_tree, client):
    site_tree.service.unpublish()
    assert client.get("/services/depression/").status_code == 404
    site_tree.service.save_revision().publish()
    site_tree.services.unpublish()
    assert client.get("/services/").status_code == 404
    assert client.get("/services/depression/").status_code == 200


def test_the_blogs_own_routes_come_before_a_post_with_the_same_slug(site_tree, client):
    factories.BlogPageFactory(parent=site_tree.blog, title="Feed", slug="feed")
    response = client.get("/blog/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")


def test_a_category_route_is_served_by_the_fully_loaded_blog_index(site_tree, client):
    category = factories.BlogCategoryFactory(name="Research")
    site_tree.posts[0].categories = [category]
    site_tree.posts[0].save_revision().publish()
    response = client.get("/blog/category/research/")
    assert response.status_code == 200
    assert response.context["page"].get_deferred_fields() == set()
    assert titles_in(response, "h1") == ["Research"]
    assert titles_in(response, ".post-card .card__title") == [site_tree.posts[0].title]


def test_breadcrumbs_name_every_ancestor_below_the_tree_root(site_tree, client):
    response = client.get(site_tree.posts[0].url)
    assert titles_in(response, ".breadcrumbs a") == ["Home", "Blog", site_tree.posts[0].title]
    assert [page.pk for page in routing.ancestors(site_tree.posts[0])] == [site_tree.home.pk, site_tree.blog.pk]


class TestPrivatePages:
    @pytest.fixture
    def private_blog(self, site_tree):
        return PageViewRestriction.objects.create(page=site_tree.blog, restriction_type=PageViewRestriction.LOGIN)

    def test_a_page_in_a_private_section_asks_for_a_sign_in(self, site_tree, client, private_blog):
        response = client.get(site_tree.posts[0].url)
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert client.get("/blog/").status_code == 302

    def test_signed_in_the_page_is_served(self, site_tree, client, private_blog):
        client.force_login(get_user_model().objects.create_user("reader", password="a-long-password-1"))
        assert client.get(site_tree.posts[0].url).status_code == 200

    def test_a_password_restriction_shows_the_password_form(self, site_tree, client):
        PageViewRestriction.objects.create(
            page=site_tree.about, restriction_type=PageViewRestriction.PASSWORD, password="secret-word"
        )
        response = client.get("/about/")
        assert response.status_code == 200
        assert b'name="password"' in response.content

    def test_private_pages_leave_the_menu_and_every_listing(self, site_tree, client, private_blog):
        html = client.get("/").content.decode()
        assert 'href="/blog/"' not in html
        assert site_tree.posts[0].title not in html

    def test_other_pages_stay_public(self, site_tree, client, private_blog):
        assert client.get("/about/").status_code == 200
        assert client.get(site_tree.service.url).status_code == 200


class TestAliasesOfAliases:
    """Wagtail follows an alias of an alias to the original page for its privacy; so does core.routing."""

    @pytest.fixture
    def first_alias(self, site_tree):
        """/about/ aliased at /services/about/, and that alias aliased again at /about-again/."""
        first = site_tree.about.create_alias(parent=site_tree.services)
        first.create_alias(parent=site_tree.home, update_slug="about-again")
        return first

    def test_making_the_original_private_makes_the_alias_of_its_alias_private(self, site_tree, first_alias, client):
        PageViewRestriction.objects.create(page=site_tree.about, restriction_type=PageViewRestriction.LOGIN)
        response = client.get("/about-again/")
        assert response.status_code == 302 and "/login/" in response["Location"]

    def test_like_wagtail_a_restriction_on_an_alias_itself_is_ignored_even_in_a_chain(self, first_alias, client):
        PageViewRestriction.objects.create(page=first_alias, restriction_type=PageViewRestriction.LOGIN)
        assert client.get("/services/about/").status_code == 200
        assert client.get("/about-again/").status_code == 200
