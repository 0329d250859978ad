from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms_required, to_ms


@dataclass(frozen=True, slots=True)
class InboxItem:
    id: int
    body: bytes
    received_at: datetime


class InboxRepository(Repository):
    """Verified webhook bodies, durable before they are acknowledged; applied later, in arrival order."""

    def add(self, body: bytes, received_at: datetime) -> bool:
        """Store a body; False when these exact bytes were stored before (Meta re-delivered them)."""
        digest = hashlib.sha256(body).hexdigest()
        with self._transaction():
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO webhook_inbox (body_hash, body, received_at) VALUES (?, ?, ?)",
                (digest, body, to_ms(received_at)),
            )
        return bool(cur.rowcount == 1)

    def unapplied(self, *, limit: int) -> list[InboxItem]:
        rows = self._conn.execute(
            "SELECT id, body, received_at FROM webhook_inbox WHERE applied_at IS NULL ORDER BY id LIMIT ?", (limit,)
        ).fetchall()
        return [InboxItem(r[0], bytes(r[1]), from_ms_required(r[2])) for r in rows]

    def mark_applied(self, item_id: int, at: datetime, *, error: str | None = None) -> None:
        """Applied: the body is emptied (its content now lives in the tables); the hash stays for dedupe."""
        with self._transaction():
            self._conn.execute(
                "UPDATE webhook_inbox SET applied_at = ?, body = x'', error = ? WHERE id = ?",
                (to_ms(at), error, item_id),
            )

    def keep(self, item_id: int, at: datetime, *, note: str) -> None:
        """Applied as far as it was understood: the body is kept (encrypted with the database) with a note
        of the parts not understood, until retention removes it with the other webhook bodies."""
        with self._transaction():
            self._conn.execute(
                "UPDATE webhook_inbox SET applied_at = ?, error = ? WHERE id = ?", (to_ms(at), note, item_id)
            )

    def kept_count(self) -> int:
        """Bodies kept because part of them was not understood."""
        row = self._conn.execute("SELECT count(*) FROM webhook_inbox WHERE applied_at IS NOT NULL AND length(body) > 0")
        return int(row.fetchone()[0])

    def mark_all_applied(self, item_ids: Sequence[int], at: datetime) -> None:
        """``mark_applied`` for many items without an error, in one statement."""
        with self._transaction():
            self._conn.executemany(
                "UPDATE webhook_inbox SET applied_at = ?, body = x'', error = NULL WHERE id = ?",
                [(to_ms(at), item_id) for item_id in item_ids],
            )

    def pending_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM webhook_inbox WHERE applied_at IS NULL").fetchone()[0])

    def forget_applied_before(self, cutoff: datetime) -> int:
        """Meta re-delivers for up to 7 days; after that the hashes are of no use. A kept body stays until
        retention's period ends."""
        with self._transaction():
            cur = self._conn.execute(
                "DELETE FROM webhook_inbox WHERE applied_at IS NOT NULL AND applied_at < ? AND length(body) = 0",
                (to_ms(cutoff),),
            )
        return int(cur.rowcount)
