"""Encrypted backups (privacy policy: kept 90 days) and restoring one into an empty data directory.

A backup is one file under ``backups/``: a ZIP (stored, not compressed: everything in it is already
encrypted) holding an encrypted copy of the database (``sqlcipher_export`` with the same key), the media
files as they are (AES-256-GCM, their keys inside the database), ``vault.json`` (how to unlock: no secret)
and ``manifest.json`` with the SHA-256 of every member. One file, so retention removes it after 90 days.
Restoring checks every hash before anything is written; a damaged backup changes nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import shutil
import time
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from monggo_desktop import __version__
from monggo_desktop.domain.errors import InvalidInputError, StorageUnavailableError
from monggo_desktop.domain.models import utc_now
from monggo_desktop.services.durable_files import sync_folder
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.backup")

FORMAT = 1
DATABASE_MEMBER = "monggo.db"
VAULT_MEMBER = "vault.json"
MANIFEST_MEMBER = "manifest.json"


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    media_files: int
    size: int


def backup_name(at: datetime) -> str:
    return f"monggo-backup-{at:%Y%m%d-%H%M%S}.zip"


def make_backup(store: Store, data_dir: DataDirectory, *, now: datetime | None = None) -> BackupResult:
    """Write a backup under ``backups/``. Runs on the database thread (the export reads the live database
    in one transaction, so the copy is consistent); a failure leaves no partial file."""
    at = now or utc_now()
    data_dir.backups.mkdir(mode=0o700, exist_ok=True)
    target = data_dir.backups / backup_name(at)
    work = data_dir.backups / f".{target.stem}.partial"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(mode=0o700)
    try:
        copy = work / DATABASE_MEMBER
        version = int(store.conn.execute("PRAGMA user_version").fetchone()[0])
        # No KEY: the attached copy is encrypted with the main database's own key (raw key or passphrase).
        store.conn.execute("ATTACH DATABASE ? AS backup", (str(copy),))
        try:
            store.conn.execute("SELECT sqlcipher_export('backup')").fetchall()
            store.conn.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            store.conn.execute("DETACH DATABASE backup")
        media = sorted(p for p in data_dir.media.glob("*.bin")) if data_dir.media.is_dir() else []
        members: list[tuple[str, Path]] = [(DATABASE_MEMBER, copy)]
        if data_dir.vault_config.exists():
            members.append((VAULT_MEMBER, data_dir.vault_config))
        members += [(f"media/{p.name}", p) for p in media]
        manifest = {
            "format": FORMAT,
            "created_at": at.isoformat(),
            "app_version": __version__,
            "schema_version": version,
            "files": {name: _sha256(path) for name, path in members},
        }
        partial = work / target.name
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            for name, path in members:
                archive.write(path, name)
            archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=2, sort_keys=True))
        os.chmod(partial, 0o600)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
        sync_folder(data_dir.backups)
        return BackupResult(target, len(media), target.stat().st_size)
    except OSError as exc:
        raise StorageUnavailableError(
            f"the backup could not be written ({(exc.strerror or 'disk error').lower()}): nothing was kept"
        ) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def restore_backup(source: Path, data_dir: DataDirectory, *, force: bool = False) -> dict[str, object]:
    """Put a backup's files into ``data_dir``. Refuses a data directory in use unless ``force`` (then the
    current files are moved aside to ``*.replaced-<time>``, never deleted). Returns the backup's manifest."""
    manifest = check_backup(source)
    if data_dir.exists() and not force:
        raise InvalidInputError(
            f"{data_dir.root} already holds a Monggo database: restore into an empty folder, or add --force to"
            " replace it (the current files are kept aside, not deleted)"
        )
    data_dir.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if data_dir.exists():
        aside = data_dir.root / f"replaced-{utc_now():%Y%m%d-%H%M%S}"
        aside.mkdir(mode=0o700)
        for path in [*data_dir.database_files(), data_dir.vault_config, data_dir.media]:
            if path.exists():
                path.replace(aside / path.name)
    data_dir.media.mkdir(mode=0o700, exist_ok=True)
    with zipfile.ZipFile(source) as archive:
        for name in manifest["files"]:  # type: ignore[union-attr]
            target = data_dir.root / name
            with archive.open(name) as member, open(target, "wb") as out:
                shutil.copyfileobj(member, out)
            os.chmod(target, 0o600)
    return manifest


def check_backup(source: Path) -> dict[str, object]:
    """The backup's manifest, once every member's hash matches; otherwise a clear error (nothing written)."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read(MANIFEST_MEMBER))
            files = manifest.get("files")
            if manifest.get("format") != FORMAT or not isinstance(files, dict) or DATABASE_MEMBER not in files:
                raise InvalidInputError(f"{source.name} is not a Monggo Pinarak backup this version can restore")
            for name, digest in files.items():
                if name.startswith("/") or ".." in Path(name).parts:
                    raise InvalidInputError(f"{source.name} holds a file outside the data directory: refused")
                if hashlib.sha256(archive.read(name)).hexdigest() != digest:
                    raise InvalidInputError(f"{source.name} is damaged ({name} does not match): nothing was restored")
            return manifest
    except FileNotFoundError:
        raise InvalidInputError(f"there is no file {source}") from None
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidInputError(f"{source.name} is damaged or not a backup: nothing was restored") from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class BackupSchedule:
    """A backup a day while the app (or ``serve``) runs: one at start when the newest is a day old or
    missing, then each day. The database thread makes it, between other work."""

    def __init__(self, db: Database, data_dir: DataDirectory, *, every: timedelta = timedelta(days=1)) -> None:
        self._db = db
        self._data_dir = data_dir
        self._every = every
        self._task: asyncio.Task[None] | None = None
        self.last: BackupResult | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="daily-backup")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def due_in(self) -> float:
        """Seconds until the next backup is due (0: now)."""
        newest = max((p.stat().st_mtime for p in self._data_dir.backups.glob("monggo-backup-*.zip")), default=None)
        if newest is None:
            return 0.0
        return max(0.0, newest + self._every.total_seconds() - time.time())

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.due_in())
            try:
                self.last = await self._db.run(lambda s: make_backup(s, self._data_dir))
                log.info("daily backup written (%d media files)", self.last.media_files)
            except asyncio.CancelledError:
                raise
            except Exception:  # a failed backup is logged and tried again in an hour; the app carries on
                log.exception("daily backup failed")
                await asyncio.sleep(3600)
