"""The query budget of issue 6: every public page type, rendered for an anonymous visitor without the
page cache, runs at most 12 SQL queries, and the same number with 500 blog posts as with 10.

What is measured is the *second* request for a URL, with the page cache off
(``PAGE_CACHE_SECONDS = 0``): the first request warms what a running site keeps warm — Wagtail's
image renditions cache (so no image costs a query), its site root paths, and the clinic facts and
navigation kept across requests by core.site_cache. Every cache is emptied before the first request,
so nothing from another test or an earlier build counts. ``test_rebuilding_the_shared_parts_costs_*``
states what a render costs just after an edit, when core.site_cache has been invalidated.

Counts are exact: a change that adds a query fails here, and the expected number is to be raised
only when the query is worth it (and while it stays within the budget).
"""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_factories import ImageFactory

from blog.models import BlogCategory, BlogPage
from core import site_cache
from tests import factories

BUDGET = 12
POSTS = 10
MORE_POSTS = 500

#: (URL name, expected queries, HTTP status). URLs come from ``urls()`` below.
EXPECTED = {
    "home": 10,
    "service index": 6,
    "service": 6,
    "blog index": 9,
    "blog category": 10,
    "blog tag": 10,
    "blog feed": 7,
    "article": 11,
    "location index": 7,
    "location": 7,
    "consultation form": 7,
    "about": 5,
    "privacy policy": 5,
    "search": 6,
    "sitemap": 4,
    "robots.txt": 0,
    "not found": 5,
}
#: Pages that list posts, or are one: their count must not grow with the number of posts.
POST_HEAVY = ["home", "blog index", "blog category", "blog tag", "blog feed", "article", "service", "sitemap"]


def body_with_links_and_a_figure(image, linked_page):
    """A body like the demo's: headings, paragraphs (one linking another page) and a figure."""
    return [
        factories.heading("What the research says"),
        factories.paragraph(f'Read <a linktype="page" id="{linked_page.pk}">about the clinic</a> first.'),
        {
            "type": "figure",
            "value": {
                "image": {"image": image.pk, "alt_text": "A treatment room", "decorative": False},
                "caption": "Our room",
            },
        },
        factories.paragraph("Several trials have shown ..."),
    ]


def add_posts(tree, count, start):
    """``count`` more live posts like the first ones: hero image, author, a category, tags, a related service."""
    category, image, author = tree.category, tree.image, tree.author
    for number in range(start, start + count):
        post = BlogPage(
            title=f"Post number {number}",
            slug=f"post-number-{number}",
            intro="A two-sentence summary of the post.",
            date_published=datetime.date(2026, 1, 1) + datetime.timedelta(days=number % 300),
            body=body_with_links_and_a_figure(image, tree.about),
            hero_image=image,
            author=author,
            live=True,
            first_published_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        )
        post.categories = [category]
        post.related_services = [tree.service]
        post.tags.add("ketamine", "depression")
        tree.blog.add_child(instance=post)
        tree.blog.refresh_from_db()


def add_more_posts(tree, settings):
    """Up to MORE_POSTS posts. Search-index and reference-index updates are left out to keep it quick:
    nothing measured here reads them."""
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update():
        add_posts(tree, MORE_POSTS - POSTS, start=POSTS)


@pytest.fixture
def site(site_tree, settings):
    """``site_tree`` made representative: a logo, a privacy page, and ten posts with all a post can carry."""
    settings.PAGE_CACHE_SECONDS = 0
    tree = site_tree
    tree.image = ImageFactory(description="A calm treatment room")
    tree.author = factories.PersonFactory(name="Maya Okafor", bio="Our medical director.")
    tree.category = factories.BlogCategoryFactory(name="Conditions")
    tree.privacy = factories.StandardPageFactory(parent=tree.home, title="Privacy policy", slug="privacy-policy")
    tree.settings.logo = tree.image
    tree.settings.save()
    tree.home.hero_image = tree.image
    tree.home.body = body_with_links_and_a_figure(tree.image, tree.about)
    tree.home.save_revision().publish()
    for post in tree.posts:
        post.hero_image, post.author = tree.image, tree.author
        post.body = body_with_links_and_a_figure(tree.image, tree.about)
        post.categories = [tree.category]
        post.related_services = [tree.service]
        post.tags.add("ketamine", "depression")
        post.save_revision().publish()
    add_posts(tree, POSTS - len(tree.posts), start=len(tree.posts))
    assert BlogPage.objects.live().count() == POSTS
    return tree


def urls(tree):
    article = BlogPage.objects.get(slug="post-number-5")
    return {
        "home": "/",
        "service index": tree.services.url,
        "service": tree.service.url,
        "blog index": tree.blog.url,
        "blog category": f"{tree.blog.url}category/{tree.category.slug}/",
        "blog tag": f"{tree.blog.url}tag/{Tag.objects.get(name='ketamine').slug}/",
        "blog feed": f"{tree.blog.url}feed/",
        "article": article.url,
        "location index": tree.locations.url,
        "location": tree.location.url,
        "consultation form": tree.consultation.url,
        "about": tree.about.url,
        "privacy policy": tree.privacy.url,
        "search": "/search/?q=ketamine",
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "not found": "/no-such-page/",
    }


def status_of(name):
    return 404 if name == "not found" else 200


def warm(client, url, status):
    """Empty every cache, then make one request: it warms what a running site keeps warm."""
    for cache in caches.all():
        cache.clear()
    assert client.get(url).status_code == status


def count_second_render(client, url, status):
    warm(client, url, status)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status
    return len(queries.captured_queries)


def test_every_page_type_is_within_budget():
    assert max(EXPECTED.values()) <= BUDGET


@pytest.mark.parametrize("name", EXPECTED)
def test_queries_per_page_type(name, site, client, django_assert_num_queries):
    url, status = urls(site)[name], status_of(name)
    warm(client, url, status)
    with django_assert_num_queries(EXPECTED[name]):
        assert client.get(url).status_code == status


def test_post_heavy_pages_cost_the_same_with_500_posts(site, client, settings):
    """Home, the blog's listings and feed, an article, a service page and the sitemap: the counts of
    ``EXPECTED`` again once 490 more posts (each with all a post carries) are live. One test, so the
    posts are made once; the failure names every page whose count moved."""
    urls_of = urls(site)
    add_more_posts(site, settings)
    assert BlogPage.objects.live().count() == MORE_POSTS
    counted = {name: count_second_render(client, urls_of[name], status_of(name)) for name in POST_HEAVY}
    assert counted == {name: EXPECTED[name] for name in POST_HEAVY}
    page_two = f"{site.blog.url}?page=2"
    assert count_second_render(client, page_two, 200) == EXPECTED["blog index"]
    assert client.get(page_two).content.count(b'class="card post-card"') == 10


def test_rebuilding_the_shared_parts_costs_seven_queries_once(site, client, django_assert_num_queries):
    """After an edit (core.site_cache invalidated) the next render rebuilds the clinic facts (settings,
    opening hours, closures) and the navigation (home with its children, condition pages), and reads the
    short menu title of each standard page in the footer (About, Privacy policy): seven queries, once."""
    client.get("/")
    site_cache.invalidate()
    with django_assert_num_queries(EXPECTED["home"] + 7):
        client.get("/")
    with django_assert_num_queries(EXPECTED["home"]):
        client.get("/")


def rendition_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return [query["sql"] for query in queries.captured_queries if "wagtailimages_rendition" in query["sql"]]


def test_images_cost_no_query_per_image_on_repeat_renders(site, client):
    """An article's hero, figure and share image and the logo come from Wagtail's renditions cache; a
    listing's cards prefetch their renditions in one query, so it stays one when that cache is cold."""
    article = urls(site)["article"]
    client.get(article)
    assert rendition_queries(client, article) == []
    site.settings.logo = None  # the header's logo is not part of the listing
    site.settings.save()
    client.get(site.blog.url)
    caches["renditions"].clear()
    assert len(rendition_queries(client, site.blog.url)) == 1


def test_the_representative_site_has_what_a_post_can_carry(site):
    post = BlogPage.objects.get(slug="post-number-5")
    assert post.hero_image and post.author and list(post.categories.all()) == [site.category]
    assert {tag.name for tag in post.tags.all()} == {"ketamine", "depression"}
    assert list(post.related_services.all()) == [site.service]
    assert BlogCategory.objects.count() == 1 and Page.objects.live().count() > POSTS
