"""US phone numbers, as patients type them, normalised to one format."""

import re

#: What a typed number may contain besides digits 0-9: spaces, dots, dashes, brackets and a leading +.
_ALLOWED = re.compile(r"^\+?[0-9 ().\-]+$")


def normalise_us_phone(text):
    """Return ``text`` as "(713) 555-0142", or raise ``ValueError`` if it is not a US number.

    Accepts the usual ways of writing a North American number ("713-555-0142",
    "713.555.0142", "+1 713 555 0142", "17135550142"). The area code and the exchange
    cannot start with 0 or 1 (the North American Numbering Plan).
    """
    text = text.strip()
    if not _ALLOWED.match(text):
        raise ValueError("not a phone number")
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        raise ValueError("not a US phone number")
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
