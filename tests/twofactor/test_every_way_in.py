"""Whoever has set up two-factor sign-in gives a code wherever a password signs them in, and a session
begun without one never opens the admin: the admin's sign-in page, the private pages' sign-in page
(/_util/login/), password reset, and any sign-in view added later."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core import mail
from django.urls import path, reverse

from kureiv.urls import urlpatterns as site_urlpatterns

from .conftest import OFFICE, PASSWORD, current_code, enrol, in_admin, next_code_window

FRONT_END_LOGIN = "/_util/login/"
NEW_PASSWORD = "another-long-enough-password"

#: Sign-in views someone might add later, written the way Django's documentation shows them.
urlpatterns = [
    path("plain-login/", auth_views.LoginView.as_view(template_name="wagtailcore/login.html")),
    path(
        "reset-and-sign-in/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            post_reset_login=True, post_reset_login_backend=settings.AUTHENTICATION_BACKENDS[-1], success_url="/admin/"
        ),
        name="reset_and_sign_in",
    ),
    *site_urlpatterns,
]


@pytest.fixture
def voluntary(editor, clock):
    """An editor (a group nobody is made to use two-factor sign-in) who set it up anyway: (user, device)."""
    device, _ = enrol(editor, clock)
    return editor, device


def front_end_sign_in(client, username, password=PASSWORD, code=None, address=OFFICE):
    data = {"username": username, "password": password, "next": "/"}
    if code is not None:
        data["otp_token"] = code
    return client.post(FRONT_END_LOGIN, data, REMOTE_ADDR=address)


def signed_in(client):
    return "_auth_user_id" in client.session


# The private pages' sign-in page


def test_a_voluntary_enrollee_cannot_sign_in_for_private_pages_with_the_password_alone(client, voluntary, site_tree):
    response = front_end_sign_in(client, "erin")
    assert response.status_code == 200
    assert "Enter your two-factor code." in response.content.decode()
    assert not signed_in(client)
    assert not in_admin(client)


def test_the_private_pages_sign_in_takes_the_password_and_a_code(client, voluntary, site_tree):
    _, device = voluntary
    response = front_end_sign_in(client, "erin", code=current_code(device))
    assert response.status_code == 302
    assert client.session["otp_device_id"] == device.persistent_id
    assert in_admin(client)


def test_the_private_pages_sign_in_refuses_a_wrong_code(client, voluntary, site_tree):
    _, device = voluntary
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = front_end_sign_in(client, "erin", code=wrong)
    assert "That code is not right" in response.content.decode()
    assert not signed_in(client)


def test_wrong_codes_on_the_private_pages_sign_in_lock_the_account(client, voluntary, site_tree, clock):
    _, device = voluntary
    for _ in range(5):
        front_end_sign_in(client, "erin", code="not-a-code")
        next_code_window(clock)
    assert front_end_sign_in(client, "erin", code=current_code(device)).status_code == 429
    assert not signed_in(client)


def test_without_two_factor_the_private_pages_sign_in_takes_the_password_alone(client, editor, site_tree):
    assert front_end_sign_in(client, "erin").status_code == 302
    assert signed_in(client)


def test_the_private_pages_sign_in_page_has_the_sites_look_and_a_labelled_code_field(client, site_tree):
    page = client.get(FRONT_END_LOGIN).content.decode()
    assert 'href="/static/css/site.css"' in page
    assert re.search(r'<label[^>]*for="id_otp_token"[^>]*>Two-factor code</label>', page)
    assert 'autocomplete="one-time-code"' in page
    assert re.search(r'<label[^>]*for="id_username"', page) and re.search(r'<label[^>]*for="id_password"', page)


def test_the_private_pages_sign_in_errors_are_announced_and_tied_to_their_field(client, voluntary, site_tree):
    page = front_end_sign_in(client, "erin").content.decode()
    assert 'role="alert"' in page
    assert re.search(r'<input[^>]*name="otp_token"[^>]*aria-invalid="true"', page)
    assert 'id="id_otp_token_error"' in page


# Any other way in


@pytest.mark.urls(__name__)
def test_a_new_sign_in_view_with_djangos_own_form_cannot_skip_the_code(client, voluntary):
    client.post("/plain-login/", {"username": "erin", "password": PASSWORD}, REMOTE_ADDR=OFFICE)
    assert not signed_in(client)
    assert not in_admin(client)


def reset_link(client, user):
    """Ask the admin for a password reset as the user would, and return the path the e-mail links to."""
    client.post(reverse("wagtailadmin_password_reset"), {"email": user.email}, REMOTE_ADDR=OFFICE)
    (message,) = mail.outbox
    return re.search(r"https?://[^/\s]+(/\S+/)", message.body).group(1)


def test_the_admins_password_reset_does_not_sign_in(client, voluntary):
    user, _ = voluntary
    link = reset_link(client, user)
    form_page = client.get(link)  # Django moves the token out of the address, then shows the form
    assert form_page.status_code == 302
    response = client.post(form_page.url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_password_reset_complete")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert not signed_in(client)
    assert not in_admin(client)


@pytest.mark.urls(__name__)
def test_a_password_reset_view_that_signs_in_leaves_no_session_without_a_code(client, voluntary):
    user, _ = voluntary
    link = reset_link(client, user).replace("/admin/password_reset/confirm/", "/reset-and-sign-in/")
    form_page = client.get(link)
    client.post(form_page.url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert not signed_in(client)
    assert not in_admin(client)


def test_signing_in_without_a_code_never_leaves_a_session_for_someone_with_an_app(client, voluntary):
    user, _ = voluntary
    client.force_login(user)  # django.contrib.auth.login() with no code, as any view could call it
    assert not signed_in(client)


def test_without_two_factor_signing_in_directly_still_works(client, editor):
    client.force_login(editor)
    assert in_admin(client)


# Sessions that began without a code


def test_a_voluntary_enrollees_session_from_before_setting_up_is_turned_away_from_the_admin(client, editor, clock):
    client.force_login(editor)  # e.g. signed in on another computer, before setting up the app
    enrol(editor, clock)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert not signed_in(client)


def test_the_session_that_set_up_the_app_stays_open(client, editor, clock):
    client.force_login(editor)
    client.get(reverse("twofactor_set_up"))
    device = editor.totpdevice_set.get()
    client.post(reverse("twofactor_set_up"), {"code": current_code(device)})
    assert in_admin(client)
