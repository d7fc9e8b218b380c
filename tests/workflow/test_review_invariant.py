"""A property of the Medical review, checked after every step of random sequences of admin actions.

Staff in random roles edit, submit, revert, publish through the admin API, bulk publish, approve
(from the edit view, with or without changes, or from a dashboard loaded earlier), reject, copy,
move and schedule a medical page, all through the admin's real HTTP doors. After every step:

    every live medical page made or changed here went live from a revision that a second person
    approved — not its submitter, not anyone who wrote part of it — and that revision is exactly
    what the approver was shown when they approved.
"""

import datetime
import itertools
import json

import time_machine
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from wagtail.models import Page, Revision

from blog.models import BlogPage
from editorial.models import MedicalApproval
from editorial.review_rules import patient_facing_content
from tests import factories

from . import admin_actions as act

ROLES = ("editor", "reviewer", "second_reviewer")
counter = itertools.count()


def test_a_medical_page_goes_live_only_as_a_second_person_approved_and_saw_it(site_tree, staff):
    clients = {}
    for role in ROLES:
        clients[role] = Client()
        clients[role].force_login(staff.by_role(role))

    class MedicalReviewMachine(RuleBasedStateMachine):
        @initialize()
        def a_post_already_live(self):
            self.post = factories.BlogPageFactory(parent=site_tree.blog, title=f"Post {next(counter)}")
            self.first_live_revision_id = Page.objects.get(pk=self.post.pk).live_revision_id
            self.shown = {}  # approval's task state id -> the content the approver saw when approving
            self.writers = {}  # revision id -> who wrote the content of that revision

        # --- what staff do --------------------------------------------------------------------

        @rule(role=st.sampled_from(ROLES), changed=st.booleans(), submit=st.booleans())
        def edit(self, role, changed, submit):
            title = f"Title {next(counter)} by {role}" if changed else Page.objects.get(pk=self.post.pk).draft_title
            extra = {"action-submit": "1"} if submit else {}
            act.post_edit(clients[role], self.post, title=title, **extra)

        @rule(role=st.sampled_from(ROLES), hours=st.integers(1, 48))
        def schedule_and_submit(self, role, hours):
            go_live = timezone.localtime() + datetime.timedelta(hours=hours)
            act.post_edit(
                clients[role],
                self.post,
                title=f"Scheduled {next(counter)}",
                go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
                **{"action-submit": "1"},
            )

        @rule(role=st.sampled_from(ROLES), pick=st.integers(0, 99))
        def revert_through_the_api(self, role, pick):
            revisions = list(Revision.page_revisions.filter(object_id=str(self.post.pk)).values_list("pk", flat=True))
            if revisions:
                self.api(role, "revert_to_page_revision", revision_id=revisions[pick % len(revisions)])

        @rule(role=st.sampled_from(ROLES))
        def publish_through_the_api(self, role):
            self.api(role, "publish")

        @rule(role=st.sampled_from(ROLES))
        def bulk_publish(self, role):
            url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={self.post.pk}"
            clients[role].post(url, {"include_descendants": ""})

        @rule(role=st.sampled_from(ROLES), action=st.sampled_from(["approve", "reject"]), from_edit_view=st.booleans())
        def review(self, role, action, from_edit_view):
            page = Page.objects.get(pk=self.post.pk)
            task_state = page.current_workflow_task_state
            if task_state is None:
                return
            self.remember_what_is_shown(task_state)
            if from_edit_view:
                act.post_edit(
                    clients[role],
                    self.post,
                    title=page.draft_title,
                    **{"action-workflow-action": "1", "workflow-action-name": action},
                )
            else:
                act.workflow_action(clients[role], self.post, action, comment="Checked.")

        @rule(role=st.sampled_from(ROLES), pick=st.integers(0, 99))
        def approve_from_a_dashboard_loaded_earlier(self, role, pick):
            states = list(
                Page.objects.get(pk=self.post.pk).workflow_states.values_list("current_task_state", flat=True)
            )
            states = sorted(pk for pk in states if pk)
            if states:
                task_state_pk = states[pick % len(states)]
                url = reverse("wagtailadmin_pages:workflow_action", args=[self.post.pk, "approve", task_state_pk])
                self.remember_what_is_shown_by_pk(task_state_pk)
                clients[role].post(url, {"comment": ""})

        @rule(role=st.sampled_from(ROLES), door=st.sampled_from(["copy view", "admin API"]))
        def copy(self, role, door):
            slug = f"copy-{next(counter)}"
            if door == "copy view":
                clients[role].post(
                    reverse("wagtailadmin_pages:copy", args=[self.post.pk]),
                    {
                        "new_title": slug,
                        "new_slug": slug,
                        "new_parent_page": site_tree.blog.pk,
                        "publish_copies": "on",
                    },
                )
            else:
                self.api(role, "copy", destination_page_id=site_tree.blog.pk, slug=slug, keep_live=True)

        @rule(role=st.sampled_from(ROLES))
        def move(self, role):
            self.api(role, "move", destination_page_id=site_tree.blog.pk, position="last-child")

        @rule()
        def the_scheduling_cron_runs_two_days_later(self):
            with time_machine.travel(timezone.now() + datetime.timedelta(days=2), tick=False):
                call_command("publish_scheduled", verbosity=0)

        # --- the property ------------------------------------------------------------------------

        @invariant()
        def every_live_medical_page_was_cleared_by_a_second_person_who_saw_it(self):
            made_here = BlogPage.objects.filter(live=True, pk__gte=self.post.pk)
            for page in made_here.exclude(pk=self.post.pk, live_revision_id=self.first_live_revision_id):
                revision = page.live_revision
                assert revision is not None, f"{page} is live without a live revision"
                approval = (
                    MedicalApproval.objects.filter(revision=revision)
                    .select_related("task_state__workflow_state")
                    .first()
                )
                assert approval is not None, f"{page} went live from revision {revision.pk} that nobody approved"
                task_state = approval.task_state
                assert task_state is not None, f"{page} went live by a direct publish, not a review"
                assert task_state.revision_id == revision.pk, "the approval covered another revision"
                assert approval.approved_by_id != task_state.workflow_state.requested_by_id, "approved by its submitter"
                assert approval.approved_by_id not in self.writers_of(page, revision), "approved by one of its writers"
                assert patient_facing_content(revision) == self.shown[task_state.pk], "not what the approver was shown"
                assert page.title == revision.content["title"], "the live page does not say what the revision says"
                assert page.medically_reviewed_by_id == approval.approved_by_id

        # --- helpers -----------------------------------------------------------------------------

        def api(self, role, action, **data):
            return clients[role].post(
                f"/admin/api/main/pages/{self.post.pk}/action/{action}/",
                data=json.dumps(data),
                content_type="application/json",
            )

        def remember_what_is_shown(self, task_state):
            """What the edit view and the preview show a reviewer now: the latest revision."""
            latest = Page.objects.get(pk=self.post.pk).get_latest_revision()
            self.shown.setdefault(task_state.pk, patient_facing_content(latest))

        def remember_what_is_shown_by_pk(self, task_state_pk):
            from wagtail.models import TaskState

            self.remember_what_is_shown(TaskState.objects.get(pk=task_state_pk))

        def writers_of(self, page, revision):
            """Everyone who saved a revision of ``page`` after the one live before, up to ``revision``."""
            previous = (
                MedicalApproval.objects.filter(
                    revision__object_id=str(page.pk),
                    revision_id__lt=revision.pk,
                )
                .exclude(revision=revision)
                .order_by("-revision_id")
                .values_list("revision_id", flat=True)
                .first()
                or 0
            )
            return set(
                Revision.page_revisions.filter(
                    object_id=str(page.pk), pk__gt=previous, pk__lte=revision.pk
                ).values_list("user_id", flat=True)
            )

    run_state_machine_as_test(
        MedicalReviewMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[
                HealthCheck.function_scoped_fixture,
                HealthCheck.too_slow,
                HealthCheck.filter_too_much,
            ],
        ),
    )
