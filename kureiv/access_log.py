"""gunicorn's access log without the client's address: ``logger_class`` in kureiv/gunicorn.conf.py.

The address is left out of every line, not only of the consultation form's POSTs: the thank-you page
fetched right after a POST, or a visit to /services/ptsd/, would tie the same address to a patient's
question just as well. The rule sits in the logger rather than in the format alone, so that an operator
who widens the format (``--access-logformat`` with ``%(h)s``, a forwarded-for header, or ``REMOTE_ADDR``
from the environment) still gets a dash where an address would be. Abuse is handled without the log:
the consultation form's rate limit keys its count on a keyed hash of the address (consultations/rate_limit.py).
"""

from gunicorn.glogging import Logger

#: Request headers in which a proxy or a client hands on a client's address.
ADDRESS_HEADERS = (
    "x-forwarded-for",
    "x-real-ip",
    "forwarded",
    "true-client-ip",
    "cf-connecting-ip",
    "x-client-ip",
    "x-cluster-client-ip",
    "fastly-client-ip",
)


class AddresslessAccessLogger(Logger):
    """gunicorn's logger, whose access-log atoms carry no client address (each renders as ``-``)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["h"] = "-"
        atoms.pop("{remote_addr}e", None)
        for header in ADDRESS_HEADERS:
            atoms.pop(f"{{{header}}}i", None)
            atoms.pop(f"{{http_{header.replace('-', '_')}}}e", None)
        return atoms
