from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.models import OutboxEntry, OutboxState
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms_required, to_ms

_COLUMNS = "id, message_id, state, attempts, next_attempt_at, last_error, created_at"


def _row_to_entry(row: tuple) -> OutboxEntry:
    return OutboxEntry(
        id=row[0],
        message_id=row[1],
        state=OutboxState(row[2]),
        attempts=row[3],
        next_attempt_at=from_ms_required(row[4]),
        last_error=row[5],
        created_at=from_ms_required(row[6]),
    )


class OutboxRepository(Repository):
    def add(self, entry: OutboxEntry) -> OutboxEntry:
        with self._transaction():
            cur = self._conn.execute(
                f"INSERT INTO outbox ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?)",
                (
                    entry.message_id,
                    entry.state.value,
                    entry.attempts,
                    to_ms(entry.next_attempt_at),
                    entry.last_error,
                    to_ms(entry.created_at),
                ),
            )
        entry.id = cur.lastrowid
        return entry

    def due(self, now: datetime, *, limit: int = 50) -> list[OutboxEntry]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (to_ms(now), limit),
        ).fetchall()
        return [_row_to_entry(r) for r in rows]

    def get_for_message(self, message_id: int) -> OutboxEntry | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
        return _row_to_entry(row) if row else None

    def set_state(
        self,
        entry_id: int,
        state: OutboxState,
        *,
        next_attempt_at: datetime | None = None,
        last_error: str | None = None,
        count_attempt: bool = False,
    ) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE outbox SET state = ?, next_attempt_at = coalesce(?, next_attempt_at),"
                " last_error = coalesce(?, last_error), attempts = attempts + ? WHERE id = ?",
                (state.value, to_ms(next_attempt_at), last_error, int(count_attempt), entry_id),
            )

    def mark_in_flight_uncertain(self) -> int:
        """After a crash, entries that were in flight may or may not have reached Meta."""
        with self._transaction():
            cur = self._conn.execute("UPDATE outbox SET state = 'uncertain' WHERE state = 'in_flight'")
        return cur.rowcount

    def remove(self, entry_id: int) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
