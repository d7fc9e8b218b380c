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
        _current_request.reset(token)


class RequestContextMiddleware:
    """Makes the request known to model code while it is served (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with serving(request):
            return self.get_response(request)
