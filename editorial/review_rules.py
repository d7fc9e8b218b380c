"""The Medical review rules, kept below the admin's views so that every door obeys them.

Wagtail offers many ways to change a page: the edit view, bulk actions, the admin API
(``/admin/api/main/pages/<id>/action/...``), copies, revision reverts, workflow actions from the
dashboard, scheduled publishing. Each asks the page's permission tester and ends in a few model
saves; the rules sit there.

- **Nobody but a superuser publishes a medical page directly** (``MedicalPagePermissionTester``).
- **Only a cleared revision goes live** (``guard_going_live``, on every save of a medical page): one
  with a ``MedicalApproval`` by a second person. A superuser's publish is the one exception; it is
  recorded as their approval, and the credit names them. The credit on the live page always comes
  from the approval of its live revision. Code run on the server without a request (``manage.py``
  commands, the scheduled-publishing cron) is trusted: the cron publishes only revisions that were
  cleared when they were scheduled (``guard_scheduling``).
- **Approval publishes exactly the revision the reviewer was shown** (``approve``,
  ``publish_on_approval``): the submitted revision, never whatever was saved last.
- **A page that changes under review is no longer under review** (``end_review_on_new_content``):
  a new revision with other content, or the submitted revision rewritten in place (autosave), ends the
  review; the page must be submitted again. Within a request this happens as the request ends, so an
  "edit and approve" in one POST of the edit view is answered by ``approve`` (the review ends, the
  edits are kept) rather than by Wagtail's view stumbling on a review that vanished under it.
- **The approver is a second person** (``may_act_on_review``): not the submitter, not the page's byline
  author, not anyone who wrote a revision since the page was last published. Superusers excepted.
- **Copies of medical pages are drafts** (``guard_going_live``), whoever copies them.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail.workflows import publish_workflow_state

from core.request_context import acting_user, after_request, current_request

from .models import MedicalApproval, MedicallyReviewedPage, MedicalReviewTask

#: Keys of a page revision's content that record bookkeeping, not what the page says.
BOOKKEEPING_KEYS = frozenset(
    {
        "pk",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "expired",
        "url_path",
        "path",
        "depth",
        "numchild",
        "translation_key",
        "locale",
        "alias_of",
        "content_type",
        "wagtail_admin_comments",
        "medically_reviewed_by",
        "medically_reviewed_at",
    }
)


class UnreviewedPublishError(PublishPermissionError):
    """A revision of a medical page that no second person approved was about to go live."""


def patient_facing_content(revision):
    """What a revision says, without the bookkeeping Wagtail keeps beside it."""
    return {key: value for key, value in revision.content.items() if key not in BOOKKEEPING_KEYS}


def approval_of(revision_id):
    """The latest approval clearing this revision to go live, or None."""
    return MedicalApproval.objects.filter(revision_id=revision_id).order_by("-pk").first()


def conflicted_user_ids(page, task_state):
    """Who may not approve this submission: its submitter, the byline's account, and whoever wrote any
    of the revisions under review (those since the page was last published, up to the submitted one)."""
    reviewed = task_state.revision
    revisions = Revision.page_revisions.filter(object_id=str(page.pk), pk__lte=reviewed.pk)
    if page.live_revision_id:
        revisions = revisions.filter(pk__gt=page.live_revision_id)
    writers = set(revisions.values_list("user_id", flat=True))
    byline = reviewed.as_object().byline_user_ids() if isinstance(page, MedicallyReviewedPage) else set()
    return (writers | byline | {task_state.workflow_state.requested_by_id}) - {None}


def may_act_on_review(page, user):
    """May ``user`` approve or reject the review ``page`` is in? Superusers always may."""
    if user.is_superuser:
        return True
    task_state = page.current_workflow_task_state
    return task_state is None or user.pk not in conflicted_user_ids(page.specific_deferred, task_state)


def changed_under_review(task_state):
    """Has the page changed since ``task_state`` began: the submitted revision rewritten in place
    (Wagtail's autosave overwrites a user's latest revision), or a later one saying something else?"""
    reviewed = task_state.revision
    if reviewed.created_at > task_state.started_at:
        return True
    latest = Revision.page_revisions.filter(object_id=reviewed.object_id).order_by("-created_at", "-pk").first()
    return latest.pk != reviewed.pk and patient_facing_content(latest) != patient_facing_content(reviewed)


def end_review(workflow_state, user=None):
    """Cancel a review whose page changed, and tell whoever is acting why."""
    workflow_state.cancel(user=user)
    request = current_request()
    if request is not None and hasattr(request, "_messages"):
        messages.warning(
            request,
            "The page changed during medical review, so the review has ended. The changes are saved: "
            "submit the page again, and another reviewer will approve it.",
        )


def approve(task_state, user):
    """Clear the revision the reviewer was shown to go live. Returns False, having ended the review,
    if the page changed since it was submitted: the approval then covers nothing."""
    task_state = TaskState.objects.select_related("revision", "workflow_state").get(pk=task_state.pk)
    workflow_state = task_state.workflow_state
    if workflow_state.status != WorkflowState.STATUS_IN_PROGRESS or task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise PermissionDenied("This review has already ended.")
    if changed_under_review(task_state):
        end_review(workflow_state, user)
        return False
    MedicalApproval.objects.create(revision=task_state.revision, task_state=task_state, approved_by=user)
    return True


def publish_on_approval(workflow_state, user=None):
    """What an approved review publishes (editorial.finish_workflow): the revision the reviewer was shown.

    Reviewers hold no publish permission on medical pages, so the permission check is skipped here:
    the approval is the permission, and ``guard_going_live`` checks it.
    """
    approval = MedicalApproval.objects.filter(task_state__workflow_state=workflow_state).order_by("-pk").first()
    if approval is None:
        return publish_workflow_state(workflow_state, user=user)
    return approval.revision.publish(user=user, skip_permission_checks=True)


def is_medical_revision(revision):
    model = ContentType.objects.get_for_id(revision.content_type_id).model_class()
    return model is not None and issubclass(model, MedicallyReviewedPage)


@receiver(pre_save, dispatch_uid="editorial_guard_going_live")
def guard_going_live(sender, instance, raw=False, update_fields=None, **kwargs):
    """Every save of a medical page that puts a revision live: it must be cleared (module docstring)."""
    if raw or not isinstance(instance, MedicallyReviewedPage) or instance.alias_of_id:
        return
    in_request = current_request() is not None
    if in_request and instance._state.adding and instance.live:  # a copy "kept live"
        instance.live, instance.has_unpublished_changes = False, True
    if in_request and not instance.live and instance.live_revision_id:  # ...and its copied live revision
        instance.live_revision = None
        instance.first_published_at = instance.last_published_at = None
    if not instance.live or not instance.live_revision_id:
        return
    if update_fields is not None and "live_revision" not in update_fields:
        return
    approval = approval_of(instance.live_revision_id)
    if approval is None and in_request and not already_live(instance):
        approval = clear_for_superuser(instance.live_revision_id)
    if approval is not None:
        instance.medically_reviewed_by_id = approval.approved_by_id
        instance.medically_reviewed_at = approval.approved_at


def already_live(page):
    """Is ``page``'s live revision the one live now (a save that publishes nothing new)?"""
    if page._state.adding:
        return False
    return type(page).objects.filter(pk=page.pk, live=True, live_revision_id=page.live_revision_id).exists()


def clear_for_superuser(revision_id):
    """A superuser acting in this request clears the revision themselves; anyone else is refused."""
    user = acting_user()
    if user is None or not user.is_superuser:
        raise UnreviewedPublishError("Medical pages go live only after medical review by a second person.")
    return MedicalApproval.objects.create(revision_id=revision_id, approved_by=user)


@receiver(pre_save, sender=Revision, dispatch_uid="editorial_guard_scheduling")
def guard_scheduling(sender, instance, raw=False, **kwargs):
    """Scheduling a medical page's revision to go live is publishing it later: the same rule applies."""
    if raw or instance.approved_go_live_at is None or instance.pk is None or current_request() is None:
        return
    if is_medical_revision(instance) and approval_of(instance.pk) is None:
        clear_for_superuser(instance.pk)


@receiver(post_save, sender=Revision, dispatch_uid="editorial_end_review_on_new_content")
def end_review_on_new_content(sender, instance, raw=False, **kwargs):
    if raw:
        return
    state = (
        WorkflowState.objects.filter(
            base_content_type_id=instance.base_content_type_id,
            object_id=instance.object_id,
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .select_related("current_task_state__task")
        .first()
    )
    if state is None or not isinstance(state.current_task_state.task.specific, MedicalReviewTask):
        return
    user = instance.user

    def end_if_changed():
        current = WorkflowState.objects.filter(pk=state.pk, status=WorkflowState.STATUS_IN_PROGRESS).first()
        if current is not None and changed_under_review(current.current_task_state):
            end_review(current, user)

    after_request(end_if_changed)
