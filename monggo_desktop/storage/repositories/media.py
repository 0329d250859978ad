from __future__ import annotations

from monggo_desktop.domain.models import MediaRef
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms_required, to_ms

_COLUMNS = "id, meta_media_id, mime_type, sha256, file_size, filename, local_path, created_at"


class MediaRepository(Repository):
    def add(self, media: MediaRef) -> MediaRef:
        with self._transaction():
            cur = self._conn.execute(
                f"INSERT INTO media ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
                (
                    media.meta_media_id,
                    media.mime_type,
                    media.sha256,
                    media.file_size,
                    media.filename,
                    media.local_path,
                    to_ms(media.created_at),
                ),
            )
        media.id = cur.lastrowid
        return media

    def get(self, media_id: int) -> MediaRef | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM media WHERE id = ?", (media_id,)).fetchone()
        if row is None:
            return None
        return MediaRef(
            id=row[0],
            meta_media_id=row[1],
            mime_type=row[2],
            sha256=row[3],
            file_size=row[4],
            filename=row[5],
            local_path=row[6],
            created_at=from_ms_required(row[7]),
        )

    def set_local_path(self, media_id: int, local_path: str | None) -> None:
        with self._transaction():
            self._conn.execute("UPDATE media SET local_path = ? WHERE id = ?", (local_path, media_id))

    def delete(self, media_id: int) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM media WHERE id = ?", (media_id,))
