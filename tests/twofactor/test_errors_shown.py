"""A refused code is said twice on every two-factor form: summed up at the top (a link to the field, focused
first) and beside the field. Whether it can be seen is for tests/e2e/test_staff_pages.py, in a browser."""

import re

from django.urls import reverse

from twofactor.forms import CODE_REFUSALS

from .conftest import PASSWORD, current_code, sign_in

MISSING_CODE = CODE_REFUSALS["missing"]


def summary(page, css_class):
    """The error summary at the top of ``page``, the element of class ``css_class``: up to the end of its list."""
    start = page.index(f'<div class="{css_class}"')
    return page[start : page.index("</ul>", start)]


def test_the_admin_sign_in_says_a_missing_code_at_the_top_and_keeps_the_username(client, enrolled):
    page = sign_in(client, "maya").content.decode()
    top = summary(page, "twofactor-errors")
    assert 'role="alert"' in top and "autofocus" in top
    assert f'<a href="#id_otp_token">{MISSING_CODE}</a>' in top
    assert page.count(MISSING_CODE) == 2  # and beside the field, which twofactor/login.css shows
    assert "twofactor/login.css" in page
    assert re.search(r'<input type="text" name="username" value="maya"', page)


def test_a_wrong_password_is_left_to_wagtails_own_message(client, enrolled):
    page = sign_in(client, "maya", password="not-the-password").content.decode()
    assert "twofactor-errors" not in page
    assert "Your username and password didn&#x27;t match." in page


def test_the_private_pages_sign_in_says_the_code_at_the_top_without_the_clinics_phone(client, site_tree, enrolled):
    url = reverse("wagtailcore_login")
    page = client.post(url, {"username": "maya", "password": PASSWORD, "next": "/"}).content.decode()
    assert MISSING_CODE in summary(page, "error-summary")
    assert re.search(r'<input type="text" name="username" value="maya"', page)

    page = client.post(url, {"username": "maya", "password": "wrong", "next": "/"}).content.decode()
    top = summary(page, "error-summary")
    assert "Please enter a correct username and password." in top
    assert site_tree.settings.phone not in top  # the consultation form offers the phone; staff sign-in does not


def test_setting_up_says_a_wrong_code_at_the_top(client, editor):
    client.force_login(editor)
    client.get(reverse("twofactor_set_up"))
    page = client.post(reverse("twofactor_set_up"), {"code": "000000x"}).content.decode()
    assert "That is not the code the app shows now" in summary(page, "twofactor-errors")


def test_turning_off_says_a_missing_code_at_the_top(client, enrolled):
    _, device, _ = enrolled
    sign_in(client, "maya", code=current_code(device))
    page = client.post(reverse("twofactor_status"), {"code": ""}).content.decode()
    assert "This field is required." in summary(page, "twofactor-errors")
