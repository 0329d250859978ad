"""The privacy center's facts: what is kept and for how long (the policy's periods as set), what the next
retention run removes, the last runs, the deletion receipts, the exports made, the backups and the
security self-check. Counts, dates and file names only, never content."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.models import DeletionRequest
from monggo_desktop.domain.privacy import BackupFile, BackupRun, BackupTrigger, ExportRecord
from monggo_desktop.domain.settings import RETENTION_LIMITS, AppSettings
from monggo_desktop.services.durable_files import write_whole
from monggo_desktop.services.privacy.audit import AuditReport
from monggo_desktop.services.privacy.backup import BackupResult, Backups
from monggo_desktop.services.privacy.export import ExportRequest, ExportResult, write_export
from monggo_desktop.services.privacy.retention import Retention, RetentionCounts
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory
from monggo_desktop.storage.repositories.retention import RetentionRunRecord


@dataclass(frozen=True, slots=True)
class KeptFor:
    what: str  # a data class: "messages", "closed_accounts", "backups", "logs", "usage_events"
    days: int  # as set (never longer than the policy)
    policy_days: int


@dataclass(frozen=True, slots=True)
class BackupsOverview:
    files: tuple[BackupFile, ...]  # under backups/, newest first
    runs: tuple[BackupRun, ...]  # the attempts, newest first
    next_due: datetime  # when the daily backup is next due (while the app or `serve` runs)


@dataclass(frozen=True, slots=True)
class PrivacyOverview:
    kept: tuple[KeptFor, ...]
    next_run: RetentionCounts  # what a run now would remove
    runs: tuple[RetentionRunRecord, ...]  # newest first
    receipts: tuple[DeletionRequest, ...]  # newest first
    analytics: bool
    checked_at: datetime
    exports: tuple[ExportRecord, ...] = ()  # newest first
    backups: BackupsOverview | None = None
    business_name: str = ""  # for a deletion confirmation: the verified name, else the number


class PrivacyService:
    def __init__(
        self,
        db: Database,
        data_dir: DataDirectory,
        *,
        retention: Retention | None = None,
        audit: Callable[[], AuditReport] | None = None,
        backups: Backups | None = None,
    ) -> None:
        self._db = db
        self._data_dir = data_dir
        self._retention = retention or Retention(db, data_dir)
        self._audit = audit
        self._backups = backups or Backups(db, data_dir)
        # Its own thread: the self-check and file writes block, and qasync's default executor must not
        # outlive the app.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-privacy")

    async def overview(self) -> PrivacyOverview:
        settings = AppSettings.from_stored(await self._db.run(lambda s: s.settings.all()))
        foretold = await self._retention.dry_run()

        def records(store):  # type: ignore[no-untyped-def]
            return (
                store.retention.recent_runs(limit=10),
                store.deletion_requests.recent(limit=50),
                store.privacy_records.recent_exports(limit=50),
                store.privacy_records.recent_backups(limit=10),
                store.accounts.list(),
            )

        runs, receipts, exports, backup_runs, accounts = await self._db.run(records)
        kept = tuple(KeptFor(name, settings.retention_days[name], days) for name, days in RETENTION_LIMITS.items())
        business = next((a.verified_name or a.display_number or "" for a in accounts), "")
        return PrivacyOverview(
            kept=kept,
            next_run=foretold,
            runs=tuple(r for r in runs if not r.dry_run),
            receipts=tuple(receipts),
            analytics=settings.analytics,
            checked_at=self._retention.now(),
            exports=tuple(exports),
            backups=BackupsOverview(tuple(self._backups.files()), tuple(backup_runs), self._backups.next_due()),
            business_name=business,
        )

    async def export(
        self,
        out: Path,
        *,
        contact: str | None,
        passphrase: str | None,
        cancel: threading.Event,
        progress: Callable[[int, int], None],
    ) -> ExportResult:
        """The rights of access and portability from the screen: the same ZIP as ``monggo-desktop export``,
        written on the database thread with progress; a cancel or a failure leaves no file."""
        request = ExportRequest(  # force: the save dialog asked before replacing a file
            out=out,
            contact=contact or None,
            passphrase=Passphrase(passphrase) if passphrase else None,
            force=True,
            data_dir=self._data_dir.root,
        ).checked()
        media = self._data_dir.media
        return await self._db.run(lambda s: write_export(s, request, cancel=cancel, progress=progress, media_dir=media))

    async def run_retention(self) -> RetentionCounts:
        """Now, instead of waiting for the next start or the daily run."""
        return await self._retention.run()

    async def back_up_now(self) -> BackupResult:
        """Instead of waiting for the daily one; off the database thread, like it."""
        return await self._backups.make(BackupTrigger.MANUAL)

    async def run_audit(self) -> AuditReport:
        if self._audit is None:
            raise InvalidInputError("the security self-check is not available here")
        return await asyncio.get_running_loop().run_in_executor(self._pool, self._audit)

    async def save_file(self, target: Path, data: bytes) -> Path:
        """A confirmation the owner saves (a deletion receipt as text or PDF): whole, or not at all."""
        await asyncio.get_running_loop().run_in_executor(self._pool, write_whole, target, data)
        return target

    def close(self) -> None:
        self._pool.shutdown(wait=False)
        self._backups.close()
