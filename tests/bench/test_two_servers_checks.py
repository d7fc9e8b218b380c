"""The two-server run's verdicts on made-up runs: a failed page, a lost consultation or a cache not shared fails it."""

from bench.two_servers import OutageRun, Publication, Sample, outage_checks, publication_checks


def healthy_run():
    samples = [
        Sample(server, kind, phase, True, "200" if kind == "page" else "302")
        for phase in ("up", "down", "back")
        for server in "AB"
        for kind in ("page", "page", "consultation")
    ]
    return OutageRun(samples, saved=6, hits_after={"/locations/": True})


def verdicts(run):
    return [passed for passed, _description in outage_checks(run)]


def test_every_page_answered_every_consultation_saved_and_the_cache_shared_again_pass():
    assert verdicts(healthy_run()) == [True, True, True]


def test_a_page_failing_while_redis_is_down_fails_the_run():
    run = healthy_run()
    run.samples.append(Sample("B", "page", "down", False, "500"))
    assert verdicts(run)[0] is False


def test_a_run_that_requested_nothing_while_redis_was_down_proves_nothing():
    run = healthy_run()
    run.samples = [s for s in run.samples if s.phase != "down"]
    run.saved = 4
    assert verdicts(run)[0] is False


def test_a_consultation_thanked_but_not_in_the_database_is_lost():
    run = healthy_run()
    run.saved = 5
    assert verdicts(run)[1] is False


def test_a_consultation_refused_is_lost_even_if_the_counts_agree():
    run = healthy_run()
    run.samples.append(Sample("A", "consultation", "down", False, "500"))
    run.saved = 7
    assert verdicts(run)[1] is False


def test_a_miss_on_b_after_redis_is_back_fails_the_run():
    run = healthy_run()
    run.hits_after["/blog/"] = False
    assert verdicts(run)[2] is False


def test_publishing_passes_only_if_b_showed_the_post_on_every_page_it_had_cached():
    result = Publication(
        signed_in=True,
        submitted=True,
        status_on_b_in_review=404,
        approved=True,
        cached_on_b_before={"/": True, "/blog/": True},
        seen_on_b={"/": (200, True), "/blog/": (200, True), "/blog/new/": (200, True)},
    )
    assert all(passed for passed, _ in publication_checks(result))
    result.seen_on_b["/blog/"] = (200, False)
    assert not publication_checks(result)[-1][0]
    result.cached_on_b_before["/"] = False
    assert not publication_checks(result)[-2][0]
