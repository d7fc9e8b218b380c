"""Bots and floods: a honeypot, a per-address hourly limit, and CSRF."""

import pytest
from django.test import Client

from consultations.models import ConsultationRequest
from consultations.submission import RATE_LIMITED_MESSAGE

pytestmark = pytest.mark.django_db


def test_a_filled_honeypot_saves_and_sends_nothing_but_looks_like_success(
    client, form_url, valid_data, notify_settings, mailoutbox
):
    valid_data["website"] = "http://cheap-pills.example"
    response = client.post(form_url, valid_data)
    assert response.status_code == 302
    assert response["Location"].endswith("/thank-you/")
    assert not ConsultationRequest.objects.exists()
    assert not mailoutbox


class TestRateLimit:
    def test_the_sixth_request_in_an_hour_is_refused_kindly_and_keeps_what_was_typed(
        self, client, form_url, valid_data, settings
    ):
        settings.CONSULTATION_RATE_LIMIT_PER_HOUR = 5
        for _ in range(5):
            assert client.post(form_url, valid_data).status_code == 302
        response = client.post(form_url, {**valid_data, "name": "Ben Ortiz"})
        assert response.status_code == 429
        assert ConsultationRequest.objects.count() == 5
        assert not ConsultationRequest.objects.filter(name="Ben Ortiz").exists()
        page = response.content.decode()
        assert "try again later or call us" in page
        assert 'value="Ben Ortiz"' in page
        assert 'href="tel:+17135550142"' in page

    def test_the_limit_is_per_address(self, form_url, valid_data, settings):
        settings.CONSULTATION_RATE_LIMIT_PER_HOUR = 1
        first, second = Client(REMOTE_ADDR="203.0.113.7"), Client(REMOTE_ADDR="198.51.100.9")
        assert first.post(form_url, valid_data).status_code == 302
        assert first.post(form_url, valid_data).status_code == 429
        assert second.post(form_url, valid_data).status_code == 302

    def test_an_ipv6_network_counts_as_one_address(self, form_url, valid_data, settings):
        """A /64 is one subscriber's network, whose addresses rotate freely: they share one count."""
        settings.CONSULTATION_RATE_LIMIT_PER_HOUR = 1
        assert Client(REMOTE_ADDR="2001:db8:1:2::a").post(form_url, valid_data).status_code == 302
        assert Client(REMOTE_ADDR="2001:db8:1:2:ffff::b").post(form_url, valid_data).status_code == 429
        assert Client(REMOTE_ADDR="2001:db8:1:3::a").post(form_url, valid_data).status_code == 302

    def test_a_forwarded_for_header_does_not_dodge_the_limit(self, client, form_url, valid_data, settings):
        settings.CONSULTATION_RATE_LIMIT_PER_HOUR = 1
        assert client.post(form_url, valid_data, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 302
        assert client.post(form_url, valid_data, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 429

    def test_the_address_is_not_stored_in_the_cache(self, form_url, valid_data):
        from django.core.cache import cache

        Client(REMOTE_ADDR="203.0.113.7").post(form_url, valid_data)
        keys = list(cache._cache)  # local-memory cache: every key, as stored
        assert keys and not any("203.0.113.7" in key for key in keys)

    def test_the_refusal_message_is_friendly(self):
        assert RATE_LIMITED_MESSAGE.startswith("We have already received")


def test_csrf_is_enforced(form_url, valid_data):
    response = Client(enforce_csrf_checks=True).post(form_url, valid_data)
    assert "Your form expired before it was sent" in response.content.decode()  # see test_nothing_lost.py
    assert not ConsultationRequest.objects.exists()
