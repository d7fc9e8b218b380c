"""What happens to a posted consultation form: checks, saving, then the clinic's notification."""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from .notifications import notify_clinic
from .rate_limit import allow_submission

logger = logging.getLogger(__name__)

RATE_LIMITED_MESSAGE = (
    "We have already received several requests from your connection in the last hour, so we have not sent "
    "this one. Please try again later or call us. What you typed is still here."
)


@dataclass
class Outcome:
    accepted: bool
    status: int = 200


def receive(form, request):
    """Save a valid request in its own transaction, then notify the clinic.

    A bot that filled the honeypot is thanked like anyone else, so it learns nothing, but
    nothing is saved or sent. A request over the rate limit is refused with a message and
    the form keeps what was typed. The same form sent again (a double click, the back button)
    is thanked again without being stored, sent or counted twice: its submission key is unique,
    so of two copies arriving at once the database keeps one.
    """
    if form.sent_by_bot:
        logger.info("Consultation form: honeypot filled, submission dropped.")
        return Outcome(accepted=True)
    if not form.is_valid():
        return Outcome(accepted=False)
    if form.already_received():
        return _duplicate()
    if not allow_submission(request):
        logger.info("Consultation form: rate limit reached, submission refused.")
        form.add_error(None, RATE_LIMITED_MESSAGE)
        return Outcome(accepted=False, status=429)
    try:
        with transaction.atomic():
            consultation = form.save()
    except IntegrityError:
        if not form.already_received():
            raise
        return _duplicate()
    notify_clinic(consultation)
    return Outcome(accepted=True)


def _duplicate():
    logger.info("Consultation form: the same form was sent again, already stored.")
    return Outcome(accepted=True)
