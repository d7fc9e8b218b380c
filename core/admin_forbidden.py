"""Refusals in the admin: a 403 page inside the admin's own chrome that says so and links back to the dashboard.

Wagtail answers a PermissionDenied raised by an admin view (an Editor opening Settings, a Patient
coordinator opening the page explorer) with a redirect to the dashboard and a one-line flash message:
the person never sees which page turned them away, and a script sees a 302 like any other. Here every
refusal is a 403 Forbidden whose page explains it:

- ``forbidden_as_403(view)`` wraps one of our own admin views (consultation requests, the WordPress
  import report) and shows the reason the view gave, if it gave one;
- ``install()`` (run by CoreConfig.ready) puts ``refused`` in place of ``wagtail.admin.auth.permission_denied``,
  the function Wagtail's ``require_admin_access`` (around every admin URL) and ``user_passes_test`` call
  on a refusal, so Wagtail's own views refuse the same way. Wagtail offers no setting or hook for this.

Requests from the admin's scripts (X-Requested-With: XMLHttpRequest) get a bare PermissionDenied, as in Wagtail.
"""

from functools import wraps

import wagtail.admin.auth
from django.core.exceptions import PermissionDenied
from django.views.generic.base import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class RefusedView(WagtailAdminTemplateMixin, View):
    """The 403 page, whatever the method of the refused request."""

    template_name = "core/admin/forbidden.html"
    page_title = "You don’t have access to this page"
    header_icon = "lock"
    breadcrumbs_items = []  # the page's own heading; the way back is the button below it

    def dispatch(self, request, reason=""):
        return self.render_to_response(self.get_context_data(reason=reason), status=403)


def refused(request, exception=None):
    """The 403 page for ``request``; ``exception`` (a PermissionDenied) may carry the reason to show."""
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied
    return RefusedView.as_view()(request, reason=str(exception or ""))


def forbidden_as_403(view):
    """``view``, answering a PermissionDenied it raises with the 403 page rather than Wagtail's redirect."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as refusal:
            return refused(request, refusal)

    return wrapped


def install():
    """Make Wagtail's own admin views refuse with the 403 page (see the module's docstring)."""
    wagtail.admin.auth.permission_denied = refused
