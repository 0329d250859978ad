"""The privacy center's facts: what is kept and for how long (the policy's periods as set), what the next
retention run removes, the last runs, and the deletion receipts. Counts and dates only, never content."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.models import DeletionRequest
from monggo_desktop.domain.settings import RETENTION_LIMITS, AppSettings
from monggo_desktop.services.export import ExportRequest, ExportResult, write_export
from monggo_desktop.services.retention import Retention, RetentionCounts
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory
from monggo_desktop.storage.repositories.retention import RetentionRunRecord


@dataclass(frozen=True, slots=True)
class KeptFor:
    what: str  # a data class: "messages", "closed_accounts", "backups", "logs", "usage_events"
    days: int  # as set (never longer than the policy)
    policy_days: int


@dataclass(frozen=True, slots=True)
class PrivacyOverview:
    kept: tuple[KeptFor, ...]
    next_run: RetentionCounts  # what a run now would remove
    runs: tuple[RetentionRunRecord, ...]  # newest first
    receipts: tuple[DeletionRequest, ...]  # newest first
    analytics: bool
    checked_at: datetime


class PrivacyService:
    def __init__(self, db: Database, data_dir: DataDirectory, *, retention: Retention | None = None) -> None:
        self._db = db
        self._retention = retention or Retention(db, data_dir)

    async def overview(self) -> PrivacyOverview:
        settings = AppSettings.from_stored(await self._db.run(lambda s: s.settings.all()))
        foretold = await self._retention.dry_run()
        runs, receipts = await self._db.run(
            lambda s: (s.retention.recent_runs(limit=10), s.deletion_requests.recent(limit=50))
        )
        kept = tuple(KeptFor(name, settings.retention_days[name], days) for name, days in RETENTION_LIMITS.items())
        return PrivacyOverview(
            kept=kept,
            next_run=foretold,
            runs=tuple(r for r in runs if not r.dry_run),
            receipts=tuple(receipts),
            analytics=settings.analytics,
            checked_at=self._retention.now(),
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
        request = ExportRequest(
            out=out, contact=contact or None, passphrase=Passphrase(passphrase) if passphrase else None
        ).checked()
        return await self._db.run(lambda s: write_export(s, request, cancel=cancel, progress=progress))

    async def run_retention(self) -> RetentionCounts:
        """Now, instead of waiting for the next start or the daily run."""
        return await self._retention.run()
