"""Redis going away degrades the site, never takes it down (core.resilient_cache).

A private redis-server (tests/production/redis_server.py) holds every cache, as in production, and is
then killed (the port refuses connections), frozen (connections accepted, never answered: only short
socket timeouts keep pages fast) or swapped for a port where nothing listens.
"""

import datetime
import logging
import time

import pytest
from django.core.cache import caches
from django.test import Client

from consultations.models import ConsultationRequest
from core import rate_limit, resilient_cache
from kureiv.settings.base import cache
from tests import factories
from tests.workflow.admin_actions import publish_standard_page

from .redis_server import RedisServer, free_port

#: The warning core.resilient_cache logs while Redis is down.
OUTAGE_WARNING = "unavailable"


@pytest.fixture(autouse=True)
def no_attempts_counted_in_process_memory():
    """What the rate limit counted in this process during one test's outage never counts in another's."""
    rate_limit._process_memory.clear()


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def use_redis_at(url, settings, monkeypatch):
    """Every cache on the Redis at ``url``, built by the settings' own helper as production builds them."""
    monkeypatch.setenv("REDIS_URL", url)
    monkeypatch.setenv("CACHE_KEY_PREFIX", "outage-test")
    settings.CACHES = {
        "default": cache("default"),
        "renditions": cache("renditions", 2000, timeout=7 * 24 * 3600),
        "pages": cache("pages", 2000),
    }
    settings.PAGE_CACHE_SECONDS = 900


@pytest.fixture
def shared_caches(redis_server, settings, monkeypatch):
    use_redis_at(redis_server.url, settings, monkeypatch)
    return redis_server


@pytest.fixture
def site(site_tree):
    """``site_tree`` with a PTSD page (a condition a patient can pick on the form), a category and a tag."""
    factories.ServicePageFactory(parent=site_tree.services, title="PTSD", slug="ptsd", short_name="PTSD")
    return site_tree


def public_urls(tree):
    """One URL of every kind of page an anonymous visitor can ask for."""
    return [
        "/",
        tree.services.url,
        tree.service.url,
        tree.blog.url,
        tree.posts[0].url,
        "/blog/feed/",
        tree.locations.url,
        tree.location.url,
        tree.consultation.url,
        tree.about.url,
        "/search/?q=ketamine",
        "/sitemap.xml",
        "/robots.txt",
    ]


CONSULTATION = {
    "name": "Ana Torres",
    "phone": "713.555.0142",
    "email": "ana@example.com",
    "contact_method": "phone",
    "conditions": ["ptsd"],
    "best_time": "morning",
    "message": "Mornings before 10 are best.",
    "consent": "on",
    "website": "",
}


def send_consultation(client, tree):
    return client.post(tree.consultation.url, CONSULTATION)


def after_retry_interval(clock):
    clock.shift(datetime.timedelta(seconds=resilient_cache.RETRY_SECONDS + 1))


def assert_site_serves(client, tree):
    for url in public_urls(tree):
        response = client.get(url)
        assert response.status_code == 200, url
    health = client.get("/healthz")
    assert health.status_code == 200


def test_every_page_health_and_the_form_answer_with_redis_killed_and_requests_are_kept(
    client, site, shared_caches, clock
):
    assert_site_serves(client, site)
    assert client.get(site.about.url)["X-Page-Cache"] == "hit"

    shared_caches.kill()
    assert_site_serves(client, site)
    health = client.get("/healthz").json()
    assert health["status"] == "degraded" and health["cache"] == "unavailable" and health["database"] == "ok"
    assert any("Cache unavailable" in warning for warning in health["warnings"])

    for _ in range(3):
        assert send_consultation(client, site).status_code == 302  # to the thank-you page
    assert ConsultationRequest.objects.count() == 3


def test_the_rate_limit_is_kept_per_process_while_redis_is_down(client, site, shared_caches, clock, settings):
    settings.CONSULTATION_RATE_LIMIT_PER_HOUR = 2
    shared_caches.kill()
    statuses = [send_consultation(client, site).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert ConsultationRequest.objects.count() == 2


def test_an_editor_publishes_through_the_admin_while_redis_is_down(admin_client, site, shared_caches, clock):
    shared_caches.kill()
    assert publish_standard_page(admin_client, site)
    assert "About us" in Client().get(site.about.url).content.decode()


def test_the_outage_is_logged_once_a_minute_not_per_request(client, site, shared_caches, clock, caplog):
    shared_caches.kill()
    caplog.set_level(logging.WARNING, logger="core.resilient_cache")

    def warnings():
        return [record for record in caplog.records if OUTAGE_WARNING in record.getMessage()]

    for second in range(0, 60, 6):  # ten retries of Redis within the minute, many requests each
        assert_site_serves(client, site)
        after_retry_interval(clock)
        if second == 0:
            assert len(warnings()) == 1
    assert len(warnings()) == 1
    clock.shift(datetime.timedelta(seconds=10))
    assert_site_serves(client, site)
    assert len(warnings()) == 2


def test_pages_are_cached_again_once_redis_is_back_on_the_same_port(client, site, shared_caches, clock, caplog):
    shared_caches.kill()
    assert client.get(site.about.url).status_code == 200
    shared_caches.start()
    after_retry_interval(clock)
    with caplog.at_level(logging.WARNING, logger="core.resilient_cache"):
        assert client.get(site.about.url)["X-Page-Cache"] == "miss"
    assert client.get(site.about.url)["X-Page-Cache"] == "hit"
    assert "answers again" in caplog.text
    health = client.get("/healthz").json()
    assert health == {"status": "ok", "database": "ok", "cache": "ok", "scheduled_publishing": "ok", "warnings": []}


def test_a_redis_that_accepts_but_never_answers_costs_a_short_timeout_not_a_hung_page(
    client, site, shared_caches, clock
):
    assert_site_serves(client, site)
    shared_caches.freeze()
    try:
        started = time.perf_counter()
        assert_site_serves(client, site)
        assert time.perf_counter() - started < 5  # 14 requests; one socket timeout, then Redis is left alone
        after_retry_interval(clock)
        started = time.perf_counter()
        assert client.get(site.about.url).status_code == 200
        assert time.perf_counter() - started < 2
    finally:
        shared_caches.thaw()


def test_a_publish_redis_missed_while_cut_off_is_purged_once_it_answers(admin_client, site, shared_caches, clock):
    """Redis frozen, not restarted, keeps the old page; the purge it missed is made when it is back."""
    client = Client()  # a visitor, not the signed-in editor
    client.get(site.about.url)
    assert client.get(site.about.url)["X-Page-Cache"] == "hit"
    shared_caches.freeze()
    try:
        assert publish_standard_page(admin_client, site)
        assert "About us" in client.get(site.about.url).content.decode()
    finally:
        shared_caches.thaw()
    after_retry_interval(clock)
    response = client.get(site.about.url)
    assert response["X-Page-Cache"] == "miss"
    assert "About us" in response.content.decode()


def test_a_redis_address_where_nothing_listens_leaves_every_page_answering(client, site, settings, monkeypatch, clock):
    use_redis_at(f"redis://127.0.0.1:{free_port()}/0", settings, monkeypatch)
    assert_site_serves(client, site)
    assert send_consultation(client, site).status_code == 302
    assert ConsultationRequest.objects.count() == 1
    assert caches["pages"].get("anything", "fallback") == "fallback"
