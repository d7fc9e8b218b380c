"""The "Medical review" workflow: submission, approval with its credit, rejection with its e-mail, and its rules."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowState

from blog.models import BlogPage
from editorial.models import MedicalReviewTask
from editorial.roles import EDITORIAL_GROUPS, MEDICAL_REVIEW_WORKFLOW, MEDICAL_REVIEWERS, SITE_MANAGERS
from tests import factories

from . import admin_actions as act


def create_and_submit(client, tree, slug="ketamine-and-sleep"):
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", tree.blog.pk])
    client.post(url, {**act.blog_post_data(slug=slug), "action-submit": "1"})
    return BlogPage.objects.get(slug=slug)


def test_fresh_database_has_the_roles_and_the_workflow(db):
    assert set(EDITORIAL_GROUPS) <= set(Group.objects.values_list("name", flat=True))
    assert not Group.objects.filter(name="Moderators").exists()
    workflow = Workflow.objects.get(name=MEDICAL_REVIEW_WORKFLOW, active=True)
    task = workflow.tasks.specific().get()
    assert isinstance(task, MedicalReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == [MEDICAL_REVIEWERS]
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_blog_and_service_pages_need_medical_review_other_pages_do_not(site_tree):
    for page in (site_tree.blog, site_tree.posts[0], site_tree.services, site_tree.service):
        assert page.get_workflow().name == MEDICAL_REVIEW_WORKFLOW
    for page in (site_tree.location, site_tree.about, site_tree.home):
        assert page.get_workflow() is None


def test_site_managers_are_given_the_locations_section_and_top_level_standard_pages(site_tree):
    nested = factories.StandardPageFactory(parent=site_tree.about, title="Our team")
    granted = set(
        GroupPagePermission.objects.filter(group__name=SITE_MANAGERS).values_list("page_id", "permission__codename")
    )
    for page in (site_tree.locations, site_tree.about):
        assert {(page.pk, "add_page"), (page.pk, "change_page"), (page.pk, "publish_page")} <= granted
    assert not {page_id for page_id, _ in granted} & {nested.pk, site_tree.blog.pk, site_tree.home.pk}


def test_a_submitted_post_is_not_public_until_approved_then_credits_the_reviewer(site_tree, staff, client):
    client.force_login(staff.editor)
    post = create_and_submit(client, site_tree)
    assert post.workflow_in_progress and not post.live
    assert client.get("/blog/ketamine-and-sleep/").status_code == 404

    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")
    post.refresh_from_db()
    assert post.live and post.medically_reviewed_by == staff.reviewer
    response = client.get("/blog/ketamine-and-sleep/")
    assert response.status_code == 200
    assert "Medically reviewed by Dr. Maya Okafor, MD on" in response.content.decode()


def test_the_credit_falls_back_to_the_reviewers_full_name(site_tree, staff, client):
    client.force_login(staff.editor)
    act.submit(client, site_tree.service)  # a service page, through the same workflow
    client.force_login(staff.second_reviewer)
    act.workflow_action(client, site_tree.service, "approve")
    assert "Medically reviewed by Raj Tester on" in client.get(site_tree.service.url).content.decode()


def test_rejection_returns_the_page_with_the_comment_and_emails_its_editors(site_tree, staff, client):
    post = site_tree.posts[0]
    post.owner = staff.editor  # the writer; a colleague submits on their behalf
    post.save()
    client.force_login(staff.second_reviewer)
    act.submit(client, post)
    mail.outbox.clear()

    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "reject", comment="Cite the 2023 trial for the response rate.")

    state = Page.objects.get(pk=post.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    told = {message.to[0]: message.body for message in mail.outbox}
    assert set(told) == {staff.editor.email, staff.second_reviewer.email}
    assert all("Cite the 2023 trial" in body for body in told.values())
    assert all("rejected" in message.subject for message in mail.outbox)

    client.force_login(staff.editor)  # back with its editor, who can resubmit
    assert "Cite the 2023 trial" in client.get(act.edit_url(post)).content.decode()
    act.post_edit(client, post, **{"action-submit": "1"})
    assert Page.objects.get(pk=post.pk).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_approval_emails_the_writer_as_well_as_whoever_submitted(site_tree, staff, client):
    post = site_tree.posts[0]
    post.owner = staff.editor
    post.save()
    client.force_login(staff.second_reviewer)
    act.submit(client, post)
    mail.outbox.clear()

    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")
    assert {message.to[0] for message in mail.outbox} == {staff.editor.email, staff.second_reviewer.email}
    assert all("approved" in message.subject for message in mail.outbox)


def test_reviewers_are_emailed_when_a_page_is_submitted(site_tree, staff, client):
    client.force_login(staff.editor)
    act.submit(client, site_tree.posts[0])
    recipients = {address for message in mail.outbox for address in message.to}
    assert {staff.reviewer.email, staff.second_reviewer.email} <= recipients
    assert staff.manager.email not in recipients


def test_a_reviewer_cannot_approve_their_own_submission(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.reviewer)
    act.submit(client, post)

    approve_button = 'data-workflow-action-name="approve"'
    assert approve_button not in client.get(act.edit_url(post)).content.decode()
    assert "Awaiting your review" not in client.get(reverse("wagtailadmin_home")).content.decode()
    response = act.workflow_action(client, post, "approve")
    assert response.status_code == 403  # the admin's refusal page (core/admin_forbidden.py)
    assert Page.objects.get(pk=post.pk).workflow_in_progress

    client.force_login(staff.second_reviewer)
    assert approve_button in client.get(act.edit_url(post)).content.decode()
    assert "Awaiting your review" in client.get(reverse("wagtailadmin_home")).content.decode()
    act.workflow_action(client, post, "approve")
    assert not Page.objects.get(pk=post.pk).workflow_in_progress


def test_an_edit_to_an_approved_page_needs_approval_again(site_tree, staff, client):
    client.force_login(staff.editor)
    post = create_and_submit(client, site_tree)
    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")

    client.force_login(staff.editor)
    act.post_edit(client, post, title="Ketamine and sleep: new findings", **{"action-publish": "1"})
    post.refresh_from_db()
    assert post.title == "Ketamine and sleep" and post.has_unpublished_changes
    assert post.medically_reviewed_by == staff.reviewer  # the live version keeps its credit ...
    assert post.get_latest_revision_as_object().medically_reviewed_by is None  # ... the edit has none

    act.post_edit(client, post, title="Ketamine and sleep: new findings", **{"action-submit": "1"})
    client.force_login(staff.second_reviewer)
    act.workflow_action(client, post, "approve")
    post.refresh_from_db()
    assert post.title == "Ketamine and sleep: new findings"
    assert post.medically_reviewed_by == staff.second_reviewer


@pytest.mark.parametrize("view", ["create", "edit"])
def test_reviewers_see_no_publish_button_on_medical_pages(site_tree, staff, client, view):
    client.force_login(staff.reviewer)
    if view == "create":
        url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", site_tree.blog.pk])
    else:
        url = act.edit_url(site_tree.posts[0])
    html = client.get(url).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' in client.get(act.edit_url(site_tree.about)).content.decode()


def test_a_superusers_direct_publish_goes_live_credited_to_the_superuser(site_tree, staff, client):
    client.force_login(staff.editor)
    post = create_and_submit(client, site_tree)
    client.force_login(staff.reviewer)
    act.workflow_action(client, post, "approve")

    client.force_login(staff.superuser)
    act.post_edit(client, post, title="Ketamine and sleep, revised", **{"action-publish": "1"})
    post.refresh_from_db()
    assert post.title == "Ketamine and sleep, revised" and post.medically_reviewed_by == staff.superuser
    assert "Medically reviewed by Root Tester on" in client.get(post.url).content.decode()


def test_bulk_publishing_cannot_skip_medical_review(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.post_edit(client, post, title="Bulk published?")
    client.force_login(staff.reviewer)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={post.pk}"
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code in (200, 302)  # the post is listed as one they may not publish
    assert Page.objects.get(pk=post.pk).title != "Bulk published?"


def test_a_copy_of_a_reviewed_page_is_not_credited(site_tree, staff):
    post = site_tree.posts[0]
    post.medically_reviewed_by = staff.reviewer
    post.save()
    copy = post.copy(update_attrs={"slug": "copied-post", "title": "Copied post"})
    assert copy.specific.medically_reviewed_by is None
