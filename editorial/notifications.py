"""E-mail the page's editors, not only the person who pressed "Submit", when review ends.

Wagtail's own notifiers tell only the workflow's requester that a page was approved or sent
back. When a colleague submitted on the writer's behalf, the writer (the page's owner, or the
author of the revision under review) heard nothing. These notifiers add exactly those people,
using Wagtail's own e-mail templates and each user's notification preferences.
"""

from wagtail.admin.mail import WorkflowStateApprovalEmailNotifier, WorkflowStateRejectionEmailNotifier
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected


class PageEditorsMixin:
    def get_recipient_users(self, workflow_state, **kwargs):
        page = workflow_state.content_object
        task_state = workflow_state.current_task_state
        editors = {page.owner, task_state.revision.user if task_state else None}
        # The requester already hears from Wagtail; whoever acted needs no e-mail about it.
        return editors - {None, workflow_state.requested_by, kwargs.get("user")}


class EditorsRejectionNotifier(PageEditorsMixin, WorkflowStateRejectionEmailNotifier):
    pass


class EditorsApprovalNotifier(PageEditorsMixin, WorkflowStateApprovalEmailNotifier):
    pass


rejection_notifier = EditorsRejectionNotifier()
approval_notifier = EditorsApprovalNotifier()
workflow_rejected.connect(rejection_notifier, sender=WorkflowState, dispatch_uid="editorial_rejected_email_editors")
workflow_approved.connect(approval_notifier, sender=WorkflowState, dispatch_uid="editorial_approved_email_editors")
