"""Round trips to Redis per request, counted by a private redis-server's own statistics (INFO commandstats):
a page-cache hit is one, a miss of the home page three (the lookup, one read of what every page shows, the
store), and a page's images cost none once its process has seen them."""

import gzip

import pytest
import redis as redis_py
from django.core.cache import caches
from django.test import Client
from wagtail_factories import ImageFactory

from core import page_cache
from kureiv.settings.base import cache_settings
from tests.production.redis_server import RedisServer

#: What counting asks Redis itself, and what a new connection says before its first command.
NOT_COUNTED = {"info", "config|resetstat", "hello", "client|setinfo", "client|maint_notifications", "select"}


class CountedRedis:
    def __init__(self, server):
        self.client = redis_py.Redis(port=server.port)

    def reset(self):
        self.client.config_resetstat()

    def commands(self):
        """Commands run since ``reset``, by name. A MULTI … EXEC transaction is sent and answered at once: one
        round trip, however many commands it holds."""
        stats = self.client.info("commandstats")
        return {
            name.removeprefix("cmdstat_"): value["calls"]
            for name, value in stats.items()
            if name.removeprefix("cmdstat_") not in NOT_COUNTED
        }


@pytest.fixture
def redis(tmp_path, settings, monkeypatch):
    """Every cache on a redis-server of the test's own, configured as production configures them."""
    server = RedisServer(tmp_path)
    server.start()
    monkeypatch.setenv("REDIS_URL", server.url)
    monkeypatch.setenv("CACHE_KEY_PREFIX", "round-trips")
    settings.CACHES = cache_settings()
    settings.PAGE_CACHE_SECONDS = 900
    assert caches["renditions"].copies is not None
    yield CountedRedis(server)
    for alias in settings.CACHES:
        caches[alias].close()
    server.stop()


@pytest.fixture
def site(site_tree):
    """The home page with a hero image (six renditions: two formats, three sizes)."""
    site_tree.home.hero_image = ImageFactory(description="A calm treatment room")
    site_tree.home.save_revision().publish()
    return site_tree


def visit(path):
    """A new anonymous visitor's GET (no cookies), as a browser sends it."""
    return Client().get(path, HTTP_ACCEPT_ENCODING="gzip")


PUBLIC_PATHS = ["/", "/services/", "/services/depression/", "/blog/", "/locations/houston/", "/about/", "/sitemap.xml"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_a_hit_is_one_round_trip_and_no_query(site, redis, path, django_assert_num_queries):
    assert visit(path)["X-Page-Cache"] == "miss"
    redis.reset()
    with django_assert_num_queries(0):
        assert visit(path)["X-Page-Cache"] == "hit"
    assert redis.commands() == {"mget": 1}


@pytest.mark.django_db
def test_a_miss_of_the_home_page_is_three_round_trips(site, redis):
    visit("/")  # the first visit ever also makes the page's tokens, Wagtail's renditions, the header and menu
    page_cache.purge(["/"])
    visit("/")  # this process's first render after a purge: its image copies are there from now on
    page_cache.purge(["/"])
    redis.reset()
    response = visit("/")
    assert response["X-Page-Cache"] == "miss"
    # The page-cache lookup (MGET), the site-wide read (MGET: version, header and menu, Wagtail's site root
    # paths) and the store (one transaction: SET the entry, MGET its tokens back).
    assert redis.commands() == {"mget": 3, "multi": 1, "set": 1, "exec": 1}
    assert b"hero__image" in gzip.decompress(response.content)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/about/", "/blog/", "/services/", "/locations/houston/", "article"])
def test_a_miss_of_any_page_is_three_round_trips_however_many_links_it_shows(site, redis, path):
    """Every page's links (menu, breadcrumbs, cards, JSON-LD) find the sites' root paths in the request's
    one site-wide read (core.pages.SitePage._get_site_root_paths), not in a read of their own."""
    path = site.posts[0].url if path == "article" else path
    for _ in range(2):
        visit(path)
        page_cache.purge([path])
    redis.reset()
    assert visit(path)["X-Page-Cache"] == "miss"
    assert redis.commands() == {"mget": 3, "multi": 1, "set": 1, "exec": 1}


@pytest.mark.django_db
def test_after_an_edit_the_header_and_menu_are_built_once_and_kept_in_one_write(site, redis):
    visit("/")
    site.about.title = "About our clinic"
    site.about.save_revision().publish()  # purges everything and starts a new site-cache version
    redis.reset()
    visit("/")
    assert redis.commands()["set"] == 2  # the site-wide values once, the page once
    page_cache.purge(["/"])
    redis.reset()
    visit("/")
    assert redis.commands()["set"] == 1  # only the page


@pytest.mark.django_db
def test_renditions_are_read_from_redis_once_per_process_and_never_written_back(site, redis):
    visit("/")
    assert [key for key in redis.client.keys("*") if b":renditions:" in key]
    page_cache.purge(["/"])
    redis.reset()
    visit("/")
    commands = redis.commands()
    assert "mset" not in commands and commands["set"] == 1  # the page's entry, no rendition
    assert commands["mget"] == 3  # the page cache's lookup and store, the site-wide values: no rendition
    caches["renditions"].copies.forget()  # as a new process starts
    page_cache.purge(["/"])
    redis.reset()
    visit("/")
    assert redis.commands()["mget"] == 4  # and the renditions, once, all in one read
