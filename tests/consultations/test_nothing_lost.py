"""A patient never loses what they typed: an expired form, an over-long body and a double submit.

Each comes back as the consultation form (or the thank-you page) over real requests; nothing is stored
that the patient did not send once and in full.
"""

import re
import threading
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from wagtail.models import PageViewRestriction

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db

EXPIRED = "Your form expired before it was sent"
TOO_LARGE = "too large for us to receive"
THREE_MB = 3 * 1024 * 1024


def send(client, url, data):
    """Post ``data`` the way a browser sends this form: url-encoded, fields in the page's order."""
    return client.post(url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def form_fields(response):
    """What the page's form would send as it stands: its hidden and filled-in inputs."""
    html = soup(response)
    fields = {
        field["name"]: field.get("value", "")
        for field in html.select("form.consultation-form input")
        if field.get("type") not in ("checkbox", "radio")
    }
    return fields


def assert_never_cached(response):
    for directive in ("no-cache", "no-store", "private"):
        assert directive in response["Cache-Control"]


class TestExpiredForm:
    def test_a_form_whose_csrf_cookie_is_gone_comes_back_filled_in_with_a_fresh_token(self, form_url, valid_data):
        browser = Client(enforce_csrf_checks=True)
        response = send(browser, form_url, {"csrfmiddlewaretoken": "x" * 64, **valid_data})
        assert response.status_code == 200
        page = response.content.decode()
        assert EXPIRED in page
        assert "We kept what you typed" in page
        assert 'value="Ana Torres"' in page
        assert "Mornings before 10 are best." in soup(response).find("textarea", attrs={"name": "message"}).text
        assert soup(response).find("input", attrs={"name": "conditions", "value": "ptsd"}).has_attr("checked")
        assert form_fields(response)["csrfmiddlewaretoken"] != "x" * 64
        assert "csrftoken" in response.cookies
        assert not ConsultationRequest.objects.exists()
        assert_never_cached(response)

    def test_sending_the_returned_form_again_stores_it(self, form_url, valid_data):
        browser = Client(enforce_csrf_checks=True)
        expired = send(browser, form_url, {"csrfmiddlewaretoken": "x" * 64, **valid_data})
        resent = send(browser, form_url, {**valid_data, **form_fields(expired)})
        assert resent.status_code == 302
        assert ConsultationRequest.objects.get().name == "Ana Torres"

    def test_a_stale_token_comes_back_the_same_way(self, form_url, valid_data):
        browser = Client(enforce_csrf_checks=True)
        browser.get(form_url)  # the csrf cookie is set
        browser.cookies["csrftoken"] = "y" * 32  # ... and later replaced, e.g. by a sign-in in another tab
        response = send(browser, form_url, {**valid_data, "csrfmiddlewaretoken": "x" * 64})
        assert response.status_code == 200
        assert EXPIRED in response.content.decode()
        assert not ConsultationRequest.objects.exists()

    def test_every_other_address_keeps_djangos_refusal(self, consultation_site, form_url, valid_data):
        browser = Client(enforce_csrf_checks=True)
        for url in (consultation_site.about.url, form_url + "thank-you/", "/no-such-page/"):
            response = send(browser, url, valid_data)
            assert response.status_code == 403
            assert EXPIRED not in response.content.decode()
        assert not ConsultationRequest.objects.exists()

    def test_a_form_behind_a_password_is_not_shown_to_whoever_has_not_given_it(
        self, consultation_site, form_url, valid_data
    ):
        PageViewRestriction.objects.create(
            page=consultation_site.consultation,
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",
        )
        response = send(Client(enforce_csrf_checks=True), form_url, valid_data)
        assert response.status_code == 403
        assert EXPIRED not in response.content.decode()


class TestOverLongBody:
    def test_a_3_mb_message_comes_back_cut_to_the_field_limit_with_a_message(self, client, form_url, valid_data):
        response = send(client, form_url, {**valid_data, "message": "I have a question. " * (THREE_MB // 19)})
        assert response.status_code == 200
        page = response.content.decode()
        assert TOO_LARGE in page
        assert 'value="Ana Torres"' in page
        message = soup(response).find("textarea", attrs={"name": "message"}).text.strip()
        assert message.startswith("I have a question.") and len(message) <= 500
        assert "we kept the first 500 characters" in page.lower()
        assert not ConsultationRequest.objects.exists()
        assert_never_cached(response)

    def test_the_csrf_check_still_passes_on_what_fits(self, form_url, valid_data):
        browser = Client(enforce_csrf_checks=True)
        token = form_fields(browser.get(form_url))["csrfmiddlewaretoken"]
        response = send(browser, form_url, {"csrfmiddlewaretoken": token, **valid_data, "message": "x" * THREE_MB})
        assert response.status_code == 200
        assert TOO_LARGE in response.content.decode()
        assert EXPIRED not in response.content.decode()

    def test_the_shortened_form_sent_again_is_stored(self, client, form_url, valid_data):
        cut = send(client, form_url, {**valid_data, "message": "x" * THREE_MB})
        assert cut.status_code == 200
        resent = send(client, form_url, {**valid_data, **form_fields(cut), "message": "Mornings are best."})
        assert resent.status_code == 302
        assert ConsultationRequest.objects.get().message == "Mornings are best."

    def test_the_admin_keeps_djangos_limit(self, client, consultation_site):
        response = send(client, "/admin/login/", {"username": "x" * THREE_MB, "password": "y"})
        assert response.status_code == 400


class TestDoubleSubmit:
    def test_the_form_carries_a_submission_key(self, client, form_url):
        first, second = (form_fields(client.get(form_url)).get("submission_key") for _ in range(2))
        assert first and second and first != second

    def test_the_same_form_sent_twice_is_stored_once_and_thanked_twice(
        self, client, form_url, valid_data, notify_settings, mailoutbox
    ):
        data = {**valid_data, "submission_key": form_fields(client.get(form_url))["submission_key"]}
        first, second = send(client, form_url, data), send(client, form_url, data)
        assert first.status_code == second.status_code == 302
        assert first["Location"] == second["Location"]
        assert second["Location"].endswith("/thank-you/")
        assert ConsultationRequest.objects.count() == 1
        assert len(mailoutbox) == 1

    def test_a_double_submit_does_not_count_against_the_hourly_limit(self, client, form_url, valid_data, settings):
        settings.CONSULTATION_RATE_LIMIT_PER_HOUR = 1
        data = {**valid_data, "submission_key": form_fields(client.get(form_url))["submission_key"]}
        assert send(client, form_url, data).status_code == 302
        assert send(client, form_url, data).status_code == 302
        assert send(client, form_url, valid_data).status_code == 429  # a new request is still limited

    def test_two_forms_filled_in_make_two_requests(self, client, form_url, valid_data):
        for _ in range(2):
            key = form_fields(client.get(form_url))["submission_key"]
            assert send(client, form_url, {**valid_data, "submission_key": key}).status_code == 302
        assert ConsultationRequest.objects.count() == 2

    @pytest.mark.django_db(transaction=True)
    def test_two_copies_sent_at_the_same_moment_are_stored_once(self, form_url, valid_data):
        if connection.vendor == "sqlite":
            pytest.skip("SQLite serialises writers: the race needs PostgreSQL")
        data = {**valid_data, "submission_key": "6f1c3a52-4d1e-4b8e-9a57-1d2f0e8c9b10"}
        barrier, statuses = threading.Barrier(4), []

        def send_a_copy():
            barrier.wait()
            statuses.append(send(Client(), form_url, data).status_code)
            connection.close()

        threads = [threading.Thread(target=send_a_copy) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [302] * 4
        assert ConsultationRequest.objects.count() == 1


def test_nothing_the_patient_typed_is_logged(client, form_url, valid_data, caplog):
    send(Client(enforce_csrf_checks=True), form_url, valid_data)
    send(client, form_url, {**valid_data, "message": "x" * THREE_MB})
    data = {**valid_data, "submission_key": form_fields(client.get(form_url))["submission_key"]}
    send(client, form_url, data)
    send(client, form_url, data)
    logged = caplog.text
    for typed in ("Ana Torres", "ana@example.com", "555", "Mornings", "xxxx"):
        assert typed not in logged
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", logged)  # nor the submission key
