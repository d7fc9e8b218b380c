"""Medical review holds on every door the admin offers, not only on its buttons (issue 10, attacks 3–5).

Each test goes through the real HTTP path an ordinary staff account can reach: the edit view, the
dashboard's workflow actions, the admin API (``/admin/api/main/pages/<id>/action/...``), the copy
view, autosave and scheduled publishing.
"""

import datetime
import json
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from core.request_context import serving
from editorial.models import MedicalApproval
from editorial.review_rules import UnreviewedPublishError
from tests import factories

from . import admin_actions as act

HARMFUL = "Stop taking your antidepressants before an infusion."
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def api_action(client, page, action, **data):
    return client.post(
        f"/admin/api/main/pages/{page.pk}/action/{action}/",
        data=json.dumps(data),
        content_type="application/json",
    )


def live_text(page):
    """Everything the live page says, as stored on the live row."""
    live = Page.objects.get(pk=page.pk).specific
    return f"{live.title} {live.body.raw_data}" if live.live else ""


def workflow_status(page):
    return Page.objects.get(pk=page.pk).workflow_states.order_by("-pk").values_list("status", flat=True).first()


def approve_from_an_open_dashboard(client, page, task_state):
    """The reviewer's approve button, from a dashboard loaded while the review still ran."""
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def edit_body(client, page, paragraph, **extra):
    data = act.blog_post_data(title=extra.pop("title", page.title), slug=page.slug)
    data.update(act.nested_form_data({"body": act.body_data(("paragraph", f"<p>{paragraph}</p>"))}))
    data.update(extra)
    return client.post(act.edit_url(page), data)


def test_attack_3_a_reviewer_cannot_publish_an_unreviewed_post_through_the_admin_api(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.post_edit(client, post, title="Nobody reviewed this")
    client.force_login(staff.reviewer)

    response = api_action(client, post, "publish")

    assert response.status_code == 403
    assert "Nobody reviewed this" not in live_text(post)
    client.logout()
    assert "Nobody reviewed this" not in client.get("/blog/").content.decode()


def test_attack_4_a_revert_during_review_ends_the_review_and_the_harmful_revision_never_goes_live(
    site_tree, staff, client
):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    edit_body(client, post, HARMFUL)
    harmful = Page.objects.get(pk=post.pk).get_latest_revision()
    edit_body(client, post, "Keep taking your medicines unless your doctor says otherwise.", **{"action-submit": "1"})
    task_state = Page.objects.get(pk=post.pk).current_workflow_task_state

    response = api_action(client, post, "revert_to_page_revision", revision_id=harmful.pk)
    assert response.status_code == 200  # the editor may keep editing their draft...
    assert workflow_status(post) == WorkflowState.STATUS_CANCELLED  # ...but it is no longer under review

    client.force_login(staff.reviewer)
    approve_from_an_open_dashboard(client, post, task_state)
    assert HARMFUL not in live_text(post)
    assert not MedicalApproval.objects.exists()


def test_attack_5a_a_reviewers_edit_and_approve_in_one_post_keeps_the_edit_as_a_draft_and_ends_the_review(
    site_tree, staff, client
):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.submit(client, post)
    client.force_login(staff.reviewer)

    response = act.post_edit(
        client,
        post,
        title="The reviewer's own unseen text",
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )

    assert response.status_code == 302
    assert "unseen text" not in live_text(post)
    assert Page.objects.get(pk=post.pk).draft_title == "The reviewer's own unseen text"  # nothing lost
    assert workflow_status(post) == WorkflowState.STATUS_CANCELLED
    page = client.get(response.url, follow=True).content.decode()
    assert "the review has ended" in page


@pytest.mark.parametrize("how", ["a new revision", "autosave rewriting the submitted one"])
def test_attack_5b_a_reviewer_changing_their_own_submission_during_review_ends_it(site_tree, staff, client, how):
    post = site_tree.posts[0]
    client.force_login(staff.second_reviewer)
    act.post_edit(client, post, title="What the reviewer was shown", **{"action-submit": "1"})
    task_state = Page.objects.get(pk=post.pk).current_workflow_task_state
    overwrite = {"overwrite_revision_id": str(task_state.revision_id)} if how.startswith("autosave") else {}

    act.post_edit(client, post, title="Changed while under review", **overwrite)

    if overwrite:
        assert Page.objects.get(pk=post.pk).get_latest_revision().pk == task_state.revision_id  # rewritten in place
    assert workflow_status(post) == WorkflowState.STATUS_CANCELLED
    client.force_login(staff.reviewer)
    approve_from_an_open_dashboard(client, post, task_state)
    assert "Changed while under review" not in live_text(post)


def test_approval_publishes_exactly_the_revision_the_reviewer_was_shown(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.post_edit(client, post, title="Shown to the reviewer", **{"action-submit": "1"})
    shown = Page.objects.get(pk=post.pk).current_workflow_task_state.revision

    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")

    live = Page.objects.get(pk=post.pk).specific
    assert live.live_revision_id == shown.pk and live.title == "Shown to the reviewer"
    approval = MedicalApproval.objects.get(revision=shown)
    assert approval.approved_by == staff.reviewer and approval.task_state.revision_id == shown.pk
    assert live.medically_reviewed_by == staff.reviewer


def test_the_posts_byline_author_cannot_approve_it(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.post_edit(client, post, author=str(staff.reviewer.person.pk), **{"action-submit": "1"})

    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")
    assert workflow_status(post) == WorkflowState.STATUS_IN_PROGRESS and not MedicalApproval.objects.exists()

    client.force_login(staff.second_reviewer)
    act.workflow_action(client, post, "approve")
    assert Page.objects.get(pk=post.pk).specific.medically_reviewed_by == staff.second_reviewer


def test_whoever_wrote_part_of_the_changes_cannot_approve_them(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.reviewer)
    act.post_edit(client, post, title="The reviewer's paragraph")  # a draft, before anyone submits it
    client.force_login(staff.editor)
    act.submit(client, post)

    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")
    assert workflow_status(post) == WorkflowState.STATUS_IN_PROGRESS and not MedicalApproval.objects.exists()
    client.force_login(staff.second_reviewer)
    act.workflow_action(client, post, "approve")
    assert Page.objects.get(pk=post.pk).live


@pytest.mark.parametrize("door", ["copy view", "admin API"])
def test_copies_of_medical_pages_are_drafts_until_reviewed(site_tree, staff, client, door):
    post = site_tree.posts[0]
    client.force_login(staff.reviewer)
    if door == "copy view":
        client.post(
            reverse("wagtailadmin_pages:copy", args=[post.pk]),
            {
                "new_title": "A copy",
                "new_slug": "a-copy",
                "new_parent_page": site_tree.blog.pk,
                "publish_copies": "on",
            },
        )
    else:
        api_action(
            client, post, "copy", destination_page_id=site_tree.blog.pk, slug="a-copy", title="A copy", keep_live=True
        )

    copy = Page.objects.get(slug="a-copy").specific
    assert not copy.live and copy.live_revision is None and copy.medically_reviewed_by is None
    client.logout()
    assert client.get("/blog/a-copy/").status_code == 404


def test_an_alias_shows_only_what_was_approved_for_its_source(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.post_edit(client, post, title="Draft nobody approved")
    client.force_login(staff.reviewer)
    api_action(client, post, "create_alias", destination_page_id=site_tree.blog.pk, update_slug="an-alias")

    alias = Page.objects.get(slug="an-alias").specific
    assert alias.alias_of_id == post.pk and alias.title == post.title
    assert api_action(client, alias, "convert_alias").status_code == 403  # a page of its own: superusers only
    assert Page.objects.get(pk=alias.pk).alias_of_id == post.pk
    client.logout()
    assert "Draft nobody approved" not in client.get("/blog/an-alias/").content.decode()


def test_a_scheduled_approval_publishes_the_approved_revision_not_a_later_draft(site_tree, staff, client):
    post = site_tree.posts[0]
    with time_machine.travel(datetime.datetime(2026, 11, 30, 9, 0, tzinfo=CHICAGO), tick=False) as clock:
        client.force_login(staff.editor)
        act.post_edit(
            client, post, title="Approved for December", go_live_at="2026-12-01 08:00", **{"action-submit": "1"}
        )
        client.force_login(staff.reviewer)
        act.workflow_action(client, post, "approve")
        client.force_login(staff.editor)
        edit_body(client, post, HARMFUL, title="A later draft")

        clock.move_to(datetime.datetime(2026, 12, 1, 8, 1, tzinfo=CHICAGO))
        call_command("publish_scheduled")

    assert live_text(post).startswith("Approved for December") and HARMFUL not in live_text(post)
    assert Page.objects.get(pk=post.pk).specific.medically_reviewed_by == staff.reviewer


def test_a_publish_that_skips_the_admins_permission_check_is_still_refused_below_it(site_tree, staff):
    """The model-level guard, for a door that forgets to ask the permission tester."""
    post = site_tree.posts[0].specific
    revision = post.save_revision(user=staff.reviewer)
    request = RequestFactory().post("/admin/")
    request.user = staff.reviewer
    with serving(request), pytest.raises(UnreviewedPublishError):
        revision.publish(user=staff.reviewer, skip_permission_checks=True)
    assert Page.objects.get(pk=post.pk).live_revision_id != revision.pk


def test_the_edit_view_offers_reviewers_no_publish_button_on_a_medical_page(site_tree, staff, client):
    client.force_login(staff.reviewer)
    html = client.get(act.edit_url(site_tree.posts[0])).content.decode()
    assert 'name="action-publish"' not in html
    html = client.get(act.edit_url(site_tree.about)).content.decode()
    assert 'name="action-publish"' in html  # standard pages they publish as before


def test_a_superusers_publish_of_a_new_page_is_credited_to_them(site_tree, staff, client):
    client.force_login(staff.superuser)
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", site_tree.blog.pk])
    client.post(url, {**act.blog_post_data(slug="straight-from-the-top"), "action-publish": "1"})
    post = Page.objects.get(slug="straight-from-the-top").specific
    assert post.live and post.medically_reviewed_by == staff.superuser
    assert MedicalApproval.objects.get(revision=post.live_revision).task_state is None


def test_a_factory_made_live_page_is_unaffected_outside_requests(site_tree):
    """Server-side code (the demo loader, manage.py) is trusted: the rules are for admin doors."""
    post = factories.BlogPageFactory(parent=site_tree.blog, title="Made by the loader")
    assert Page.objects.get(pk=post.pk).live


def test_a_superusers_scheduled_publish_goes_live_at_its_time_credited_to_them(site_tree, staff, client):
    post = site_tree.posts[0]
    with time_machine.travel(datetime.datetime(2026, 11, 30, 9, 0, tzinfo=CHICAGO), tick=False) as clock:
        client.force_login(staff.superuser)
        act.post_edit(
            client, post, title="Scheduled by the superuser", go_live_at="2026-12-01 08:00", **{"action-publish": "1"}
        )
        assert not live_text(post).startswith("Scheduled by the superuser")

        clock.move_to(datetime.datetime(2026, 12, 1, 8, 1, tzinfo=CHICAGO))
        call_command("publish_scheduled")

    live = Page.objects.get(pk=post.pk).specific
    assert live.title == "Scheduled by the superuser" and live.medically_reviewed_by == staff.superuser


def test_scheduling_an_unapproved_revision_is_refused_below_the_views(site_tree, staff):
    revision = site_tree.posts[0].specific.save_revision(user=staff.reviewer)
    request = RequestFactory().post("/admin/")
    request.user = staff.reviewer
    revision.approved_go_live_at = timezone.now() + datetime.timedelta(days=1)
    with serving(request), pytest.raises(UnreviewedPublishError):
        revision.save(update_fields=["approved_go_live_at"])
