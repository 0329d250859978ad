"""Documented Cloud API limits (cloud-api.md sections 2, 4, 5 and 11), checked before anything is sent.

Each check raises ``RequestValidationError`` naming the field, so the user sees what to shorten or fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from monggo_desktop.cloud.errors import RequestValidationError

TEXT_BODY = 4096
CAPTION = 1024
INTERACTIVE_BODY = 1024
HEADER_TEXT = 60
FOOTER_TEXT = 60
BUTTON_TITLE = 20
BUTTON_ID = 256
MAX_BUTTONS = 3
LIST_BUTTON = 20
SECTION_TITLE = 24
ROW_TITLE = 24
ROW_DESCRIPTION = 72
ROW_ID = 200
MAX_SECTIONS = 10
MAX_ROWS = 10
CALLBACK_DATA = 512
PROFILE_ABOUT = 139
PROFILE_ADDRESS = 256
PROFILE_DESCRIPTION = 512
PROFILE_EMAIL = 128
PROFILE_WEBSITE = 256
PROFILE_WEBSITES = 2

VERTICALS = frozenset(
    [
        "UNDEFINED",
        "OTHER",
        "AUTO",
        "BEAUTY",
        "APPAREL",
        "EDU",
        "ENTERTAIN",
        "EVENT_PLAN",
        "FINANCE",
        "GROCERY",
        "GOVT",
        "HOTEL",
        "HEALTH",
        "NONPROFIT",
        "PROF_SERVICES",
        "RETAIL",
        "TRAVEL",
        "RESTAURANT",
        "NOT_A_BIZ",
    ]
)

MB = 1_000_000  # Meta's limits are in decimal megabytes; staying under them is the safe reading
MEDIA_TYPES: dict[str, dict[str, int]] = {
    "audio": {m: 16 * MB for m in ("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg")},
    "document": {
        m: 100 * MB
        for m in (
            "text/plain",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        )
    },
    "image": {"image/jpeg": 5 * MB, "image/png": 5 * MB},
    "sticker": {"image/webp": 500_000},  # 100 KB static, 500 KB animated: the larger bound here
    "video": {"video/mp4": 16 * MB, "video/3gpp": 16 * MB},
}
RESUMABLE_UPLOAD_TYPES = frozenset({"application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_length(field: str, value: str | None, maximum: int, *, minimum: int = 0) -> None:
    length = len(value or "")
    if length > maximum:
        raise RequestValidationError(field, f"at most {maximum} characters (this has {length})")
    if length < minimum:
        raise RequestValidationError(field, "is empty" if minimum == 1 else f"at least {minimum} characters")


def media_kind_for(mime_type: str) -> str:
    """The message kind a MIME type is sent as; refuses types WhatsApp does not take."""
    base = mime_type.split(";")[0].strip().lower()
    for kind in ("image", "video", "audio", "document", "sticker"):
        if base in MEDIA_TYPES[kind]:
            return kind
    raise RequestValidationError("file", f"WhatsApp does not accept files of type {base or 'unknown'}")


def check_media(kind: str, mime_type: str, size: int) -> None:
    base = mime_type.split(";")[0].strip().lower()
    allowed = MEDIA_TYPES.get(kind)
    if allowed is None:
        raise RequestValidationError("type", f"unknown media kind {kind}")
    if base not in allowed:
        raise RequestValidationError("file", f"a {kind} must be one of {', '.join(sorted(allowed))}")
    if size <= 0:
        raise RequestValidationError("file", "is empty")
    if size > allowed[base]:
        raise RequestValidationError("file", f"a {kind} of type {base} may be at most {allowed[base] // 1000} KB")


def check_buttons(buttons: Sequence[tuple[str, str]]) -> None:
    if not 1 <= len(buttons) <= MAX_BUTTONS:
        raise RequestValidationError("buttons", f"1 to {MAX_BUTTONS} reply buttons")
    ids = [b[0] for b in buttons]
    if len(set(ids)) != len(ids):
        raise RequestValidationError("buttons", "each button needs its own id")
    for index, (button_id, title) in enumerate(buttons, start=1):
        check_length(f"button {index} id", button_id, BUTTON_ID, minimum=1)
        check_length(f"button {index} title", title, BUTTON_TITLE, minimum=1)


def check_profile_fields(fields: dict[str, object]) -> None:
    about = fields.get("about")
    if about is not None:
        check_length("about", str(about), PROFILE_ABOUT, minimum=1)
    if fields.get("address") is not None:
        check_length("address", str(fields["address"]), PROFILE_ADDRESS)
    if fields.get("description") is not None:
        check_length("description", str(fields["description"]), PROFILE_DESCRIPTION)
    email = fields.get("email")
    if email is not None and email != "":
        check_length("email", str(email), PROFILE_EMAIL)
        if not _EMAIL.match(str(email)):
            raise RequestValidationError("email", "is not an e-mail address")
    websites = fields.get("websites")
    if websites is not None:
        if not isinstance(websites, list | tuple) or len(websites) > PROFILE_WEBSITES:
            raise RequestValidationError("websites", f"at most {PROFILE_WEBSITES} addresses")
        for index, site in enumerate(websites, start=1):
            check_length(f"website {index}", str(site), PROFILE_WEBSITE, minimum=1)
            parts = urlsplit(str(site))
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise RequestValidationError(f"website {index}", "must start with http:// or https://")
    vertical = fields.get("vertical")
    if vertical is not None and vertical not in VERTICALS:
        raise RequestValidationError("vertical", "must be one of the categories WhatsApp lists")
