"""Keeps sessions begun without a two-factor code out of the admin: those of staff who have set it up, and
those of staff who must (see policy.py) until they do."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from core.middleware import is_admin_request

from .policy import two_factor_required

#: Admin views such a user still reaches: setting up, leaving, and what every admin page loads.
ALWAYS_ALLOWED = frozenset(
    {
        "twofactor_set_up",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",
    }
)


class RequireTwoFactorMiddleware:
    """After django-otp's OTPMiddleware, for a signed-in user whose session no code verified:

    - who has set up two-factor sign-in (required or not): signed out and asked to sign in again with a
      code. Such a session began before they set it up (in this or another browser); sign-in itself
      takes the code from then on (twofactor/authentication.py).
    - who must use it and has no app yet: sent to set it up.

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
        if not user.is_authenticated or user.is_verified():
            return None
        if user_has_device(user):
            logout(request)
            messages.info(request, "Sign in again with your two-factor code.")
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if two_factor_required(user):
            messages.info(request, "Your role requires two-factor sign-in. Set it up to continue.")
            return redirect("twofactor_set_up")
        return None
