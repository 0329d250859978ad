"""Documented Cloud API limits (cloud-api.md sections 2, 4, 5 and 11), checked before anything is sent.

Each check raises ``RequestValidationError`` naming the field, so the user sees what to shorten or fix.
"""

from __future__ import annotations

from collections.abc import Sequence

from monggo_desktop.cloud.errors import RequestValidationError
from monggo_desktop.domain import profile

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
VERTICALS = frozenset(profile.VERTICALS)  # the business categories WhatsApp lists

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


def check_length(field: str, value: str | None, maximum: int, *, minimum: int = 0) -> None:
    length = len(value or "")
    if length > maximum:
        raise RequestValidationError(
            field, "at most {most} characters (this has {length})", most=maximum, length=length
        )
    if length < minimum:
        if minimum == 1:
            raise RequestValidationError(field, "is empty")
        raise RequestValidationError(field, "at least {least} characters", least=minimum)


def media_kind_for(mime_type: str) -> str:
    """The message kind a MIME type is sent as; refuses types WhatsApp does not take."""
    base = mime_type.split(";")[0].strip().lower()
    for kind in ("image", "video", "audio", "document", "sticker"):
        if base in MEDIA_TYPES[kind]:
            return kind
    raise RequestValidationError("file", "WhatsApp does not accept files of type {type}", type=base or "unknown")


def check_media(kind: str, mime_type: str, size: int) -> None:
    base = mime_type.split(";")[0].strip().lower()
    allowed = MEDIA_TYPES.get(kind)
    if allowed is None:
        raise RequestValidationError("type", "unknown media kind {kind}", kind=kind)
    if base not in allowed:
        raise RequestValidationError(
            "file", "a {kind} must be one of {types}", kind=kind, types=", ".join(sorted(allowed))
        )
    if size <= 0:
        raise RequestValidationError("file", "is empty")
    if size > allowed[base]:
        raise RequestValidationError(
            "file", "a {kind} of type {type} may be at most {most} KB", kind=kind, type=base, most=allowed[base] // 1000
        )


def check_buttons(buttons: Sequence[tuple[str, str]]) -> None:
    if not 1 <= len(buttons) <= MAX_BUTTONS:
        raise RequestValidationError("buttons", "1 to {most} reply buttons", most=MAX_BUTTONS)
    ids = [b[0] for b in buttons]
    if len(set(ids)) != len(ids):
        raise RequestValidationError("buttons", "each button needs its own id")
    for index, (button_id, title) in enumerate(buttons, start=1):
        check_length(f"button {index} id", button_id, BUTTON_ID, minimum=1)
        check_length(f"button {index} title", title, BUTTON_TITLE, minimum=1)


def check_profile_fields(fields: dict[str, object]) -> None:
    """The business profile's rules (``domain.profile``, the same the profile screen checks as the owner types)."""
    problems = profile.profile_problems(fields)
    if problems:
        raise RequestValidationError(problems[0].name, profile.problem_words(problems[0]))
