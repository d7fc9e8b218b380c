"""Issue 13's cached-page targets as `make bench` prints them: each beside its figure, pass or short."""

from bench.load import LoadResult
from bench.targets import cpu_shares, target_lines


def load(per_second, p99_ms):
    return LoadResult(
        requests=int(per_second * 20),
        seconds=20.0,
        non2xx=0,
        connect=0,
        read=0,
        write=0,
        timeout=0,
        mean_ms=5.0,
        p50_ms=4.0,
        p90_ms=8.0,
        p99_ms=p99_ms,
        max_ms=30.0,
    )


def test_each_target_is_printed_beside_its_figure():
    lines = target_lines(load(2000, 3.0), {"home": load(1900, 12.5), "article": load(1850, 18.0)}, [0.52, 0.48])
    assert lines == [
        "- cached home throughput >= 0.9 x the static file's: 1900 / 2000 req/s = 0.95  pass",
        "- cached p99 <= 20 ms: home 12.5 ms, article 18.0 ms  pass",
        "- both workers busy (each >= 50% of a fair share of their CPU time, home run): 52% / 48%  pass",
    ]


def test_a_missed_target_says_short():
    lines = target_lines(load(2000, 3.0), {"home": load(1200, 12.0), "article": load(1100, 45.0)}, [0.9, 0.1])
    assert [line.rsplit(" ", 1)[1] for line in lines] == ["short", "short", "short"]


def test_cpu_shares_leave_out_a_worker_that_was_replaced():
    before = {101: 10.0, 102: 20.0, 103: 5.0}
    after = {101: 13.0, 102: 21.0, 104: 0.5}
    assert cpu_shares(before, after) == [0.75, 0.25]
