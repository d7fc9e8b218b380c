"""An approved, scheduled page overdue means the `publish_scheduled` job has stopped: /healthz warns (and
stays 200, since the server still serves pages), and staff see it on the admin dashboard in Houston time."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests import factories

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
GO_LIVE = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO)


@pytest.fixture
def scheduled_post(site_tree):
    """A post approved for publication at 8 A.M. on December 1st, waiting for `publish_scheduled`."""
    with time_machine.travel(GO_LIVE - datetime.timedelta(days=1), tick=False):
        post = factories.BlogPageFactory(
            parent=site_tree.blog, title="Ketamine and sleep", live=False, go_live_at=GO_LIVE
        )
        post.save_revision().publish()
    post.refresh_from_db()
    assert not post.live and post.get_latest_revision().approved_go_live_at == GO_LIVE
    return post


def health_at(client, moment):
    with time_machine.travel(moment, tick=False):
        return client.get("/healthz")


def test_healthy_while_the_go_live_time_is_ahead(client, scheduled_post):
    assert health_at(client, GO_LIVE - datetime.timedelta(minutes=1)).status_code == 200


def test_healthy_for_a_few_minutes_past_it_while_the_job_gets_round_to_it(client, scheduled_post):
    assert health_at(client, GO_LIVE + datetime.timedelta(minutes=4)).status_code == 200


def test_an_overdue_page_is_a_warning_that_keeps_the_server_in_rotation(client, scheduled_post):
    response = health_at(client, GO_LIVE + datetime.timedelta(minutes=6))
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["database"] == "ok"
    assert response.json()["scheduled_publishing"] == "overdue"
    assert response.json()["warnings"] == [
        "1 scheduled publication(s) overdue: is `manage.py publish_scheduled` running?"
    ]


def dashboard_at(client, moment):
    with time_machine.travel(moment, tick=False):
        return client.get(reverse("wagtailadmin_home")).content.decode()


def test_staff_see_the_overdue_page_on_the_dashboard_with_its_time_in_houston(admin_client, scheduled_post):
    """In Houston time even for a user whose admin shows London time: the clinic's job runs on Houston's clock."""
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.current_time_zone = "Europe/London"
    profile.save()
    dashboard = dashboard_at(admin_client, GO_LIVE + datetime.timedelta(minutes=6))
    assert "Scheduled publishing is late" in dashboard
    assert "publish_scheduled" in dashboard
    assert "Ketamine and sleep" in dashboard
    assert "due Dec. 1, 2026, 8 a.m. (Houston time)" in dashboard


def test_the_dashboard_says_nothing_while_publishing_is_on_time(admin_client, scheduled_post):
    dashboard = dashboard_at(admin_client, GO_LIVE + datetime.timedelta(minutes=4))
    assert "Scheduled publishing is late" not in dashboard


def test_healthy_again_once_the_job_has_run(client, scheduled_post):
    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=6), tick=False):
        call_command("publish_scheduled")
        response = client.get("/healthz")
    assert response.status_code == 200
    scheduled_post.refresh_from_db()
    assert scheduled_post.live
