"""The app lock: a passphrase to open the app, and to come back to it after it locked itself when idle.

Turning the lock on, changing its passphrase and turning it off each re-key the database to a fresh random
key, so that a passphrase that was known once (a former employee's) opens nothing from then on. The steps,
each durable before the next:

1. ``vault.json`` gets a ``pending`` slot set for the new key (turning the lock off, the keyring gets the
   new key first);
2. ``PRAGMA rekey``: one transaction, so the file is under exactly one of the two keys at any moment;
3. ``vault.json``: the pending slots become the current ones; with the lock on, the keyring loses the
   database key.

A crash between two steps is settled at the next unlock: whichever slot set opens the database is kept
(``session._settle``). The recovery key printed at setup keeps working: each new key is also wrapped
under the recovery secret, which the database keeps (encrypted) for the next re-key.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

from monggo_desktop.domain.errors import InvalidInputError, InvalidRecoveryKeyError
from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.security import recovery_key, vault_config
from monggo_desktop.security.key_slots import KeySlots, lock_slot, open_lock_slot, open_recovery_slot, recovery_slot
from monggo_desktop.security.vault import SecretName
from monggo_desktop.security.vault_config import UnlockMode
from monggo_desktop.services.durable_files import sync_folder
from monggo_desktop.services.messaging.notifications import APP_LOCK_ENABLED
from monggo_desktop.services.session import Session, Unlocker
from monggo_desktop.services.setup.first_setup import check_passphrase_strength

log = logging.getLogger("monggo.security")
T = TypeVar("T")

# scrypt and the re-key run here, not on the event loop; one at a time (qasync's default executor is a
# QThread pool that must not outlive the app, so it is not used).
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-lock")

# Name in the database's credentials table (encrypted with the database, never exported).
RECOVERY_SECRET = "recovery_secret"  # noqa: S105 (a name, not a secret)


@dataclass(frozen=True, slots=True)
class LockChange:
    enabled: bool
    recovery_key: str | None = None  # a new recovery key, to be shown once (none existed for this database)


class AppLock:
    def __init__(self, session: Session, unlocker: Unlocker) -> None:
        self._session = session
        self._unlocker = unlocker

    @property
    def enabled(self) -> bool:
        return self._session.config.app_lock

    @property
    def can_turn_off(self) -> bool:
        """Only where a secure keyring can hold the key instead; passphrase mode always asks."""
        return self._session.config.mode is UnlockMode.KEYRING and self._session.config.slots.lock is not None

    def check(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the one that unlocks this database (takes a fifth of a second)."""
        config = self._session.config
        if config.slots.lock is not None:
            key = open_lock_slot(config.slots.lock, passphrase)
            return key is not None and self._session.db.opened_with(key)
        if config.mode is UnlockMode.PASSPHRASE:
            return self._session.db.opened_with(Passphrase(passphrase))
        return False

    async def verify(self, passphrase: str) -> bool:
        return await _off_loop(lambda: self.check(passphrase))

    async def verify_recovery(self, text: str) -> bool:
        """Like ``check_recovery``; a malformed key is simply not this database's."""
        try:
            return await _off_loop(lambda: self.check_recovery(text))
        except InvalidRecoveryKeyError:
            return False

    def check_recovery(self, text: str) -> bool:
        """Whether ``text`` is this database's recovery key; a malformed one raises InvalidRecoveryKeyError."""
        secret = recovery_key.decode(text)
        config = self._session.config
        if config.mode is UnlockMode.PASSPHRASE and config.slots.lock is None:
            return False  # keyed with the passphrase itself: no recovery key was ever made
        key = open_recovery_slot(config.slots.recovery, secret)
        return key is not None and self._session.db.opened_with(key)

    async def turn_on(self, new_passphrase: str) -> LockChange:
        if self.enabled:
            raise InvalidInputError("the app lock is already on: change its passphrase instead")
        return await _off_loop(lambda: self._rekey(new_passphrase))

    async def change(
        self, new_passphrase: str, *, current: str | None = None, recovery: str | None = None
    ) -> LockChange:
        """A new passphrase, proven by the current one or, when it is forgotten, by the recovery key."""
        await _off_loop(lambda: self._prove(current, recovery))
        return await _off_loop(lambda: self._rekey(new_passphrase))

    async def turn_off(self, current: str) -> LockChange:
        if not self.can_turn_off:
            raise InvalidInputError(
                "without a secure system keyring the passphrase is what protects the database: it stays on"
            )
        await _off_loop(lambda: self._prove(current, None))
        return await _off_loop(lambda: self._rekey(None))

    def _prove(self, current: str | None, recovery: str | None) -> None:
        if recovery is not None:
            if not self.check_recovery(recovery):
                raise InvalidInputError("that recovery key does not belong to this database")
        elif current is None or not self.check(current):
            raise InvalidInputError("the current passphrase is not right: check Caps Lock and the keyboard layout")

    def _rekey(self, passphrase: str | None) -> LockChange:
        """Re-key to a fresh key reached by ``passphrase`` (None: through the keyring, no lock)."""
        if passphrase is not None:
            check_passphrase_strength(Passphrase(passphrase))
        session = self._session
        config = session.config
        secret, shown = self._recovery_secret()
        new_key = RawKey.generate()
        new_slots = KeySlots(
            lock=lock_slot(new_key, passphrase) if passphrase is not None else None,
            recovery=recovery_slot(new_key, secret),
        )
        vault = self._unlocker.vault(config) if config.mode is UnlockMode.KEYRING else None
        if passphrase is None and vault is not None:
            vault.set_database_key(new_key)
        self._write(replace(config, pending=new_slots))
        try:
            session.db.rekey(new_key)
        except BaseException:
            if not session.db.opened_with(new_key):  # the re-key did not happen: the old way in stays
                self._write(config)
                if passphrase is None and vault is not None:
                    vault.delete(SecretName.DATABASE_KEY)
                raise
        final = replace(config, slots=new_slots, pending=None)
        self._write(final)
        session.config = final
        if passphrase is not None and vault is not None:
            vault.delete(SecretName.DATABASE_KEY)
        enabled = final.app_lock
        session.db.call(lambda s: s.settings.set(APP_LOCK_ENABLED, enabled))
        log.info("database re-keyed; app lock %s", "on" if enabled else "off")
        return LockChange(enabled=enabled, recovery_key=shown)

    def _recovery_secret(self) -> tuple[RawKey, str | None]:
        """The recovery secret, kept in the database from the first re-key on; a new one (to be shown)
        when this database never had a recovery key (made in passphrase mode)."""
        db = self._session.db
        stored = db.call(lambda s: s.credentials.get(RECOVERY_SECRET))
        if stored is not None:
            return RawKey.from_hex(stored), None
        current = db.key
        if isinstance(current, RawKey) and self._session.config.slots.recovery is None:
            secret, shown = current, None  # still the key made at setup: the recovery key shown then
        else:
            secret = RawKey.generate()
            shown = recovery_key.encode(secret)
        db.call(lambda s: s.credentials.set(RECOVERY_SECRET, secret.hex()))
        return secret, shown

    def _write(self, config: vault_config.VaultConfig) -> None:
        path = self._session.data_dir.vault_config
        vault_config.write(path, config)
        sync_folder(path.parent)


async def _off_loop(work: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(_WORKER, work)
