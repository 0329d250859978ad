import pytest

from monggo_desktop.domain.errors import InvalidPhoneNumberError
from monggo_desktop.domain.phone import (
    display_international,
    e164_from_wa_id,
    normalize_e164,
    wa_id_from_e164,
)


@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890",
        "081234567890",
        "+62 812 3456 7890",
        "62812-3456-7890",
        "0062 812 3456 7890",
        " (0812) 34567890 ",
    ],
)
def test_indonesian_formats_normalise_to_one_e164(raw):
    if raw.startswith("62"):
        raw = "+" + raw
    assert normalize_e164(raw) == "+6281234567890"


def test_default_region_is_a_parameter():
    assert normalize_e164("020 7946 0958", region="GB") == "+442079460958"
    assert normalize_e164("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("hello", "not a phone number"),
        ("0812", "impossible"),
        ("+62 812 3456 7890 1234 5678", "too long"),
        ("+999 1234 5678", "not a phone number"),
    ],
)
def test_impossible_numbers_are_refused_with_a_reason(raw, reason):
    with pytest.raises(InvalidPhoneNumberError) as info:
        normalize_e164(raw)
    assert reason in str(info.value)


def test_wa_id_round_trip():
    assert e164_from_wa_id("6281234567890") == "+6281234567890"
    assert wa_id_from_e164("+6281234567890") == "6281234567890"
    with pytest.raises(InvalidPhoneNumberError):
        e164_from_wa_id("62-812")


def test_display_is_international_format():
    assert display_international("+6281234567890") == "+62 812-3456-7890"
