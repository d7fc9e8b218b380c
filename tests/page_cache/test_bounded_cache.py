"""The page cache stays bounded on a real Redis: one entry per real page whatever query strings visitors
type, and a lifetime on every key (so a Redis with ``maxmemory`` can always evict)."""

import random

import pytest
from django.core.cache import caches

import blog.models
from core import page_cache
from kureiv.settings.base import cache

#: A Redis database no other test uses: the fixture empties it before and after each test.
REDIS_URL = "redis://127.0.0.1:6379/11"


@pytest.fixture
def redis(settings, monkeypatch):
    """Every cache on Redis database 11, empty; yields a client to count its keys."""
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    settings.CACHES = {alias: cache(alias) for alias in settings.CACHES}
    client = caches["pages"]._cache.get_client()
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def two_pages_of_posts(site_tree, monkeypatch):
    """The blog index shows one post a page, so its two posts make exactly two real pages."""
    monkeypatch.setattr(blog.models, "POSTS_PER_PAGE", 1)
    return site_tree


def entries(redis):
    return redis.keys("*:entry:*")


def odd_page_value(rng):
    """What visitors and bots type after ?page=: past the end, not a number, or a real page spelled oddly."""
    return rng.choice(
        [
            lambda: str(rng.randint(3, 999_999)),
            lambda: str(rng.randint(-99, 0)),
            lambda: "".join(rng.choices("abcxyz%_-.", k=rng.randint(1, 6))),
            lambda: "0" * rng.randint(1, 4) + rng.choice("12"),
            lambda: rng.choice(["+1", "+2", " 1", "2 ", "1_0", "1.0", "２"]),
            lambda: rng.choice("12"),
        ]
    )()


@pytest.mark.django_db
def test_300_random_page_numbers_add_at_most_one_entry_per_real_page(client, two_pages_of_posts, redis):
    rng = random.Random(11)
    statuses = set()
    for _ in range(300):
        path = rng.choice(["/blog/", "/about/", "/services/depression/"])
        statuses.add(client.get(path, {"page": odd_page_value(rng)}).status_code)
    assert statuses == {200, 404}
    assert 1 <= len(entries(redis)) <= 2  # /blog/?page=1 and /blog/?page=2, nothing else


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?page=3", "?page=0", "?page=abc", "?page=-1"])
def test_a_page_number_past_the_last_page_or_not_a_number_is_a_404_and_never_an_entry(
    client, two_pages_of_posts, redis, query
):
    assert client.get("/blog/" + query).status_code == 404
    assert client.get("/blog/" + query).status_code == 404
    assert entries(redis) == []


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?page=02", "?page=+2", "?page=2%20"])
def test_a_real_page_spelled_oddly_is_answered_but_not_stored(client, two_pages_of_posts, redis, query):
    response = client.get("/blog/" + query)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert entries(redis) == []
    assert client.get("/blog/?page=2")["X-Page-Cache"] == "miss"
    assert len(entries(redis)) == 1


@pytest.mark.django_db
def test_a_page_that_reads_no_query_parameter_is_not_stored_under_one(client, two_pages_of_posts, redis):
    client.get("/about/?page=2")
    assert "X-Page-Cache" not in client.get("/about/?page=2")
    assert entries(redis) == []


@pytest.mark.django_db
def test_every_key_the_site_writes_has_a_lifetime(client, two_pages_of_posts, redis):
    for path in ["/", "/blog/", "/blog/?page=2", "/about/", "/services/depression/", "/sitemap.xml"]:
        client.get(path)
        client.get(path)
    page_cache.purge(["/about/", "/blog/*"])
    page_cache.purge([page_cache.EVERYTHING])
    client.get("/about/")
    keys = redis.keys("*")
    assert any(b":entry:" in key for key in keys) and any(b":token:" in key for key in keys)
    assert any(b"site-cache:version" in key for key in keys)
    assert {key: redis.ttl(key) for key in keys if redis.ttl(key) < 0} == {}
