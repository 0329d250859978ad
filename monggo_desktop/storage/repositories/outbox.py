from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.models import OutboxEntry, OutboxState
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms_required, to_ms

_COLUMNS = "id, message_id, state, attempts, next_attempt_at, last_error, created_at"


def _row_to_entry(row: Row) -> OutboxEntry:
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

    def due_per_recipient(self, now: datetime, *, limit: int = 100) -> list[tuple[OutboxEntry, str]]:
        """The oldest waiting entry of each customer, if it is due, with the customer's number (wa_id digits), or
        their BSUID when they have not shared a number.

        One entry per customer keeps their messages in the order they were written, whatever retries do.
        """
        rows = self._conn.execute(
            f"SELECT {', '.join('o.' + c for c in _COLUMNS.split(', '))}, coalesce(c.phone_e164, c.user_id)"
            " FROM outbox o JOIN messages m ON m.id = o.message_id"
            " JOIN conversations cv ON cv.id = m.conversation_id JOIN contacts c ON c.id = cv.contact_id"
            " WHERE o.state = 'queued' AND o.next_attempt_at <= ? AND o.id = ("
            "   SELECT min(o2.id) FROM outbox o2 JOIN messages m2 ON m2.id = o2.message_id"
            "   JOIN conversations cv2 ON cv2.id = m2.conversation_id"
            "   WHERE cv2.contact_id = cv.contact_id AND o2.state IN ('queued', 'in_flight'))"
            " ORDER BY o.next_attempt_at, o.id LIMIT ?",
            (to_ms(now), limit),
        ).fetchall()
        return [(_row_to_entry(r[:7]), str(r[7]).lstrip("+")) for r in rows]

    def next_attempt_at(self) -> datetime | None:
        row = self._conn.execute("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'").fetchone()
        return from_ms_required(row[0]) if row and row[0] is not None else None

    def in_flight_message_ids(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT message_id FROM outbox WHERE state = 'in_flight'")]

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
        return int(cur.rowcount)

    def remove(self, entry_id: int) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
