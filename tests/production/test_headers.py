"""Every response carries the security headers; the public site's CSP allows no inline script."""

import pytest
from django.urls import reverse

from tests.workflow.admin_actions import blog_post_data


def csp(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


def assert_security_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    policy = csp(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
class TestPublicPages:
    @pytest.mark.parametrize("page", ["home", "service", "blog", "location", "consultation"])
    def test_carry_a_strict_policy_and_may_not_be_framed(self, client, site_tree, page):
        response = client.get(getattr(site_tree, page).url)
        assert response.status_code == 200
        assert_security_headers(response)
        policy = csp(response)
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"

    def test_run_no_inline_script_only_json_ld_data(self, client, site_tree):
        html = client.get(site_tree.posts[0].url).content.decode()
        for tag in html.split("<script")[1:]:
            opening = tag.split(">", 1)[0]
            assert "src=" in opening or 'type="application/ld+json"' in opening, opening

    def test_errors_carry_them_too(self, client, site_tree):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert_security_headers(response)


@pytest.mark.django_db
class TestAdmin:
    def test_sign_in_page_carries_the_headers(self, client):
        response = client.get(reverse("wagtailadmin_login"))
        assert response.status_code == 200
        assert_security_headers(response)
        assert response["X-Frame-Options"] == "DENY"

    def test_page_editor_works_under_the_admin_policy(self, admin_client, site_tree):
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.posts[0].pk]))
        assert response.status_code == 200
        assert_security_headers(response)
        policy = csp(response)
        # The editor starts its widgets with inline scripts, so the admin (staff only) allows them.
        assert "'unsafe-inline'" in policy["script-src"]
        assert policy["frame-ancestors"] == ["'self'"]

    def test_a_preview_may_be_framed_by_the_editor_only(self, admin_client, site_tree):
        post = site_tree.posts[0]
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[post.pk])
        data = blog_post_data(title=post.title, slug=post.slug)
        assert admin_client.post(preview_url, data).json()["is_valid"]

        response = admin_client.get(preview_url)
        assert response.status_code == 200
        assert post.title in response.content.decode()
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        assert csp(response)["frame-ancestors"] == ["'self'"]
        assert_security_headers(response)
