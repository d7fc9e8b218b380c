"""The production settings pass `check --deploy` with what a deployment sets, and insist on a SECRET_KEY,
the site's address for admin e-mails, and a cache every app server shares (or none)."""

import json
import os
import secrets
import subprocess
import sys

from django.conf import settings

DEPLOYMENT_ENV = {
    "DJANGO_SETTINGS_MODULE": "kureiv.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "kureiv.com,www.kureiv.com",
    "CSRF_TRUSTED_ORIGINS": "https://kureiv.com,https://www.kureiv.com",
    "DATABASE_URL": "postgres://kureiv@db.internal:5432/kureiv",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://kureiv.com",
    "AWS_STORAGE_BUCKET_NAME": "kureiv-media",
}


def manage(*args, **env):
    """Run manage.py in a fresh process with only the given environment (plus PATH)."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_finds_nothing_to_warn_about():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **DEPLOYMENT_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr


def test_without_a_secret_key_production_refuses_to_start():
    env = {key: value for key, value in DEPLOYMENT_ENV.items() if key != "SECRET_KEY"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: The environment variable SECRET_KEY must be set." in result.stderr


def test_without_the_sites_address_production_refuses_to_start():
    env = {key: value for key, value in DEPLOYMENT_ENV.items() if key != "WAGTAILADMIN_BASE_URL"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: The environment variable WAGTAILADMIN_BASE_URL must be set." in result.stderr


def test_without_redis_production_refuses_to_start_and_says_what_to_set():
    env = {key: value for key, value in DEPLOYMENT_ENV.items() if key != "REDIS_URL"}
    result = manage("check", **env)
    assert result.returncode != 0
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("django.core.exceptions.ImproperlyConfigured: Set REDIS_URL")
    assert "PAGE_CACHE_SECONDS=0" in message and "createcachetable" in message


def production_caches(**env):
    script = (
        "import json; from django.conf import settings; from django.core.cache import caches; "
        "print(json.dumps({alias: type(caches[alias]).__name__ for alias in settings.CACHES}))"
    )
    result = manage("shell", "--no-imports", "-c", script, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_redis_every_cache_is_the_shared_redis():
    assert production_caches(**DEPLOYMENT_ENV) == {
        "default": "ResilientRedisCache",
        "renditions": "ResilientRedisCache",
        "pages": "ResilientRedisCache",
    }


def test_without_redis_but_with_the_page_cache_off_what_must_be_shared_lives_in_the_database():
    """The rate limits and the header and menu in the database every server uses; no page cache at all;
    image renditions (which never change) in each process's memory."""
    env = {key: value for key, value in DEPLOYMENT_ENV.items() if key != "REDIS_URL"}
    assert production_caches(**env, PAGE_CACHE_SECONDS="0") == {
        "default": "DatabaseCache",
        "renditions": "LocMemCache",
        "pages": "DummyCache",
    }
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env, PAGE_CACHE_SECONDS="0")
    assert result.returncode == 0, result.stderr


def test_production_responses_carry_hsts_and_the_other_security_headers():
    script = (
        "import json; from django.test import Client; "
        "response = Client().get('/robots.txt', secure=True, HTTP_HOST='kureiv.com'); "
        "print(json.dumps(dict(response.headers)))"
    )
    result = manage("shell", "--no-imports", "-c", script, **DEPLOYMENT_ENV)
    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.strip().splitlines()[-1])
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "script-src 'self';" in headers["Content-Security-Policy"] + ";"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    # Images come signed from the media bucket (AWS_STORAGE_BUCKET_NAME is set).
    assert "img-src 'self' data: https://s3.us-east-1.amazonaws.com" in headers["Content-Security-Policy"]


def test_production_redirects_plain_http_to_https():
    script = (
        "from django.test import Client; "
        "response = Client().get('/robots.txt', HTTP_HOST='kureiv.com'); "
        "print(response.status_code, response['Location'])"
    )
    result = manage("shell", "--no-imports", "-c", script, **DEPLOYMENT_ENV)
    assert result.stdout.strip().splitlines()[-1] == "301 https://kureiv.com/robots.txt"
