"""Cloud API errors: Meta's error JSON as typed exceptions, classified by code (cloud-api.md section 9).

The message of each error is ours, written for the user from the code; Meta's own text and
``error_data.details`` are kept as attributes for logs and support, never shown as they are.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from monggo_desktop.domain.errors import InvalidInputError, UserFacingError
from monggo_desktop.domain.words import Value, Words


class ErrorKind(StrEnum):
    RETRYABLE = "retryable"  # try again with backoff
    RATE_LIMITED = "rate_limited"  # app, account or throughput limit: back off
    PAIR_RATE_LIMITED = "pair_rate_limited"  # too fast to one customer: pause that recipient only
    AUTH = "auth"  # the access token expired or is invalid: nothing works until it is replaced
    PERMISSION = "permission"  # the token lacks access to the asset
    REENGAGEMENT = "reengagement"  # 131047: 24-hour window closed, templates only
    INVALID_REQUEST = "invalid_request"  # the request must change first
    PERMANENT = "permanent"  # will not succeed as it is


_RETRYABLE = {1, 2, 131000, 131016, 131057, 133004}
_RATE_LIMITED = {4, 80007, 130429}
_AUTH = {0, 190}
_PERMISSION = {3, 10, *range(200, 300), 131005}
_INVALID = {100, 131008, 131009, 131062, 132000, 132001, 132005, 132007, 132012, 132015, 132016}

_MESSAGES: dict[int, Words] = {
    0: Words("The access token is no longer valid: paste a new one in Settings"),
    190: Words("The access token has expired: paste a new one in Settings"),
    3: Words("The access token lacks a permission this needs: check the system user's permissions in Meta Business"),
    10: Words("The access token lacks a permission this needs: check the system user's permissions in Meta Business"),
    131005: Words("WhatsApp denied access: check the system user's permissions in Meta Business"),
    4: Words("WhatsApp is limiting how fast this app sends: sending resumes shortly"),
    80007: Words("The WhatsApp account reached its rate limit: sending resumes shortly"),
    130429: Words("The number's sending speed limit was reached: sending resumes shortly"),
    131056: Words("Too many messages to this customer in a short time: the next one waits a few seconds"),
    131048: Words("WhatsApp limited sending because of spam reports: check the number's quality rating"),
    131049: Words("WhatsApp held back this marketing message for this customer: try again after 24 hours"),
    131047: Words("More than 24 hours since the customer's last message: send an approved template instead"),
    131026: Words("The message could not be delivered: the number may not use WhatsApp, or uses an old app version"),
    131030: Words("This number is not on the test number's allowed list: add it in Meta's dashboard"),
    131031: Words("The WhatsApp Business account is locked: check Meta Business settings"),
    131042: Words("A payment problem with the WhatsApp Business account: check billing in Meta Business"),
    131050: Words("The customer has stopped marketing messages from this business"),
    131051: Words("WhatsApp does not support this message type"),
    131062: Words(
        "WhatsApp does not let this kind of message go to a customer known only by their username: send a"
        " plain message, or ask them for their number"
    ),
    131052: Words("The customer's media could not be downloaded: ask them to send it again"),
    131053: Words("The media could not be uploaded: check its type and size"),
    131021: Words("A message cannot be sent to the business's own number"),
    133010: Words("The phone number is not registered with the Cloud API: register it in Settings"),
    133016: Words("Too many registration attempts: wait before trying again"),
    368: Words("The account is blocked for policy violations: see Meta Business support"),
    130472: Words("The customer is part of a WhatsApp experiment and cannot receive this message"),
    100: Words("WhatsApp refused the request as invalid"),
    131008: Words("WhatsApp refused the request: a required field is missing"),
    131009: Words("WhatsApp refused the request: a field has a value it does not accept"),
}
_TEMPLATE_MESSAGE = Words(
    "The template does not match its approved form (parameters, length, or it is paused or disabled)"
)
_TRANSIENT_MESSAGE = Words("WhatsApp is temporarily unavailable: it will be tried again")


def classify(code: int | None, http_status: int | None = None) -> ErrorKind:
    if code in _AUTH or (code is None and http_status == 401):
        return ErrorKind.AUTH
    if code == 131056:
        return ErrorKind.PAIR_RATE_LIMITED
    if code in _RATE_LIMITED or (code is None and http_status == 429):
        return ErrorKind.RATE_LIMITED
    if code == 131047:
        return ErrorKind.REENGAGEMENT
    if code in _RETRYABLE or (http_status is not None and http_status >= 500):
        return ErrorKind.RETRYABLE
    if code in _PERMISSION:
        return ErrorKind.PERMISSION
    if code in _INVALID or (code is not None and 132000 <= code < 133000):
        return ErrorKind.INVALID_REQUEST
    return ErrorKind.PERMANENT


def user_message(code: int | None, kind: ErrorKind) -> str:
    """What went wrong and what to do, in English (a failed send keeps it as its reason)."""
    return str(failure_words(code, kind))


def failure_words(code: int | None, kind: ErrorKind) -> Words:
    if code is not None and code in _MESSAGES:
        return _MESSAGES[code]
    if code is not None and 132000 <= code < 133000:
        return _TEMPLATE_MESSAGE
    if kind is ErrorKind.RETRYABLE:
        return _TRANSIENT_MESSAGE
    if kind is ErrorKind.AUTH:
        return _MESSAGES[190]
    if kind is ErrorKind.RATE_LIMITED:
        return _MESSAGES[130429]
    if code is not None:
        return Words("WhatsApp refused the request (error {code})", code=code)
    return Words("WhatsApp refused the request")


class CloudApiError(UserFacingError):
    """An error answer from the Cloud API (or a failure to get one)."""

    def __init__(
        self,
        message: str | Words,
        *,
        kind: ErrorKind,
        code: int | None = None,
        subcode: int | None = None,
        details: str | None = None,
        meta_message: str | None = None,
        fbtrace_id: str | None = None,
        http_status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code
        self.subcode = subcode
        self.details = details
        self.meta_message = meta_message
        self.fbtrace_id = fbtrace_id
        self.http_status = http_status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.kind in (ErrorKind.RETRYABLE, ErrorKind.RATE_LIMITED, ErrorKind.PAIR_RATE_LIMITED)


class TokenExpiredError(CloudApiError):
    """190 and friends: pause everything until the user pastes a new token."""


class PermissionDeniedError(CloudApiError):
    pass


class RateLimitedError(CloudApiError):
    @property
    def per_recipient(self) -> bool:
        return self.kind is ErrorKind.PAIR_RATE_LIMITED


class ReengagementRequiredError(CloudApiError):
    """131047: the 24-hour customer-service window is closed."""


class InvalidRequestError(CloudApiError):
    pass


class TransientError(CloudApiError):
    pass


class PermanentError(CloudApiError):
    pass


def unexpected_answer(what: Words) -> PermanentError:
    """An answer that is not what the Cloud API documents (a bug on one side, not the user's)."""
    return PermanentError(Words("WhatsApp answered {what}", what=what), kind=ErrorKind.PERMANENT)


class NetworkError(CloudApiError):
    """No answer from the Cloud API. ``uncertain`` means the request may have reached Meta anyway."""

    def __init__(self, message: str | Words, *, uncertain: bool) -> None:
        super().__init__(message, kind=ErrorKind.RETRYABLE)
        self.uncertain = uncertain


class RequestValidationError(InvalidInputError):
    """A request that breaks a documented limit, caught before it is sent. Names the field."""

    def __init__(self, field: str, problem: str | Words, /, **args: Value) -> None:
        said = problem if isinstance(problem, Words) else Words(problem, **args)
        super().__init__("{field}: {problem}", field=field, problem=said)
        self.field = field


class MediaIntegrityError(UserFacingError):
    """Downloaded media whose size or sha256 differs from what the Cloud API announced."""


_CLASS_BY_KIND: dict[ErrorKind, type[CloudApiError]] = {
    ErrorKind.AUTH: TokenExpiredError,
    ErrorKind.PERMISSION: PermissionDeniedError,
    ErrorKind.RATE_LIMITED: RateLimitedError,
    ErrorKind.PAIR_RATE_LIMITED: RateLimitedError,
    ErrorKind.REENGAGEMENT: ReengagementRequiredError,
    ErrorKind.INVALID_REQUEST: InvalidRequestError,
    ErrorKind.RETRYABLE: TransientError,
    ErrorKind.PERMANENT: PermanentError,
}


def from_error_object(
    error: dict[str, Any], *, http_status: int | None = None, retry_after: float | None = None
) -> CloudApiError:
    """Build the typed error from Meta's ``error`` object (synchronous answers, or webhook errors)."""
    code = _int_or_none(error.get("code"))
    kind = classify(code, http_status)
    data = error.get("error_data")
    details = data.get("details") if isinstance(data, dict) else None
    return _CLASS_BY_KIND[kind](
        failure_words(code, kind),
        kind=kind,
        code=code,
        subcode=_int_or_none(error.get("error_subcode")),
        details=details if isinstance(details, str) else None,
        meta_message=error.get("message") if isinstance(error.get("message"), str) else None,
        fbtrace_id=error.get("fbtrace_id") if isinstance(error.get("fbtrace_id"), str) else None,
        http_status=http_status,
        retry_after=retry_after,
    )


def from_response(http_status: int, body: bytes, retry_after_header: str | None = None) -> CloudApiError:
    """The typed error for a non-2xx answer, whether or not its body is Meta's error JSON."""
    retry_after = parse_retry_after(retry_after_header)
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        return from_error_object(payload["error"], http_status=http_status, retry_after=retry_after)
    kind = classify(None, http_status)
    return _CLASS_BY_KIND[kind](
        failure_words(None, kind)
        if kind is not ErrorKind.PERMANENT
        else Words("WhatsApp answered HTTP {status}", status=http_status),
        kind=kind,
        http_status=http_status,
        retry_after=retry_after,
    )


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None  # an HTTP date; Meta sends seconds, so the backoff schedule applies instead
    return seconds if seconds >= 0 else None


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None
