"""Phone numbers: everything is stored in E.164 (``+6281234567890``).

Meta's ``wa_id`` is the same number as digits without the plus.
"""

from __future__ import annotations

import phonenumbers

from monggo_desktop.domain.errors import InvalidPhoneNumberError
from monggo_desktop.domain.words import Words

DEFAULT_REGION = "ID"

_REASONS = {
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: Words("its country code does not exist"),
    phonenumbers.ValidationResult.TOO_SHORT: Words("it is too short"),
    phonenumbers.ValidationResult.TOO_LONG: Words("it is too long"),
    phonenumbers.ValidationResult.INVALID_LENGTH: Words("it has the wrong number of digits for its country"),
}
_CHECK_DIGITS = Words("check the digits")


def normalize_e164(raw: str, region: str = DEFAULT_REGION, *, whatsapp: bool = False) -> str:
    """Return ``raw`` in E.164, reading national numbers in ``region``; raise with the reason if impossible. With
    ``whatsapp``, a number its plan says is a fixed line (a shop's landline) is refused too: it cannot have
    WhatsApp. Where the plan cannot tell (fixed line or mobile, as in the United States) it is kept."""
    text = (raw or "").strip()
    if not text:
        raise InvalidPhoneNumberError("the phone number is empty")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumberError("not a phone number: {reason}", reason=_parse_reason(exc)) from None
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible not in (
        phonenumbers.ValidationResult.IS_POSSIBLE,
        phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        raise InvalidPhoneNumberError("impossible phone number: {reason}", reason=_REASONS.get(possible, _CHECK_DIGITS))
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumberError("not a valid phone number for its country: check the digits")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if whatsapp and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE:
        raise InvalidPhoneNumberError(
            "{number} is a landline: it cannot have WhatsApp", number=display_international(e164)
        )
    return e164


def e164_from_wa_id(wa_id: str) -> str:
    """Meta's ``wa_id`` (digits only) as E.164."""
    digits = wa_id.strip().lstrip("+")
    if not digits.isdigit():
        raise InvalidPhoneNumberError("a WhatsApp id holds digits only")
    return normalize_e164("+" + digits)


def wa_id_from_e164(e164: str) -> str:
    return e164.lstrip("+")


def display_international(e164: str) -> str:
    """``+6281234567890`` as ``+62 812-3456-7890`` for people to read."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _parse_reason(exc: phonenumbers.NumberParseException) -> Words:
    reasons = {
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: Words("unknown country code"),
        phonenumbers.NumberParseException.NOT_A_NUMBER: Words("it has no digits in the right places"),
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: Words("too short"),
        phonenumbers.NumberParseException.TOO_SHORT_NSN: Words("too short"),
        phonenumbers.NumberParseException.TOO_LONG: Words("too long"),
    }
    return reasons.get(exc.error_type, _CHECK_DIGITS)
