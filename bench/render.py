"""Render every public page type in-process and count its SQL queries and time (call after ``django.setup()``).

Requests go through Django's test client, so the whole middleware stack runs (the page cache
included), but no network or app server: the times are Django's own. Every request comes
from a new anonymous visitor (the client's cookies are cleared first).

- uncached: ``PAGE_CACHE_SECONDS = 0`` and, before every request, every cache except
  "renditions" is emptied. This is the worst case a visitor can meet, right after a purge:
  nothing Django or Wagtail keeps in the cache helps. Image renditions stay cached, as they
  do on a live site (they are made once per image and size, and a page purge leaves them).
- cached: the page cache on; one request warms it, then the measured requests are hits.

Before measuring, one unmeasured request per page makes the renditions and compiles the templates.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection, reset_queries
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from .stats import median, percentile, value_range
from .table import format_table

REQUESTS = 30
#: The page-cache lifetime in the cached run: long enough that nothing expires while it runs.
CACHED_SECONDS = 600
KEEP_CACHES = {"renditions"}


@dataclass
class Measurement:
    statuses: set
    queries: list
    seconds: list

    def cells(self):
        return [
            value_range(self.queries),
            f"{median(self.seconds) * 1000:.1f}",
            f"{percentile(self.seconds, 0.9) * 1000:.1f}",
        ]


def clear_caches_but_renditions():
    for alias in settings.CACHES:
        if alias in KEEP_CACHES:
            continue
        cache = caches[alias]
        if isinstance(cache, RedisCache):
            # clear() would empty the whole Redis database, renditions included: delete this cache's keys only.
            client = cache._cache.get_client(write=True)
            keys = list(client.scan_iter(match=cache.make_key("*"), count=1000))
            if keys:
                client.delete(*keys)
        else:
            cache.clear()


def measure(client, url, before_each=None):
    statuses, queries, seconds = set(), [], []
    for _ in range(REQUESTS):
        client.cookies.clear()
        if before_each:
            before_each()
        reset_queries()  # the query log holds at most 9000 queries: once full, a capture would count none
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            seconds.append(time.perf_counter() - start)
        statuses.add(response.status_code)
        queries.append(len(captured.captured_queries))
    return Measurement(statuses, queries, seconds)


def measure_uncached(pages):
    with override_settings(PAGE_CACHE_SECONDS=0):
        client = Client()
        for _, url in pages:
            client.get(url)  # renditions, compiled templates
        return {url: measure(client, url, before_each=clear_caches_but_renditions) for _, url in pages}


def measure_cached(pages):
    with override_settings(PAGE_CACHE_SECONDS=CACHED_SECONDS):
        clear_caches_but_renditions()
        client = Client()
        results = {}
        for _, url in pages:
            client.cookies.clear()
            client.get(url)  # warms the page cache
            results[url] = measure(client, url)
        return results


@dataclass
class PageResult:
    name: str
    url: str
    uncached: Measurement
    cached: Measurement


def measure_pages(pages):
    """Measure every page of ``public_pages()`` uncached, then cached."""
    uncached = measure_uncached(pages)
    cached = measure_cached(pages)
    return [PageResult(name, url, uncached[url], cached[url]) for name, url in pages]


def format_results(results):
    headers = ["page", "URL", "status", "queries", "median ms", "p90 ms", "cached: queries", "median ms", "p90 ms"]
    rows = [
        [
            result.name,
            result.url,
            value_range(sorted(result.uncached.statuses | result.cached.statuses)),
            *result.uncached.cells(),
            *result.cached.cells(),
        ]
        for result in results
    ]
    return format_table(headers, rows, right_aligned={2, 3, 4, 5, 6, 7, 8})
