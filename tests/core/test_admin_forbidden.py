"""A refused admin page is a 403 inside the admin's chrome, with a sentence and a way back to the dashboard.

Wagtail itself would redirect to the dashboard with a flash message; core/admin_forbidden.py makes its views
and ours (consultation requests, the WordPress import report) refuse the same, explained way.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import reverse

from consultations.permissions import PATIENT_COORDINATORS
from core.admin_forbidden import forbidden_as_403
from editorial.roles import EDITORS

pytestmark = pytest.mark.django_db

ROLE_SENTENCE = "Your role doesn’t include this part of the admin."
DASHBOARD_LINK = f'<a class="button" href="{reverse("wagtailadmin_home")}">Back to the dashboard</a>'


def staff(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@kureiv.test", "a-long-enough-password")
    user.groups.add(Group.objects.get(name=group))
    return user


def assert_refused_in_the_admin(response):
    assert response.status_code == 403
    page = response.content.decode()
    assert "You don’t have access to this page" in page
    assert DASHBOARD_LINK in page
    assert 'id="wagtail-sidebar"' in page  # the admin's chrome, menu and all


def test_a_coordinator_opening_the_page_explorer_gets_the_403_page(client):
    client.force_login(staff("cora", PATIENT_COORDINATORS))
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert_refused_in_the_admin(response)
    assert ROLE_SENTENCE in response.content.decode()


def test_an_editor_opening_clinic_settings_or_groups_gets_the_403_page(client, site_tree):
    client.force_login(staff("erin", EDITORS))
    for url in (reverse("wagtailsettings:edit", args=["core", "clinicsettings"]), reverse("wagtailusers_groups:index")):
        assert_refused_in_the_admin(client.get(url))


def test_an_editor_opening_our_own_admin_views_gets_the_403_page(client):
    client.force_login(staff("erin", EDITORS))
    assert_refused_in_the_admin(client.get(reverse("consultation_requests:index")))
    assert_refused_in_the_admin(client.get(reverse("wordpress_import_report")))


def test_a_refused_post_is_a_403_too(client):
    client.force_login(staff("erin", EDITORS))
    assert_refused_in_the_admin(client.post(reverse("wagtailusers_groups:add"), {"name": "Mine"}))
    assert not Group.objects.filter(name="Mine").exists()


def test_the_reason_a_view_gives_is_the_sentence_shown(admin_user):
    def ended_review(request):
        raise PermissionDenied("This review has already ended.")

    request = RequestFactory().get("/admin/pages/1/edit/")
    request.user = admin_user
    response = forbidden_as_403(ended_review)(request)
    response.render()
    assert response.status_code == 403
    assert "This review has already ended." in response.content.decode()
    assert ROLE_SENTENCE not in response.content.decode()


def test_the_admins_scripts_still_get_a_bare_403(client):
    client.force_login(staff("cora", PATIENT_COORDINATORS))
    response = client.get(reverse("wagtailadmin_explore_root"), headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403
    assert "Back to the dashboard" not in response.content.decode()
