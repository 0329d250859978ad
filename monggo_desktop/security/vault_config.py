"""``vault.json`` in the data directory: how this database is unlocked. It holds no secret.

``mode`` is ``keyring`` (raw key in the OS keyring) or ``passphrase`` (the user's passphrase keys
SQLCipher); ``vault_id`` names this directory's keyring entries.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from monggo_desktop.domain.errors import StorageUnavailableError

FORMAT = 1


class UnlockMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105 (a mode name)


@dataclass(frozen=True, slots=True)
class VaultConfig:
    mode: UnlockMode
    vault_id: str

    @classmethod
    def new(cls, mode: UnlockMode) -> VaultConfig:
        return cls(mode=mode, vault_id=uuid.uuid4().hex)


def read(path: Path) -> VaultConfig | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return VaultConfig(mode=UnlockMode(data["mode"]), vault_id=str(data["vault_id"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise StorageUnavailableError(
            f"{path.name} in the data directory is unreadable or damaged: restore it from a backup"
        ) from None


def write(path: Path, config: VaultConfig) -> None:
    """Write atomically, readable by the owner only."""
    tmp = path.with_name(path.name + ".tmp")
    payload = json.dumps({"format": FORMAT, "mode": config.mode.value, "vault_id": config.vault_id}, indent=2)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(payload + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
