"""A per-address limit on consultation requests, counted by core.rate_limit (which says how the address
is read and kept)."""

from django.conf import settings

from core.rate_limit import count_attempt

WINDOW_SECONDS = 60 * 60


def allow_submission(request):
    """Count one submission from this request's address; False once the hourly limit is passed.

    The hour runs from the address's first submission; refused attempts count too, so a bot
    that keeps trying stays refused until the hour is over.
    """
    return count_attempt("consultations", request, WINDOW_SECONDS) <= settings.CONSULTATION_RATE_LIMIT_PER_HOUR
