"""The medical-review task and the review credit it stamps onto medical pages."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import AbstractGroupApprovalTask


def reviewer_display_name(user):
    """The credit for a reviewer: their Person record ("Dr. Maya Okafor, MD"), else their full name."""
    person = getattr(user, "person", None)
    if person is not None:
        return person.display_name
    return user.get_full_name() or user.get_username()


class MedicallyReviewedPageForm(WagtailAdminPageForm):
    """Any edit made in the admin withdraws the review credit from the new revision: only approving it restores it."""

    def save(self, commit=True):
        self.instance.medically_reviewed_by = None
        self.instance.medically_reviewed_at = None
        return super().save(commit=commit)


class MedicallyReviewedPage(models.Model):
    """A page with medical claims. Its credit ("Medically reviewed by … on …") is written by the
    Medical review task when a reviewer approves; it has no panel, so nobody can type it."""

    medically_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+",
    )
    medically_reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = MedicallyReviewedPageForm
    exclude_fields_in_copy = ["medically_reviewed_by", "medically_reviewed_at"]  # a copy has not been reviewed

    class Meta:
        abstract = True

    @property
    def medical_reviewer_name(self):
        return reviewer_display_name(self.medically_reviewed_by) if self.medically_reviewed_by else ""


class MedicalReviewTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, with two rules of the clinic's:

    - nobody approves or rejects a page they submitted themselves (superusers excepted), so every
      medical page is seen by a second person;
    - approving records the reviewer and the time on the page, in the revision that goes live.
    """

    def _submitted_by(self, obj, user):
        state = obj.current_workflow_state
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if not user.is_superuser and self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states if user.is_superuser else states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object
        if action_name not in {name for name, _label, _modal in self.get_actions(page, user)}:
            raise PermissionDenied
        if action_name == "approve":
            self.record_review(page, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @staticmethod
    def record_review(page, user):
        """Save the latest revision again with the credit set; the workflow then publishes (or schedules) it."""
        draft = page.get_latest_revision_as_object()
        if not isinstance(draft, MedicallyReviewedPage):
            return
        draft.medically_reviewed_by = user
        draft.medically_reviewed_at = timezone.now()
        draft.save_revision(user=user, changed=False, clean=False)
        # The workflow publishes page.get_latest_revision(): let this (cached) page see the new one.
        page.refresh_from_db(fields=["latest_revision"])

    class Meta:
        verbose_name = "Medical review task"
        verbose_name_plural = "Medical review tasks"
