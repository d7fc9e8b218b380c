"""Response headers that django-csp and Django's SecurityMiddleware leave to us."""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


def is_admin_request(request):
    """True for the Wagtail admin's URLs (everything under /admin/)."""
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, sending CONTENT_SECURITY_POLICY_ADMIN instead of the strict policy under the Wagtail admin.

    A page preview is rendered by a simulated request for the page's public URL, which passes through
    the middleware too and gets the public policy; the admin's policy replaces it, since the editor
    frames the preview.
    """

    def process_response(self, request, response):
        if is_admin_request(request):
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_request(request):
            parts.config = parts.config or settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Adds the PERMISSIONS_POLICY setting as the Permissions-Policy header of every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
