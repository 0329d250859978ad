"""Media files on disk: encrypted with a key from the database, named by their row id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from monggo_desktop.domain.models import MediaRef
from monggo_desktop.security.file_crypto import FileIntegrityError, decrypt_from, encrypt_to
from monggo_desktop.storage import Store


def file_name(media_id: int) -> str:
    return f"{media_id:010d}.bin"


def _associated_data(media_id: int) -> bytes:
    return f"media:{media_id}".encode()


def store_media(store: Store, media_dir: Path, media_id: int, data: bytes) -> None:
    """Encrypt ``data`` to media/<id>.bin and record it. Runs on the database thread."""
    key_id, key = store.file_keys.current()
    name = file_name(media_id)
    encrypt_to(media_dir / name, data, key, associated_data=_associated_data(media_id))
    store.media.set_stored(media_id, name, key_id, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


@dataclass(frozen=True, slots=True)
class StoredFile:
    """Where a media file is and the key that opens it: found on the database thread, decrypted elsewhere."""

    path: Path
    key: bytes = field(repr=False)
    associated_data: bytes

    def decrypt(self) -> bytes:
        if not self.path.exists():
            raise FileIntegrityError()
        return decrypt_from(self.path, self.key, associated_data=self.associated_data)


def locate_media(store: Store, media_dir: Path, media: MediaRef) -> StoredFile:
    if media.id is None or media.local_path is None or media.key_id is None:
        raise FileIntegrityError()
    key = store.file_keys.get(media.key_id)
    if key is None:
        raise FileIntegrityError()
    return StoredFile(media_dir / Path(media.local_path).name, key, _associated_data(media.id))


def read_media(store: Store, media_dir: Path, media: MediaRef) -> bytes:
    return locate_media(store, media_dir, media).decrypt()
