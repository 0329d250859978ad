from __future__ import annotations

import secrets

from monggo_desktop.domain.models import utc_now
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import to_ms

FILE_KEY_BYTES = 32


class FileKeyRepository(Repository):
    """AES-256-GCM keys for media files. Kept only inside the encrypted database."""

    def current(self) -> tuple[int, bytes]:
        """The newest key, made on first use."""
        with self._transaction():
            row = self._conn.execute("SELECT id, key FROM file_keys ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                key = secrets.token_bytes(FILE_KEY_BYTES)
                cur = self._conn.execute(
                    "INSERT INTO file_keys (key, created_at) VALUES (?, ?)", (key, to_ms(utc_now()))
                )
                return int(cur.lastrowid), key
        return int(row[0]), bytes(row[1])

    def get(self, key_id: int) -> bytes | None:
        row = self._conn.execute("SELECT key FROM file_keys WHERE id = ?", (key_id,)).fetchone()
        return bytes(row[0]) if row else None
