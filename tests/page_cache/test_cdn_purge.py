"""Edits reach the CDN: the same paths as the page cache, sent after the commit to a local server standing
in for the CDN's purge API (tests/page_cache/cdn_server.py), through Wagtail's frontend-cache backends."""

import logging

import pytest
from django.urls import reverse
from wagtail.models import Page

from core.cdn_backends import CloudflareBackend
from tests import factories
from tests.workflow.admin_actions import edit_clinic_settings, publish_medical_page, unpublish

from . import cdn_server

DISTRIBUTION = "E2QWRUHAPOMQZL"
ZONE = "023e105f4ecef8ad9ca31a8372d0c353"
TOKEN = "cloudflare-purge-token"


@pytest.fixture
def purge_api():
    api, stop = cdn_server.serve()
    yield api
    stop()


@pytest.fixture
def cloudfront(purge_api, settings, monkeypatch):
    """CDN_PURGE=cloudfront as the settings build it, boto3 pointed at the local server by its standard variable."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_CLOUDFRONT", purge_api.url)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")  # signing for an endpoint of our own needs one
    monkeypatch.setenv("CLOUDFRONT_DISTRIBUTION_ID", DISTRIBUTION)
    settings.WAGTAILFRONTENDCACHE = cdn_purge_backends("cloudfront")
    purge_api.reply = cdn_server.CLOUDFRONT_CREATED
    return purge_api


@pytest.fixture
def cloudflare(purge_api, settings, monkeypatch):
    """CDN_PURGE=cloudflare as the settings build it, with the API address moved to the local server."""
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", ZONE)
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", TOKEN)
    backends = cdn_purge_backends("cloudflare")
    backends["cloudflare"]["API_BASE"] = purge_api.url
    settings.WAGTAILFRONTENDCACHE = backends
    return purge_api


def cdn_purge_backends(kind):
    from kureiv.settings.base import cdn_purge_backends as build

    return build(kind)


def invalidated(api):
    return [request.invalidated_paths() for request in api.requests]


def committed(capture, action):
    """Run ``action``; check the CDN heard nothing before the commit; then commit."""

    def run(api):
        with capture(execute=True):
            assert action()
            assert api.requests == [], "the CDN was purged before the transaction committed"

    return run


@pytest.mark.django_db
def test_publishing_a_post_purges_the_blog_and_services_sections_the_home_page_and_the_sitemap(
    admin_client, site_tree, cloudfront, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks, lambda: publish_medical_page(admin_client, site_tree))(cloudfront)
    assert invalidated(cloudfront) == [{"/blog/*", "/services/*", "/", "/sitemap.xml"}]
    request = cloudfront.requests[0]
    assert request.path == f"/2020-05-31/distribution/{DISTRIBUTION}/invalidation"
    assert "test-key" in request.headers["Authorization"]


@pytest.mark.django_db
def test_unpublishing_a_post_purges_the_same_paths(
    admin_client, site_tree, cloudfront, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks, lambda: unpublish(admin_client, site_tree))(cloudfront)
    assert invalidated(cloudfront) == [{"/blog/*", "/services/*", "/", "/sitemap.xml"}]


@pytest.mark.django_db
def test_moving_a_page_purges_everything(admin_client, site_tree, cloudfront, django_capture_on_commit_callbacks):
    team = factories.StandardPageFactory(parent=site_tree.about, title="Our team", slug="team")
    careers = factories.StandardPageFactory(parent=site_tree.home, title="Careers", slug="careers")

    def move():
        admin_client.post(reverse("wagtailadmin_pages:move_confirm", args=[team.pk, careers.pk]))
        return Page.objects.get(pk=team.pk).url == "/careers/team/"

    committed(django_capture_on_commit_callbacks, move)(cloudfront)
    assert invalidated(cloudfront) == [{"/*"}]


@pytest.mark.django_db
def test_a_nested_page_purges_itself_its_parent_and_the_sitemap(
    site_tree, cloudfront, django_capture_on_commit_callbacks
):
    team = factories.StandardPageFactory(parent=site_tree.about, title="Our team", slug="team")
    with django_capture_on_commit_callbacks(execute=True):
        team.save_revision().publish()
    assert invalidated(cloudfront) == [{"/about/team/", "/about/", "/sitemap.xml"}]


@pytest.mark.django_db
def test_saving_clinic_settings_purges_everything(
    admin_client, site_tree, cloudfront, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks, lambda: edit_clinic_settings(admin_client, site_tree))(cloudfront)
    assert invalidated(cloudfront) == [{"/*"}]


@pytest.mark.django_db
def test_on_cloudflare_saving_clinic_settings_purges_the_whole_zone(
    admin_client, site_tree, cloudflare, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks, lambda: edit_clinic_settings(admin_client, site_tree))(cloudflare)
    [request] = cloudflare.requests
    assert request.path == f"/zones/{ZONE}/purge_cache"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.json() == {"purge_everything": True}


@pytest.mark.django_db
def test_on_cloudflare_a_section_purges_the_whole_zone_since_prefixes_are_for_enterprise_plans(
    admin_client, site_tree, cloudflare, django_capture_on_commit_callbacks
):
    committed(django_capture_on_commit_callbacks, lambda: publish_medical_page(admin_client, site_tree))(cloudflare)
    assert [request.json() for request in cloudflare.requests] == [{"purge_everything": True}]


@pytest.mark.django_db
def test_on_cloudflare_exact_paths_are_purged_as_full_urls(site_tree, cloudflare, django_capture_on_commit_callbacks):
    team = factories.StandardPageFactory(parent=site_tree.about, title="Our team", slug="team")
    with django_capture_on_commit_callbacks(execute=True):
        team.save_revision().publish()
    [request] = cloudflare.requests
    root = site_tree.site.root_url
    assert sorted(request.json()["files"]) == sorted([f"{root}/about/team/", f"{root}/about/", f"{root}/sitemap.xml"])


def test_cloudflare_sends_at_most_30_urls_a_request(purge_api):
    backend = CloudflareBackend({"ZONEID": ZONE, "BEARER_TOKEN": TOKEN, "API_BASE": purge_api.url})
    urls = [f"https://www.kureiv.com/blog/post-{number}/" for number in range(45)]
    backend.purge_batch(urls)
    assert [request.json() for request in purge_api.requests] == [{"files": urls[:30]}, {"files": urls[30:]}]


@pytest.mark.django_db
@pytest.mark.parametrize("failure", ["refused", "unreachable"])
def test_a_failing_cdn_is_logged_and_never_fails_the_publish(
    admin_client, site_tree, cloudflare, settings, django_capture_on_commit_callbacks, caplog, failure
):
    if failure == "refused":
        cloudflare.reply = (
            500,
            "application/json",
            '{"success": false, "errors": [{"code": 10000, "message": "Authentication error"}]}',
        )
    else:
        settings.WAGTAILFRONTENDCACHE["cloudflare"]["API_BASE"] = "http://127.0.0.1:9"  # nothing listens there
    caplog.set_level(logging.ERROR)
    with django_capture_on_commit_callbacks(execute=True):
        assert edit_clinic_settings(admin_client, site_tree)
    assert "Cloudflare" in caplog.text
    if failure == "refused":
        assert "Authentication error" in caplog.text
    assert admin_client.get("/").status_code == 200


@pytest.mark.django_db
def test_without_a_cdn_nothing_is_sent(
    admin_client, site_tree, purge_api, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True):
        assert edit_clinic_settings(admin_client, site_tree)
    assert purge_api.requests == []
