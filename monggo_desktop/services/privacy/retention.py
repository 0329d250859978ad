"""Retention (privacy policy section 6.3, design.md section 7): what is kept, for how long, and the removal.

Runs at every start in the background and daily while running, in batches (each its own transaction, so a
run stopped on exit loses nothing and the next one continues), with ``secure_delete`` overwriting what it
removes. Every run leaves a record of counts only. A dry run counts what a run would remove now.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from monggo_desktop.domain.models import utc_now
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.retention")

BATCH = 2_000
DAILY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class RetentionPeriods:
    """The policy's periods; the settings may shorten each one, never lengthen it."""

    messages: timedelta = timedelta(days=30)
    closed_accounts: timedelta = timedelta(days=90)
    backups: timedelta = timedelta(days=90)
    logs: timedelta = timedelta(days=365)
    usage_events: timedelta = timedelta(days=365)

    @classmethod
    def from_settings(cls, settings: dict[str, object]) -> RetentionPeriods:
        policy = cls()
        chosen = {}
        for name in ("messages", "closed_accounts", "backups", "logs", "usage_events"):
            days = settings.get(f"retention.{name}_days")
            longest: timedelta = getattr(policy, name)
            if isinstance(days, int) and not isinstance(days, bool) and days >= 1:
                chosen[name] = min(longest, timedelta(days=days))
        return cls(**chosen)


@dataclass(slots=True)
class RetentionCounts:
    """How many of each kind a run removed (or, dry, would remove). Counts only, never content."""

    messages: int = 0
    media_files: int = 0
    webhook_bodies: int = 0
    closed_accounts: int = 0
    usage_events: int = 0
    backups: int = 0
    log_files: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())


@dataclass(frozen=True, slots=True)
class RetentionProgress:
    done: int  # messages removed so far in this run
    total: int  # messages this run set out to remove
    finished: bool = False


@dataclass
class Retention:
    db: Database
    data_dir: DataDirectory
    now: Callable[[], datetime] = utc_now
    batch: int = BATCH
    on_progress: Callable[[RetentionProgress], None] | None = None
    _cancelled: asyncio.Event = field(default_factory=asyncio.Event, init=False)

    def cancel(self) -> None:
        """Stop after the batch in hand (the app is closing); the next run continues."""
        self._cancelled.set()

    async def periods(self) -> RetentionPeriods:
        return RetentionPeriods.from_settings(await self.db.run(lambda s: s.settings.all()))

    async def dry_run(self) -> RetentionCounts:
        """What a run would remove now, without removing anything (recorded like a run)."""
        now = self.now()
        periods = await self.periods()
        run_id = await self.db.run(lambda s: s.retention.begin_run(now, dry_run=True))

        def count(store) -> RetentionCounts:  # type: ignore[no-untyped-def]
            queries = store.retention
            closed = queries.closed_accounts_before(now - periods.closed_accounts)
            return RetentionCounts(
                messages=queries.count_expired_messages(now - periods.messages)
                + sum(queries.count_account_messages(a) for a in closed),
                webhook_bodies=queries.count_old_webhook_bodies(now - periods.messages),
                closed_accounts=len(closed),
                usage_events=queries.count_old_usage_events(now - periods.usage_events),
            )

        counts = await self.db.run(count)
        counts.backups = len(_old_files(self.data_dir.backups, now - periods.backups))
        counts.log_files = len(_old_files(self.data_dir.logs, now - periods.logs))
        await self.db.run(lambda s: s.retention.finish_run(run_id, self.now(), "done", counts.as_dict()))
        return counts

    async def run(self) -> RetentionCounts:
        """Remove everything past its period. Idempotent: a second run right after removes nothing."""
        now = self.now()
        periods = await self.periods()
        run_id = await self.db.run(lambda s: s.retention.begin_run(now, dry_run=False))
        counts = RetentionCounts()
        outcome = "failed"
        try:
            outcome = await self._remove(now, periods, counts)
        finally:
            finished = self.now()
            await self.db.run(lambda s: s.retention.finish_run(run_id, finished, outcome, counts.as_dict()))
            log.info("retention run %s: %s", outcome, counts.as_dict())
        return counts

    async def _remove(self, now: datetime, periods: RetentionPeriods, counts: RetentionCounts) -> str:
        cutoff = now - periods.messages
        closed = await self.db.run(lambda s: s.retention.closed_accounts_before(now - periods.closed_accounts))
        total = await self.db.run(
            lambda s: (
                s.retention.count_expired_messages(cutoff) + sum(s.retention.count_account_messages(a) for a in closed)
            )
        )
        self._progress(RetentionProgress(0, total))
        paused = total > 0 or await self.db.run(lambda s: s.retention.search_merges_paused())
        if total:
            await self.db.run(lambda s: s.retention.pause_search_merges())
        try:
            await self._delete_messages(cutoff, closed, total, counts)
        finally:
            if paused:  # also when an earlier run stopped before switching them back on
                await self.db.run(lambda s: s.retention.resume_search_merges())
        if self._cancelled.is_set():
            return "cancelled"
        counts.webhook_bodies = await self.db.run(lambda s: s.retention.delete_old_webhook_bodies(cutoff))
        counts.usage_events = await self.db.run(lambda s: s.usage_events.delete_before(now - periods.usage_events))
        counts.media_files += await self._sweep_orphan_media()
        counts.backups = _delete_files(_old_files(self.data_dir.backups, now - periods.backups))
        counts.log_files = _delete_files(_old_files(self.data_dir.logs, now - periods.logs))
        if counts.messages or counts.closed_accounts:
            await self.db.run(lambda s: s.retention.purge_search_index())
        if counts.total or await self.db.run(lambda s: s.retention.free_pages()):
            await self.db.run(lambda s: s.retention.give_space_back())
        self._progress(RetentionProgress(counts.messages, total, finished=True))
        return "done"

    async def _delete_messages(self, cutoff: datetime, closed: list[int], total: int, counts: RetentionCounts) -> None:
        """Expired messages, then closed accounts' ones, batch by batch, until done or cancelled."""
        while not self._cancelled.is_set():
            removed, files = await self.db.run(lambda s: s.retention.delete_expired_messages(cutoff, self.batch))
            counts.messages += removed
            counts.media_files += self._delete_media_files(files)
            self._progress(RetentionProgress(counts.messages, total))
            if removed < self.batch:
                break
        for account_id in closed:
            while not self._cancelled.is_set():
                removed, files = await self.db.run(
                    lambda s, a=account_id: s.retention.delete_account(a, self.batch)  # type: ignore[misc]
                )
                counts.messages += removed
                counts.media_files += self._delete_media_files(files)
                self._progress(RetentionProgress(counts.messages, total))
                if removed == 0:
                    counts.closed_accounts += 1
                    break

    def _delete_media_files(self, names: list[str]) -> int:
        return _delete_files([self.data_dir.media / Path(name).name for name in names])

    async def _sweep_orphan_media(self) -> int:
        """Files whose row is gone (a run stopped between the commit and the unlink) go too."""
        if not self.data_dir.media.is_dir():
            return 0
        known = await self.db.run(lambda s: s.retention.media_ids())
        orphans = [
            path for path in self.data_dir.media.glob("*.bin") if path.stem.isdigit() and int(path.stem) not in known
        ]
        return _delete_files(orphans)

    def _progress(self, progress: RetentionProgress) -> None:
        if self.on_progress is not None:
            self.on_progress(progress)


class RetentionSchedule:
    """A run now, in the background, then one a day while the app (or ``serve``) runs."""

    def __init__(self, retention: Retention, *, every: timedelta = DAILY) -> None:
        self._retention = retention
        self._every = every
        self._task: asyncio.Task[None] | None = None
        self.last: RetentionCounts | None = None

    @property
    def retention(self) -> Retention:
        return self._retention

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="retention")

    async def stop(self) -> None:
        self._retention.cancel()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _loop(self) -> None:
        while True:
            try:
                self.last = await self._retention.run()
            except asyncio.CancelledError:
                raise
            except Exception:  # a failed run is logged and tried again tomorrow; the app carries on
                log.exception("retention run failed")
            await asyncio.sleep(self._every.total_seconds())


def _old_files(folder: Path, cutoff: datetime) -> list[Path]:
    if not folder.is_dir():
        return []
    limit = cutoff.timestamp()
    return [path for path in folder.iterdir() if path.is_file() and path.stat().st_mtime < limit]


def _delete_files(paths: list[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            os.unlink(path)
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not delete a file past its retention (%s)", exc.strerror)
    return removed
