"""Go-live and expiry dates: approval schedules, `manage.py publish_scheduled` publishes and expires."""

import datetime
import zoneinfo

import time_machine
from django.core.management import call_command
from django.urls import reverse

from blog.models import BlogPage

from . import admin_actions as act

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
MONDAY_9AM = datetime.datetime(2026, 11, 30, 9, 0, tzinfo=CHICAGO)


def test_an_approved_post_with_a_future_go_live_date_waits_for_publish_scheduled(site_tree, staff, client):
    with time_machine.travel(MONDAY_9AM, tick=False) as clock:
        client.force_login(staff.editor)
        url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", site_tree.blog.pk])
        client.post(url, {**act.blog_post_data(go_live_at="2026-12-01 08:00"), "action-submit": "1"})
        post = BlogPage.objects.get(slug="ketamine-and-sleep")
        client.force_login(staff.reviewer)
        act.workflow_action(client, post, "approve")

        post.refresh_from_db()
        assert not post.live and post.get_latest_revision().approved_go_live_at is not None
        client.logout()
        assert client.get("/blog/ketamine-and-sleep/").status_code == 404

        clock.move_to(datetime.datetime(2026, 12, 1, 7, 59, tzinfo=CHICAGO))
        call_command("publish_scheduled")
        assert client.get("/blog/ketamine-and-sleep/").status_code == 404

        clock.move_to(datetime.datetime(2026, 12, 1, 8, 1, tzinfo=CHICAGO))
        call_command("publish_scheduled")
        response = client.get("/blog/ketamine-and-sleep/")
        assert response.status_code == 200
        assert "Medically reviewed by Dr. Maya Okafor, MD on" in response.content.decode()


def test_publish_scheduled_unpublishes_a_post_once_it_expires(site_tree, staff, client):
    with time_machine.travel(MONDAY_9AM, tick=False) as clock:
        post = site_tree.posts[0]
        client.force_login(staff.editor)
        act.post_edit(client, post, expire_at="2026-12-31 23:59", **{"action-submit": "1"})
        client.force_login(staff.reviewer)
        act.workflow_action(client, post, "approve")
        client.logout()
        assert client.get(post.url).status_code == 200

        clock.move_to(datetime.datetime(2027, 1, 1, 0, 1, tzinfo=CHICAGO))
        call_command("publish_scheduled")
        post.refresh_from_db()
        assert not post.live and post.expired
        assert client.get(post.url).status_code == 404
