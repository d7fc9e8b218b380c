"""The medical-review task and the review credit it stamps onto medical pages."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import models
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester


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


class MedicalPagePermissionTester(PagePermissionTester):
    """Nobody but a superuser publishes a medical page directly: it goes live by approval. Every admin
    door that publishes (edit view, bulk action, admin API) asks this tester first."""

    def can_publish(self):
        return self.user.is_superuser and super().can_publish()

    def can_edit(self):
        """An alias shows what was approved for its source; converting it into a page of its own would put
        content live under a new revision nobody approved, so only superusers may (the only edit an alias has)."""
        if self.page.alias_of_id and not self.user.is_superuser:
            return False
        return super().can_edit()


class MedicallyReviewedPage(models.Model):
    """A page with medical claims. Its credit ("Medically reviewed by … on …") is written when a
    revision approved by a second person goes live (see editorial.review_rules); it has no panel,
    so nobody can type it."""

    medically_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    medically_reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = MedicallyReviewedPageForm
    exclude_fields_in_copy = ["medically_reviewed_by", "medically_reviewed_at"]  # a copy has not been reviewed

    class Meta:
        abstract = True

    @property
    def medical_reviewer_person(self):
        """The reviewer's Person record (their team page, credentials), or None if their login has none."""
        try:
            return self.medically_reviewed_by.person if self.medically_reviewed_by else None
        except ObjectDoesNotExist:
            return None

    @property
    def medical_reviewer_name(self):
        return reviewer_display_name(self.medically_reviewed_by) if self.medically_reviewed_by else ""

    def byline_user_ids(self):
        """Accounts of the people credited as this page's authors: they may not approve it. Override per page type."""
        return set()

    def permissions_for_user(self, user):
        return MedicalPagePermissionTester(user, self)


class MedicalApproval(models.Model):
    """A revision of a medical page cleared to go live, and who cleared it: the reviewer who was shown
    exactly this revision, or (``task_state`` empty) a superuser who published it without review."""

    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="medical_approvals")
    task_state = models.ForeignKey("wagtailcore.TaskState", null=True, on_delete=models.SET_NULL, related_name="+")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    approved_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Revision {self.revision_id} cleared by {self.approved_by}"


class MedicalReviewTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, with the clinic's rules (editorial.review_rules):

    - a second person approves: never the submitter, the post's byline author, or anyone who wrote
      part of the changes under review (superusers excepted);
    - approval publishes exactly the revision the reviewer was shown; a page whose content changed
      during review is not approved: the review ends instead.
    """

    def get_actions(self, obj, user):
        from .review_rules import may_act_on_review

        if not may_act_on_review(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states if user.is_superuser else states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        from .review_rules import approve

        page = task_state.workflow_state.content_object
        if action_name not in {name for name, _label, _modal in self.get_actions(page, user)}:
            raise PermissionDenied
        if action_name == "approve" and not approve(task_state, user):
            return None  # the review ended instead (the page changed under review)
        return super().on_action(task_state, user, action_name, **kwargs)

    class Meta:
        verbose_name = "Medical review task"
        verbose_name_plural = "Medical review tasks"
