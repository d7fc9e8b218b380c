"""A minimal HTTP client for one visitor: keeps cookies, sends forms with their CSRF token, follows no redirect.

The standard library only (no ``requests`` here), so the benchmark and the tests run on the project's
own packages. One ``Visitor`` is one browser: its cookies (session, CSRF) go with every request it
sends to any of the servers, as a load balancer would see one browser's requests land on either.
"""

import http.client
import re
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HIDDEN_FIELD = re.compile(r'<input type="hidden" name="([\w-]+)" value="([^"]*)"')


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str

    @property
    def location(self):
        return self.headers.get("Location", "")


class Visitor:
    def __init__(self, timeout=20):
        self.cookies = {}
        self.timeout = timeout

    def request(self, port, method, path, fields=None):
        """Send one request to the server on 127.0.0.1:port; raises OSError when nothing answers."""
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=self.timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return Response(response.status, response.headers, text)

    def get(self, port, path):
        return self.request(port, "GET", path)

    def submit(self, port, path, fields, keep_hidden=True):
        """GET the form at ``path``, then POST ``fields`` to it with the CSRF token the page carried and,
        with ``keep_hidden``, the page's other hidden fields (a form's one-time key)."""
        page = self.get(port, path)
        token = CSRF_FIELD.search(page.body)
        if page.status != 200 or token is None:
            return page
        hidden = dict(HIDDEN_FIELD.findall(page.body)) if keep_hidden else {}
        return self.request(port, "POST", path, {**hidden, "csrfmiddlewaretoken": token.group(1), **fields})

    def post(self, port, path, fields):
        """POST ``fields`` with the CSRF token of this visitor's cookie (as the admin's buttons do)."""
        return self.request(port, "POST", path, {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **fields})

    def sign_in(self, port, username, password):
        """Sign in to the admin; True when the admin took the password (it redirects to the dashboard)."""
        response = self.submit(port, "/admin/login/", {"username": username, "password": password, "otp_token": ""})
        return response.status == 302 and "/login/" not in response.location
