"""Two app servers behind a load balancer share one database, one Redis and one S3 endpoint, and act as one site.

The servers are real: two gunicorn instances with the production settings on 127.0.0.1, a PostgreSQL
database made for the module (on the server of BENCH_DATABASE_URL), a redis-server of the test's own
(it is killed and started again) and moto's S3 server; bench/cluster.py builds them and
bench/two_servers.py holds the scenarios, which `make bench` runs too. The module takes about a minute.
"""

import shutil
import time
from collections import Counter

import pytest

from bench.cluster import TwoServers, postgres_answers
from bench.private_redis import REDIS_SERVER
from bench.two_servers import publish_through_a_read_on_b, redis_outage, shared_cache_hits
from core.resilient_cache import RETRY_SECONDS

pytestmark = pytest.mark.skipif(
    not (shutil.which(REDIS_SERVER) and postgres_answers()),
    reason="needs redis-server and the PostgreSQL server of BENCH_DATABASE_URL",
)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with TwoServers(tmp_path_factory.mktemp("two-servers")) as cluster:
        yield cluster


def test_a_post_approved_in_one_servers_admin_is_on_the_other_servers_pages_in_the_next_request(cluster):
    result = publish_through_a_read_on_b(cluster)

    assert (result.signed_in, result.submitted, result.approved) == (True, True, True), cluster.logs()
    assert result.status_on_b_in_review == 404
    # B had those pages in the page cache, so what B shows next proves the purge reached the shared cache.
    assert result.cached_on_b_before == dict.fromkeys(result.cached_on_b_before, True)
    assert result.seen_on_b == dict.fromkeys(result.seen_on_b, (200, True))
    assert len(result.seen_on_b) == 4  # home, blog index, an older article's "Recent Posts", the new article


def test_both_servers_answer_every_page_and_lose_no_consultation_while_redis_is_down(cluster):
    run = redis_outage(cluster)

    pages = [s for s in run.samples if s.kind == "page"]
    assert [s for s in pages if s.phase == "down"], "no page was requested while Redis was down"
    assert failures(pages) == {}
    sent = run.consultations()
    assert failures(sent) == {}
    assert run.saved == len(sent) > 0


def failures(samples):
    """How many requests failed, by server, Redis's state when they began, and answer: {"A down 500": 12}."""
    return dict(Counter(f"{s.server} {s.phase} {s.answer}" for s in samples if not s.ok))


def test_the_servers_share_the_page_cache_again_once_redis_is_back(cluster):
    cluster.redis.stop()
    cluster.redis.start()  # empty: nothing is saved to disk
    time.sleep(RETRY_SECONDS + 1)  # a worker that found Redis down asks again after RETRY_SECONDS

    assert shared_cache_hits(cluster, ["/services/", "/locations/houston/", "/blog/"]) == dict.fromkeys(
        ["/services/", "/locations/houston/", "/blog/"], True
    )
