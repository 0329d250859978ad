"""``X-Hub-Signature-256``: HMAC-SHA256 of the raw request body, keyed with the app secret, hex-encoded.

Checked over the exact bytes received, before anything is parsed, in constant time.
"""

from __future__ import annotations

import hashlib
import hmac

HEADER = "X-Hub-Signature-256"
PREFIX = "sha256="


def sign(raw_body: bytes, app_secret: str) -> str:
    """The header value Meta sends for ``raw_body``."""
    digest = hmac.new(app_secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()
    return PREFIX + digest


def verify(raw_body: bytes, header_value: str | None, app_secret: str) -> bool:
    """True only if ``header_value`` is the signature of these exact bytes under ``app_secret``."""
    if not header_value or not app_secret:
        return False
    value = header_value.strip()
    if not value.startswith(PREFIX):
        return False
    expected = sign(raw_body, app_secret)
    return hmac.compare_digest(value.encode("ascii", "replace"), expected.encode("ascii"))
