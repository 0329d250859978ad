"""Encrypted backups (privacy policy: kept 90 days) and restoring one into an empty data directory.

A backup is one file under ``backups/``: a ZIP (stored, not compressed: everything in it is already
encrypted) holding an encrypted copy of the database (``sqlcipher_export`` with the same key, on a
connection of its own so the database thread is never held: ``storage.snapshot_copy``), the media
files as they are (AES-256-GCM, their keys inside the database), ``vault.json`` (how to unlock: no secret)
and ``manifest.json`` with the SHA-256 of every member. One file, so retention removes it after 90 days.
Restoring checks every hash before anything is written; a damaged backup changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monggo_desktop import __version__
from monggo_desktop.domain.errors import (
    DiskFullError,
    InvalidInputError,
    OperationCancelledError,
    StorageUnavailableError,
    UserFacingError,
)
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.privacy import BackupFailure, BackupFile, BackupOutcome, BackupTrigger
from monggo_desktop.services.durable_files import sync_folder
from monggo_desktop.services.privacy.deletion_ledger import DeletionLedger
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory
from monggo_desktop.storage.snapshot_copy import SnapshotCopy

log = logging.getLogger("monggo.backup")

FORMAT = 1
DATABASE_MEMBER = "monggo.db"
VAULT_MEMBER = "vault.json"
MANIFEST_MEMBER = "manifest.json"
RESTORABLE = re.compile(r"monggo\.db(-wal)?|vault\.json|media/[A-Za-z0-9][A-Za-z0-9._-]{0,120}")
REPLACED_SUFFIX = "-replaced"  # a backup of what a restore replaced; not one of the daily ones
DAILY = timedelta(days=1)
RETRY_AFTER_FAILURE = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    media_files: int
    size: int


def backup_name(at: datetime) -> str:
    return f"monggo-backup-{at:%Y%m%d-%H%M%S}.zip"


class BackupJob:
    """One backup, made off the database thread (the copy reads on a connection of its own, so the app's
    writes go on meanwhile). ``stop`` may be called from any thread: the job ends with
    ``OperationCancelledError`` and leaves nothing behind."""

    def __init__(self, db: Database, data_dir: DataDirectory, *, now: datetime | None = None) -> None:
        self._data_dir = data_dir
        self._at = now or utc_now()
        self._copy = SnapshotCopy(db)
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()
        self._copy.stop()

    def run(self) -> BackupResult:
        """Write the backup under ``backups/``; a failure leaves no partial file, and says why in one line."""
        backups = self._data_dir.backups
        try:
            backups.mkdir(mode=0o700, exist_ok=True)
            _sweep_abandoned(backups)
            work = Path(tempfile.mkdtemp(prefix=".backup-", suffix=".partial", dir=backups))
        except OSError as exc:
            raise _write_error(exc) from None
        try:
            return self._write(work)
        except OSError as exc:
            raise _write_error(exc) from None
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _write(self, work: Path) -> BackupResult:
        data_dir = self._data_dir
        copy = work / DATABASE_MEMBER
        version = self._copy.write(copy)
        members: list[tuple[str, Path]] = [(DATABASE_MEMBER, copy), *_folder_members(data_dir)]
        target = _free_name(data_dir.backups, backup_name(self._at))
        media = write_archive(work, members, target, self._at, version, self._check_stopped)
        return BackupResult(target, media, target.stat().st_size)

    def _check_stopped(self) -> None:
        if self._stopped.is_set():
            raise OperationCancelledError("the backup was stopped: nothing was kept")


def write_archive(
    work: Path,
    members: list[tuple[str, Path]],
    target: Path,
    at: datetime,
    schema_version: int | None,
    check: Callable[[], None] = lambda: None,
) -> int:
    """The backup file ``target`` from ``members`` (name in the ZIP, file), with a manifest of their hashes;
    built in ``work`` and renamed into place whole. ``check`` may stop it between files. Returns how many
    media files it holds."""
    hashes = {}
    for name, path in members:
        check()
        hashes[name] = _sha256(path)
    manifest = {
        "format": FORMAT,
        "created_at": at.isoformat(),
        "app_version": __version__,
        "schema_version": schema_version,
        "files": hashes,
    }
    partial = work / "backup.zip"
    # Private from its first byte, whatever the process's umask: a self-check meanwhile finds nothing open.
    with (
        os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive,
    ):
        for name, path in members:
            check()
            archive.write(path, name)
        archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=2, sort_keys=True))
        archive.close()
        handle.flush()
        os.fsync(handle.fileno())
    check()
    stamp = at.timestamp()
    os.utime(partial, (stamp, stamp))  # its time is the name's: the schedule and retention go by it
    partial.replace(target)
    sync_folder(target.parent)
    return sum(1 for name, _ in members if name.startswith("media/"))


def keep_as_backup(data_dir: DataDirectory, *, at: datetime | None = None) -> Path:
    """The data directory's files as they are, as a backup file under ``backups/`` named ``…-replaced.zip``:
    what ``restore --force`` replaces. No key is needed (the files are encrypted already, the database's
    write-ahead log goes with it), so even a database whose key is lost is kept. Like every backup it is
    listed in the privacy center and removed after 90 days, and restoring it applies later deletions again."""
    at = at or utc_now()
    backups = data_dir.backups
    try:
        backups.mkdir(mode=0o700, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".backup-", suffix=".partial", dir=backups))
    except OSError as exc:
        raise _write_error(exc) from None
    try:
        members = [(p.name, p) for p in data_dir.database_files()[:2] if p.exists()]  # the database and its WAL
        members += _folder_members(data_dir)
        target = _free_name(backups, f"monggo-backup-{at:%Y%m%d-%H%M%S}{REPLACED_SUFFIX}.zip")
        write_archive(work, members, target, at, None)
        return target
    except OSError as exc:
        raise _write_error(exc) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _folder_members(data_dir: DataDirectory) -> list[tuple[str, Path]]:
    """``vault.json`` and the media files: copied as they are (the media are encrypted with keys in the database)."""
    members = [(VAULT_MEMBER, data_dir.vault_config)] if data_dir.vault_config.exists() else []
    media = sorted(data_dir.media.glob("*.bin")) if data_dir.media.is_dir() else []
    return members + [(f"media/{p.name}", p) for p in media]


def make_backup(db: Database, data_dir: DataDirectory, *, now: datetime | None = None) -> BackupResult:
    """A backup now, in the calling thread (``monggo-desktop backup``); the database thread stays free."""
    return BackupJob(db, data_dir, now=now).run()


def list_backups(data_dir: DataDirectory) -> list[BackupFile]:
    """The backup files under ``backups/``, newest first."""
    found = []
    for path in data_dir.backups.glob("monggo-backup-*.zip") if data_dir.backups.is_dir() else []:
        with contextlib.suppress(FileNotFoundError):  # retention may remove one meanwhile
            info = path.stat()
            found.append(BackupFile(path.name, datetime.fromtimestamp(info.st_mtime, UTC), info.st_size))
    return sorted(found, key=lambda f: (f.made_at, f.name), reverse=True)


def failure_of(exc: BaseException) -> BackupFailure:
    if isinstance(exc, DiskFullError):
        return BackupFailure.DISK_FULL
    if isinstance(exc, StorageUnavailableError):
        return BackupFailure.NOT_WRITABLE
    return BackupFailure.ERROR


def _sweep_abandoned(backups: Path) -> None:
    """Work folders of backups that never finished (the app was killed): a day old, so not one in progress."""
    limit = time.time() - DAILY.total_seconds()
    for work in backups.glob(".backup-*.partial"):
        with contextlib.suppress(OSError):
            if work.stat().st_mtime < limit:
                shutil.rmtree(work, ignore_errors=True)


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or with -2, -3… when two backups start in the same second."""
    target = folder / name
    stem, n = target.stem, 2
    while target.exists():
        target = folder / f"{stem}-{n}.zip"
        n += 1
    return target


def _write_error(exc: OSError) -> StorageUnavailableError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):  # EFBIG: a file size limit, as good as full
        return DiskFullError()
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return StorageUnavailableError(
            "the backup could not be written: backups in the data directory is a file, not a folder (move it"
            " away); nothing was kept"
        )
    return StorageUnavailableError(
        "the backup could not be written ({reason}): check that the data directory's backups folder can be"
        " written; nothing was kept",
        reason=(exc.strerror or "disk error").lower(),
    )


def restore_backup(
    source: Path,
    data_dir: DataDirectory,
    *,
    force: bool = False,
    verify: Callable[[DataDirectory], None] | None = None,
) -> dict[str, object]:
    """Put a backup's files into ``data_dir``. Refuses a data directory in use unless ``force``: then its
    files are first kept as a backup file (``keep_as_backup``) and removed. Returns the backup's manifest.

    Everything is checked first in a staging folder: the members' names and hashes, then ``verify`` (the
    command line opens the staged database, which applies the deletions made since the backup, and runs its
    integrity check). Only then are the files swapped in; any failure before that leaves the data directory
    exactly as it was. The deletion ledger goes with the data: the one already here, merged with the one of
    the data directory the backup file sits in (``…/backups/FILE``) or beside it."""
    manifest = check_backup(source)
    if data_dir.exists() and not force:
        raise InvalidInputError(
            "{folder} already holds a Monggo database: restore into an empty folder, or add --force to replace it"
            " (the current files are kept as a backup file, not deleted)",
            folder=str(data_dir.root),
        )
    created = not data_dir.root.exists()
    data_dir.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = DataDirectory(data_dir.root / f".restoring-{utc_now():%Y%m%d-%H%M%S-%f}")
    try:
        staging.root.mkdir(mode=0o700)
        staging.media.mkdir(mode=0o700)
        with zipfile.ZipFile(source) as archive:
            for name in _files_of(manifest):
                target = staging.root / name
                private = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with archive.open(name) as member, os.fdopen(private, "wb") as out:
                    shutil.copyfileobj(member, out)
        staged_ledger = DeletionLedger.in_folder(staging.root)
        staged_ledger.merge_from(*_ledgers_for(source, data_dir))
        if verify is not None:
            verify(staging)
        if data_dir.exists():
            keep_as_backup(data_dir)
            for path in [*data_dir.database_files(), data_dir.vault_config]:
                path.unlink(missing_ok=True)
            shutil.rmtree(data_dir.media, ignore_errors=True)
        for path in [*staging.database_files()[:2], staging.vault_config, staging.media, staged_ledger.path]:
            if path.exists():
                path.replace(data_dir.root / path.name)
        sync_folder(data_dir.root)
    except BaseException:
        shutil.rmtree(staging.root, ignore_errors=True)
        if created:
            shutil.rmtree(data_dir.root, ignore_errors=True)
        raise
    shutil.rmtree(staging.root, ignore_errors=True)
    return manifest


def _files_of(manifest: dict[str, object]) -> list[str]:
    files = manifest["files"]
    assert isinstance(files, dict)  # check_backup made sure
    return [str(name) for name in files]


def _ledgers_for(source: Path, data_dir: DataDirectory) -> list[DeletionLedger]:
    """The deletion ledgers a restore must honour: the target's own, and the one of the data directory the
    backup came from (a backup restored into a new folder, say), or one kept beside a copied backup."""
    folders = {data_dir.root.resolve(), source.resolve().parent}
    if source.resolve().parent.name == "backups":
        folders.add(source.resolve().parent.parent)
    return [DeletionLedger.in_folder(folder) for folder in sorted(folders)]


def check_backup(source: Path) -> dict[str, object]:
    """The backup's manifest, once every member's hash matches; otherwise a clear error (nothing written)."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read(MANIFEST_MEMBER))
            files = manifest.get("files")
            if manifest.get("format") != FORMAT or not isinstance(files, dict) or DATABASE_MEMBER not in files:
                raise InvalidInputError(
                    "{file} is not a Monggo Pinarak backup this version can restore", file=source.name
                )
            for name, digest in files.items():
                if not RESTORABLE.fullmatch(name):  # the database, vault.json and media/<file>: nothing else
                    raise InvalidInputError(
                        "{file} holds a file a backup never has ({member}): refused",
                        file=source.name,
                        member=repr(name),
                    )
                if hashlib.sha256(archive.read(name)).hexdigest() != digest:
                    raise InvalidInputError(
                        "{file} is damaged ({member} does not match): nothing was restored",
                        file=source.name,
                        member=name,
                    )
            checked: dict[str, object] = manifest
            return checked
    except FileNotFoundError:
        raise InvalidInputError("there is no file {path}", path=str(source)) from None
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidInputError("{file} is damaged or not a backup: nothing was restored", file=source.name) from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Backups:
    """Backups for the app and ``serve``, made on a thread of their own (never the database thread, nor
    qasync's default executor, which must not outlive the app). Every attempt is recorded with its outcome,
    which the privacy center shows; a failure is logged as a code, never with a path or a name."""

    def __init__(
        self,
        db: Database,
        data_dir: DataDirectory,
        *,
        every: timedelta = DAILY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._data_dir = data_dir
        self.every = every
        self._clock = clock
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-backup")

    def files(self) -> list[BackupFile]:
        return list_backups(self._data_dir)

    def due_in(self) -> float:
        """Seconds until the next automatic backup is due (0: now)."""
        daily = [f for f in self.files() if REPLACED_SUFFIX not in f.name]  # a replaced copy is older data
        newest = max((f.made_at.timestamp() for f in daily), default=None)
        if newest is None:
            return 0.0
        return max(0.0, newest + self.every.total_seconds() - self._clock())

    def next_due(self) -> datetime:
        return datetime.fromtimestamp(self._clock() + self.due_in(), UTC)

    async def make(self, trigger: BackupTrigger) -> BackupResult:
        started = datetime.fromtimestamp(self._clock(), UTC)
        try:
            run_id = await self._db.run(lambda s: s.privacy_records.begin_backup(started, trigger))
        except UserFacingError as exc:  # not even the attempt could be recorded (a full disk, say)
            log.warning("%s backup not started: %s", trigger.value, type(exc).__name__)
            raise
        job = BackupJob(self._db, self._data_dir, now=started)
        work = asyncio.get_running_loop().run_in_executor(self._pool, job.run)
        try:
            result = await asyncio.shield(work)
        except asyncio.CancelledError:
            job.stop()
            await asyncio.gather(work, return_exceptions=True)  # the thread has removed its partial files
            await self._finish(run_id, BackupOutcome.CANCELLED)
            raise
        except OperationCancelledError:
            await self._finish(run_id, BackupOutcome.CANCELLED)
            raise
        except Exception as exc:
            reason = failure_of(exc)
            # Unattended, a warning; asked for, the one who asked sees the error itself.
            level = logging.WARNING if trigger is BackupTrigger.DAILY else logging.INFO
            log.log(level, "%s backup failed: %s (%s)", trigger.value, reason.value, type(exc).__name__)
            await self._finish(run_id, BackupOutcome.FAILED, reason=reason)
            raise
        await self._finish(run_id, BackupOutcome.DONE, result=result)
        log.info("%s backup written: %d media files, %d bytes", trigger.value, result.media_files, result.size)
        return result

    async def _finish(
        self,
        run_id: int,
        outcome: BackupOutcome,
        *,
        result: BackupResult | None = None,
        reason: BackupFailure | None = None,
    ) -> None:
        finished = datetime.fromtimestamp(self._clock(), UTC)
        try:
            await self._db.run(
                lambda s: s.privacy_records.finish_backup(
                    run_id,
                    finished,
                    outcome,
                    file_name=result.path.name if result else None,
                    size=result.size if result else None,
                    media_files=result.media_files if result else None,
                    reason=reason,
                )
            )
        except (UserFacingError, RuntimeError):  # a full disk, or the database closing: the log has it
            log.warning("the outcome of a backup could not be recorded")

    def close(self) -> None:
        self._pool.shutdown(wait=False)


class BackupSchedule:
    """A backup a day while the app (or ``serve``) runs: one at start when the newest is a day old or
    missing, then each day; after a failure, again in an hour. The app carries on either way."""

    def __init__(
        self,
        db: Database,
        data_dir: DataDirectory,
        *,
        every: timedelta = DAILY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.backups = Backups(db, data_dir, every=every, clock=clock)
        self._task: asyncio.Task[None] | None = None
        self.last: BackupResult | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="daily-backup")

    async def stop(self) -> None:
        """A backup in progress stops at once and leaves no file."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        self.backups.close()

    def due_in(self) -> float:
        return self.backups.due_in()

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.due_in())
            try:
                self.last = await self.backups.make(BackupTrigger.DAILY)
            except asyncio.CancelledError:
                raise
            except Exception:  # recorded and logged by make()
                await asyncio.sleep(RETRY_AFTER_FAILURE.total_seconds())
