"""Initials avatars for staff: "MO" for Maya Okafor, wherever the admin shows a person (dashboard, account
menu, comments, history, workflow), instead of a picture fetched from Gravatar.

Gravatar is off (WAGTAIL_GRAVATAR_PROVIDER_URL = None): asking it would tell a third party each staff
member's e-mail hash. Wagtail's ``get_avatar_url`` hook (core/wagtail_hooks.py) gives every avatar
without an uploaded picture this one: an SVG drawn here and inlined as a data: URI, so no request leaves
the admin and the strict CSP (img-src 'self' data:) lets it through. A picture uploaded in Account still wins.
"""

import zlib
from urllib.parse import quote
from xml.sax.saxutils import escape

#: Backgrounds for white letters, each with a contrast ratio of at least 4.5:1 (tests/core/test_avatars.py).
#: A person keeps their color: it follows from their username.
BACKGROUNDS = ("#1d4e89", "#2f6b2f", "#8a3410", "#5b3a8c", "#00636e", "#8c1d4f", "#5c5c1f", "#3d4a5c")


def initials(user):
    """Up to two capital letters: first and last name ("MO"), one name's first and last word if only one
    name is filled in, else the username's first letter."""
    first, last = user.first_name.split(), user.last_name.split()
    if first and last:
        words = [first[0], last[0]]
    else:
        one_name = first or last
        words = one_name[:1] + one_name[1:][-1:]  # its first and last word
    letters = "".join(word[0] for word in words)
    return (letters or user.get_username()[:1]).upper()


def initials_avatar_url(user):
    """A data: URI of a square SVG with ``user``'s initials on their color (the admin rounds it)."""
    background = BACKGROUNDS[zlib.crc32(user.get_username().encode()) % len(BACKGROUNDS)]
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" fill="{background}"/>'
        '<text x="50" y="50" dominant-baseline="central" text-anchor="middle" '
        'fill="#fff" font-size="42" font-weight="600" '
        "font-family=\"system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif\">"
        f"{escape(initials(user))}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg, safe="")


def avatar_url(user):
    """What the ``get_avatar_url`` hook answers: the initials avatar, unless the user uploaded a picture
    (then None, and Wagtail shows the picture)."""
    if user is None:
        return None
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return None
    return initials_avatar_url(user)
