"""Account › Two-factor sign-in: set up an authenticator app, see the backup codes once, turn it off."""

from base64 import b32encode

import django_otp
from django.contrib import messages
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.generic import TemplateView
from django_otp import user_has_device
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .devices import (
    confirm_authenticator,
    pending_authenticator,
    remaining_backup_codes,
    remove_two_factor,
    verify_code,
)
from .forms import WRONG_CODE, ConfirmAuthenticatorForm, PrivatePagesLoginForm, TurnOffForm
from .policy import two_factor_required
from .qr import qr_svg


class TwoFactorPageMixin(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [
            {"url": reverse("wagtailadmin_account"), "label": "Account"},
            {"url": "", "label": self.get_page_title()},
        ]


class TwoFactorStatusView(TwoFactorPageMixin, TemplateView):
    """Whether two-factor sign-in is on; turning it off takes a current code."""

    template_name = "twofactor/status.html"
    page_title = "Two-factor sign-in"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enabled=user_has_device(user),
            required=two_factor_required(user),
            backup_codes_left=remaining_backup_codes(user),
            **kwargs,
        )

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=TurnOffForm()))

    def post(self, request):
        form = TurnOffForm(request.POST)
        if form.is_valid():
            if verify_code(request.user, form.cleaned_data["code"]):
                remove_two_factor(request.user)
                messages.success(request, "Two-factor sign-in is off. You sign in with your password alone.")
                return redirect("twofactor_status")
            form.add_error("code", WRONG_CODE)
        return self.render_to_response(self.get_context_data(form=form))


class SetUpView(TwoFactorPageMixin, TemplateView):
    """Shows the QR code and secret of a new authenticator, and confirms it with the first code it shows.

    On success the session counts as verified and the ten backup codes are shown, once.
    """

    template_name = "twofactor/set_up.html"
    page_title = "Set up two-factor sign-in"

    def dispatch(self, request, *args, **kwargs):
        if user_has_device(request.user):
            return redirect("twofactor_status")
        self.device = pending_authenticator(request.user)
        return super().dispatch(request, *args, **kwargs)

    def render_form(self, form):
        secret = b32encode(self.device.bin_key).decode()
        return self.render_to_response(
            self.get_context_data(
                form=form,
                qr_code=qr_svg(self.device.config_url),
                secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
                required=two_factor_required(self.request.user),
            )
        )

    def get(self, request):
        return self.render_form(ConfirmAuthenticatorForm())

    def post(self, request):
        form = ConfirmAuthenticatorForm(request.POST)
        if form.is_valid():
            backup_codes = confirm_authenticator(self.device, form.cleaned_data["code"])
            if backup_codes:
                django_otp.login(request, self.device)
                return TemplateResponse(
                    request, "twofactor/backup_codes.html", self.get_context_data(backup_codes=backup_codes)
                )
            form.add_error(
                "code", "That is not the code the app shows now. Check the phone's clock, then try the next code."
            )
        return self.render_form(form)


class PrivatePagesLoginView(LoginView):
    """/_util/login/, where Wagtail sends visitors of pages private to signed-in users: Django's sign-in
    view, in the site's look, taking a two-factor code like the admin's (kureiv/urls.py puts it in place
    of Wagtail's own)."""

    authentication_form = PrivatePagesLoginForm
    template_name = "twofactor/private_pages_login.html"
