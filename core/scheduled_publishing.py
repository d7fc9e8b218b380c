"""Scheduled publishing that is late: pages approved to go live whose time has passed with no
`manage.py publish_scheduled` run to publish them (the job runs every minute).

/healthz lists it as a warning (the load balancer keeps the server: it can still serve pages), and the
admin dashboard shows it to staff (``OverduePublishingPanel``, registered in core.wagtail_hooks).
"""

import datetime

from django.conf import settings
from django.template.loader import get_template
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Revision

#: How late a scheduled publication may be before it counts as overdue. Five minutes leaves room for a
#: slow run of the every-minute job without hiding a stopped one.
GRACE = datetime.timedelta(minutes=5)


def overdue_revisions():
    """Approved, scheduled revisions whose go-live time passed more than GRACE ago, oldest first."""
    return Revision.objects.filter(approved_go_live_at__lt=timezone.now() - GRACE).order_by("approved_go_live_at")


class OverduePublishingPanel(Component):
    """A dashboard warning naming the overdue pages the user may edit, with their times in Houston time."""

    name = "overdue_publishing"
    template_name = "core/admin/overdue_publishing_panel.html"
    order = 10  # above Wagtail's own panels: it asks someone to act

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        revisions = list(overdue_revisions().select_related("content_type"))
        pages = []
        for revision in revisions:
            page = revision.content_object
            permissions = getattr(page, "permissions_for_user", None)
            if permissions is not None and permissions(self.user).can_edit():
                pages.append({"page": page, "go_live_at": revision.approved_go_live_at})
        return {"count": len(revisions), "pages": pages, "time_zone": settings.TIME_ZONE}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        return get_template(self.template_name).render(context) if context["count"] else ""
