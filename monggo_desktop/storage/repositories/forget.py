"""Everything kept about one customer, found and removed in one transaction (a deletion request)."""

from __future__ import annotations

from typing import NamedTuple

from monggo_desktop.storage.repositories.base import Repository


class RemovedContact(NamedTuple):
    counts: dict[str, int]  # no content
    files: list[str]  # media files to delete once the transaction commits
    meta_media_ids: list[str]  # media sent to them, uploaded to Meta: deleted there too when possible


class ForgetQueries(Repository):
    def remove_contact(self, contact_id: int, wa_id: str, user_id: str | None = None) -> RemovedContact:
        """Delete the contact and all that hangs on it.

        Runs inside the caller's transaction. FTS5 secure-delete is switched on for these few rows, so their
        words leave the search index's pages at once (bulk deletes purge later, with ``optimize``).
        """
        conn = self._conn
        conversations = [r[0] for r in conn.execute("SELECT id FROM conversations WHERE contact_id = ?", (contact_id,))]
        marks = ",".join("?" * len(conversations)) or "NULL"
        message_rows = conn.execute(
            f"SELECT id, wamid, media_id, direction FROM messages WHERE conversation_id IN ({marks})", conversations
        ).fetchall()
        media_ids = sorted({r[2] for r in message_rows if r[2] is not None})
        sent_media = sorted({r[2] for r in message_rows if r[2] is not None and r[3] == "out"})
        wamids = [r[1] for r in message_rows if r[1]]
        conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 1)")
        conn.execute(f"DELETE FROM messages WHERE conversation_id IN ({marks})", conversations)
        conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 0)")
        files = []
        uploaded: list[str] = []
        if sent_media:
            sent_marks = ",".join("?" * len(sent_media))
            uploaded = [
                r[0]
                for r in conn.execute(
                    f"SELECT DISTINCT meta_media_id FROM media WHERE id IN ({sent_marks})"
                    " AND meta_media_id IS NOT NULL",
                    sent_media,
                )
            ]
        if media_ids:
            media_marks = ",".join("?" * len(media_ids))
            files = [
                r[0]
                for r in conn.execute(f"SELECT local_path FROM media WHERE id IN ({media_marks})", media_ids)
                if r[0]
            ]
            conn.execute(f"DELETE FROM media WHERE id IN ({media_marks})", media_ids)
        statuses = 0
        for start in range(0, len(wamids), 500):
            chunk = wamids[start : start + 500]
            statuses += conn.execute(
                f"DELETE FROM pending_statuses WHERE wamid IN ({','.join('?' * len(chunk))})", chunk
            ).rowcount
        # Raw webhook bodies not applied yet may still hold the number and words: they go too.
        bodies = 0
        for key in {k for k in (wa_id, user_id) if k}:  # their number, and their BSUID when they have one
            bodies += conn.execute("DELETE FROM webhook_inbox WHERE instr(body, ?) > 0", (key.encode(),)).rowcount
        ledger = conn.execute("SELECT count(*) FROM consent_events WHERE contact_id = ?", (contact_id,)).fetchone()[0]
        theirs = [r[0] for r in conn.execute("SELECT label_id FROM contact_labels WHERE contact_id = ?", (contact_id,))]
        conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))  # conversations, labels, ledger, history
        # A label only this customer had goes with them; labels nobody has yet (made on the Contacts screen) stay.
        for label_id in theirs:
            conn.execute(
                "DELETE FROM labels WHERE id = ? AND NOT EXISTS (SELECT 1 FROM contact_labels WHERE label_id = ?)",
                (label_id, label_id),
            )
        counts = {
            "contacts": 1,
            "conversations": len(conversations),
            "messages": len(message_rows),
            "media_files": len(files),
            "consent_entries": int(ledger),
            "pending_statuses": statuses,
            "webhook_bodies": bodies,
        }
        return RemovedContact(counts, files, uploaded)

    def traces(self, contact_id: int, phone_e164: str | None, user_id: str | None = None) -> int:
        """Rows that still name the contact, its number or its BSUID (0 after a complete deletion)."""
        conn = self._conn
        found = conn.execute(
            "SELECT count(*) FROM contacts WHERE id = ? OR phone_e164 = ? OR user_id = ?",
            (contact_id, phone_e164, user_id),
        )
        total = int(found.fetchone()[0])
        for table in ("conversations", "consent_events", "contact_history", "contact_labels"):
            total += int(
                conn.execute(f"SELECT count(*) FROM {table} WHERE contact_id = ?", (contact_id,)).fetchone()[0]
            )
        return total
