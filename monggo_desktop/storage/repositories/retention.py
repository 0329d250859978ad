"""What retention removes, found through indexes and removed in batches; and the record of each run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.storage.migrations.m0004_retention import RETENTION_ANCHOR
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

SEGMENTS_BEFORE_MERGE = 1000  # a crisis merge while deletes run: every 1,000 batches (2,000,000 messages)


@dataclass(frozen=True, slots=True)
class RetentionRunRecord:
    id: int
    started_at: datetime
    finished_at: datetime | None
    dry_run: bool
    outcome: str
    counts: dict[str, int]


class RetentionQueries(Repository):
    # Messages --------------------------------------------------------------------------------------

    def count_expired_messages(self, cutoff: datetime) -> int:
        row = self._conn.execute(f"SELECT count(*) FROM messages WHERE {RETENTION_ANCHOR} < ?", (to_ms(cutoff),))
        return int(row.fetchone()[0])

    def delete_expired_messages(self, cutoff: datetime, limit: int) -> tuple[int, list[str]]:
        """Remove up to ``limit`` expired messages (their search rows go by trigger, outbox rows by cascade)
        and the media only they used. Returns the number removed and the media files to delete."""
        with self._transaction():
            ids = [
                r[0]
                for r in self._conn.execute(
                    f"SELECT id FROM messages WHERE {RETENTION_ANCHOR} < ? ORDER BY {RETENTION_ANCHOR} LIMIT ?",
                    (to_ms(cutoff), limit),
                )
            ]
            return len(ids), self._delete_messages(ids)

    def _delete_messages(self, ids: list[int]) -> list[str]:
        """Delete these messages and the media only they used; returns the media files to delete."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        media_ids = [
            r[0]
            for r in self._conn.execute(
                f"SELECT DISTINCT media_id FROM messages WHERE id IN ({marks}) AND media_id IS NOT NULL", ids
            )
        ]
        self._conn.execute(f"DELETE FROM messages WHERE id IN ({marks})", ids)
        return self.delete_unused_media(media_ids)

    def delete_unused_media(self, media_ids: list[int]) -> list[str]:
        if not media_ids:
            return []
        marks = ",".join("?" * len(media_ids))
        unused = self._conn.execute(
            f"SELECT id, local_path FROM media WHERE id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM messages WHERE messages.media_id = media.id)",
            media_ids,
        ).fetchall()
        if unused:
            gone = [r[0] for r in unused]
            self._conn.execute(f"DELETE FROM media WHERE id IN ({','.join('?' * len(gone))})", gone)
        return [r[1] for r in unused if r[1]]

    def media_ids(self) -> set[int]:
        return {r[0] for r in self._conn.execute("SELECT id FROM media")}

    # Webhook bodies --------------------------------------------------------------------------------

    def count_old_webhook_bodies(self, cutoff: datetime) -> int:
        row = self._conn.execute("SELECT count(*) FROM webhook_inbox WHERE received_at < ?", (to_ms(cutoff),))
        return int(row.fetchone()[0])

    def delete_old_webhook_bodies(self, cutoff: datetime) -> int:
        """Raw webhook bodies, applied or not, carry message text: they go with the messages."""
        with self._transaction():
            cur = self._conn.execute("DELETE FROM webhook_inbox WHERE received_at < ?", (to_ms(cutoff),))
        return int(cur.rowcount)

    # Closed accounts -------------------------------------------------------------------------------

    def closed_accounts_before(self, cutoff: datetime) -> list[int]:
        rows = self._conn.execute(
            "SELECT id FROM accounts WHERE state = 'closed' AND closed_at < ? ORDER BY id", (to_ms(cutoff),)
        )
        return [r[0] for r in rows]

    def delete_account(self, account_id: int, batch: int) -> tuple[int, list[str]]:
        """Remove a closed account's messages in one batch; when none are left, the account itself and the
        customers no other account talks to. Returns (messages removed, media files to delete); (0, …) means
        the account is gone."""
        with self._transaction():
            ids = [
                r[0]
                for r in self._conn.execute(
                    "SELECT m.id FROM messages m JOIN conversations cv ON cv.id = m.conversation_id"
                    " WHERE cv.account_id = ? LIMIT ?",
                    (account_id, batch),
                )
            ]
            if ids:
                return len(ids), self._delete_messages(ids)
            self._conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))  # conversations, templates
            self._conn.execute(
                "DELETE FROM contacts WHERE NOT EXISTS (SELECT 1 FROM conversations WHERE contact_id = contacts.id)"
            )
            self._conn.execute("DELETE FROM labels WHERE id NOT IN (SELECT label_id FROM contact_labels)")
        return 0, []

    def count_account_messages(self, account_id: int) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM messages m JOIN conversations cv ON cv.id = m.conversation_id"
            " WHERE cv.account_id = ?",
            (account_id,),
        )
        return int(row.fetchone()[0])

    # Usage analytics -------------------------------------------------------------------------------

    def count_old_usage_events(self, cutoff: datetime) -> int:
        row = self._conn.execute("SELECT count(*) FROM usage_events WHERE occurred_at < ?", (to_ms(cutoff),))
        return int(row.fetchone()[0])

    # Space -----------------------------------------------------------------------------------------

    def pause_search_merges(self) -> None:
        """While a large delete runs: FTS5 merges no index segments. Each batch's commit adds a small segment
        of delete markers; merging them as they come (automerge, and a crisis merge at every 16 on a level)
        rewrote the index again and again, only for ``purge_search_index`` to rewrite it once more at the
        end. Up to ``SEGMENTS_BEFORE_MERGE`` segments may wait (FTS5 allows 2,000 in all)."""
        with self._transaction():
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('automerge', 0)")
            self._conn.execute(
                "INSERT INTO message_search(message_search, rank) VALUES ('crisismerge', ?)", (SEGMENTS_BEFORE_MERGE,)
            )

    def resume_search_merges(self) -> None:
        """FTS5's own defaults again: new messages' segments are merged as they come."""
        with self._transaction():
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('automerge', 4)")
            self._conn.execute("INSERT INTO message_search(message_search, rank) VALUES ('crisismerge', 16)")

    def search_merges_paused(self) -> bool:
        """Whether a run stopped (a crash, a power cut) before ``resume_search_merges``."""
        row = self._conn.execute("SELECT v FROM message_search_config WHERE k = 'automerge'").fetchone()
        return row is not None and int(row[0]) == 0

    def purge_search_index(self) -> None:
        """Rewrite the search index without the entries of deleted messages.

        The old segments' pages are freed without being zeroed first (``secure_delete`` is FAST for the
        rewrite): zeroing them wrote each freed page once more, a third of the rewrite's page writes, each one
        an encryption. ``give_space_back``, which follows the rewrite in every run, overwrites or cuts off
        every free page, so none of them outlives the run (and a run cut short between the two is finished by
        the next, which gives back whatever it finds free)."""
        self._conn.execute("PRAGMA secure_delete = FAST")
        try:
            with self._transaction():
                self._conn.execute("INSERT INTO message_search(message_search) VALUES ('optimize')")
        finally:
            self._conn.execute("PRAGMA secure_delete = ON")

    def free_pages(self) -> int:
        return int(self._conn.execute("PRAGMA freelist_count").fetchone()[0])

    def give_space_back(self) -> None:
        """After deleting: the WAL folded in and truncated, and every free page returned to the file system:
        the incremental vacuum moves the pages at the end of the file into the free ones, overwriting them,
        and cuts the end off, until no free page is left."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self._conn.execute("PRAGMA incremental_vacuum").fetchall()
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # The record of runs ----------------------------------------------------------------------------

    def begin_run(self, at: datetime, *, dry_run: bool) -> int:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO retention_runs (started_at, dry_run, outcome) VALUES (?, ?, 'running')",
                (to_ms(at), int(dry_run)),
            )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, at: datetime, outcome: str, counts: dict[str, int]) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE retention_runs SET finished_at = ?, outcome = ?, counts = ? WHERE id = ?",
                (to_ms(at), outcome, json.dumps(counts, sort_keys=True), run_id),
            )

    def recent_runs(self, limit: int = 20) -> list[RetentionRunRecord]:
        rows = self._conn.execute(
            "SELECT id, started_at, finished_at, dry_run, outcome, counts FROM retention_runs"
            " ORDER BY started_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [
            RetentionRunRecord(r[0], from_ms_required(r[1]), from_ms(r[2]), bool(r[3]), r[4], json.loads(r[5]))
            for r in rows
        ]
