"""CDN_PURGE configures the CDN purge from the environment: CloudFront, Cloudflare, or none at all."""

import json

import pytest
from django.core.exceptions import ImproperlyConfigured

from kureiv.settings.base import cdn_purge_backends

from .test_deploy_settings import DEPLOYMENT_ENV, manage

REPORT = (
    "import json, sys; from django.conf import settings; from core import cdn_purge; "
    "from wagtail.contrib.frontend_cache.utils import get_backends; "
    "backends = {name: type(backend).__name__ for name, backend in get_backends().items()}; "
    "print(json.dumps({'backends': backends, 'cdn_seconds': settings.PAGE_CACHE_CDN_SECONDS, "
    "'installed': 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS}))"
)


def run(script, **env):
    result = manage("shell", "--no-imports", "-c", script, **{**DEPLOYMENT_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_cdn_purge_no_backend_is_made_the_app_is_not_installed_and_a_cdn_keeps_pages_a_minute():
    assert run(REPORT) == {"backends": {}, "cdn_seconds": 60, "installed": False}


def test_cloudflare_from_the_environment_and_a_cdn_that_hears_of_edits_keeps_pages_as_long_as_we_do():
    report = run(REPORT, CDN_PURGE="cloudflare", CLOUDFLARE_ZONE_ID="zone", CLOUDFLARE_API_TOKEN="token")
    assert report == {"backends": {"cloudflare": "CloudflareBackend"}, "cdn_seconds": 900, "installed": False}


def test_cloudfront_from_the_environment_and_check_deploy_stays_clean():
    env = {"CDN_PURGE": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E2QWRUHAPOMQZL", "AWS_DEFAULT_REGION": "us-east-1"}
    assert run(REPORT, **env)["backends"] == {"cloudfront": "CloudfrontBackend"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **DEPLOYMENT_ENV, **env)
    assert result.returncode == 0, result.stderr


def test_no_cdn_purge_means_no_backend():
    assert cdn_purge_backends("") == {}


@pytest.mark.parametrize(
    "kind, missing", [("cloudfront", "CLOUDFRONT_DISTRIBUTION_ID"), ("cloudflare", "CLOUDFLARE_ZONE_ID")]
)
def test_a_cdn_without_its_ids_refuses_to_start(monkeypatch, kind, missing):
    for name in ("CLOUDFRONT_DISTRIBUTION_ID", "CLOUDFLARE_ZONE_ID", "CLOUDFLARE_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ImproperlyConfigured, match=f"{missing} must be set"):
        cdn_purge_backends(kind)


def test_an_unknown_cdn_refuses_to_start():
    with pytest.raises(ImproperlyConfigured, match="CDN_PURGE must be cloudfront, cloudflare or empty, not 'fastly'"):
        cdn_purge_backends("fastly")
