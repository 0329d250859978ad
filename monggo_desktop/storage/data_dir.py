"""The data directory and its layout (design.md section 4). Folders 0700, files 0600."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from monggo_desktop import APP_NAME
from monggo_desktop.domain.errors import DiskFullError, StorageUnavailableError

ENV_DATA_DIR = "MONGGO_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True, slots=True)
class DataDirectory:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "monggo.db"

    @property
    def vault_config(self) -> Path:
        return self.root / "vault.json"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def database_files(self) -> list[Path]:
        return [self.database, *(self.database.with_name(self.database.name + s) for s in ("-wal", "-shm"))]

    def exists(self) -> bool:
        return self.database.exists() or self.vault_config.exists()

    def prepare(self) -> None:
        """Create the folders (owner-only) and prove the root is writable.

        A root the user chose that already exists keeps its permissions; our own folders are 0700.
        """
        try:
            if not self.root.exists():
                self.root.mkdir(mode=0o700, parents=True)
                os.chmod(self.root, 0o700)
            for folder in (self.media, self.backups, self.logs):
                folder.mkdir(mode=0o700, exist_ok=True)
                os.chmod(folder, 0o700)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise _storage_error(exc, self.root) from None

    def remove_database_files(self) -> None:
        for path in [*self.database_files(), self.vault_config]:
            path.unlink(missing_ok=True)


def _storage_error(exc: OSError, root: Path) -> StorageUnavailableError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError()
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return StorageUnavailableError(
            "the data directory {folder} is not a folder: choose another with --data-dir", folder=str(root)
        )
    return StorageUnavailableError(
        "the data directory {folder} cannot be written ({reason}): check its permissions or choose another with"
        " --data-dir",
        folder=str(root),
        reason=os.strerror(exc.errno or 0),
    )
