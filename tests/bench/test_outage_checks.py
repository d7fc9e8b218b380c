"""The outage test's verdicts, on made-up timelines: it must fail a hang, a slow failure, and no recovery."""

from bench.pg_restart import Outage, Sample, checks

OUTAGE = Outage(stop=5.0, start=10.0, ready=10.5)


def healthy_run():
    """Requests every half second: fine before, fast 500s and 503s while down, fine again after."""
    samples = []
    for tenth in range(0, 200, 5):
        moment = tenth / 10
        down = OUTAGE.stop <= moment < OUTAGE.ready
        samples.append(Sample(moment, "/healthz", 503 if down else 200, 0.05))
        samples.append(Sample(moment + 0.1, "/", 500 if down else 200, 0.2))
    return samples


def verdicts(samples):
    return [passed for passed, _description in checks(samples, OUTAGE)]


def test_fast_failures_and_a_quick_recovery_pass():
    assert all(verdicts(healthy_run()))


def test_a_request_that_gets_no_answer_fails_the_run():
    samples = healthy_run() + [Sample(6.0, "/", None, 20.0)]
    assert verdicts(samples)[0] is False


def test_a_slow_failure_fails_the_run():
    samples = healthy_run() + [Sample(6.0, "/", 500, 8.0)]
    assert verdicts(samples)[1] is False


def test_a_request_cut_short_by_the_stop_may_have_run_long():
    samples = healthy_run() + [Sample(1.0, "/", 500, 4.2)]
    assert all(verdicts(samples))


def test_healthz_answering_200_while_the_database_is_down_fails_the_run():
    samples = healthy_run() + [Sample(7.0, "/healthz", 200, 0.05)]
    assert verdicts(samples)[2] is False


def test_no_recovery_fails_the_run():
    samples = [s for s in healthy_run() if s.started < OUTAGE.start]
    assert verdicts(samples)[3] is False


def test_a_failure_after_recovery_fails_the_run():
    samples = healthy_run() + [Sample(15.0, "/", 500, 0.1)]
    assert verdicts(samples)[4] is False


def test_requests_across_a_change_are_not_counted_as_down():
    assert OUTAGE.phase(4.5, 5.5) == "stopping"
    assert OUTAGE.phase(9.8, 10.2) == "starting"
    assert OUTAGE.phase(6.0, 6.1) == "DOWN"
    assert OUTAGE.phase(11.0, 11.2) == "back"
