"""What the privacy center lists besides retention: the exports made and the backups attempted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class BackupTrigger(StrEnum):
    DAILY = "daily"  # the schedule, while the app or `serve` runs
    MANUAL = "manual"  # "Back up now" in the privacy center
    COMMAND = "command"  # `monggo-desktop backup`


class BackupOutcome(StrEnum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class BackupFailure(StrEnum):
    """Why a backup failed, as a code: the screen says it in the owner's language."""

    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class ExportRecord:
    made_at: datetime
    whole_account: bool  # else one customer's data (which one is never shown)
    encrypted: bool
    file_name: str | None  # None once that customer's data was deleted on request
    id: int | None = None


@dataclass(frozen=True, slots=True)
class BackupRun:
    started_at: datetime
    trigger: BackupTrigger
    outcome: BackupOutcome
    finished_at: datetime | None = None
    file_name: str | None = None
    size: int | None = None
    media_files: int | None = None
    reason: BackupFailure | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class BackupFile:
    name: str
    made_at: datetime
    size: int
