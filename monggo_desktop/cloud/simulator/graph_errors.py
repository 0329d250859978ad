"""Graph API error answers, shaped as Meta sends them (cloud-api.md section 9)."""

from __future__ import annotations

import secrets
import time
from typing import Any

ERROR_CODES_HREF = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"

REENGAGEMENT_DETAILS = (
    "Message failed to send because more than 24 hours have passed since the customer last replied to this number."
)
PAIR_LIMIT_DETAILS = (
    "Message failed to send because there were too many messages sent from this phone number to the same "
    "phone number in a short period of time."
)
THROUGHPUT_DETAILS = (
    "Message failed to send because there were too many messages sent from this phone number in a short period of time."
)


def fbtrace_id() -> str:
    return "A" + secrets.token_urlsafe(16)[:22]


class GraphError(Exception):
    """An error answer: raised anywhere in a handler, turned into JSON by the server's middleware."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        http_status: int = 400,
        type_: str = "OAuthException",
        details: str | None = None,
        subcode: int | None = None,
        is_transient: bool | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.http_status = http_status
        self.type = type_
        self.details = details
        self.subcode = subcode
        self.is_transient = is_transient
        self.headers = dict(headers or {})

    def body(self, trace_id: str) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.details is not None:
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.details}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.is_transient is not None:
            error["is_transient"] = self.is_transient
        error["fbtrace_id"] = trace_id
        return {"error": error}

    def as_webhook_error(self) -> dict[str, Any]:
        """The same error as it appears in a ``failed`` status or a value-level ``errors`` item."""
        title = self.message.split(") ", 1)[-1]
        return {
            "code": self.code,
            "title": title,
            "message": title,
            "error_data": {"details": self.details or title},
            "href": ERROR_CODES_HREF,
        }


# Access tokens (code 190). Meta answers these with HTTP 401 and a WWW-Authenticate header.


def _token_error(message: str, subcode: int | None = None) -> GraphError:
    challenge = f'OAuth "Facebook Platform" "invalid_token" "{message}"'
    return GraphError(190, message, http_status=401, subcode=subcode, headers={"WWW-Authenticate": challenge})


def missing_token() -> GraphError:
    return _token_error("An active access token must be used to query information about the current user.")


def invalid_token() -> GraphError:
    return _token_error("Invalid OAuth access token - Cannot parse access token")


def expired_token(expired_at: float | None = None, now: float | None = None) -> GraphError:
    """190 / 463; with both times, Meta's sentence names them (else a fixed example of it)."""
    if expired_at is None or now is None:
        return _token_error(
            "Error validating access token: Session has expired on Tuesday, 01-Aug-23 11:00:00 PDT. "
            "The current time is Tuesday, 01-Aug-23 12:00:00 PDT.",
            subcode=463,
        )
    return _token_error(expired_message(expired_at, now), subcode=463)


def expired_message(expired_at: float, now: float) -> str:
    # Meta writes Pacific time ("… 07:45:51 PST"); UTC here, without a time-zone database.
    return (
        f"Error validating access token: Session has expired on {_when(expired_at)}. The current time is {_when(now)}."
    )


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _when(seconds: float) -> str:
    # By hand: strftime's %A and %b follow the process locale, and Meta's words are English.
    t = time.gmtime(seconds)
    return (
        f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d}-{_MONTHS[t.tm_mon - 1]}-{t.tm_year % 100:02d} "
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} UTC"
    )


def missing_permission(scope: str) -> GraphError:
    """The token reaches the WABA, but not with the permission this call needs (code 200, HTTP 403)."""
    return GraphError(200, f"(#200) Requires {scope} permission", http_status=403)


# Paths and objects.


def unsupported_request(method: str, node: str) -> GraphError:
    return GraphError(
        100,
        f"Unsupported {method.lower()} request. Object with ID '{node}' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation. Please read the Graph API documentation at "
        "https://developers.facebook.com/docs/graph-api",
        type_="GraphMethodException",
        subcode=33,
    )


def unknown_path(path: str) -> GraphError:
    return GraphError(2500, f"Unknown path components: {path}")


def nonexisting_field(field: str, node_type: str) -> GraphError:
    return GraphError(100, f"(#100) Tried accessing nonexisting field ({field}) on node type ({node_type})")


# Parameters.


def param_error(details: str, message: str = "(#100) Invalid parameter") -> GraphError:
    return GraphError(100, message, details=details)


def too_long(param: str, limit: int) -> GraphError:
    text = f"Param {param} must be at most {limit} characters long."
    return GraphError(100, f"(#100) {text}", details=text)


def required(param: str) -> GraphError:
    text = f"The parameter {param} is required."
    return GraphError(100, f"(#100) {text}", details=text)


def missing_value(details: str) -> GraphError:
    return GraphError(131008, "(#131008) Required parameter is missing", details=details)


def invalid_value(details: str) -> GraphError:
    return GraphError(131009, "(#131009) Parameter value is not valid", details=details)


# Limits and platform state.


def _retry_after(seconds: int | None) -> dict[str, str]:
    return {} if seconds is None else {"Retry-After": str(seconds)}


def throughput_limited(retry_after: int | None) -> GraphError:
    return GraphError(
        130429,
        "(#130429) Rate limit hit",
        http_status=429,
        details=THROUGHPUT_DETAILS,
        headers=_retry_after(retry_after),
    )


def pair_limited(retry_after: int | None) -> GraphError:
    return GraphError(
        131056,
        "(#131056) (Business Account, Consumer Account) pair rate limit hit",
        details=PAIR_LIMIT_DETAILS,
        headers=_retry_after(retry_after),
    )


def bsuid_not_supported() -> GraphError:
    return GraphError(
        131062,
        "(#131062) Business-scoped User ID (BSUID) recipients are not supported for this message.",
        details="Authentication templates cannot be sent to a business-scoped user ID: use the phone number.",
    )


def reengagement() -> GraphError:
    return GraphError(131047, "(#131047) Re-engagement message", details=REENGAGEMENT_DETAILS)


def server_error(nth: int) -> GraphError:
    """Alternates between the two transient platform errors, so a client meets both."""
    if nth % 2 == 0:
        return GraphError(1, "An unknown error occurred", http_status=500, is_transient=True)
    return GraphError(
        2, "An unexpected error has occurred. Please retry your request later.", http_status=503, is_transient=True
    )


def media_upload_error(details: str) -> GraphError:
    return GraphError(131053, "(#131053) Media upload error", details=details)


# Webhook registration (cloud-api.md section 8b).


def app_token_required() -> GraphError:
    return GraphError(15, "(#15) This method must be called with an app access_token.")


def invalid_app_token() -> GraphError:
    return _token_error("Invalid OAuth access token signature.")


def override_needs_subscription() -> GraphError:
    # Meta's words, as chatwoot PR #13279 quotes them.
    return GraphError(
        100,
        "(#100) Before override the current callback uri, your app must be subscribed to receive messages for "
        "WhatsApp Business Account",
    )


def callback_verification_failed(errors: str) -> GraphError:
    # e.g. "HTTP Status Code = 404; HTTP Message = Not Found" (chatwoot #14738 and others).
    return GraphError(2200, f"(#2200) Callback verification failed with the following errors: {errors}")


_REFUSALS: dict[int, tuple[str, int]] = {
    10: ("(#10) Application does not have permission for this action", 403),
    100: ("(#100) Invalid parameter", 400),
    200: ("(#200) Permissions error", 403),
    2200: ("(#2200) Callback verification failed with the following errors: refused by the simulator", 400),
}


def registration_refused(code: int) -> GraphError:
    """The error the ``refuse_webhook_registration_code`` fault switch asks for."""
    if code == 190:
        return invalid_token()
    message, status = _REFUSALS.get(code, (f"(#{code}) The simulator refused this webhook registration", 400))
    return GraphError(code, message, http_status=status)
