"""Keeps staff who must use two-factor sign-in (see policy.py) out of the admin until they do."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from core.middleware import is_admin_request

from .policy import two_factor_required

#: Admin views such a user still reaches: setting up, leaving, and what every admin page loads.
ALWAYS_ALLOWED = frozenset({
    "twofactor_set_up",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
})


class RequireTwoFactorMiddleware:
    """After django-otp's OTPMiddleware: a signed-in user who must use two-factor sign-in and whose session
    was not verified with a code is sent to set it up (no device yet), or signed out and asked to sign in
    again with a code (a session that began before they set it up, or in another browser).

    Applies to admin pages only; the public site does not ask.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_admin_request(request) or request.resolver_match.url_name in ALWAYS_ALLOWED:
            return None  # checked first: public pages never load the user for this
        user = request.user
        if not user.is_authenticated or user.is_verified() or not two_factor_required(user):
            return None
        if user_has_device(user):
            logout(request)
            messages.info(request, "Sign in again with your two-factor code.")
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        messages.info(request, "Your role requires two-factor sign-in. Set it up to continue.")
        return redirect("twofactor_set_up")
