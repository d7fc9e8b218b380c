"""Settings › WordPress import: the report of the last import on one page, for Site managers and
superusers only, with the time it ran in Houston time whatever the viewer's own time zone."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.users.models import UserProfile

from editorial.roles import EDITORS, MEDICAL_REVIEWERS, SITE_MANAGERS
from wordpress_import.models import ImportRun

from .wxr import export, post

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/wordpress-import/"


def staff(username, group=None, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@kureiv.test", "a-long-password-1", **extra)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def test_the_report_url_is_the_one_in_the_settings_menu():
    assert reverse("wordpress_import_report") == REPORT_URL


def test_each_import_keeps_its_report_with_who_ran_it(site_tree, run):
    run(export(post(12, "Hostile", "<p>Hi.</p><script>x()</script>")))

    report = ImportRun.objects.get()
    assert report.run_by.endswith("(command line)")
    assert ["posts", "created as drafts", 1] in report.counts
    assert report.warnings == ["post 12 “Hostile”: dropped a <script> element"]


def test_a_dry_run_keeps_no_report(site_tree, run):
    run(export(post(12, "Dry", "<p>Hi.</p>")), "--dry-run")

    assert not ImportRun.objects.exists()


def test_a_superuser_sees_the_last_import_in_houston_time_whatever_their_own_time_zone(site_tree, run, client):
    run(export(post(12, "First", "<p>Hi.</p>")))
    run(export(post(12, "First", "<p>Hi.</p>"), post(13, "Hostile", "<p>Hi.</p><script>x()</script>")))
    ImportRun.objects.update(ran_at=datetime.datetime(2026, 11, 28, 18, 30, tzinfo=datetime.UTC))
    ImportRun.objects.filter(pk=ImportRun.objects.order_by("pk").first().pk).update(
        ran_at=datetime.datetime(2026, 11, 1, 9, 0, tzinfo=datetime.UTC), run_by="an older run"
    )
    admin = staff("root", is_superuser=True)
    profile = UserProfile.get_for_user(admin)
    profile.current_time_zone = "Asia/Tokyo"
    profile.save()
    client.force_login(admin)

    response = client.get(REPORT_URL)

    page = response.content.decode()
    assert response.status_code == 200
    assert "November 28, 2026, 12:30 PM</strong> (Houston time)" in page
    assert "(command line)" in page and "an older run" not in page
    assert "<td>posts</td><td>created as drafts</td><td>1</td>" in page
    assert "<td>posts</td><td>unchanged</td><td>1</td>" in page
    assert "Warnings (1)" in page
    assert "post 13 “Hostile”: dropped a &lt;script&gt; element" in page


def test_a_site_manager_sees_the_report_and_its_menu_item(site_tree, client):
    client.force_login(staff("sam", SITE_MANAGERS))

    response = client.get(REPORT_URL)

    assert response.status_code == 200
    assert "No WordPress import has been run yet." in response.content.decode()
    assert REPORT_URL in client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", [EDITORS, MEDICAL_REVIEWERS])
def test_editors_and_reviewers_are_refused_the_report_and_see_no_menu_item(site_tree, client, group):
    client.force_login(staff("eddie", group))

    assert client.get(REPORT_URL).status_code == 403
    assert REPORT_URL not in client.get("/admin/").content.decode()
