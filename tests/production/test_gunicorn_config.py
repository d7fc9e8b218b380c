"""kureiv/gunicorn.conf.py: sync workers recycled rarely, sizes from the environment, no control socket, no query
strings in the access log."""

import runpy

from django.conf import settings

CONFIG = settings.BASE_DIR / "kureiv" / "gunicorn.conf.py"


def test_sizes_and_address_come_from_the_environment(monkeypatch):
    for name, value in {"GUNICORN_BIND": "127.0.0.1:8001", "GUNICORN_WORKERS": "3", "GUNICORN_TIMEOUT": "20"}.items():
        monkeypatch.setenv(name, value)
    config = runpy.run_path(CONFIG)
    assert (config["bind"], config["workers"], config["timeout"]) == ("127.0.0.1:8001", 3, 20)


def test_sync_workers_close_each_connection_so_the_kernel_spreads_them():
    config = runpy.run_path(CONFIG)
    # gunicorn turns "sync" into threaded workers (which keep connections alive) when threads > 1.
    assert config["worker_class"] == "sync"
    assert config.get("threads", 1) == 1


def test_workers_are_recycled_rarely_and_staggered():
    config = runpy.run_path(CONFIG)
    # At cached rates (~1,000 requests/s per worker) 5,000 requests recycled a worker every few seconds.
    assert config["max_requests"] >= 100_000
    assert 0 < config["max_requests_jitter"] < config["max_requests"]


def test_two_servers_on_one_machine_do_not_share_a_control_socket():
    assert runpy.run_path(CONFIG)["control_socket_disable"] is True


def test_the_access_log_leaves_out_query_strings_and_referrers():
    log_format = runpy.run_path(CONFIG)["access_log_format"]
    assert "%(U)s" in log_format  # the path alone
    for with_query_or_referrer in ("%(r)s", "%(q)s", "%(f)s"):
        assert with_query_or_referrer not in log_format
