"""The environment a benchmark runs the site in: production settings, PostgreSQL, Redis.

Everything here is throwaway: a database made for the run and dropped after it, a fresh
SECRET_KEY, a Redis key prefix of the run's own (its keys are deleted at the end), and a
temporary media folder. Plain HTTP on 127.0.0.1, so no HTTPS redirect and no secure-only
cookies, as in `make serve`.
"""

import os
import secrets
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MANAGE = str(REPO / "manage.py")

#: The shared PostgreSQL server; the benchmark's database is created on it and dropped afterwards.
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kureiv_bench")
#: A Redis database number of the benchmark's own; keys carry the run's prefix as well.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")


def production_env(database_url, media_root, cache_prefix):
    """Environment variables a deployment sets (see the README's Production section), for this machine."""
    return {
        "DJANGO_SETTINGS_MODULE": "kureiv.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        # "testserver" is the host name of Django's test client, which the render benchmark uses.
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "REDIS_URL": REDIS_URL,
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8001",
        "CACHE_KEY_PREFIX": cache_prefix,
        "MEDIA_ROOT": str(media_root),
        "LOG_LEVEL": "WARNING",
    }


def with_demo_app(env):
    """``env`` with the production settings plus the demo app (bench/demo_settings.py), to load the demo content."""
    return {**env, "DJANGO_SETTINGS_MODULE": "bench.demo_settings"}


def _server_url(database_url, dbname="postgres"):
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{dbname}"))


def database_name(database_url):
    return urlsplit(database_url).path.lstrip("/")


def create_database(database_url):
    """(Re)create the database named in ``database_url``, empty."""
    name = sql.Identifier(database_name(database_url))
    with psycopg.connect(_server_url(database_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(name))


def drop_database(database_url):
    name = sql.Identifier(database_name(database_url))
    with psycopg.connect(_server_url(database_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def delete_redis_keys(prefix):
    """Delete every key the run's caches wrote (they all start with ``prefix``); other keys are left alone."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


def free_port(preferred=None):
    """``preferred`` if nothing listens there, else a port the kernel picks."""
    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket() as sock:
            # As servers bind: a port whose last connection is in TIME_WAIT is free to them.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port")
