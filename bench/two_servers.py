"""`python -m bench.two_servers`: two app servers on one database, one Redis and one S3 endpoint.

The cluster is ``bench/cluster.py``'s: servers A and B with the production settings. Then:

1. **Publishing.** An editor writes a post in server A's admin and submits it for review; a medical
   reviewer approves it there. The very next request to server B shows it on the home page, the blog
   index, an older article's "Recent Posts" and its own page, though B had just served those pages
   from the page cache: the cache and its purges are shared.
2. **Redis outage.** Clients request pages from both servers and send consultation requests (each a
   new visitor: the form, then the post). Redis is killed, then started again, empty, on the same
   port. Every page must answer 200 throughout, every consultation must reach the thank-you page and
   be in the database, and once Redis is back a page stored through one server is a hit on the other.
3. **Throughput.** Requests per second of one server and of the pair, for a cached page and an
   uncached one (search), with wrk when it is installed, else a Python client.

Prints PASS or FAIL for each promise and exits 1 if one fails.
"""

import http.client
import json
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.resilient_cache import RETRY_SECONDS

from .browser import Visitor
from .cluster import EDITOR, REVIEWER, TwoServers
from .load import run_wrk
from .table import format_table

POST_TITLE = "Ketamine and the holiday season"
POST_SLUG = "ketamine-and-the-holiday-season"
OUTAGE_PAGES = ["/", "/blog/", "/services/ptsd/", "/search/?q=ketamine", "/locations/houston/"]
CLIENTS = 4
# Back long enough for every worker to ask again the Redis it found down (core.resilient_cache.RETRY_SECONDS).
UP_SECONDS, DOWN_SECONDS, BACK_SECONDS = 3, 5, RETRY_SECONDS + 2
THROUGHPUT_PAGES = [("cached", "/services/ptsd/"), ("uncached", "/search/?q=ketamine")]
THROUGHPUT_SECONDS = 5
CONNECTIONS = 4


# --- 1. publishing through A, reading on B -----------------------------------------------------------


def paragraph(text):
    """A rich-text paragraph as the admin's editor (Draftail) posts it."""
    return json.dumps(
        {
            "blocks": [
                {"key": "p1", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [], "entityRanges": []}
            ],
            "entityMap": {},
        }
    )


def blog_post_form(title, slug):
    """What the BlogPage create form posts, with the "Submit to Medical review" button pressed."""
    return {
        "title": title,
        "slug": slug,
        "intro": "What to expect from infusions over the holidays.",
        "hero_image_alt": "",
        "date_published": date.today().isoformat(),
        "tags": "",
        "body-count": "2",
        "body-0-type": "heading",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-value-text": "Planning ahead",
        "body-0-value-level": "h2",
        "body-1-type": "paragraph",
        "body-1-deleted": "",
        "body-1-order": "1",
        "body-1-value": paragraph("Book your maintenance infusion before the clinic's holiday closures."),
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "action-submit": "1",
    }


def live_blog_post_path(cluster):
    url_path = cluster.query(
        "SELECT url_path FROM wagtailcore_page p JOIN django_content_type t ON t.id = p.content_type_id "
        "WHERE t.app_label = 'blog' AND t.model = 'blogpage' AND p.live ORDER BY p.id LIMIT 1"
    )
    return "/" + url_path.strip("/").split("/", 1)[1] + "/"  # /home/blog/x/ -> /blog/x/


@dataclass
class Publication:
    signed_in: bool = False
    submitted: bool = False
    #: B's answer for the new post's address while it waited for review.
    status_on_b_in_review: int = 0
    approved: bool = False
    #: Path -> whether B served it from its page cache just before the post was published.
    cached_on_b_before: dict = field(default_factory=dict)
    #: Path -> (status, whether the new post's title was on the page) of B's next answer after publishing.
    seen_on_b: dict = field(default_factory=dict)


def publish_through_a_read_on_b(cluster, title=POST_TITLE, slug=POST_SLUG):
    a, b = cluster.a.port, cluster.b.port
    older_article = live_blog_post_path(cluster)
    watched = ["/", "/blog/", older_article]
    result = Publication()
    reader = Visitor()
    for path in watched:
        reader.get(b, path)
        result.cached_on_b_before[path] = reader.get(b, path).headers.get("X-Page-Cache") == "hit"

    editor, reviewer = Visitor(), Visitor()
    result.signed_in = editor.sign_in(a, EDITOR, cluster.password) and reviewer.sign_in(a, REVIEWER, cluster.password)
    blog_id = cluster.query(
        "SELECT p.id FROM wagtailcore_page p JOIN django_content_type t ON t.id = p.content_type_id "
        "WHERE t.app_label = 'blog' AND t.model = 'blogindexpage'"
    )
    submitted = editor.submit(
        a, f"/admin/pages/add/blog/blogpage/{blog_id}/", blog_post_form(title, slug), keep_hidden=False
    )
    page_id = cluster.query("SELECT id FROM wagtailcore_page WHERE slug = %s", slug)
    result.submitted = submitted.status == 302 and page_id is not None
    result.status_on_b_in_review = reader.get(b, f"/blog/{slug}/").status
    task_state = cluster.query(
        "SELECT ts.id FROM wagtailcore_taskstate ts JOIN wagtailcore_workflowstate ws ON ws.id = ts.workflow_state_id "
        "WHERE ws.object_id = %s AND ts.status = 'in_progress'",
        str(page_id),
    )
    if task_state is not None:
        approved = reviewer.post(a, f"/admin/pages/workflow/action/{page_id}/approve/{task_state}/", {"comment": ""})
        result.approved = approved.status == 302 and bool(
            cluster.query("SELECT live FROM wagtailcore_page WHERE id = %s", page_id)
        )

    for path in [*watched, f"/blog/{slug}/"]:
        response = reader.get(b, path)
        result.seen_on_b[path] = (response.status, title in response.body)
    return result


def publication_checks(result):
    return [
        (result.signed_in, "the editor and the medical reviewer signed in to server A's admin"),
        (result.submitted, "the editor's new post was submitted for medical review through A"),
        (
            result.status_on_b_in_review == 404,
            f"while in review it is not public: B answers {result.status_on_b_in_review} for its address",
        ),
        (result.approved, "the reviewer approved it through A, and it is live"),
        (
            all(result.cached_on_b_before.values()),
            "B served " + ", ".join(result.cached_on_b_before) + " from the page cache before the post went live",
        ),
        (
            all(status == 200 and seen for status, seen in result.seen_on_b.values()),
            "B's next answer shows the new post: "
            + ", ".join(
                f"{path} {status}{'' if seen else ' (not on the page)'}"
                for path, (status, seen) in result.seen_on_b.items()
            ),
        ),
    ]


# --- 2. Redis stopped under load ----------------------------------------------------------------------


@dataclass
class Sample:
    server: str  # "A" or "B"
    kind: str  # "page" or "consultation"
    phase: str  # Redis "up", "down" or "back" when the request began
    ok: bool
    answer: str  # the status, or "no answer"


@dataclass
class OutageRun:
    samples: list
    saved: int  # consultation requests in the database
    hits_after: dict  # path -> whether B served from the cache what A had just stored, Redis back

    def consultations(self):
        return [s for s in self.samples if s.kind == "consultation"]


def consultation(visitor, port, name):
    """One patient: the form, then the request sent; (reached the thank-you page, answer)."""
    response = visitor.submit(
        port,
        "/consultation/",
        {
            "name": name,
            "phone": "(713) 555-0142",
            "email": "patient@example.com",
            "contact_method": "phone",
            "best_time": "any",
            "message": "",
            "consent": "on",
            "website": "",
        },
    )
    thanked = response.status == 302 and response.location.endswith("/consultation/thank-you/")
    return thanked, str(response.status)


def client_loop(number, ports, phase, stop, samples):
    count = 0
    while not stop.is_set():
        server = "AB"[count % 2]
        port = ports[server]
        began = phase[0]
        count += 1
        try:
            if count % 3 == 0:
                ok, answer = consultation(Visitor(), port, f"Outage patient {number}-{count}")
                kind = "consultation"
            else:
                response = Visitor().get(port, OUTAGE_PAGES[count % len(OUTAGE_PAGES)])
                ok, answer, kind = response.status == 200, str(response.status), "page"
        except OSError:
            ok, answer, kind = False, "no answer", "consultation" if count % 3 == 0 else "page"
        samples.append(Sample(server, kind, began, ok, answer))


def redis_outage(cluster):
    ports = {"A": cluster.a.port, "B": cluster.b.port}
    phase, stop, samples = ["up"], threading.Event(), []
    clients = [threading.Thread(target=client_loop, args=(n, ports, phase, stop, samples)) for n in range(CLIENTS)]
    for thread in clients:
        thread.start()
    try:
        time.sleep(UP_SECONDS)
        cluster.redis.stop()
        phase[0] = "down"
        time.sleep(DOWN_SECONDS)
        cluster.redis.start()
        phase[0] = "back"
        time.sleep(BACK_SECONDS)
    finally:
        stop.set()
        for thread in clients:
            thread.join()
        if not cluster.redis.is_running():
            cluster.redis.start()
    saved = cluster.query("SELECT count(*) FROM consultations_consultationrequest WHERE name LIKE 'Outage patient %%'")
    return OutageRun(samples, saved, shared_cache_hits(cluster))


def shared_cache_hits(cluster, paths=("/locations/", "/services/anxiety/")):
    """Path -> whether B answers from the page cache right after A served the page."""
    hits = {}
    for path in paths:
        Visitor().get(cluster.a.port, path)
        hits[path] = Visitor().get(cluster.b.port, path).headers.get("X-Page-Cache") == "hit"
    return hits


def outage_rows(run):
    rows = []
    for phase in ("up", "down", "back"):
        for server in "AB":
            pages = [s for s in run.samples if s.phase == phase and s.server == server and s.kind == "page"]
            sent = [s for s in run.samples if s.phase == phase and s.server == server and s.kind == "consultation"]
            failures = Counter(s.answer for s in pages + sent if not s.ok)
            rows.append(
                [
                    phase,
                    server,
                    f"{sum(s.ok for s in pages)}/{len(pages)}",
                    f"{sum(s.ok for s in sent)}/{len(sent)}",
                    ", ".join(f"{answer} x{count}" for answer, count in sorted(failures.items())),
                ]
            )
    return format_table(
        ["Redis", "server", "pages 200", "consultations thanked", "failures"], rows, right_aligned={2, 3}
    )


def outage_checks(run):
    pages = [s for s in run.samples if s.kind == "page"]
    down = [s for s in pages if s.phase == "down"]
    sent = run.consultations()
    thanked = sum(s.ok for s in sent)
    return [
        (
            bool(down) and all(s.ok for s in pages),
            f"both servers answered 200 to every page, Redis up, down and back: "
            f"{sum(s.ok for s in pages)}/{len(pages)} ({sum(s.ok for s in down)}/{len(down)} while it was down)",
        ),
        (
            bool(sent) and thanked == len(sent) == run.saved,
            f"0 consultation requests lost: {len(sent)} sent, {thanked} thanked, {run.saved} in the database "
            f"({len(sent) - run.saved} lost)",
        ),
        (
            all(run.hits_after.values()),
            "Redis back: a page stored through A is a cache hit on B ("
            + ", ".join(f"{path} {'hit' if hit else 'miss'}" for path, hit in run.hits_after.items())
            + ")",
        ),
    ]


# --- 3. requests per second, one server and the pair ---------------------------------------------------


@dataclass
class Throughput:
    requests: int
    seconds: float
    failures: int  # socket errors and answers other than 200

    @property
    def per_second(self):
        return self.requests / self.seconds


def python_load(ports, path, seconds, connections):
    """``connections`` clients, one request at a time each, spread over ``ports``, for ``seconds``."""
    counts = Counter()
    lock = threading.Lock()

    def client(port, deadline):
        done = failed = 0
        while time.monotonic() < deadline:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                failed += response.status != 200
            except OSError:
                failed += 1
            finally:
                conn.close()
            done += 1
        with lock:
            counts.update(requests=done, failures=failed)

    deadline = time.monotonic() + seconds
    with ThreadPoolExecutor(connections) as pool:
        for number in range(connections):
            pool.submit(client, ports[number % len(ports)], deadline)
    return Throughput(counts["requests"], seconds, counts["failures"])


def wrk_load(ports, path, seconds, connections):
    """One wrk per server, sharing ``connections`` between them, all at once."""
    each = max(1, connections // len(ports))
    with ThreadPoolExecutor(len(ports)) as pool:
        results = list(
            pool.map(
                lambda port: run_wrk(f"http://127.0.0.1:{port}{path}", seconds=seconds, connections=each, threads=1),
                ports,
            )
        )
    return Throughput(
        sum(r.requests for r in results), max(r.seconds for r in results), sum(r.errors + r.non2xx for r in results)
    )


def throughput_rows(cluster, seconds=THROUGHPUT_SECONDS, connections=CONNECTIONS):
    load = wrk_load if shutil.which("wrk") else python_load
    rows, failures = [], 0
    for name, path in THROUGHPUT_PAGES:
        Visitor().get(cluster.a.port, path)  # warm the page cache (the search page is never cached)
        one = load([cluster.a.port], path, seconds, connections)
        pair = load([cluster.a.port, cluster.b.port], path, seconds, connections)
        failures += one.failures + pair.failures
        rows.append(
            [
                name,
                path,
                f"{one.per_second:.1f}",
                f"{pair.per_second:.1f}",
                f"{pair.per_second / one.per_second:.2f}" if one.requests else "-",
                f"{one.failures + pair.failures}",
            ]
        )
    headers = ["page", "URL", "one server req/s", "two servers req/s", "pair / one", "failures"]
    return load, format_table(headers, rows, right_aligned={2, 3, 4, 5}), failures


def main():
    run_dir = Path(tempfile.mkdtemp(prefix="kureiv-two-servers-"))
    results = []
    with TwoServers(run_dir) as cluster:
        print(
            f"# Two servers: A on 127.0.0.1:{cluster.a.port}, B on 127.0.0.1:{cluster.b.port} (gunicorn, "
            f"production settings, {cluster.workers} workers each); one PostgreSQL database "
            f"({cluster.database_url.rsplit('/', 1)[1]}, made for this run), one Redis "
            f"({cluster.redis.url}, our own), one S3 endpoint (moto, {cluster.s3_endpoint})",
            flush=True,
        )

        print("\n## Publishing through A's admin (editor submits, medical reviewer approves), read on B")
        results += report(publication_checks(publish_through_a_read_on_b(cluster)))

        print(
            f"\n## Redis killed under load: {CLIENTS} clients, pages and consultation requests on both servers; "
            f"Redis up {UP_SECONDS} s, down {DOWN_SECONDS} s, back (empty) {BACK_SECONDS} s\n"
        )
        run = redis_outage(cluster)
        print("\n".join(outage_rows(run)))
        results += report(outage_checks(run))

        load, table, failures = throughput_rows(cluster)
        client = "wrk" if load is wrk_load else "a Python client (wrk is not installed: `make wrk`)"
        print(
            f"\n## Requests per second, {client}, {CONNECTIONS} connections, {THROUGHPUT_SECONDS} s per run; "
            f"two servers: the connections split between A and B\n"
        )
        print("\n".join(table))
        results += report([(failures == 0, f"socket errors and answers other than 200 under load: {failures}")])
    if all(results):
        shutil.rmtree(run_dir, ignore_errors=True)
        return 0
    print(f"The servers' logs are kept in {run_dir}")
    return 1


def report(checks):
    print()
    for passed, description in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {description}", flush=True)
    return [passed for passed, _ in checks]


if __name__ == "__main__":
    sys.exit(main())
