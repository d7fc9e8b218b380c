"""The admin's sign-in form asks for a two-factor code of those who set it up, and of nobody else."""

from axes.models import AccessAttempt
from django.urls import reverse

from .conftest import OFFICE, PASSWORD, current_code, in_admin, next_code_window, sign_in


def test_without_two_factor_the_password_alone_signs_in(client, editor):
    response = sign_in(client, "erin")
    assert response.status_code == 302
    assert in_admin(client)


def test_the_sign_in_page_offers_the_code_field(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert b'name="otp_token"' in response.content
    assert b'autocomplete="one-time-code"' in response.content


def test_with_two_factor_the_password_alone_is_not_enough(client, enrolled):
    response = sign_in(client, "maya")
    assert response.status_code == 200
    assert "Enter your two-factor code." in response.content.decode()
    assert not in_admin(client)


def test_a_wrong_code_is_refused(client, enrolled):
    _, device, _ = enrolled
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = sign_in(client, "maya", code=wrong)
    assert "That code is not right" in response.content.decode()
    assert not in_admin(client)


def test_the_right_code_signs_in_and_the_session_counts_as_verified(client, enrolled):
    _, device, _ = enrolled
    response = sign_in(client, "maya", code=current_code(device))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert in_admin(client)
    assert client.session["otp_device_id"] == device.persistent_id


def test_a_right_code_with_a_wrong_password_is_refused(client, enrolled):
    _, device, _ = enrolled
    sign_in(client, "maya", password="wrong password", code=current_code(device))
    assert not in_admin(client)


def test_a_code_is_accepted_once(client, enrolled):
    _, device, _ = enrolled
    code = current_code(device)
    assert sign_in(client, "maya", code=code).status_code == 302
    client.logout()
    assert sign_in(client, "maya", code=code).status_code == 200
    assert not in_admin(client)


def test_a_code_from_the_next_30_seconds_works_after_a_wrong_one(client, enrolled, clock):
    _, device, _ = enrolled
    sign_in(client, "maya", code="000000" if current_code(device) != "000000" else "111111")
    next_code_window(clock)
    assert sign_in(client, "maya", code=current_code(device)).status_code == 302
    assert in_admin(client)


def test_a_backup_code_signs_in_once_only(client, enrolled, clock):
    _, _, backup_codes = enrolled
    assert sign_in(client, "maya", code=backup_codes[0].upper()).status_code == 302
    assert in_admin(client)
    client.logout()
    assert sign_in(client, "maya", code=backup_codes[0]).status_code == 200
    assert not in_admin(client)
    next_code_window(clock)  # the wrong try slowed the backup codes down for a second
    assert sign_in(client, "maya", code=backup_codes[1]).status_code == 302


def test_five_wrong_codes_lock_the_account_like_five_wrong_passwords(client, enrolled, clock):
    _, device, _ = enrolled
    for _ in range(5):
        sign_in(client, "maya", code="not-a-code")
        next_code_window(clock)
    response = sign_in(client, "maya", code=current_code(device))
    assert response.status_code == 429
    assert not in_admin(client)


def test_four_wrong_codes_do_not_lock(client, enrolled, clock):
    _, device, _ = enrolled
    for _ in range(4):
        sign_in(client, "maya", code="not-a-code")
        next_code_window(clock)
    assert sign_in(client, "maya", code=current_code(device)).status_code == 302


def test_a_missing_code_counts_as_a_failed_sign_in(client, enrolled):
    """Django's authenticate() refused the sign-in, as for a wrong password; the right code ends the count."""
    _, device, _ = enrolled
    for _ in range(4):
        sign_in(client, "maya")
    assert sign_in(client, "maya", code=current_code(device)).status_code == 302
    client.logout()
    for _ in range(5):
        sign_in(client, "maya")
    assert sign_in(client, "maya", code=current_code(device)).status_code == 429


def test_failed_attempts_keep_no_code(client, enrolled):
    _, _, backup_codes = enrolled
    sign_in(client, "maya", password="wrong password", code=backup_codes[0])
    attempt = AccessAttempt.objects.get(username="maya", ip_address=OFFICE)
    assert backup_codes[0] not in attempt.post_data
    assert PASSWORD not in attempt.post_data
