from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms_required, to_ms


@dataclass(frozen=True, slots=True)
class PendingStatus:
    id: int
    wamid: str
    local_message_id: int | None
    status: MessageStatus
    occurred_at: datetime
    error_code: int | None
    error_title: str | None


class PendingStatusRepository(Repository):
    """Statuses that arrived before their message was stored; applied as soon as it is."""

    def add(
        self,
        wamid: str,
        status: MessageStatus,
        occurred_at: datetime,
        received_at: datetime,
        *,
        local_message_id: int | None = None,
        error_code: int | None = None,
        error_title: str | None = None,
    ) -> None:
        with self._transaction():
            self._conn.execute(
                "INSERT INTO pending_statuses (wamid, local_message_id, status, occurred_at, error_code, error_title,"
                " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    wamid,
                    local_message_id,
                    status.value,
                    to_ms(occurred_at),
                    error_code,
                    error_title,
                    to_ms(received_at),
                ),
            )

    def take_for(self, wamid: str | None, local_message_id: int | None) -> list[PendingStatus]:
        """Remove and return the statuses waiting for this message (by wamid or by our own id)."""
        with self._transaction():
            rows = self._conn.execute(
                "SELECT id, wamid, local_message_id, status, occurred_at, error_code, error_title"
                " FROM pending_statuses WHERE wamid = ? OR local_message_id = ? ORDER BY occurred_at, id",
                (wamid, local_message_id),
            ).fetchall()
            if rows:
                self._conn.executemany("DELETE FROM pending_statuses WHERE id = ?", [(r[0],) for r in rows])
        return [PendingStatus(r[0], r[1], r[2], MessageStatus(r[3]), from_ms_required(r[4]), r[5], r[6]) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM pending_statuses").fetchone()[0])
