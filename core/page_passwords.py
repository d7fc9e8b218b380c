"""Passwords of private pages and documents (Wagtail's view restrictions with a shared password) are
guessed no faster than admin passwords.

``limit_guesses`` wraps Wagtail's views that check them (kureiv/urls.py mounts the wrapped views in place
of Wagtail's): after FAILURE_LIMIT wrong passwords for one restriction from one address (core.rate_limit:
REMOTE_ADDR, IPv6 by its /64) within WINDOW_SECONDS of the first, that address is refused for that
restriction until the window is over, the right password too, so guessing cannot go on. Five in
fifteen minutes is the admin's five wrong passwords, and leaves room for someone mistyping a password
they were given; the lock is short because everyone behind one office or mobile-carrier address shares it.

The form says why, in Wagtail's own password page. A locked attempt never reaches the password check:
Wagtail's view gets it without the password, so it answers with its form and learns nothing.
"""

import functools

from core.rate_limit import attempts, count_attempt

FAILURE_LIMIT = 5
WINDOW_SECONDS = 15 * 60
LOCKED_MESSAGE = (
    "Too many wrong passwords have been tried from your connection, so this password is not being checked "
    "for now. Wait 15 minutes, then try again, or ask whoever gave you the password."
)


def limit_guesses(view, kind, restriction_kwarg):
    """Wagtail's password view ``view``, limited per restriction (``kind`` and the URL's ``restriction_kwarg``)."""

    @functools.wraps(view)
    def limited(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        scope = f"{kind}-password:{kwargs[restriction_kwarg]}"
        if attempts(scope, request) >= FAILURE_LIMIT:
            request.POST = request.POST.copy()
            request.POST.pop("password", None)
            response = _with_locked_message(view(request, *args, **kwargs), replace_errors=True)
            response.status_code = 429
            return response
        response = view(request, *args, **kwargs)
        if response.status_code != 302 and count_attempt(scope, request, WINDOW_SECONDS) >= FAILURE_LIMIT:
            _with_locked_message(response, replace_errors=False)
        return response

    return limited


def _with_locked_message(response, replace_errors):
    """Put LOCKED_MESSAGE on the password form of ``response`` (a TemplateResponse not yet rendered)."""
    form = (getattr(response, "context_data", None) or {}).get("form")
    if form is not None:
        if replace_errors:
            form.errors.clear()  # "This field is required.": the password was held back, not left out
        form.add_error(None, LOCKED_MESSAGE)
    return response
