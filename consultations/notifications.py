"""The e-mail that tells the clinic a request arrived. It names no patient and holds no health detail."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import dateformat

from .display import clinic_time

logger = logging.getLogger(__name__)

SUBJECT = "New consultation request"

BODY = """\
A new consultation request arrived on the website on {received}.

Open it in the admin (sign-in required):
{url}

For patients' privacy this e-mail holds no details of the request. Only patient
coordinators can see them.
"""


def admin_url(consultation):
    path = reverse("consultation_requests:inspect", args=[consultation.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def notification_body(consultation):
    received = dateformat.format(clinic_time(consultation.created_at), "l, F j, Y, g:i A T")
    return BODY.format(received=received, url=admin_url(consultation))


def notify_clinic(consultation):
    """Send the notification; a failure is logged (without personal data) and never raised."""
    recipients = settings.CONSULTATION_NOTIFY_EMAILS
    if not recipients:
        logger.warning(
            "Consultation request %s saved; CONSULTATION_NOTIFY_EMAILS is empty, so nobody was told.", consultation.pk
        )
        return
    try:
        send_mail(SUBJECT, notification_body(consultation), None, recipients)
    except Exception as error:  # any backend failure: the request is saved, the patient must still be thanked
        logger.error(
            "Consultation request %s saved, but the notification e-mail failed (%s).",
            consultation.pk,
            type(error).__name__,
        )
