"""/healthz tells a load balancer whether this instance can serve; /robots.txt tells crawlers where to go."""

import copy
import socket
from contextlib import contextmanager

import pytest
from django.db import DEFAULT_DB_ALIAS, connections

NO_STORE = "no-store"


def unused_local_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def unreachable_database(tmp_path):
    """Point Django's default database connection at a database that is not there.

    SQLite: a file in a folder that does not exist. PostgreSQL: a local port nothing listens on.
    The view then fails the way it would in production — the driver cannot connect and Django
    raises OperationalError — while the real connection, holding the test's transaction, is
    set aside and put back afterwards.
    """
    real = connections[DEFAULT_DB_ALIAS]
    settings_dict = copy.deepcopy(real.settings_dict)
    if real.vendor == "sqlite":
        settings_dict["NAME"] = str(tmp_path / "missing-folder" / "kureiv.sqlite3")
    elif real.vendor == "postgresql":
        settings_dict.update(HOST="127.0.0.1", PORT=str(unused_local_port()))
        settings_dict.setdefault("OPTIONS", {})["connect_timeout"] = 3
    else:
        raise NotImplementedError(f"no way to make a {real.vendor} database unreachable")
    unreachable = real.__class__(settings_dict, alias=DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = unreachable
    try:
        yield
    finally:
        unreachable.close()
        connections[DEFAULT_DB_ALIAS] = real


@pytest.fixture
def database_unreachable(db, tmp_path):
    with unreachable_database(tmp_path):
        yield


class TestHealthCheck:
    def test_healthy_when_the_database_answers(self, client, db):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response.json() == {
            "status": "ok",
            "database": "ok",
            "cache": "ok",
            "scheduled_publishing": "ok",
            "warnings": [],
        }

    def test_unhealthy_when_the_database_cannot_be_reached(self, client, database_unreachable):
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["status"] == "error"
        assert response.json()["database"] == "unavailable"

    def test_healthy_again_once_the_database_is_back(self, client, db, tmp_path):
        with unreachable_database(tmp_path):
            assert client.get("/healthz").status_code == 503
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json()["status"] == "ok"

    @pytest.mark.parametrize("database", ["up", "down"])
    def test_the_answer_is_never_cached(self, client, db, request, database):
        if database == "down":
            request.getfixturevalue("database_unreachable")
        response = client.get("/healthz")
        assert response.status_code == (200 if database == "up" else 503)
        assert NO_STORE in response["Cache-Control"]

    def test_only_get_is_allowed(self, client, db):
        assert client.post("/healthz").status_code == 405


class TestRobotsTxt:
    def test_keeps_crawlers_out_of_the_admin(self, client, db):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        lines = response.content.decode().splitlines()
        assert "User-agent: *" in lines
        assert "Disallow: /admin/" in lines

    def test_names_the_sitemap_and_the_sitemap_lists_the_pages(self, client, site_tree):
        lines = client.get("/robots.txt").content.decode().splitlines()
        sitemap_lines = [line for line in lines if line.startswith("Sitemap: ")]
        assert sitemap_lines == ["Sitemap: http://testserver/sitemap.xml"]

        sitemap = client.get(sitemap_lines[0].removeprefix("Sitemap: http://testserver"))
        assert sitemap.status_code == 200
        body = sitemap.content.decode()
        assert f"<loc>{site_tree.service.full_url}</loc>" in body
        assert f"<loc>{site_tree.posts[0].full_url}</loc>" in body
