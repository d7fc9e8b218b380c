"""US phone numbers, as people type them, normalised to one format.

The consultation form checks a patient's number with ``normalise_us_phone``; Clinic settings check the
clinic's own number with ``normalise_clinic_phone`` (the same rule, plus an optional extension).
"""

import re

#: What a typed number may contain besides digits 0-9: spaces, dots, dashes, brackets and a leading +.
_ALLOWED = re.compile(r"^\+?[0-9 ().\-]+$")
#: An extension after the number: "ext. 3", "Ext 7", "x12".
EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|x)\s*(\d+)\s*$")


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


def split_extension(text):
    """ "(713) 555-0142 ext. 3" → ("(713) 555-0142", "3"); without an extension the second part is ""."""
    match = EXTENSION.search(text)
    if match is None:
        return text.strip(), ""
    return text[: match.start()].strip(), match.group(1)


def normalise_clinic_phone(text):
    """The clinic's number as "(713) 555-0142" or "(713) 555-0142 ext. 3"; ``ValueError`` if not a US number."""
    number, extension = split_extension(text)
    number = normalise_us_phone(number)
    return f"{number} ext. {extension}" if extension else number
