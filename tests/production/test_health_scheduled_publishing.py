"""/healthz fails when an approved, scheduled page is overdue: the `publish_scheduled` job has stopped."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command

from tests import factories

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
GO_LIVE = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=CHICAGO)


@pytest.fixture
def scheduled_post(site_tree):
    """A post approved for publication at 8 A.M. on December 1st, waiting for `publish_scheduled`."""
    with time_machine.travel(GO_LIVE - datetime.timedelta(days=1), tick=False):
        post = factories.BlogPageFactory(parent=site_tree.blog, title="Ketamine and sleep", live=False, go_live_at=GO_LIVE)
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


def test_unhealthy_once_the_page_is_overdue(client, scheduled_post):
    response = health_at(client, GO_LIVE + datetime.timedelta(minutes=6))
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["scheduled_publishing"] == "overdue"
    assert "publish_scheduled" in response.json()["reason"]


def test_healthy_again_once_the_job_has_run(client, scheduled_post):
    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=6), tick=False):
        call_command("publish_scheduled")
        response = client.get("/healthz")
    assert response.status_code == 200
    scheduled_post.refresh_from_db()
    assert scheduled_post.live
