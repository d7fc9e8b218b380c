"""Staff pages in a real browser, at phone and desktop widths: a refused two-factor code is said at the top
and beside the field on both sign-in pages, a refused admin page is a 403 with the way back, and staff show
as their initials, with nothing asked of Gravatar.

Each test saves a screenshot, to $SCREENSHOT_DIR when set (to look at them), else to pytest's tmp_path.
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from consultations.permissions import PATIENT_COORDINATORS
from core.avatars import initials_avatar_url
from twofactor.forms import CODE_REFUSALS, WRONG_CODE

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-enough-admin-password"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
MISSING_CODE = CODE_REFUSALS["missing"]


@pytest.fixture
def browser_page(transactional_db, live_server, page):
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def shot(request, tmp_path, browser_page):
    """Save a full-page screenshot named after the test and ``what``."""
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def shot(what):
        width = browser_page.viewport_size["width"]
        browser_page.screenshot(path=folder / f"{what}-{width}.png", full_page=True)

    return shot


def staff(username, first_name, last_name, group=None, **extra):
    user = get_user_model().objects.create_user(
        username, f"{username}@kureiv.test", PASSWORD, first_name=first_name, last_name=last_name, **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def maya(transactional_db):
    """A superuser who has set up two-factor sign-in."""
    user = staff("maya", "Maya", "Okafor", is_superuser=True, is_staff=True)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


def sign_in(page, url, code):
    page.goto(url)
    page.fill("#id_username", "maya")
    page.fill("#id_password", PASSWORD)
    page.fill("#id_otp_token", code)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def expect_refusal_shown(page, summary, field_error, message):
    """``message`` at the top (``summary``) and beside the code field (``field_error``); the username kept."""
    for where in (summary, field_error):
        expect(where).to_be_visible()
        expect(where).to_contain_text(message)
    expect(page.locator("#id_username")).to_have_value("maya")
    expect(page.locator("#id_password")).to_have_value("")


@VIEWPORTS
@pytest.mark.parametrize(("code", "message"), [("", MISSING_CODE), ("12345", WRONG_CODE)], ids=["missing", "wrong"])
def test_the_admin_sign_in_says_what_is_wrong_with_the_code(
    live_server, browser_page, shot, maya, viewport, code, message
):
    page = browser_page
    page.set_viewport_size(viewport)
    sign_in(page, live_server.url + "/admin/login/", code)
    field_error = page.locator("[data-contentpath=otp_token] .w-field__errors")
    expect_refusal_shown(page, page.locator("#twofactor-errors"), field_error, message)
    assert page.evaluate("document.activeElement.id") == "twofactor-errors"  # read first by a screen reader
    shot(f"admin-login-{'missing' if not code else 'wrong'}-code")


@VIEWPORTS
@pytest.mark.parametrize(("code", "message"), [("", MISSING_CODE), ("12345", WRONG_CODE)], ids=["missing", "wrong"])
def test_the_private_pages_sign_in_says_what_is_wrong_with_the_code(
    site_tree, live_server, browser_page, shot, maya, viewport, code, message
):
    page = browser_page
    page.set_viewport_size(viewport)
    sign_in(page, live_server.url + "/_util/login/?next=/", code)
    expect_refusal_shown(page, page.locator(".error-summary"), page.locator("#id_otp_token_error"), message)
    shot(f"private-pages-login-{'missing' if not code else 'wrong'}-code")


@VIEWPORTS
def test_a_refused_admin_page_is_a_403_with_the_way_back(live_server, browser_page, shot, viewport):
    page = browser_page
    page.set_viewport_size(viewport)
    staff("cora", "Cora", "Lindqvist", PATIENT_COORDINATORS)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "cora")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")

    response = page.goto(live_server.url + "/admin/pages/")
    assert response.status == 403
    expect(page.get_by_role("heading", name="You don’t have access to this page")).to_be_visible()
    expect(page.get_by_text("Your role doesn’t include this part of the admin.")).to_be_visible()
    shot("admin-403")
    page.get_by_role("link", name="Back to the dashboard").click()
    page.wait_for_url(live_server.url + "/admin/")


def test_staff_show_as_their_initials_and_nothing_is_asked_of_gravatar(live_server, browser_page, shot):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    sam = staff("sam", "Sam", "Rivera", is_superuser=True, is_staff=True)
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "sam")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")

    avatars = page.locator(f'.avatar img[src="{initials_avatar_url(sam)}"]')
    expect(avatars.first).to_be_visible()
    assert avatars.first.evaluate("image => image.complete && image.naturalWidth > 0")  # drawn: the CSP lets it in
    assert not [url for url in asked if "gravatar" in url]
    shot("dashboard-initials-avatar")
