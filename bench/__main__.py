"""`python -m bench`: render times and query counts of every public page type, then a load run.

1. Builds the demo site in a new PostgreSQL database (production settings, Redis cache), measures
   every public page type uncached and cached with the demo's 10 posts, grows the blog to 500
   posts and measures again (see bench/render.py for what "uncached" means).
2. Serves the 500-post site with gunicorn and runs wrk against a static file of the home page's size,
   the home page and an article (both from the page cache), then prints issue 13's targets for cached
   pages beside the figures: throughput against the static file's, p99, each worker's CPU share.

The database, the Redis keys and the media folder it made are removed at the end.
"""

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import django

from . import environment
from .load import CONNECTIONS, SECONDS, run_wrk
from .server import Gunicorn
from .site import build_demo_site
from .table import format_table
from .targets import cpu_shares, target_lines

POST_COUNTS = (10, 500)
QUERY_BUDGET = 12
#: gunicorn workers in the load run: as many as this machine's 2 cores, so "both workers busy" can be seen.
LOAD_WORKERS = 2
#: The static file the cached pages are compared with (in STATIC_ROOT for the load run only).
STATIC_NAME = "bench-same-size-as-home.html"


def print_lines(lines):
    print("\n".join(lines), flush=True)


def render_benchmark():
    """Part 1; returns the article's URL for the load run."""
    from blog.models import BlogPage

    from .pages import public_pages
    from .posts import grow_blog_to
    from .render import REQUESTS, clear_caches_but_renditions, format_results, measure_pages

    by_count = {}
    for total in POST_COUNTS:
        grow_blog_to(total)
        clear_caches_but_renditions()
        pages = public_pages()
        posts = BlogPage.objects.live().count()
        print(
            f"\n## Render: {posts} blog posts, {REQUESTS} requests per page "
            "(times in ms; uncached: page cache off; cold: also header and menu rebuilt, as after an edit; "
            "cached: page cache on, warmed by one request)\n",
            flush=True,
        )
        by_count[posts] = measure_pages(pages)
        print_lines(format_results(by_count[posts]))
    print_lines(query_summary(by_count))
    return dict(pages)["article"]


def query_summary(by_count):
    """Lines that hold the uncached and cached query counts against the budget, and 10 posts against 500."""
    lines = [""]
    for count, results in sorted(by_count.items()):
        over = [f"{r.name} {max(r.uncached.queries)}" for r in results if max(r.uncached.queries) > QUERY_BUDGET]
        cold = [f"{r.name} {max(r.cold.queries)}" for r in results if max(r.cold.queries) > QUERY_BUDGET]
        hits = [f"{r.name} {max(r.cached.queries)}" for r in results if max(r.cached.queries) > 0]
        lines.append(f"{count} posts, uncached pages over {QUERY_BUDGET} queries: {', '.join(over) or 'none'}")
        lines.append(
            f"{count} posts, cold pages (first after an edit) over {QUERY_BUDGET} queries: {', '.join(cold) or 'none'}"
        )
        lines.append(f"{count} posts, cached pages that ran queries: {', '.join(hits) or 'none'}")
    fewest, most = (by_count[count] for count in (min(by_count), max(by_count)))
    grew = [
        f"{a.name} {max(a.uncached.queries)} -> {max(b.uncached.queries)}"
        for a, b in zip(fewest, most, strict=True)
        if max(a.uncached.queries) != max(b.uncached.queries)
    ]
    lines.append(
        f"Uncached query counts that differ between {min(by_count)} and {max(by_count)} posts: "
        f"{', '.join(grew) or 'none'}"
    )
    return lines


def same_size_static_file():
    """The home page's bytes as a static file (and its .gz, as collectstatic compresses static files), for
    the server to serve beside the cached page; returns its URL path. Written before gunicorn starts, since
    WhiteNoise lists the static files once, at start-up. ``remove_static_file`` takes it away."""
    from django.conf import settings
    from django.test import Client

    from core.compression import gzip_bytes

    page = Client().get("/").content
    path = Path(settings.STATIC_ROOT) / STATIC_NAME
    path.write_bytes(page)
    path.with_name(path.name + ".gz").write_bytes(gzip_bytes(page))
    return settings.STATIC_URL + STATIC_NAME, len(page)


def remove_static_file():
    from django.conf import settings

    for name in (STATIC_NAME, STATIC_NAME + ".gz"):
        (Path(settings.STATIC_ROOT) / name).unlink(missing_ok=True)


def load_benchmark(env, article_url, log_path):
    """Part 2: wrk against a static file the size of the home page, the home page and an article, the site
    under gunicorn with LOAD_WORKERS workers; each request accepts gzip, as a browser's does."""
    port = environment.free_port()
    static_url, size = same_size_static_file()
    print(
        f"\n## Load: gunicorn (kureiv/gunicorn.conf.py, {LOAD_WORKERS} workers, production settings, PostgreSQL, "
        f"Redis cache) on 127.0.0.1:{port}; wrk, {CONNECTIONS} connections, {SECONDS} s per URL, "
        "Accept-Encoding: gzip; the static file holds the home page's bytes "
        f"({size:,} bytes, served gzipped from its .gz)\n",
        flush=True,
    )
    rows, results, failures, shares = [], {}, 0, {}
    try:
        server_env = {**env, "LOG_LEVEL": "WARNING", "GUNICORN_WORKERS": str(LOAD_WORKERS)}
        with Gunicorn(server_env, port, log_path) as server:
            for name, path in [("static file", static_url), ("home", "/"), ("article", article_url)]:
                status, _ = server.get(path)  # warms the page cache, checks the page is there
                before = server.worker_cpu_seconds()
                result = run_wrk(server.url(path), accept_gzip=True)
                shares[name] = cpu_shares(before, server.worker_cpu_seconds())
                results[name] = result
                failures += result.errors + result.non2xx + (status != 200)
                rows.append(
                    [
                        name,
                        path,
                        f"{result.requests}",
                        f"{result.per_second:.1f}",
                        f"{result.p50_ms:.1f}",
                        f"{result.p90_ms:.1f}",
                        f"{result.p99_ms:.1f}",
                        f"{result.max_ms:.1f}",
                        f"{result.errors}",
                        f"{result.non2xx}",
                        " / ".join(f"{share:.0%}" for share in shares[name]),
                    ]
                )
    finally:
        remove_static_file()
    headers = [
        "URL",
        "path",
        "requests",
        "req/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "errors",
        "non-2xx",
        "workers' CPU",
    ]
    print_lines(format_table(headers, rows, right_aligned=set(range(2, 11))))
    print(f"\nErrors (socket errors, timeouts) and non-2xx responses in all: {failures}")
    print("\nTargets (issue 13), this run:")
    cached = {name: results[name] for name in ("home", "article")}
    print_lines(target_lines(results["static file"], cached, shares["home"]))
    return failures


def main():
    run_dir = Path(tempfile.mkdtemp(prefix="kureiv-bench-"))
    cache_prefix = f"kureiv-bench-{os.getpid()}"
    env = {**os.environ, **environment.production_env(environment.DATABASE_URL, run_dir / "media", cache_prefix)}
    print(
        f"# KureIV benchmark: database {environment.database_name(environment.DATABASE_URL)} "
        f"(made for this run), cache {environment.REDIS_URL} (keys {cache_prefix}:*), "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    environment.create_database(environment.DATABASE_URL)
    failures = 1
    try:
        build_demo_site(env)
        os.environ.update(env)
        django.setup()
        logging.getLogger("django.request").setLevel(logging.ERROR)  # no "Not Found" line per 404 measured
        article_url = render_benchmark()
        close_database_connections()
        failures = load_benchmark(env, article_url, run_dir / "gunicorn.log")
    finally:
        close_database_connections()
        environment.drop_database(environment.DATABASE_URL)
        environment.delete_redis_keys(cache_prefix)
        if failures:
            print(f"gunicorn's log is kept in {run_dir / 'gunicorn.log'}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    print(f"Load average at the end: {os.getloadavg()[0]:.1f}")
    return 1 if failures else 0


def close_database_connections():
    from django.conf import settings
    from django.db import connections

    if settings.configured:
        connections.close_all()


if __name__ == "__main__":
    sys.exit(main())
