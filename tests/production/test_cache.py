"""Redis when REDIS_URL is set, process memory otherwise; image renditions get a cache of their own."""

import uuid

import pytest
from django.core.cache import caches

from kureiv.settings.base import cache

REDIS_URL = "redis://127.0.0.1:6379/0"


def test_without_redis_url_each_cache_is_local_memory(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cache("default")["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_renditions_have_their_own_cache(settings):
    assert "renditions" in settings.CACHES


@pytest.mark.parametrize("alias", ["default", "renditions"])
def test_with_redis_url_values_round_trip_through_the_redis_server(settings, monkeypatch, alias):
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    monkeypatch.setenv("CACHE_KEY_PREFIX", f"kureiv-test-{uuid.uuid4().hex}")
    settings.CACHES = {"default": cache("default"), "renditions": cache("renditions")}
    redis_cache = caches[alias]
    assert redis_cache.__class__.__name__ == "ResilientRedisCache"

    redis_cache.set("greeting", {"hours": "Mon - Fri (8 A.M. - 5 P.M.)"}, timeout=30)
    try:
        assert redis_cache.get("greeting") == {"hours": "Mon - Fri (8 A.M. - 5 P.M.)"}
        client = redis_cache._cache.get_client()
        assert client.exists(redis_cache.make_and_validate_key("greeting"))
    finally:
        redis_cache.delete("greeting")


def test_the_two_caches_do_not_share_keys(settings, monkeypatch):
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    monkeypatch.setenv("CACHE_KEY_PREFIX", f"kureiv-test-{uuid.uuid4().hex}")
    settings.CACHES = {"default": cache("default"), "renditions": cache("renditions")}
    caches["default"].set("key", "page", timeout=30)
    try:
        assert caches["renditions"].get("key") is None
    finally:
        caches["default"].delete("key")
