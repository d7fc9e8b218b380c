"""The blog index lists its topics: the categories that live, public posts use, never those only drafts use."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


def topics(client, url="/blog/"):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [(link.get_text(strip=True), link["href"]) for link in html.select('nav[aria-label="Blog categories"] a')]


def test_the_index_links_each_category_a_live_post_uses_once(client, site_tree):
    research, guides = factories.BlogCategoryFactory(name="Research"), factories.BlogCategoryFactory(name="Guides")
    factories.BlogPageFactory(parent=site_tree.blog, categories=[research, guides])
    factories.BlogPageFactory(parent=site_tree.blog, categories=[research])
    assert topics(client) == [("Guides", "/blog/category/guides/"), ("Research", "/blog/category/research/")]


def test_categories_only_drafts_or_private_posts_use_are_not_listed(client, site_tree):
    draft_only, private_only = factories.BlogCategoryFactory(name="Draft"), factories.BlogCategoryFactory(name="Hush")
    factories.BlogPageFactory(parent=site_tree.blog, live=False, categories=[draft_only])
    private = factories.BlogPageFactory(parent=site_tree.blog, categories=[private_only])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    factories.BlogCategoryFactory(name="Unused")
    assert topics(client) == []


def test_a_category_page_marks_its_own_topic(client, site_tree):
    research = factories.BlogCategoryFactory(name="Research")
    factories.BlogPageFactory(parent=site_tree.blog, categories=[research])
    html = BeautifulSoup(client.get("/blog/category/research/").content, "html.parser")
    assert html.select_one('nav[aria-label="Blog categories"] a[aria-current="page"]').get_text() == "Research"
