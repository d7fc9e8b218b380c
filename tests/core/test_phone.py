"""normalise_us_phone: every way a patient writes a US number comes out as "(713) 555-0142"."""

import pytest

from core.phone import normalise_us_phone


@pytest.mark.parametrize(
    "typed",
    [
        "(713) 555-0142",
        "713-555-0142",
        "713.555.0142",
        "7135550142",
        "+1 713 555 0142",
        "1 (713) 555-0142",
        " 713 555 0142 ",
    ],
)
def test_a_us_number_is_written_one_way(typed):
    assert normalise_us_phone(typed) == "(713) 555-0142"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "555-0142",
        "713555014",
        "71355501422",
        "2 713 555 0142",
        "(013) 555-0142",
        "(713) 155-0142",
        "+44 20 7946 0958",
        "713-555-0142 ext 3",
        "call me",
        "713५550142",
    ],
)
def test_anything_else_is_refused(typed):
    with pytest.raises(ValueError):
        normalise_us_phone(typed)
