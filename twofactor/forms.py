"""The sign-in forms (admin, private pages) with a two-factor code, and the forms that ask a signed-in user for one."""

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm

from .authentication import CODE_MISSING, CODE_WRONG, code_refusal

CODE_HELP = "The 6-digit code your authenticator app shows, or one of your backup codes."
WRONG_CODE = (
    "That code is not right, or has already been used. Codes change every 30 seconds; "
    "after several wrong ones, wait a minute before trying again."
)
CODE_REFUSALS = {CODE_MISSING: "Enter your two-factor code.", CODE_WRONG: WRONG_CODE}


def code_field(**kwargs):
    return forms.CharField(
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}),
        **kwargs,
    )


class TwoFactorCodeMixin(forms.Form):
    """Mixed into a Django AuthenticationForm: a code field, asked of users who have set up two-factor
    sign-in (everyone else leaves it empty), handed to ``authenticate()`` with the password.

    TwoFactorBackend checks it; a wrong or missing code is a failed sign-in there, counted by django-axes
    like a wrong password. Here it only gets its own message, on the code field.
    """

    otp_token = code_field(
        required=False,
        label="Two-factor code",
        help_text="Only if you have set up two-factor sign-in. " + CODE_HELP,
    )

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            self.user_cache = authenticate(
                self.request, username=username, password=password, otp_token=self.cleaned_data.get("otp_token")
            )
            if self.user_cache is None:
                refusal = code_refusal(self.request)
                if refusal is not None:
                    raise forms.ValidationError({"otp_token": CODE_REFUSALS[refusal]})
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class TwoFactorLoginForm(TwoFactorCodeMixin, LoginForm):
    """The admin's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM): Wagtail's, with the code."""


class PrivatePagesLoginForm(TwoFactorCodeMixin, AuthenticationForm):
    """The sign-in form for pages private to signed-in users (/_util/login/): Django's, with the code."""


class ConfirmAuthenticatorForm(forms.Form):
    """The first code of a new authenticator app, checked by the view against the device being set up."""

    code = code_field(label="Code from the app", help_text="The 6-digit code the app shows now for KureIV.")


class TurnOffForm(forms.Form):
    """Turning two-factor sign-in off takes a current code, so an unattended session cannot do it."""

    code = code_field(label="Code", help_text=CODE_HELP)
