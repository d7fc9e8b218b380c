"""The admin sign-in form with a two-factor code, and the form that asks a signed-in user for a code."""

from django import forms
from django.contrib.auth.signals import user_login_failed
from django_otp import user_has_device
from wagtail.admin.forms.auth import LoginForm

from .devices import verify_code

CODE_HELP = "The 6-digit code your authenticator app shows, or one of your backup codes."
WRONG_CODE = (
    "That code is not right, or has already been used. Codes change every 30 seconds; "
    "after several wrong ones, wait a minute before trying again."
)


def code_field(**kwargs):
    return forms.CharField(
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}),
        **kwargs,
    )


class TwoFactorLoginForm(LoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM) plus a code, asked of users who have set up
    two-factor sign-in; everyone else leaves it empty.

    A wrong code, once the password is right, counts as a failed sign-in for django-axes (Django's
    ``user_login_failed`` signal, the one a wrong password sends), so guessing codes leads to the same
    lockout as guessing passwords. A missing code is not a guess and does not count.
    """

    otp_token = code_field(
        required=False,
        label="Two-factor code",
        help_text="Only if you have set up two-factor sign-in. " + CODE_HELP,
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            code = cleaned_data.get("otp_token")
            if not code:
                raise forms.ValidationError({"otp_token": "Enter your two-factor code."})
            device = verify_code(user, code)
            if device is None:
                user_login_failed.send(
                    sender=__name__, credentials={"username": cleaned_data.get("username")}, request=self.request
                )
                raise forms.ValidationError({"otp_token": WRONG_CODE})
            user.otp_device = device  # django-otp marks the session verified when Django logs the user in
        return cleaned_data


class ConfirmAuthenticatorForm(forms.Form):
    """The first code of a new authenticator app, checked by the view against the device being set up."""

    code = code_field(label="Code from the app", help_text="The 6-digit code the app shows now for KureIV.")


class TurnOffForm(forms.Form):
    """Turning two-factor sign-in off takes a current code, so an unattended session cannot do it."""

    code = code_field(label="Code", help_text=CODE_HELP)
