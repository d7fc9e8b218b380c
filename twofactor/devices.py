"""A staff member's second factor: one authenticator app (django-otp's TOTP device) and ten backup codes
(its static device). Every view, form and command goes through these functions.
"""

import re

from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10
AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_CODES_NAME = "Backup codes"


def normalise(code):
    """Codes as people type them: spaces dropped, lower case (backup codes are lower-case base32)."""
    return "".join((code or "").split()).lower()


def verify_code(user, code):
    """The user's confirmed device that accepts ``code`` (used up if it is a backup code), or None.

    A six-digit code goes to the authenticator app, anything else to the backup codes, so a wrong
    code throttles only the device it was meant for (django-otp slows each device down after failures).
    """
    code = normalise(code)
    if not code:
        return None
    model = TOTPDevice if re.fullmatch(r"\d{6}", code) else StaticDevice
    with transaction.atomic():
        for device in model.objects.devices_for_user(user, confirmed=True).select_for_update():
            if device.verify_token(code):
                return device
    return None


def pending_authenticator(user):
    """The unconfirmed authenticator the user is setting up; the same one (same QR code) until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


def confirm_authenticator(device, code):
    """Confirm ``device`` if ``code`` is its current code, and return the user's new backup codes (else None)."""
    with transaction.atomic():
        if not device.verify_token(normalise(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        StaticDevice.objects.filter(user=device.user).delete()
        backup = StaticDevice.objects.create(user=device.user, name=BACKUP_CODES_NAME)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)
    return codes


def remaining_backup_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove_two_factor(user):
    """Delete every device of the user, confirmed or not: they sign in with the password alone again."""
    with transaction.atomic():
        for device in list(devices_for_user(user, confirmed=None)):
            device.delete()
