"""ADMIN_2FA_REQUIRED_GROUPS (and superusers in production): no admin without two-factor sign-in."""

import json

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.production.test_deploy_settings import DEPLOYMENT_ENV, manage

from .conftest import current_code, enrol, in_admin, next_code_window, sign_in

SET_UP = reverse("twofactor_set_up")


def test_a_coordinator_without_two_factor_is_sent_to_set_it_up(client, coordinator, coordinators_required):
    assert sign_in(client, "cora").status_code == 302  # the password is right
    for url in (reverse("wagtailadmin_home"), reverse("consultation_requests:index"), reverse("wagtailadmin_account")):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url == SET_UP
    page = client.get(SET_UP).content.decode()
    assert "Your role requires two-factor sign-in" in page


def test_once_set_up_the_coordinator_reaches_the_admin(client, coordinator, coordinators_required, clock):
    client.force_login(coordinator)
    client.get(SET_UP)
    device = TOTPDevice.objects.get(user=coordinator)
    client.post(SET_UP, {"code": current_code(device)})
    assert in_admin(client)
    assert client.get(reverse("consultation_requests:index")).status_code == 200


def test_a_session_without_a_code_is_signed_out_once_the_coordinator_has_an_app(
    client, coordinator, coordinators_required, clock
):
    enrol(coordinator, clock)
    client.force_login(coordinator)  # e.g. a session begun before setting up, in another browser
    response = client.get(reverse("consultation_requests:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert "_auth_user_id" not in client.session


def test_a_coordinator_who_signs_in_with_a_code_is_let_in(client, coordinator, coordinators_required, clock):
    device, _ = enrol(coordinator, clock)
    next_code_window(clock)
    assert sign_in(client, "cora", code=current_code(device)).status_code == 302
    assert client.get(reverse("consultation_requests:index")).status_code == 200


def test_groups_not_listed_are_not_asked(client, editor, coordinators_required):
    client.force_login(editor)
    assert in_admin(client)


def test_with_no_required_groups_coordinators_are_not_asked(client, coordinator, settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = []
    client.force_login(coordinator)
    assert client.get(reverse("consultation_requests:index")).status_code == 200


def test_the_public_site_does_not_ask(client, coordinator, coordinators_required, site_tree):
    client.force_login(coordinator)
    assert client.get(site_tree.about.url).status_code == 200


@pytest.mark.parametrize("required, status", [(True, 302), (False, 200)])
def test_superusers_are_asked_when_the_setting_says_so(client, make_staff, settings, required, status):
    settings.ADMIN_2FA_REQUIRED_FOR_SUPERUSERS = required
    client.force_login(make_staff("root", is_superuser=True))
    assert client.get(reverse("wagtailadmin_home")).status_code == status


def test_production_requires_it_of_superusers_and_patient_coordinators():
    script = (
        "import json; from django.conf import settings; "
        "print(json.dumps([settings.ADMIN_2FA_REQUIRED_FOR_SUPERUSERS, settings.ADMIN_2FA_REQUIRED_GROUPS]))"
    )
    result = manage("shell", "--no-imports", "-c", script, **DEPLOYMENT_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [True, ["Patient coordinators"]]
