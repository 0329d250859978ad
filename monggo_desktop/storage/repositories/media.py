from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.models import DownloadState, MediaRef
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms_required, to_ms

_COLUMNS = "id, meta_media_id, mime_type, sha256, file_size, filename, local_path, key_id, download_state, created_at"


def _row_to_media(row: Row) -> MediaRef:
    return MediaRef(
        id=row[0],
        meta_media_id=row[1],
        mime_type=row[2],
        sha256=row[3],
        file_size=row[4],
        filename=row[5],
        local_path=row[6],
        key_id=row[7],
        download_state=DownloadState(row[8]),
        created_at=from_ms_required(row[9]),
    )


class MediaRepository(Repository):
    def add(self, media: MediaRef) -> MediaRef:
        with self._transaction():
            cur = self._conn.execute(
                f"INSERT INTO media ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    media.meta_media_id,
                    media.mime_type,
                    media.sha256,
                    media.file_size,
                    media.filename,
                    media.local_path,
                    media.key_id,
                    media.download_state.value,
                    to_ms(media.created_at),
                ),
            )
            if media.download_state is DownloadState.PENDING:
                self._conn.execute(
                    "UPDATE media SET next_attempt_at = ? WHERE id = ?", (to_ms(media.created_at), cur.lastrowid)
                )
        media.id = cur.lastrowid
        return media

    def get(self, media_id: int) -> MediaRef | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM media WHERE id = ?", (media_id,)).fetchone()
        return _row_to_media(row) if row else None

    def set_meta_media_id(self, media_id: int, meta_media_id: str) -> None:
        with self._transaction():
            self._conn.execute("UPDATE media SET meta_media_id = ? WHERE id = ?", (meta_media_id, media_id))

    def set_stored(self, media_id: int, local_path: str, key_id: int, *, sha256: str, size: int) -> None:
        """The file is on disk, encrypted: the download (or the outbound copy) is complete."""
        with self._transaction():
            self._conn.execute(
                "UPDATE media SET local_path = ?, key_id = ?, sha256 = coalesce(sha256, ?), file_size = ?,"
                " download_state = CASE download_state WHEN 'none' THEN 'none' ELSE 'done' END,"
                " next_attempt_at = NULL, last_error = NULL WHERE id = ?",
                (local_path, key_id, sha256, size, media_id),
            )

    def due_downloads(self, now: datetime, *, limit: int = 20) -> list[MediaRef]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM media WHERE download_state = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (to_ms(now), limit),
        ).fetchall()
        return [_row_to_media(r) for r in rows]

    def next_download_at(self) -> datetime | None:
        row = self._conn.execute("SELECT min(next_attempt_at) FROM media WHERE download_state = 'pending'").fetchone()
        return from_ms_required(row[0]) if row and row[0] is not None else None

    def download_failed(self, media_id: int, error: str, *, retry_at: datetime | None) -> None:
        """Count a failed attempt; with no ``retry_at`` the download is given up and shown as failed."""
        with self._transaction():
            self._conn.execute(
                "UPDATE media SET download_attempts = download_attempts + 1, last_error = ?,"
                " next_attempt_at = ?, download_state = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END"
                " WHERE id = ?",
                (error, to_ms(retry_at), to_ms(retry_at), media_id),
            )

    def attempts(self, media_id: int) -> int:
        row = self._conn.execute("SELECT download_attempts FROM media WHERE id = ?", (media_id,)).fetchone()
        return int(row[0]) if row else 0

    def delete(self, media_id: int) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM media WHERE id = ?", (media_id,))
