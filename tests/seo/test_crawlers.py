"""What crawlers and feed readers fetch: /sitemap.xml, /robots.txt and the blog's RSS feed."""

import datetime
import email.utils
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from .conftest import ROOT

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
pytestmark = pytest.mark.django_db


def xml_of(response):
    assert response.status_code == 200, response.status_code
    return ET.fromstring(response.content)


class TestSitemap:
    def test_lists_every_live_page_with_when_it_was_last_published(self, site, client):
        pages = [
            site.home,
            site.services,
            site.service,
            site.blog,
            *site.posts,
            site.locations,
            site.location,
            site.consultation,
            site.about,
            site.team,
        ]
        for page in pages:
            page.save_revision().publish()
        urls = {
            url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
            for url in xml_of(client.get("/sitemap.xml")).iter(f"{SITEMAP}url")
        }
        assert set(urls) == {ROOT + page.url for page in pages}
        for page in pages:
            page.refresh_from_db()
            assert urls[ROOT + page.url] == timezone.localdate(page.last_published_at).isoformat()

    def test_leaves_out_drafts(self, site, client):
        site.posts[0].unpublish()
        locs = {url.findtext(f"{SITEMAP}loc") for url in xml_of(client.get("/sitemap.xml")).iter(f"{SITEMAP}url")}
        assert ROOT + site.posts[0].url not in locs and ROOT + site.posts[1].url in locs


def test_robots_txt_keeps_crawlers_out_of_admin_and_search_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert {"Disallow: /admin/", "Disallow: /search/"} <= set(lines)
    assert f"Sitemap: {ROOT}/sitemap.xml" in lines


class TestBlogFeed:
    def test_is_valid_rss_with_an_item_per_post(self, site, client):
        response = client.get("/blog/feed/")
        assert response["Content-Type"].startswith("application/rss+xml")
        rss = xml_of(response)
        assert rss.tag == "rss" and rss.get("version") == "2.0"
        channel = rss.find("channel")
        assert channel.findtext("link") == f"{ROOT}/blog/"
        items = channel.findall("item")
        newest_first = sorted(site.posts, key=lambda post: post.date_published, reverse=True)
        assert [item.findtext("title") for item in items] == [post.title for post in newest_first]
        for item, post in zip(items, newest_first, strict=True):
            assert item.findtext("link") == item.findtext("guid") == ROOT + post.url
            assert item.findtext("description") == post.intro
            published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
            assert published.date() == post.date_published and published.time() == datetime.time(9)

    def test_the_blog_and_its_posts_point_feed_readers_to_it(self, site, client):
        for url in ["/blog/", site.posts[0].url]:
            assert b'<link rel="alternate" type="application/rss+xml"' in client.get(url).content
            assert b'href="/blog/feed/"' in client.get(url).content

    def test_leaves_out_unpublished_posts(self, site, client):
        site.posts[1].unpublish()
        titles = [item.findtext("title") for item in xml_of(client.get("/blog/feed/")).iter("item")]
        assert titles == [site.posts[0].title]
