"""kureiv/gunicorn.conf.py: sizes from the environment, no control socket, no query strings in the access log."""

import runpy

from django.conf import settings

CONFIG = settings.BASE_DIR / "kureiv" / "gunicorn.conf.py"


def test_sizes_and_address_come_from_the_environment(monkeypatch):
    for name, value in {"GUNICORN_BIND": "127.0.0.1:8001", "GUNICORN_WORKERS": "3",
                        "GUNICORN_THREADS": "4", "GUNICORN_TIMEOUT": "20"}.items():
        monkeypatch.setenv(name, value)
    config = runpy.run_path(CONFIG)
    assert (config["bind"], config["workers"], config["threads"], config["timeout"]) == ("127.0.0.1:8001", 3, 4, 20)


def test_two_servers_on_one_machine_do_not_share_a_control_socket():
    assert runpy.run_path(CONFIG)["control_socket_disable"] is True


def test_the_access_log_leaves_out_query_strings_and_referrers():
    log_format = runpy.run_path(CONFIG)["access_log_format"]
    assert "%(U)s" in log_format  # the path alone
    for with_query_or_referrer in ("%(r)s", "%(q)s", "%(f)s"):
        assert with_query_or_referrer not in log_format
