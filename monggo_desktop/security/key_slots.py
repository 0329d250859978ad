"""Key slots: the raw database key wrapped for the app-lock passphrase and for the recovery key.

The database is keyed with 32 random bytes. With the app lock on, that key is not in the keyring: it is
in ``vault.json`` wrapped (AES-256-GCM) under a key derived from the lock passphrase with scrypt, so the
passphrase is needed to open the database. The recovery key shown at setup holds a *recovery secret*;
while the database key is still the one made at setup the two are the same, and after a re-key the new
database key is wrapped under the recovery secret too, so the recovery key printed once keeps working.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from monggo_desktop.domain.keys import RAW_KEY_BYTES, RawKey

_NONCE_BYTES = 12
_SALT_BYTES = 16
# About a fifth of a second and 64 MiB on a laptop: slow enough against guessing, quick enough to unlock.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
_LOCK_LABEL = b"monggo-app-lock-v1"
_RECOVERY_LABEL = b"monggo-recovery-v1"


@dataclass(frozen=True, slots=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> WrappedKey:
        return cls(nonce=_unb64(data["nonce"]), ciphertext=_unb64(data["ciphertext"]))


@dataclass(frozen=True, slots=True)
class PassphraseSlot:
    """The database key wrapped under ``scrypt(passphrase, salt)``."""

    salt: bytes
    n: int
    r: int
    p: int
    wrapped: WrappedKey

    def to_json(self) -> dict[str, object]:
        kdf = {"kdf": "scrypt", "salt": _b64(self.salt), "n": self.n, "r": self.r, "p": self.p}
        return {**kdf, **self.wrapped.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PassphraseSlot:
        if data.get("kdf") != "scrypt":
            raise ValueError("unknown key derivation")
        return cls(
            salt=_unb64(str(data["salt"])),
            n=int(str(data["n"])),
            r=int(str(data["r"])),
            p=int(str(data["p"])),
            wrapped=WrappedKey(nonce=_unb64(str(data["nonce"])), ciphertext=_unb64(str(data["ciphertext"]))),
        )


@dataclass(frozen=True, slots=True)
class KeySlots:
    """How the current database key is reached besides the keyring.

    ``lock``: under the app-lock passphrase (None: no app lock). ``recovery``: under the recovery secret
    (None: the database key *is* the recovery secret).
    """

    lock: PassphraseSlot | None = None
    recovery: WrappedKey | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.lock is not None:
            out["lock"] = self.lock.to_json()
        if self.recovery is not None:
            out["recovery"] = self.recovery.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KeySlots:
        lock = data.get("lock")
        recovery = data.get("recovery")
        return cls(
            lock=PassphraseSlot.from_json(lock) if isinstance(lock, dict) else None,
            recovery=WrappedKey.from_json(recovery) if isinstance(recovery, dict) else None,
        )


def lock_slot(key: RawKey, passphrase: str) -> PassphraseSlot:
    salt = secrets.token_bytes(_SALT_BYTES)
    wrapping = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return PassphraseSlot(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, _wrap(key, wrapping, _LOCK_LABEL))


def open_lock_slot(slot: PassphraseSlot, passphrase: str) -> RawKey | None:
    """The database key, or None when the passphrase is not the one the slot was made with."""
    wrapping = _derive(passphrase, slot.salt, slot.n, slot.r, slot.p)
    return _unwrap(slot.wrapped, wrapping, _LOCK_LABEL)


def recovery_slot(key: RawKey, recovery_secret: RawKey) -> WrappedKey | None:
    """The slot for ``key`` under the recovery secret; None when they are the same key."""
    if secrets.compare_digest(key.value, recovery_secret.value):
        return None
    return _wrap(key, recovery_secret.value, _RECOVERY_LABEL)


def open_recovery_slot(slot: WrappedKey | None, recovery_secret: RawKey) -> RawKey | None:
    if slot is None:
        return recovery_secret
    return _unwrap(slot, recovery_secret.value, _RECOVERY_LABEL)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=RAW_KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _wrap(key: RawKey, wrapping: bytes, label: bytes) -> WrappedKey:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(wrapping).encrypt(nonce, key.value, label))


def _unwrap(wrapped: WrappedKey, wrapping: bytes, label: bytes) -> RawKey | None:
    try:
        return RawKey(AESGCM(wrapping).decrypt(wrapped.nonce, wrapped.ciphertext, label))
    except (InvalidTag, ValueError):
        return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
