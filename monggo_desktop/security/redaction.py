"""Log redaction: tokens, phone numbers and e-mail addresses never reach a log line.

Applied as a logging filter on every handler, to the final message and to exception text, so that a
careless ``log.info("%s", thing)`` anywhere cannot leak them. Names and message text are never logged
in the first place; this is the net under that rule.
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"
_PATTERNS = (
    re.compile(r"(?i)\b(bearer|oauth)\s+[A-Za-z0-9._~+/=-]{8,}"),  # Authorization header values
    re.compile(r"\bEAA[A-Za-z0-9]{12,}"),  # Meta access tokens
    re.compile(r"(?i)\b(access_token|app_secret|verify_token|hub\.verify_token|password|passphrase)=[^&\s]+"),
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail addresses
    re.compile(r"\+?\d[\d\s().-]{6,}\d"),  # phone numbers, wa_ids and other long digit runs
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(_replacement, text)
    return text


def _replacement(match: re.Match[str]) -> str:
    prefix = match.group(1) if match.re.groups else None
    if prefix and "=" in match.group(0):
        return f"{prefix}={REDACTED}"
    if prefix:
        return f"{prefix} {REDACTED}"
    return REDACTED


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (arguments merged) and exception text before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
