"""Admin sign-in: five wrong passwords lock that username from that address for an hour."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from .conftest import PASSWORD

OFFICE = "203.0.113.10"
ELSEWHERE = "198.51.100.7"


@pytest.fixture
def editor(django_user_model, db):
    return django_user_model.objects.create_superuser("editor", "editor@kureiv.test", PASSWORD)


def sign_in(client, password, username="editor", address=OFFICE):
    """POST Wagtail's sign-in form; True when the admin then lets the client in."""
    client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, REMOTE_ADDR=address)
    return client.get(reverse("wagtailadmin_home")).status_code == 200


def fail_five_times(client, **where):
    for _ in range(5):
        assert not sign_in(client, "wrong password", **where)


def test_the_right_password_signs_in(client, editor):
    assert sign_in(client, PASSWORD)


def test_after_five_failures_even_the_right_password_is_refused(client, editor):
    fail_five_times(client)
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": PASSWORD}, REMOTE_ADDR=OFFICE
    )
    assert response.status_code == 429
    assert not sign_in(client, PASSWORD)


def test_four_failures_do_not_lock(client, editor):
    for _ in range(4):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD)


def test_the_lock_holds_for_that_username_from_that_address_only(client, editor, django_user_model):
    django_user_model.objects.create_superuser("colleague", "colleague@kureiv.test", PASSWORD)
    fail_five_times(client)
    assert sign_in(client, PASSWORD, username="colleague")
    client.logout()
    assert sign_in(client, PASSWORD, address=ELSEWHERE)


@pytest.mark.parametrize("minutes_later, signed_in", [(59, False), (61, True)])
def test_the_lock_lifts_an_hour_after_the_last_failure(client, editor, minutes_later, signed_in):
    with time_machine.travel(datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.UTC), tick=False) as clock:
        fail_five_times(client)
        clock.shift(datetime.timedelta(minutes=minutes_later))
        assert sign_in(client, PASSWORD) is signed_in
