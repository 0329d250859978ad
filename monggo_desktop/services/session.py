"""Unlocking a data directory: the database open and keyed, and the credential store that goes with it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from monggo_desktop.domain.errors import (
    DatabaseKeyMissingError,
    InsecureKeyringError,
    InvalidInputError,
    NotSetUpError,
    PassphraseRequiredError,
    WrongKeyError,
)
from monggo_desktop.domain.keys import DatabaseKey, Passphrase, RawKey
from monggo_desktop.security import vault_config
from monggo_desktop.security.key_slots import KeySlots, open_lock_slot, open_recovery_slot
from monggo_desktop.security.keyring_vetting import SecretStore, assess
from monggo_desktop.security.vault import DEFAULT_SERVICE, KeyringVault, SecretName
from monggo_desktop.security.vault_config import UnlockMode, VaultConfig
from monggo_desktop.services.account.credentials import (
    CachedCredentials,
    CredentialStore,
    DatabaseCredentials,
    KeyringCredentials,
)
from monggo_desktop.services.privacy.deletion_ledger import DeletionLedger, Reapplied, reapply
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
    ephemeral: bool = False  # the demo: its key and credentials live only in memory, no keyring is involved
    reapplied: Reapplied = field(default_factory=Reapplied)  # deletions applied again at unlock (a restore)

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
    """What is needed to unlock: the keyring backend in use, its service name, and a passphrase (passphrase
    mode or the app lock) or the recovery secret (a forgotten passphrase), if any."""

    keyring_backend: SecretStore
    service: str = DEFAULT_SERVICE
    passphrase: Passphrase | None = None
    recovery: RawKey | None = None

    def vault(self, config: VaultConfig) -> KeyringVault:
        return KeyringVault(self.keyring_backend, config.vault_id, self.service)


def unlock(data_dir: DataDirectory, unlocker: Unlocker) -> Session:
    """Open an existing data directory. Never creates a database, and never makes a new key for one.

    After a re-key cut short by a crash, ``vault.json`` names two ways in (the slots before and after);
    the one that opens the database is kept and the other dropped.
    """
    config = vault_config.read(data_dir.vault_config)
    if config is None or not data_dir.database.exists():
        raise NotSetUpError()
    candidates = [config.slots] if config.pending is None else [config.slots, config.pending]
    needs_passphrase: PassphraseRequiredError | None = None
    for slots in candidates:
        try:
            key = _key_for(slots, config, unlocker, legacy=slots is config.slots)
        except PassphraseRequiredError as exc:
            needs_passphrase = exc
            continue
        if key is None:
            continue
        try:
            db = Database.open(data_dir.database, key)
        except WrongKeyError:
            continue
        try:
            config = _settle(data_dir, config, slots, unlocker)
            # Before anything else reads the data: deletions a restored backup does not know yet.
            reapplied = db.call(lambda s: reapply(s, DeletionLedger.in_folder(data_dir.root)))
        except BaseException:
            db.close()
            raise
        if config.mode is UnlockMode.PASSPHRASE:
            credentials: CredentialStore = CachedCredentials(DatabaseCredentials(db))
        else:
            credentials = CachedCredentials(KeyringCredentials(unlocker.vault(config)))
        return Session(data_dir, config, db, credentials, reapplied=reapplied)
    if needs_passphrase is not None:
        raise needs_passphrase
    if unlocker.recovery is not None:
        raise InvalidInputError("that recovery key does not open this database: it belongs to another one")
    raise WrongKeyError()


def _key_for(slots: KeySlots, config: VaultConfig, unlocker: Unlocker, *, legacy: bool) -> DatabaseKey | None:
    """The key these slots give with what the unlocker holds; None when it holds the wrong secret."""
    if unlocker.recovery is not None:
        if config.mode is UnlockMode.PASSPHRASE and slots.lock is None:
            raise InvalidInputError("this database is opened with a passphrase; a recovery key does not apply")
        return open_recovery_slot(slots.recovery, unlocker.recovery)
    if slots.lock is not None:
        if unlocker.passphrase is None:
            raise PassphraseRequiredError(
                "Monggo Pinarak is locked with a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file"
            )
        return open_lock_slot(slots.lock, unlocker.passphrase.value)
    if config.mode is UnlockMode.PASSPHRASE:
        if not legacy:
            return None  # a pending slot without a lock cannot exist in passphrase mode
        if unlocker.passphrase is None:
            raise PassphraseRequiredError(
                "this database is protected by a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file"
            )
        return unlocker.passphrase
    verdict = assess(unlocker.keyring_backend)
    if not verdict.secure:
        raise InsecureKeyringError(
            "the database key is kept in the system keyring, but {reason}: "
            "start Monggo Pinarak where the keyring is available, or run `monggo-desktop recover`",
            reason=verdict.words,
        )
    key = unlocker.vault(config).get_database_key()
    if key is None:
        raise DatabaseKeyMissingError()
    return key


def _settle(data_dir: DataDirectory, config: VaultConfig, opened: KeySlots, unlocker: Unlocker) -> VaultConfig:
    """Make ``opened`` the only way in: finish (or forget) a re-key a crash interrupted."""
    settled = config
    if config.pending is not None:
        settled = replace(config, slots=opened, pending=None)
        vault_config.write(data_dir.vault_config, settled)
        log.info("an interrupted re-key was %s", "completed" if opened is config.pending else "rolled back")
    if settled.mode is UnlockMode.KEYRING and settled.slots.lock is not None:
        # With the lock on, no database key may stay in the keyring, where it would open the file alone.
        unlocker.vault(settled).delete(SecretName.DATABASE_KEY)
    return settled
