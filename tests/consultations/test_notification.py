"""The clinic hears that a request arrived, and nothing else; a failed e-mail never loses a request."""

import logging
import socket

import pytest
from django.core import mail

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db

PERSONAL_VALUES = [
    "Ana Torres",
    "Ana",
    "Torres",
    "ana@example.com",
    "713",
    "555-0142",
    "0142",
    "ptsd",
    "PTSD",
    "Mornings before 10",
]


def closed_local_port():
    """A port on 127.0.0.1 that nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def failing_smtp(notify_settings):
    notify_settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    notify_settings.EMAIL_HOST = "127.0.0.1"
    notify_settings.EMAIL_PORT = closed_local_port()
    notify_settings.EMAIL_TIMEOUT = 2
    return notify_settings


@pytest.fixture
def all_logs(caplog):
    """Capture every logger at DEBUG, including those configured quieter (e.g. django_tasks)."""
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def assert_nothing_personal(text):
    for value in PERSONAL_VALUES:
        assert value not in text, f"{value!r} leaked"


class TestNotification:
    def test_the_clinic_is_told_a_request_arrived_with_a_link_to_it(
        self, client, form_url, valid_data, notify_settings
    ):
        client.post(form_url, valid_data)
        consultation = ConsultationRequest.objects.get()
        [message] = mail.outbox
        assert message.to == ["coordinators@kureiv.example"]
        assert message.subject == "New consultation request"
        assert f"http://testserver/admin/consultation-requests/inspect/{consultation.pk}/" in message.body

    def test_the_e_mail_holds_none_of_the_personal_fields(self, client, form_url, valid_data, notify_settings):
        client.post(form_url, valid_data)
        [message] = mail.outbox
        assert_nothing_personal(message.subject + message.body + str(message.message()))
        assert not message.attachments and not getattr(message, "alternatives", None)

    def test_no_recipients_configured_still_saves_and_thanks(self, client, form_url, valid_data, settings):
        settings.CONSULTATION_NOTIFY_EMAILS = []
        assert client.post(form_url, valid_data).status_code == 302
        assert ConsultationRequest.objects.count() == 1
        assert not mail.outbox


class TestSmtpFailure:
    def test_the_request_is_saved_and_the_patient_thanked(self, client, form_url, valid_data, failing_smtp, all_logs):
        response = client.post(form_url, valid_data, follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0].endswith("/consultation/thank-you/")
        consultation = ConsultationRequest.objects.get()
        assert consultation.name == "Ana Torres"
        [failure] = [record for record in all_logs.records if record.levelno >= logging.ERROR]
        assert failure.getMessage() == (
            f"Consultation request {consultation.pk} saved, but the notification e-mail failed (ConnectionRefusedError)."
        )

    def test_the_failure_is_logged_without_personal_data(self, client, form_url, valid_data, failing_smtp, all_logs):
        client.post(form_url, valid_data)
        assert all_logs.records
        assert_nothing_personal(all_logs.text)


class TestLogs:
    def test_a_submission_logs_nothing_personal(self, client, form_url, valid_data, notify_settings, all_logs):
        client.get(form_url)
        client.post(form_url, valid_data, follow=True)
        assert ConsultationRequest.objects.count() == 1
        assert_nothing_personal(all_logs.text)
        assert_nothing_personal(" ".join(repr(record.args) for record in all_logs.records))

    def test_an_invalid_submission_logs_nothing_personal(self, client, form_url, valid_data, all_logs):
        valid_data["email"] = "ana@"
        client.post(form_url, valid_data)
        assert_nothing_personal(all_logs.text)
