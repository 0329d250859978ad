"""Files under media/ are AES-256-GCM encrypted: nonce, then ciphertext with its tag.

The associated data binds a file to its database row, so a file swapped for another's fails to open.
Writes are atomic (a temporary file renamed into place) and owner-only.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from monggo_desktop.domain.errors import UserFacingError

NONCE_BYTES = 12
MAGIC = b"MPF1"  # Monggo Pinarak file, format 1


class FileIntegrityError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("a media file is damaged or does not belong here: download it again")


def encrypt_to(path: Path, data: bytes, key: bytes, *, associated_data: bytes) -> None:
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, data, MAGIC + associated_data)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + nonce + sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def decrypt_from(path: Path, key: bytes, *, associated_data: bytes) -> bytes:
    blob = path.read_bytes()
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + NONCE_BYTES + 16:
        raise FileIntegrityError()
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES :], MAGIC + associated_data)
    except InvalidTag:
        raise FileIntegrityError() from None
