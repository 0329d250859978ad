"""The record of exports made and backups attempted (dates, counts and file names; never a number)."""

from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.privacy import BackupFailure, BackupOutcome, BackupRun, BackupTrigger, ExportRecord
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

KEEP_BACKUP_RUNS = 200  # the newest; a daily backup makes this more than half a year


class PrivacyRecords(Repository):
    # Exports ---------------------------------------------------------------------------------------

    def add_export(self, record: ExportRecord, *, subject_hash: str | None = None) -> int:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO export_records (made_at, scope, encrypted, file_name, subject_hash)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    to_ms(record.made_at),
                    "account" if record.whole_account else "contact",
                    int(record.encrypted),
                    record.file_name,
                    subject_hash,
                ),
            )
        return int(cur.lastrowid or 0)

    def recent_exports(self, limit: int = 50) -> list[ExportRecord]:
        rows = self._conn.execute(
            "SELECT id, made_at, scope, encrypted, file_name FROM export_records ORDER BY made_at DESC, id DESC"
            " LIMIT ?",
            (limit,),
        )
        return [ExportRecord(from_ms_required(r[1]), r[2] == "account", bool(r[3]), r[4], r[0]) for r in rows]

    def forget_export_names(self, subject_hash: str) -> int:
        """A deleted customer's exports stay listed (when, encrypted or not) without their file names."""
        return int(
            self._conn.execute(
                "UPDATE export_records SET file_name = NULL, subject_hash = NULL WHERE subject_hash = ?",
                (subject_hash,),
            ).rowcount
        )

    # Backups ---------------------------------------------------------------------------------------

    def begin_backup(self, at: datetime, trigger: BackupTrigger) -> int:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO backup_runs (started_at, trigger, outcome) VALUES (?, ?, 'running')",
                (to_ms(at), trigger.value),
            )
            self._conn.execute(
                "DELETE FROM backup_runs WHERE id NOT IN (SELECT id FROM backup_runs ORDER BY started_at DESC, id DESC"
                " LIMIT ?)",
                (KEEP_BACKUP_RUNS,),
            )
        return int(cur.lastrowid or 0)

    def finish_backup(
        self,
        run_id: int,
        at: datetime,
        outcome: BackupOutcome,
        *,
        file_name: str | None = None,
        size: int | None = None,
        media_files: int | None = None,
        reason: BackupFailure | None = None,
    ) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE backup_runs SET finished_at = ?, outcome = ?, file_name = ?, size = ?, media_files = ?,"
                " reason = ? WHERE id = ?",
                (to_ms(at), outcome.value, file_name, size, media_files, reason.value if reason else None, run_id),
            )

    def recent_backups(self, limit: int = 10) -> list[BackupRun]:
        rows = self._conn.execute(
            "SELECT id, started_at, trigger, outcome, finished_at, file_name, size, media_files, reason"
            " FROM backup_runs ORDER BY started_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [
            BackupRun(
                started_at=from_ms_required(r[1]),
                trigger=BackupTrigger(r[2]),
                outcome=BackupOutcome(r[3]),
                finished_at=from_ms(r[4]),
                file_name=r[5],
                size=r[6],
                media_files=r[7],
                reason=BackupFailure(r[8]) if r[8] else None,
                id=r[0],
            )
            for r in rows
        ]
