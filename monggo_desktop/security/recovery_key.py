"""The recovery key: the database key written for people, shown once at setup.

32 key bytes plus a 2-byte checksum, in base32, as 11 groups of 5 characters. Reading it back forgives
case, spaces, dashes and the usual look-alikes (0/O, 1/I, 8/B), and the checksum catches typos.
"""

from __future__ import annotations

import base64
import hashlib

from monggo_desktop.domain.errors import InvalidRecoveryKeyError
from monggo_desktop.domain.keys import RAW_KEY_BYTES, RawKey

_CHECKSUM_BYTES = 2
_GROUP = 5
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"monggo-recovery-key\x00" + key).digest()[:_CHECKSUM_BYTES]


def encode(key: RawKey) -> str:
    text = base64.b32encode(key.value + _checksum(key.value)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def decode(text: str) -> RawKey:
    compact = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    padded = compact + "=" * (-len(compact) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        raise InvalidRecoveryKeyError() from None
    if len(raw) != RAW_KEY_BYTES + _CHECKSUM_BYTES:
        raise InvalidRecoveryKeyError()
    key, checksum = raw[:RAW_KEY_BYTES], raw[RAW_KEY_BYTES:]
    if _checksum(key) != checksum:
        raise InvalidRecoveryKeyError()
    return RawKey(key)
