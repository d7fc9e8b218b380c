"""Staff with and without two-factor sign-in, a fixed clock, and the admin's real sign-in form."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from consultations.permissions import PATIENT_COORDINATORS
from twofactor.devices import confirm_authenticator, pending_authenticator

PASSWORD = "a-long-enough-admin-password"
OFFICE = "203.0.113.10"


def next_code_window(clock):
    """Move on to the next 30-second step: an authenticator code is accepted once, and after a wrong one
    django-otp makes the device wait a second or more."""
    clock.shift(datetime.timedelta(seconds=31))


def current_code(device):
    """The code the user's authenticator app shows now, computed from the device's key as the app does."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def make_staff(django_user_model, db):
    def make_staff(username, group=None, **extra):
        user = django_user_model.objects.create_user(username, f"{username}@kureiv.test", PASSWORD, **extra)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make_staff


def enrol(user, clock):
    """Set up an authenticator for ``user`` the way the set-up page does; returns (device, backup codes)."""
    device = pending_authenticator(user)
    backup_codes = confirm_authenticator(device, current_code(device))
    assert backup_codes
    next_code_window(clock)
    return TOTPDevice.objects.get(pk=device.pk), backup_codes


@pytest.fixture
def editor(make_staff):
    """A member of staff who has not set up two-factor sign-in (and, as an editor, need not)."""
    return make_staff("erin", "Editors", is_staff=True)


@pytest.fixture
def enrolled(make_staff, clock):
    """A superuser with an authenticator app and ten backup codes: (user, device, backup codes)."""
    user = make_staff("maya", is_superuser=True)
    device, backup_codes = enrol(user, clock)
    return user, device, backup_codes


@pytest.fixture
def coordinator(make_staff):
    return make_staff("cora", PATIENT_COORDINATORS)


@pytest.fixture
def coordinators_required(settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = [PATIENT_COORDINATORS]


def sign_in(client, username, password=PASSWORD, code="", address=OFFICE):
    """POST the admin's sign-in form as a browser would; returns the response."""
    data = {"username": username, "password": password, "otp_token": code}
    return client.post(reverse("wagtailadmin_login"), data, REMOTE_ADDR=address)


def in_admin(client):
    """True when the client, as it is now, gets the admin dashboard."""
    return client.get(reverse("wagtailadmin_home")).status_code == 200
