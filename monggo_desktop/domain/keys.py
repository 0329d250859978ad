"""What unlocks the database: a raw 256-bit key from the keyring, or the user's passphrase.

Both hide their value from ``repr`` so that a key never ends up in a log line or a traceback.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

RAW_KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class RawKey:
    """32 random bytes, used as a raw SQLCipher key (no KDF at every start)."""

    value: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.value) != RAW_KEY_BYTES:
            raise ValueError("a raw database key is 32 bytes")

    @classmethod
    def generate(cls) -> RawKey:
        return cls(secrets.token_bytes(RAW_KEY_BYTES))

    @classmethod
    def from_hex(cls, text: str) -> RawKey:
        return cls(bytes.fromhex(text))

    def hex(self) -> str:
        return self.value.hex()


@dataclass(frozen=True, slots=True)
class Passphrase:
    """A passphrase that keys SQLCipher through its own KDF (passphrase mode)."""

    value: str = field(repr=False)


DatabaseKey = RawKey | Passphrase
