from __future__ import annotations

import json
from datetime import datetime

from monggo_desktop.domain.models import Direction, Message
from monggo_desktop.domain.status import MessageStatus, advance
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

_COLUMNS = (
    "id, conversation_id, wamid, direction, type, body, media_id, status, created_at, sent_at, delivered_at,"
    " read_at, played_at, failed_at, error_code, error_title, reply_to_wamid, reaction_to_wamid,"
    " reaction_emoji, payload, edited_at, revoked_at"
)
_STATUS_TIME_COLUMN = {
    MessageStatus.SENT: "sent_at",
    MessageStatus.DELIVERED: "delivered_at",
    MessageStatus.READ: "read_at",
    MessageStatus.PLAYED: "played_at",
    MessageStatus.FAILED: "failed_at",
}
MIN_TRIGRAM_QUERY = 3  # the trigram tokenizer cannot match fewer characters
# The newest matches by rowid that are sorted by time: generous, for history imported out of order.
SEARCH_WINDOW = 10
SEARCH_WINDOW_MIN = 500


def _row_to_message(row: Row) -> Message:
    return Message(
        id=row[0],
        conversation_id=row[1],
        wamid=row[2],
        direction=Direction(row[3]),
        type=row[4],
        body=row[5],
        media_id=row[6],
        status=MessageStatus(row[7]),
        created_at=from_ms_required(row[8]),
        sent_at=from_ms(row[9]),
        delivered_at=from_ms(row[10]),
        read_at=from_ms(row[11]),
        played_at=from_ms(row[12]),
        failed_at=from_ms(row[13]),
        error_code=row[14],
        error_title=row[15],
        reply_to_wamid=row[16],
        reaction_to_wamid=row[17],
        reaction_emoji=row[18],
        payload=json.loads(row[19]) if row[19] else None,
        edited_at=from_ms(row[20]),
        revoked_at=from_ms(row[21]),
    )


class MessageRepository(Repository):
    def add(self, message: Message) -> Message | None:
        """Store a message. A message whose wamid is already stored is not stored again: returns None."""
        with self._transaction():
            cur = self._conn.execute(
                f"INSERT OR IGNORE INTO messages ({_COLUMNS}) VALUES"
                " (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message.conversation_id,
                    message.wamid,
                    message.direction.value,
                    message.type,
                    message.body,
                    message.media_id,
                    message.status.value,
                    to_ms(message.created_at),
                    to_ms(message.sent_at),
                    to_ms(message.delivered_at),
                    to_ms(message.read_at),
                    to_ms(message.played_at),
                    to_ms(message.failed_at),
                    message.error_code,
                    message.error_title,
                    message.reply_to_wamid,
                    message.reaction_to_wamid,
                    message.reaction_emoji,
                    json.dumps(message.payload, ensure_ascii=False) if message.payload is not None else None,
                    to_ms(message.edited_at),
                    to_ms(message.revoked_at),
                ),
            )
        if cur.rowcount == 0:
            return None
        message.id = cur.lastrowid
        return message

    def get(self, message_id: int) -> Message | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM messages WHERE id = ?", (message_id,)).fetchone()
        return _row_to_message(row) if row else None

    def conversation_of_media(self, media_id: int) -> int | None:
        """The conversation whose message holds this media file (indexed by media)."""
        row = self._conn.execute(
            "SELECT conversation_id FROM messages WHERE media_id = ? LIMIT 1", (media_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def edit(self, message_id: int, body: str | None, payload: dict[str, object] | None, at: datetime) -> None:
        """The customer edited the message: its content is replaced (no earlier version is kept)."""
        with self._transaction():
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 1)")
            self._conn.execute(
                "UPDATE messages SET body = ?, payload = ?, edited_at = ? WHERE id = ?",
                (body, json.dumps(payload, ensure_ascii=False) if payload is not None else None, to_ms(at), message_id),
            )
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 0)")

    def fill(
        self, message_id: int, kind: str, body: str | None, media_id: int | None, payload: dict[str, object] | None
    ) -> None:
        """A placeholder becomes the message it stood for (a past message whose media came later)."""
        with self._transaction():
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 1)")
            self._conn.execute(
                "UPDATE messages SET type = ?, body = ?, media_id = ?, payload = ? WHERE id = ?",
                (
                    kind,
                    body,
                    media_id,
                    json.dumps(payload, ensure_ascii=False) if payload is not None else None,
                    message_id,
                ),
            )
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 0)")

    def change_reaction(self, message_id: int, emoji: str, at: datetime) -> None:
        """A reaction changed or taken back (empty) under its own id."""
        with self._transaction():
            self._conn.execute(
                "UPDATE messages SET reaction_emoji = ?, created_at = ? WHERE id = ?", (emoji, to_ms(at), message_id)
            )

    def set_payload(self, message_id: int, payload: dict[str, object]) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE messages SET payload = ? WHERE id = ?", (json.dumps(payload, ensure_ascii=False), message_id)
            )

    def revoke(self, message_id: int, at: datetime) -> int | None:
        """The customer deleted the message: its text, details and file reference go, its words leave the
        search index's pages at once; the row stays so the chat can say it was deleted. Returns the media id
        it had."""
        with self._transaction():
            row = self._conn.execute("SELECT media_id FROM messages WHERE id = ?", (message_id,)).fetchone()
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 1)")
            self._conn.execute(
                "UPDATE messages SET body = NULL, payload = NULL, media_id = NULL, edited_at = NULL, revoked_at = ?"
                " WHERE id = ?",
                (to_ms(at), message_id),
            )
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 0)")
        return row[0] if row else None

    def get_by_wamid(self, wamid: str) -> Message | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM messages WHERE wamid = ?", (wamid,)).fetchone()
        return _row_to_message(row) if row else None

    def set_wamid(self, message_id: int, wamid: str) -> None:
        with self._transaction():
            self._conn.execute("UPDATE messages SET wamid = ? WHERE id = ?", (wamid, message_id))

    def reset_for_resend(self, message_id: int) -> None:
        """Back to pending, without the old error: the user chose to send it again."""
        with self._transaction():
            self._conn.execute(
                "UPDATE messages SET status = 'pending', error_code = NULL, error_title = NULL, failed_at = NULL"
                " WHERE id = ?",
                (message_id,),
            )

    def mark_failed(self, message_id: int, at: datetime, code: int | None, reason: str) -> None:
        """A send refused for good (by the API, or before it): failed, with the reason the user will see."""
        with self._transaction():
            self._conn.execute(
                "UPDATE messages SET status = 'failed', failed_at = ?, error_code = ?, error_title = ?"
                " WHERE id = ? AND status IN ('pending', 'uncertain')",
                (to_ms(at), code, reason, message_id),
            )

    def mark_uncertain(self, message_id: int) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE messages SET status = 'uncertain' WHERE id = ? AND status = 'pending'", (message_id,)
            )

    def newest_page(
        self, conversation_id: int, *, before: tuple[datetime, int] | None = None, limit: int = 50
    ) -> list[Message]:
        """The newest ``limit`` messages older than ``before`` (created_at, id), newest first.

        Keyset paging on the (conversation_id, created_at, id) index: every page costs the same,
        however long the conversation.
        """
        if before is None:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                (conversation_id, limit),
            ).fetchall()
        else:
            at, message_id = before
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM messages WHERE conversation_id = ? AND (created_at, id) < (?, ?)"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                (conversation_id, to_ms(at), message_id, limit),
            ).fetchall()
        return [_row_to_message(r) for r in rows]

    def apply_status(
        self,
        message_id: int,
        status: MessageStatus,
        at: datetime,
        *,
        error_code: int | None = None,
        error_title: str | None = None,
    ) -> MessageStatus:
        """Record that ``status`` happened at ``at``; the message's status only ever moves forward.

        The time of each status is kept even when it arrives late (a ``sent`` after ``read``).
        Returns the status the message has afterwards.
        """
        with self._transaction():
            row = self._conn.execute("SELECT status FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is None:
                raise LookupError("no such message")
            current = MessageStatus(row[0])
            new = advance(current, status)
            column = _STATUS_TIME_COLUMN.get(status)
            if column is not None and (status != MessageStatus.FAILED or new == MessageStatus.FAILED):
                self._conn.execute(
                    f"UPDATE messages SET {column} = coalesce({column}, ?) WHERE id = ?",
                    (to_ms(at), message_id),
                )
            if new != current:
                self._conn.execute("UPDATE messages SET status = ? WHERE id = ?", (new.value, message_id))
            if new == MessageStatus.FAILED and status == MessageStatus.FAILED:
                self._conn.execute(
                    "UPDATE messages SET error_code = ?, error_title = ? WHERE id = ?",
                    (error_code, error_title, message_id),
                )
        return new

    def search(self, text: str, *, limit: int = 50) -> list[Message]:
        """Messages whose text contains ``text`` (any part of a word, case and accents ignored), newest first."""
        needle = text.strip()
        if not needle:
            return []
        if len(needle) < MIN_TRIGRAM_QUERY:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM messages WHERE body LIKE ? ESCAPE '\\'"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                ("%" + _escape_like(needle) + "%", limit),
            ).fetchall()
        else:
            # Rows are stored in arrival order, so the newest matches are among the highest rowids: FTS5
            # walks its index backwards and stops, instead of sorting every match of a common word.
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM messages WHERE id IN"
                " (SELECT rowid FROM message_search WHERE message_search MATCH ? ORDER BY rowid DESC LIMIT ?)"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                (_fts_phrase(needle), max(limit * SEARCH_WINDOW, SEARCH_WINDOW_MIN), limit),
            ).fetchall()
        return [_row_to_message(r) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM messages").fetchone()[0])


def _fts_phrase(text: str) -> str:
    """Quote user text as one FTS5 phrase, so operators in it are plain characters."""
    return '"' + text.replace('"', '""') + '"'


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
