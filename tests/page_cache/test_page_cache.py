"""The full-page cache: what it stores, what it never stores, and that a hit costs no SQL query."""

import datetime
import uuid

import pytest
import time_machine
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from core import page_cache
from kureiv.settings.base import cache

CHICAGO = datetime.timezone(datetime.timedelta(hours=-6))  # CST, November
MONDAY_4PM = datetime.datetime(2026, 11, 23, 16, 0, tzinfo=CHICAGO)


def cached_hit(client, path, **extra):
    return client.get(path, **extra).get("X-Page-Cache") == "hit"


@pytest.fixture
def site(site_tree):
    return site_tree


@pytest.mark.django_db
def test_a_second_anonymous_visit_is_a_hit_that_runs_no_sql_query(client, site, django_assert_num_queries):
    first = client.get("/blog/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/blog/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/services/",
        "/services/depression/",
        "/blog/",
        "/blog/feed/",
        "/locations/",
        "/locations/houston/",
        "/about/",
        "/sitemap.xml",
        "/robots.txt",
    ],
)
def test_every_public_page_type_is_cached(client, site, path, django_assert_num_queries):
    assert client.get(path)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert client.get(path)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_cached_pages_tell_a_cdn_how_long_it_may_keep_them(client, site, settings):
    settings.PAGE_CACHE_CDN_SECONDS = 60
    for response in (client.get("/about/"), client.get("/about/")):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=0", "s-maxage=60"}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/consultation/", "/search/?q=ketamine", "/no-such-page/", "/healthz"])
def test_the_form_search_errors_and_health_are_never_cached(client, site, path):
    client.get(path)
    response = client.get(path)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_signed_in_editor_never_gets_or_fills_the_cache(client, site, admin_user):
    client.get("/about/")  # cached for visitors
    client.force_login(admin_user)
    response = client.get("/about/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert cached_hit(client, "/about/")


@pytest.mark.django_db
def test_a_page_behind_a_password_is_never_cached(client, site):
    PageViewRestriction.objects.create(
        page=site.about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    client.get("/about/")
    assert "X-Page-Cache" not in client.get("/about/")


@pytest.mark.django_db
def test_a_preview_is_never_cached(client, site, admin_user):
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{site.about.pk}/edit/preview/?mode=")
    assert "X-Page-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert client.get("/about/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_pagination_is_cached_per_page_and_tracking_parameters_share_the_entry(client, site):
    client.get("/blog/")
    assert cached_hit(client, "/blog/?utm_source=newsletter&fbclid=abc")
    assert client.get("/blog/?page=1")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?q=anything", "?page=1&page=2", "?page=12345678901", "?preview=1"])
def test_unknown_or_odd_query_strings_are_answered_fresh_and_not_stored(client, site, query):
    client.get("/blog/" + query)
    response = client.get("/blog/" + query)
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_a_host_is_never_served_another_hosts_page(client, site, settings):
    settings.ALLOWED_HOSTS = ["testserver", "www.example.org"]
    client.get("/about/")
    assert client.get("/about/", HTTP_HOST="www.example.org")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_turned_off_with_zero_seconds(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/about/")
    assert "X-Page-Cache" not in client.get("/about/")


@pytest.mark.django_db
def test_open_now_on_a_cached_page_turns_to_closed_at_closing_time(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 24 * 3600  # so only the closing time can end the entry
    with time_machine.travel(MONDAY_4PM, tick=False) as clock:
        first = client.get("/locations/houston/")
        assert "Open now · closes 5 P.M." in first.content.decode()
        clock.move_to(MONDAY_4PM.replace(minute=59))
        assert cached_hit(client, "/locations/houston/")
        clock.move_to(MONDAY_4PM.replace(hour=17, minute=0, second=1))
        after = client.get("/locations/houston/")
    assert after["X-Page-Cache"] == "miss"
    assert "Closed now · opens Tue 8 A.M." in after.content.decode()


@pytest.mark.django_db
def test_every_entry_ends_at_midnight_when_today_and_closures_move_on(client, site):
    with time_machine.travel(MONDAY_4PM.replace(hour=23, minute=50), tick=False) as clock:
        client.get("/about/")
        assert cached_hit(client, "/about/")
        clock.move_to(MONDAY_4PM.replace(day=24, hour=0, minute=0, second=1))
        assert client.get("/about/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_a_page_rendered_while_a_purge_happened_is_not_stored(site):
    request = RequestFactory().get("/about/")
    assert page_cache.lookup(request) is None
    page_cache.allow(request)
    page_cache.purge([page_cache.EVERYTHING])  # an editor publishes while this request renders
    assert page_cache.store(request, HttpResponse("the old text")) == 0
    fresh = RequestFactory().get("/about/")
    assert page_cache.lookup(fresh) is None


@pytest.mark.django_db
def test_a_miss_on_a_path_that_is_no_page_writes_nothing(client, site):
    before = set(caches[page_cache.CACHE_ALIAS]._cache)
    client.get("/no-such-page/" + "x" * 200)
    assert set(caches[page_cache.CACHE_ALIAS]._cache) == before


@pytest.mark.django_db
def test_works_the_same_on_redis(client, site, settings, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/9")  # a database of its own: clear() empties it
    monkeypatch.setenv("CACHE_KEY_PREFIX", f"kureiv-test-{uuid.uuid4().hex}")
    settings.CACHES = {**settings.CACHES, "pages": cache("pages")}
    assert caches["pages"].__class__.__name__ == "ResilientRedisCache"
    try:
        client.get("/about/")
        assert cached_hit(client, "/about/")
        page_cache.purge([page_cache.EVERYTHING])
        assert client.get("/about/")["X-Page-Cache"] == "miss"
    finally:
        caches["pages"].clear()
