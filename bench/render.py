"""Render every public page type in-process and count its SQL queries and time (call after ``django.setup()``).

Requests go through Django's test client, so the whole middleware stack runs (the page cache
included), but no network or app server: the times are Django's own. Every request comes
from a new anonymous visitor (the client's cookies are cleared first).

- uncached: ``PAGE_CACHE_SECONDS = 0``: every request renders the page. The header's facts and
  the menu (core.site_cache) and image renditions stay in the cache, as they do on a live site
  between edits. This is what the query budget (12) is about and what tests assert.
- cold: as uncached, but before every request every cache except "renditions" is emptied: the
  first visitor right after an edit, when the header and menu are rebuilt too. Image renditions
  stay cached (made once per image and size; an edit leaves them).
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


def measure_uncached(pages, before_each=None):
    with override_settings(PAGE_CACHE_SECONDS=0):
        client = Client()
        for _, url in pages:
            client.get(url)  # renditions, compiled templates
        return {url: measure(client, url, before_each=before_each) for _, url in pages}


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
    cold: Measurement
    cached: Measurement


def measure_pages(pages):
    """Measure every page of ``public_pages()`` uncached, cold, then cached."""
    uncached = measure_uncached(pages)
    cold = measure_uncached(pages, before_each=clear_caches_but_renditions)
    cached = measure_cached(pages)
    return [PageResult(name, url, uncached[url], cold[url], cached[url]) for name, url in pages]


def format_results(results):
    headers = [
        "page",
        "URL",
        "status",
        "queries",
        "median ms",
        "p90 ms",
        "cold: queries",
        "median ms",
        "cached: queries",
        "median ms",
        "p90 ms",
    ]
    rows = [
        [
            result.name,
            result.url,
            value_range(sorted(result.uncached.statuses | result.cached.statuses)),
            *result.uncached.cells(),
            *result.cold.cells()[:2],
            *result.cached.cells(),
        ]
        for result in results
    ]
    return format_table(headers, rows, right_aligned=set(range(2, 11)))
