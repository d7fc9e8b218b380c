"""`python -m bench.pg_restart`: the site keeps its head while PostgreSQL is stopped and started under load.

It starts a private PostgreSQL cluster (never the machine's shared server), builds the demo site in
it, serves it with gunicorn and production settings, and keeps a few clients requesting pages. After
a few seconds it stops the database, waits, starts it again, and prints a timeline: per second, how
many requests succeeded and failed and the slowest answer. It then checks that

- no request hangs: every one is answered (a 500 page, or /healthz's 503 while the database is
  down), and every request begun after the stop that fails does so within ``FAIL_FAST_SECONDS``;
- after the database is back, /healthz answers 200 within ``RECOVERY_SECONDS`` and every request
  after that succeeds, with the same gunicorn master and workers (Django reconnects by itself:
  ``CONN_HEALTH_CHECKS``).

Pages the page cache holds may keep succeeding while the database is down; /healthz and search
never come from the cache, so they show the outage. Exits 1 if a check fails.
"""

import http.client
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import environment
from .private_postgres import PrivatePostgres
from .server import Gunicorn
from .site import build_demo_site
from .table import format_table

PATHS = ["/healthz", "/", "/search/?q=ketamine", "/blog/", "/services/depression/"]
CLIENTS = 4
REQUEST_TIMEOUT = 20
UP_SECONDS, DOWN_SECONDS, BACK_SECONDS = 5, 6, 10
FAIL_FAST_SECONDS = 3.0
RECOVERY_SECONDS = 5.0
PORT = 54329


@dataclass
class Sample:
    started: float  # seconds since the load began
    path: str
    status: int | None  # None: no answer (refused, reset or timed out)
    seconds: float

    @property
    def ended(self):
        return self.started + self.seconds

    @property
    def ok(self):
        return self.status is not None and self.status < 400


def request(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        conn.close()


def client_loop(port, offset, origin, stop, samples):
    """One client: requests the PATHS in turn, one at a time, until ``stop`` is set."""
    index = offset
    while not stop.is_set():
        path = PATHS[index % len(PATHS)]
        index += 1
        started = time.monotonic()
        status = request(port, path)
        samples.append(Sample(started - origin, path, status, time.monotonic() - started))


@dataclass
class Outage:
    """When the database was told to stop, told to start, and was ready again (seconds since the load began)."""

    stop: float
    start: float
    ready: float

    def phase(self, begin, end):
        """What the database did between ``begin`` and ``end``: "up", "DOWN", "back" or, across a change, "stopping"
        or "starting"."""
        if end <= self.stop:
            return "up"
        if begin >= self.ready:
            return "back"
        if self.stop <= begin and end <= self.start:
            return "DOWN"
        return "stopping" if begin < self.stop else "starting"


def timeline_rows(samples, outage):
    by_second = defaultdict(list)
    for sample in samples:
        by_second[int(sample.started)].append(sample)
    rows = []
    for second in sorted(by_second):
        group = by_second[second]
        failures = Counter(str(sample.status or "no answer") for sample in group if not sample.ok)
        rows.append(
            [
                f"{second:>2}-{second + 1:<2}",
                outage.phase(second, second + 1),
                sum(sample.ok for sample in group),
                sum(not sample.ok for sample in group),
                ", ".join(f"{status} x{count}" for status, count in sorted(failures.items())),
                f"{max(sample.seconds for sample in group) * 1000:.0f}",
            ]
        )
    headers = ["second", "database", "ok", "failed", "failures", "max ms"]
    return format_table(headers, rows, right_aligned={2, 3, 5})


def checks(samples, outage):
    """[(passed, description)] for what the site promises during and after the outage."""
    unanswered = [s for s in samples if s.status is None]
    # Requests already running when the database stopped fail when it does, however long they had run.
    failed = [s for s in samples if not s.ok and s.started >= outage.stop]
    slowest_failure = max((s.seconds for s in failed), default=0)
    down = [s for s in samples if outage.phase(s.started, s.ended) == "DOWN"]
    health_down = Counter(s.status for s in down if s.path == "/healthz")
    healthy = [s for s in samples if s.path == "/healthz" and s.status == 200 and s.started >= outage.start]
    recovered = healthy[0].ended if healthy else None
    after = [s for s in samples if recovered is not None and s.started >= recovered]
    failed_after = [s for s in after if not s.ok]
    return [
        (
            bool(down) and not unanswered,
            f"every request was answered, none hung past {REQUEST_TIMEOUT} s "
            f"({len(samples)} requests, {len(down)} while the database was down, {len(unanswered)} unanswered)",
        ),
        (
            bool(failed) and slowest_failure < FAIL_FAST_SECONDS,
            f"failures were fast: {len(failed)} requests begun after the stop failed, "
            f"the slowest in {slowest_failure:.2f} s "
            f"(limit {FAIL_FAST_SECONDS:.0f} s)",
        ),
        (
            set(health_down) == {503},
            "/healthz while the database was down: "
            + ", ".join(f"{status} x{count}" for status, count in sorted(health_down.items(), key=str)),
        ),
        (
            recovered is not None and recovered - outage.ready < RECOVERY_SECONDS,
            "first /healthz 200 after the database was ready: "
            + (f"{max(0, recovered - outage.ready):.2f} s" if recovered is not None else "never")
            + f" (limit {RECOVERY_SECONDS:.0f} s)",
        ),
        (bool(after) and not failed_after, f"requests after that: {len(after)}, failed: {len(failed_after)}"),
    ]


def per_path(samples, outage):
    phases = ("up", "stopping", "DOWN", "starting", "back")
    rows = []
    for path in PATHS:
        row = [path]
        for phase in phases:
            group = [s for s in samples if s.path == path and outage.phase(s.started, s.ended) == phase]
            row.append(f"{sum(s.ok for s in group)}/{len(group)}")
        rows.append(row)
    headers = ["ok/all requests", *phases]
    return format_table(headers, rows, right_aligned=set(range(1, len(phases) + 1)))


def run_outage(server, cluster):
    samples, stop = [], threading.Event()
    origin = time.monotonic()
    clients = [
        threading.Thread(target=client_loop, args=(server.port, offset, origin, stop, samples))
        for offset in range(CLIENTS)
    ]
    for thread in clients:
        thread.start()
    try:
        time.sleep(UP_SECONDS)
        stopped = time.monotonic() - origin
        cluster.stop()
        time.sleep(DOWN_SECONDS)
        started = time.monotonic() - origin
        cluster.start()
        ready = time.monotonic() - origin
        time.sleep(BACK_SECONDS)
    finally:
        stop.set()
        for thread in clients:
            thread.join()
    return samples, Outage(stopped, started, ready)


def main():
    run_dir = Path(tempfile.mkdtemp(prefix="kureiv-outage-"))
    cache_prefix = f"kureiv-outage-{os.getpid()}"
    port = environment.free_port(PORT)
    try:
        with PrivatePostgres(port) as cluster:
            cluster.create_database("kureiv")
            env = {**os.environ, **environment.production_env(cluster.url("kureiv"), run_dir / "media", cache_prefix)}
            print(
                f"# PostgreSQL outage test: a private cluster on 127.0.0.1:{port}, gunicorn with production "
                f"settings, {CLIENTS} clients requesting {', '.join(PATHS)} in turn",
                flush=True,
            )
            build_demo_site(env)
            web_port = environment.free_port()
            with Gunicorn(env, web_port, run_dir / "gunicorn.log") as server:
                for path in PATHS:  # the outage is the test, not a cold start: make renditions, fill caches
                    server.get(path, timeout=REQUEST_TIMEOUT)
                master, workers = server.process.pid, server.worker_pids()
                samples, outage = run_outage(server, cluster)
                same_workers = server.worker_pids() == workers
                master_alive = server.process.poll() is None
    finally:
        environment.delete_redis_keys(cache_prefix)
    print(
        f"\nDatabase told to stop at {outage.stop:.1f} s, to start at {outage.start:.1f} s, "
        f"accepting connections at {outage.ready:.1f} s.\n"
    )
    print("\n".join(timeline_rows(samples, outage)))
    print()
    print("\n".join(per_path(samples, outage)))
    results = checks(samples, outage) + [
        (master_alive, f"gunicorn master {master} still running, never restarted"),
        (same_workers, f"the same {len(workers)} gunicorn workers before and after"),
    ]
    print()
    for passed, description in results:
        print(f"{'PASS' if passed else 'FAIL'}  {description}")
    if all(passed for passed, _ in results):
        shutil.rmtree(run_dir, ignore_errors=True)
        return 0
    print(f"gunicorn's log is kept in {run_dir / 'gunicorn.log'}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
