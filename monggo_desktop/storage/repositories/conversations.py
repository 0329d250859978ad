from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.models import Conversation, utc_now
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

_COLUMNS = "id, account_id, contact_id, unread_count, last_inbound_at, last_message_at, archived, pinned, created_at"


def _row_to_conversation(row: Row) -> Conversation:
    return Conversation(
        id=row[0],
        account_id=row[1],
        contact_id=row[2],
        unread_count=row[3],
        last_inbound_at=from_ms(row[4]),
        last_message_at=from_ms(row[5]),
        archived=bool(row[6]),
        pinned=bool(row[7]),
        created_at=from_ms_required(row[8]),
    )


class ConversationRepository(Repository):
    def get_or_create(self, account_id: int, contact_id: int) -> Conversation:
        with self._transaction():
            self._conn.execute(
                "INSERT OR IGNORE INTO conversations (account_id, contact_id, created_at) VALUES (?, ?, ?)",
                (account_id, contact_id, to_ms(utc_now())),
            )
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM conversations WHERE account_id = ? AND contact_id = ?",
                (account_id, contact_id),
            ).fetchone()
        return _row_to_conversation(row)

    def get(self, conversation_id: int) -> Conversation | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return _row_to_conversation(row) if row else None

    def recent(self, *, limit: int = 200, include_archived: bool = False) -> list[Conversation]:
        """Pinned first, then newest activity first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM conversations WHERE (? OR archived = 0)"
            " ORDER BY pinned DESC, last_message_at DESC, id DESC LIMIT ?",
            (int(include_archived), limit),
        ).fetchall()
        return [_row_to_conversation(r) for r in rows]

    def record_inbound(self, conversation_id: int, at: datetime) -> None:
        """A customer wrote: one more unread, and the 24-hour window reopens from ``at``."""
        with self._transaction():
            self._conn.execute(
                "UPDATE conversations SET unread_count = unread_count + 1,"
                " last_inbound_at = max(coalesce(last_inbound_at, 0), ?),"
                " last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?",
                (to_ms(at), to_ms(at), conversation_id),
            )

    def record_inbound_batch(
        self, conversation_id: int, unread: int, last_inbound_at: datetime, last_message_at: datetime | None
    ) -> None:
        """Several customer messages at once (one ingest batch): ``unread`` more unread, the 24-hour window
        reopened from ``last_inbound_at``; ``last_message_at`` is None when all of them were reactions."""
        if last_message_at is None:
            self.refresh_window(conversation_id, last_inbound_at)
            return
        with self._transaction():
            self._conn.execute(
                "UPDATE conversations SET unread_count = unread_count + ?,"
                " last_inbound_at = max(coalesce(last_inbound_at, 0), ?),"
                " last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?",
                (unread, to_ms(last_inbound_at), to_ms(last_message_at), conversation_id),
            )

    def refresh_window(self, conversation_id: int, at: datetime) -> None:
        """A customer message that is not a new unread one (a reaction) still reopens the 24-hour window."""
        with self._transaction():
            self._conn.execute(
                "UPDATE conversations SET last_inbound_at = max(coalesce(last_inbound_at, 0), ?) WHERE id = ?",
                (to_ms(at), conversation_id),
            )

    def record_outbound(self, conversation_id: int, at: datetime) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE conversations SET last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?",
                (to_ms(at), conversation_id),
            )

    def mark_read(self, conversation_id: int) -> None:
        with self._transaction():
            self._conn.execute("UPDATE conversations SET unread_count = 0 WHERE id = ?", (conversation_id,))

    def set_flags(self, conversation_id: int, *, archived: bool | None = None, pinned: bool | None = None) -> None:
        with self._transaction():
            if archived is not None:
                self._conn.execute(
                    "UPDATE conversations SET archived = ? WHERE id = ?", (int(archived), conversation_id)
                )
            if pinned is not None:
                self._conn.execute("UPDATE conversations SET pinned = ? WHERE id = ?", (int(pinned), conversation_id))
