"""A tag or category that only unpublished posts use is, to the public, a tag or category that does not exist.

Its name would otherwise say what the clinic is about to write ("Posts tagged “esketamine-trial”"), and an
empty page at its address would say that it exists.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

SECRET_NAME = "Esketamine trial"
SECRET_SLUG = "esketamine-trial"


def assert_not_found_like_a_missing_one(client, kind):
    missing = client.get(f"/blog/{kind}/no-such-{kind}/")
    response = client.get(f"/blog/{kind}/{SECRET_SLUG}/")
    assert missing.status_code == response.status_code == 404
    assert SECRET_NAME not in response.content.decode()
    assert response.content.decode().replace(SECRET_SLUG, f"no-such-{kind}") == missing.content.decode()


class TestTags:
    def test_a_tag_only_a_draft_uses_is_not_found(self, client, site_tree):
        draft = factories.BlogPageFactory(parent=site_tree.blog, title="Coming soon", live=False)
        draft.tags.add(SECRET_NAME)
        draft.save_revision()
        assert_not_found_like_a_missing_one(client, "tag")

    def test_a_tag_added_in_an_unpublished_revision_of_a_live_post_is_not_found(self, client, site_tree):
        post = site_tree.posts[0]
        post.tags.add(SECRET_NAME)
        post.save_revision()
        assert_not_found_like_a_missing_one(client, "tag")

    def test_a_tag_only_a_private_post_uses_is_not_found(self, client, site_tree):
        private = factories.BlogPageFactory(parent=site_tree.blog, title="Staff only")
        private.tags.add(SECRET_NAME)
        private.save()
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
        assert_not_found_like_a_missing_one(client, "tag")

    def test_a_tag_a_live_post_uses_lists_it(self, client, site_tree):
        post = site_tree.posts[0]
        post.tags.add(SECRET_NAME)
        post.save_revision().publish()
        response = client.get(f"/blog/tag/{SECRET_SLUG}/")
        assert response.status_code == 200
        assert post.title in response.content.decode()


class TestCategories:
    def test_a_category_only_a_draft_uses_is_not_found(self, client, site_tree):
        category = factories.BlogCategoryFactory(name=SECRET_NAME, slug=SECRET_SLUG)
        factories.BlogPageFactory(parent=site_tree.blog, title="Coming soon", live=False, categories=[category])
        assert_not_found_like_a_missing_one(client, "category")

    def test_a_category_no_post_uses_yet_is_not_found(self, client, site_tree):
        factories.BlogCategoryFactory(name=SECRET_NAME, slug=SECRET_SLUG)
        assert_not_found_like_a_missing_one(client, "category")

    def test_a_category_a_live_post_uses_lists_it(self, client, site_tree):
        category = factories.BlogCategoryFactory(name=SECRET_NAME, slug=SECRET_SLUG)
        post = factories.BlogPageFactory(parent=site_tree.blog, title="Out now", categories=[category])
        response = client.get(f"/blog/category/{SECRET_SLUG}/")
        assert response.status_code == 200
        assert post.title in response.content.decode()
