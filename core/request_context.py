"""The request being served, for rules enforced below the views.

Some rules (who may publish a medical page, who may grant a group) are checked in model code that
any admin door reaches — an edit view, a bulk action, the admin API, a copy. Model code is not handed
the request, so ``RequestContextMiddleware`` keeps it here for the length of one request.
Outside a request (management commands, the demo loader, data migrations) there is none, and
callers decide what that means for them.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_current_request = ContextVar("kureiv_current_request", default=None)


def current_request():
    """The request being served, or None outside a request."""
    return _current_request.get()


def after_request(callback):
    """Call ``callback()`` once the current request has been answered (or now, outside a request).

    For a rule whose effect must not pull the ground from under the view still running (see
    editorial.review_rules, which ends a review as the request ends).
    """
    request = current_request()
    if request is None:
        callback()
    else:
        request.__dict__.setdefault("_after_request_callbacks", []).append(callback)


def acting_user():
    """The signed-in user of the current request, or None (no request, or nobody signed in)."""
    request = current_request()
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


@contextmanager
def serving(request):
    token = _current_request.set(request)
    try:
        yield request
    finally:
        try:
            for callback in request.__dict__.pop("_after_request_callbacks", ()):
                callback()
        finally:
            _current_request.reset(token)


class RequestContextMiddleware:
    """Makes the request known to model code while it is served (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with serving(request):
            return self.get_response(request)
