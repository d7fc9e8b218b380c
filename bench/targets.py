"""Issue 13's targets for cached pages under load, each printed beside this run's figure (pass or short)."""

#: Cached page throughput at least this share of a static file's of the same size, same server, same run.
STATIC_RATIO = 0.9
#: Cached pages' 99th percentile latency at 8 connections, in ms.
CACHED_P99_MS = 20
#: "Both workers busy": each worker does at least this share of the work it would do with a fair split.
FAIR_SHARE = 0.5


def cpu_shares(before, after):
    """Each worker's share of the workers' CPU time between two ``Gunicorn.worker_cpu_seconds()`` readings
    (workers that were not there both times count as none)."""
    used = {pid: after[pid] - before[pid] for pid in after if pid in before}
    total = sum(used.values())
    return [used[pid] / total if total else 0.0 for pid in sorted(used)]


def verdict(ok):
    return "pass" if ok else "short"


def target_lines(static, cached, shares):
    """``static``: the static file's LoadResult; ``cached``: {page name: LoadResult}, the first compared with
    the static file; ``shares``: the workers' CPU shares during the first cached page's run."""
    first = next(iter(cached))
    ratio = cached[first].per_second / static.per_second if static.per_second else 0.0
    throughput = f"{cached[first].per_second:.0f} / {static.per_second:.0f} req/s = {ratio:.2f}"
    p99s = ", ".join(f"{name} {result.p99_ms:.1f} ms" for name, result in cached.items())
    slowest = max(result.p99_ms for result in cached.values())
    busy = bool(shares) and min(shares) >= FAIR_SHARE / len(shares)
    return [
        f"- cached {first} throughput >= {STATIC_RATIO} x the static file's: {throughput}  "
        + verdict(ratio >= STATIC_RATIO),
        f"- cached p99 <= {CACHED_P99_MS} ms: {p99s}  " + verdict(slowest <= CACHED_P99_MS),
        f"- both workers busy (each >= {FAIR_SHARE:.0%} of a fair share of their CPU time, {first} run): "
        + " / ".join(f"{share:.0%}" for share in shares)
        + "  "
        + verdict(busy),
    ]
