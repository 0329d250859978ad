"""Meta's error JSON becomes a typed error with a message the user can act on (cloud-api.md section 9)."""

import json

import pytest

from monggo_desktop.cloud.errors import (
    ErrorKind,
    InvalidRequestError,
    PermanentError,
    PermissionDeniedError,
    RateLimitedError,
    ReengagementRequiredError,
    TokenExpiredError,
    TransientError,
    classify,
    from_response,
)


def body(code, subcode=None, details="Param text['body'] is too long", message="(#100) bad"):
    error = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}
    if subcode is not None:
        error["error_subcode"] = subcode
    if details is not None:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    return json.dumps({"error": error}).encode()


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (190, ErrorKind.AUTH),
        (0, ErrorKind.AUTH),
        (3, ErrorKind.PERMISSION),
        (10, ErrorKind.PERMISSION),
        (200, ErrorKind.PERMISSION),
        (299, ErrorKind.PERMISSION),
        (1, ErrorKind.RETRYABLE),
        (2, ErrorKind.RETRYABLE),
        (131000, ErrorKind.RETRYABLE),
        (131016, ErrorKind.RETRYABLE),
        (131057, ErrorKind.RETRYABLE),
        (133004, ErrorKind.RETRYABLE),
        (4, ErrorKind.RATE_LIMITED),
        (80007, ErrorKind.RATE_LIMITED),
        (130429, ErrorKind.RATE_LIMITED),
        (131056, ErrorKind.PAIR_RATE_LIMITED),
        (131047, ErrorKind.REENGAGEMENT),
        (100, ErrorKind.INVALID_REQUEST),
        (131008, ErrorKind.INVALID_REQUEST),
        (131009, ErrorKind.INVALID_REQUEST),
        (132000, ErrorKind.INVALID_REQUEST),
        (132015, ErrorKind.INVALID_REQUEST),
        (131026, ErrorKind.PERMANENT),
        (131048, ErrorKind.PERMANENT),
        (131049, ErrorKind.PERMANENT),
        (131030, ErrorKind.PERMANENT),
        (133010, ErrorKind.PERMANENT),
        (368, ErrorKind.PERMANENT),
    ],
)
def test_codes_are_classified_as_the_table_says(code, kind):
    assert classify(code) is kind


def test_an_expired_token_is_typed_and_tells_what_to_do():
    error = from_response(401, body(190, subcode=463, details=None))
    assert isinstance(error, TokenExpiredError)
    assert str(error) == "The access token has expired: paste a new one in Settings"
    assert (error.code, error.subcode, error.fbtrace_id, error.http_status) == (
        190,
        463,
        "Az8or2yhqkZfEZ-_4Qn_Bam",
        401,
    )
    assert not error.retryable


def test_details_are_kept_but_not_shown():
    error = from_response(400, body(100, details="recipient 16505551234 is odd"))
    assert isinstance(error, InvalidRequestError)
    assert error.details == "recipient 16505551234 is odd"
    assert "16505551234" not in str(error)


@pytest.mark.parametrize(
    ("code", "cls", "fragment"),
    [
        (131047, ReengagementRequiredError, "template"),
        (130429, RateLimitedError, "resumes"),
        (131056, RateLimitedError, "this customer"),
        (131026, PermanentError, "could not be delivered"),
        (10, PermissionDeniedError, "permission"),
        (2, TransientError, "temporarily"),
        (132001, InvalidRequestError, "template"),
        (999999, PermanentError, "error 999999"),
    ],
)
def test_each_kind_has_its_type_and_an_actionable_message(code, cls, fragment):
    error = from_response(400, body(code))
    assert isinstance(error, cls)
    assert fragment in str(error)


def test_retry_after_is_read_and_pair_limits_are_per_recipient():
    error = from_response(429, body(131056), retry_after_header="7")
    assert isinstance(error, RateLimitedError) and error.per_recipient and error.retry_after == 7.0
    assert from_response(429, body(130429), retry_after_header="Wed, 21 Oct 2015 07:28:00 GMT").retry_after is None


@pytest.mark.parametrize(("status", "cls"), [(502, TransientError), (503, TransientError), (401, TokenExpiredError)])
def test_answers_without_error_json_are_classified_by_status(status, cls):
    assert isinstance(from_response(status, b"<html>Bad gateway</html>"), cls)


def test_a_string_code_is_still_understood():
    assert isinstance(from_response(400, json.dumps({"error": {"code": "131047"}}).encode()), ReengagementRequiredError)
