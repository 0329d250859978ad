"""``vault.json`` in the data directory: how this database is unlocked. It holds no secret.

``mode`` is ``keyring`` (credentials in the OS keyring) or ``passphrase`` (no secure keyring: credentials in
the database); ``vault_id`` names this directory's keyring entries. ``slots`` say how the database key is
reached besides the keyring (the app lock, the recovery key: ``key_slots``); a passphrase-mode database
without a lock slot is keyed with the passphrase itself. ``pending`` is set only while a re-key is under
way: after a crash, whichever of ``slots`` and ``pending`` opens the database is the one that holds.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from monggo_desktop.domain.errors import StorageUnavailableError
from monggo_desktop.security.key_slots import KeySlots

FORMAT = 1


class UnlockMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105 (a mode name)


@dataclass(frozen=True, slots=True)
class VaultConfig:
    mode: UnlockMode
    vault_id: str
    slots: KeySlots = field(default_factory=KeySlots)
    pending: KeySlots | None = None

    @property
    def app_lock(self) -> bool:
        """A passphrase is needed to open the database (the app lock, or passphrase mode)."""
        return self.slots.lock is not None or self.mode is UnlockMode.PASSPHRASE

    @classmethod
    def new(cls, mode: UnlockMode) -> VaultConfig:
        return cls(mode=mode, vault_id=uuid.uuid4().hex)


def read(path: Path) -> VaultConfig | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pending = data.get("pending")
        return VaultConfig(
            mode=UnlockMode(data["mode"]),
            vault_id=str(data["vault_id"]),
            slots=KeySlots.from_json(data.get("slots") or {}),
            pending=KeySlots.from_json(pending) if isinstance(pending, dict) else None,
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise StorageUnavailableError(
            "{file} in the data directory is unreadable or damaged: restore it from a backup", file=path.name
        ) from None


def write(path: Path, config: VaultConfig) -> None:
    """Write atomically, readable by the owner only."""
    tmp = path.with_name(path.name + ".tmp")
    content: dict[str, object] = {"format": FORMAT, "mode": config.mode.value, "vault_id": config.vault_id}
    if config.slots.lock or config.slots.recovery:
        content["slots"] = config.slots.to_json()
    if config.pending is not None:
        content["pending"] = config.pending.to_json()
    payload = json.dumps(content, indent=2)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(payload + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
