"""The session engine: Django's database sessions, ignoring a session cookie no session could have.

Django makes every session key from lowercase letters and digits. Its own check only asks for 8
characters, so a forged cookie such as ``sessionid=\\x00\\x00…`` reached the database, and PostgreSQL
refuses NUL in text with an error: a 500 on every page that reads the session. A key of other
characters, or longer than the column, is treated like no cookie at all: the visitor is anonymous.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import VALID_KEY_CHARS


class SessionStore(db.SessionStore):
    def _validate_session_key(self, key):
        if not super()._validate_session_key(key):
            return False
        return len(key) <= self.model._meta.get_field("session_key").max_length and set(key) <= set(VALID_KEY_CHARS)
