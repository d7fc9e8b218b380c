"""Response headers that django-csp and Django's SecurityMiddleware leave to us, and the page cache."""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse
from django.utils.cache import patch_cache_control

from core import page_cache


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


class PageCacheMiddleware:
    """Answers anonymous GETs from the full-page cache (see core.page_cache) and files cacheable responses.

    It sits after WhiteNoise and before the session and authentication middleware, so a hit touches
    neither the session nor the database. Every response it does not store says ``private, no-cache``
    unless its view chose otherwise, so a CDN in front never keeps an editor's page or a form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_cache = page_cache.enabled() and page_cache.eligible(request)
        if use_cache:
            cached = page_cache.lookup(request)
            if cached is not None:
                return cached
        response = self.get_response(request)
        if use_cache and page_cache.storable(request, response) and page_cache.store(request, response):
            return response
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
