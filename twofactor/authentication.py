"""The rule below every sign-in view: whoever has set up two-factor sign-in is signed in only with a code.

Two checks on Django's own paths, so a sign-in view added later (or one of Django's, such as a password
reset that signs in) cannot skip the code:

- ``TwoFactorBackend`` (in AUTHENTICATION_BACKENDS instead of Django's ModelBackend): ``authenticate()``
  accepts the password of a user with a confirmed device only together with a right ``otp_token``. A
  refusal is an ordinary failed sign-in (Django sends ``user_login_failed``), which django-axes counts.
- ``sign_out_without_code`` (on ``user_logged_in``): a ``login()`` of such a user that no code verified,
  whatever view called it, is undone at once, leaving no signed-in session.
"""

from asgiref.sync import sync_to_async
from django.contrib.auth import logout
from django.contrib.auth.backends import ModelBackend
from django_otp import user_has_device

from .devices import normalise, verify_code

#: Why the last ``authenticate()`` of a request turned a right password away (``code_refusal``).
CODE_MISSING = "missing"
CODE_WRONG = "wrong"


class TwoFactorBackend(ModelBackend):
    """Django's ModelBackend, plus the code: a right code is attached to the user as ``otp_device``, which
    django-otp records in the new session, marking it verified."""

    def authenticate(self, request, username=None, password=None, otp_token=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None or not user_has_device(user):
            return user
        device = verify_code(user, otp_token)
        if device is None:
            if request is not None:
                request.two_factor_refusal = CODE_WRONG if normalise(otp_token) else CODE_MISSING
            return None
        user.otp_device = device
        return user

    async def aauthenticate(self, request, username=None, password=None, otp_token=None, **kwargs):
        # ModelBackend has its own async path, which would skip the code: go through the one above.
        return await sync_to_async(self.authenticate)(
            request, username=username, password=password, otp_token=otp_token, **kwargs
        )


def code_refusal(request):
    """CODE_MISSING or CODE_WRONG when this request's password was right but its code was not; else None."""
    return getattr(request, "two_factor_refusal", None)


def sign_out_without_code(sender, request, user, **kwargs):
    if getattr(user, "otp_device", None) is None and user_has_device(user):
        logout(request)
