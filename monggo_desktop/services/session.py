"""Unlocking a data directory: the database open and keyed, and the credential store that goes with it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from keyring.backend import KeyringBackend

from monggo_desktop.domain.errors import (
    DatabaseKeyMissingError,
    InsecureKeyringError,
    NotSetUpError,
    PassphraseRequiredError,
)
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.security import vault_config
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.security.vault import DEFAULT_SERVICE, KeyringVault
from monggo_desktop.security.vault_config import UnlockMode, VaultConfig
from monggo_desktop.services.credentials import (
    CachedCredentials,
    CredentialStore,
    DatabaseCredentials,
    KeyringCredentials,
)
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.services")


@dataclass(slots=True)
class Session:
    data_dir: DataDirectory
    config: VaultConfig
    db: Database
    credentials: CredentialStore
    closed: bool = field(default=False)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.db.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class Unlocker:
    """What is needed to unlock: the keyring backend in use, its service name, and a passphrase if any."""

    keyring_backend: KeyringBackend
    service: str = DEFAULT_SERVICE
    passphrase: Passphrase | None = None

    def vault(self, config: VaultConfig) -> KeyringVault:
        return KeyringVault(self.keyring_backend, config.vault_id, self.service)


def unlock(data_dir: DataDirectory, unlocker: Unlocker) -> Session:
    """Open an existing data directory. Never creates a database, and never makes a new key for one."""
    config = vault_config.read(data_dir.vault_config)
    if config is None or not data_dir.database.exists():
        raise NotSetUpError()
    if config.mode is UnlockMode.PASSPHRASE:
        if unlocker.passphrase is None:
            raise PassphraseRequiredError(
                "this database is protected by a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file"
            )
        db = Database.open(data_dir.database, unlocker.passphrase)
        return Session(data_dir, config, db, CachedCredentials(DatabaseCredentials(db)))
    verdict = assess(unlocker.keyring_backend)
    if not verdict.secure:
        raise InsecureKeyringError(
            f"the database key is kept in the system keyring, but {verdict.reason}: "
            "start Monggo Pinarak where the keyring is available, or run `monggo-desktop recover`"
        )
    vault = unlocker.vault(config)
    key = vault.get_database_key()
    if key is None:
        raise DatabaseKeyMissingError()
    db = Database.open(data_dir.database, key)
    return Session(data_dir, config, db, CachedCredentials(KeyringCredentials(vault)))
