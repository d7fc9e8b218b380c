"""Account › Two-factor sign-in: set up an authenticator app, get backup codes once, turn it off with a code."""

import re

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import current_code, in_admin, next_code_window, sign_in

SET_UP = reverse("twofactor_set_up")
STATUS = reverse("twofactor_status")


@pytest.fixture
def signed_in_editor(client, editor):
    client.force_login(editor)
    return editor


def set_up(client, clock):
    """Open the set-up page and confirm with the app's code; returns (the page shown, the device)."""
    client.get(SET_UP)
    device = TOTPDevice.objects.get(user__username="erin")
    response = client.post(SET_UP, {"code": current_code(device)})
    next_code_window(clock)
    return response, device


def test_the_account_page_links_to_two_factor_sign_in(client, signed_in_editor):
    response = client.get(reverse("wagtailadmin_account"))
    assert STATUS in response.content.decode()
    assert "Two-factor sign-in" in response.content.decode()


def test_the_set_up_page_shows_an_inline_qr_code_and_the_secret(client, signed_in_editor):
    response = client.get(SET_UP)
    page = response.content.decode()
    device = TOTPDevice.objects.get(user=signed_in_editor, confirmed=False)
    assert re.search(r'<svg role="img" aria-label="QR code[^"]*"[^>]*viewBox=', page)
    secret = re.search(r'<code id="twofactor-secret">([A-Z2-7 ]+)</code>', page).group(1)
    assert secret.replace(" ", "") in device.config_url
    assert "<img" not in page.split('id="main"')[-1]  # nothing fetched: the code is drawn in the page
    # The same device, so the same QR code, on a second visit.
    client.get(SET_UP)
    assert TOTPDevice.objects.filter(user=signed_in_editor).count() == 1


def test_a_wrong_code_does_not_confirm_the_app(client, signed_in_editor):
    client.get(SET_UP)
    device = TOTPDevice.objects.get(user=signed_in_editor)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(SET_UP, {"code": wrong})
    assert "That is not the code the app shows now" in response.content.decode()
    assert not user_has_device(signed_in_editor)
    assert not StaticToken.objects.exists()


def test_the_right_code_confirms_it_and_shows_ten_backup_codes_once(client, signed_in_editor, clock):
    response, device = set_up(client, clock)
    device.refresh_from_db()
    assert device.confirmed
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(set(codes)) == 10
    assert sorted(codes) == sorted(
        StaticToken.objects.filter(device__user=signed_in_editor).values_list("token", flat=True)
    )
    assert client.session["otp_device_id"] == device.persistent_id  # this session is verified
    # Shown once: the set-up page now sends the user to the status page, which shows no codes.
    response = client.get(SET_UP, follow=True)
    assert response.redirect_chain == [(STATUS, 302)]
    page = response.content.decode()
    assert "Backup codes left: <strong>10</strong>" in page
    assert not any(code in page for code in codes)


def test_after_setting_up_sign_in_takes_a_code(client, signed_in_editor, clock):
    _, device = set_up(client, clock)
    client.logout()
    assert sign_in(client, "erin").status_code == 200
    assert not in_admin(client)
    assert sign_in(client, "erin", code=current_code(device)).status_code == 302
    assert in_admin(client)


def test_turning_it_off_takes_a_right_code(client, signed_in_editor, clock):
    _, device = set_up(client, clock)
    response = client.post(STATUS, {"code": "12345678"})
    assert "That code is not right" in response.content.decode()
    assert user_has_device(signed_in_editor)
    next_code_window(clock)
    response = client.post(STATUS, {"code": current_code(device)}, follow=True)
    assert "Two-factor sign-in is off" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=signed_in_editor).exists()
    assert not StaticToken.objects.exists()
    client.logout()
    assert sign_in(client, "erin").status_code == 302


def test_reset_two_factor_command_removes_a_lost_device(client, enrolled):
    user, _, _ = enrolled
    call_command("reset_two_factor", "maya")
    assert not user_has_device(user)
    assert sign_in(client, "maya").status_code == 302
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")
