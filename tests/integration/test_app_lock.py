"""The app lock against a real SQLCipher file and the real keyring: turning it on, changing and forgetting
its passphrase, turning it off, and a re-key cut short at each step."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest

from monggo_desktop.domain.errors import (
    InvalidInputError,
    PassphraseRequiredError,
    WeakPassphraseError,
    WrongKeyError,
)
from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.security import recovery_key, vault_config
from monggo_desktop.security.key_slots import KeySlots, lock_slot
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account import app_lock as app_lock_module
from monggo_desktop.services.account.app_lock import AppLock
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.services.setup.first_setup import recover, set_up
from monggo_desktop.storage import Database
from tests.integration.helpers import SETUP_REQUEST as REQUEST
from tests.integration.helpers import seed_conversation

OLD = "correct horse battery staple"
NEW = "tidak ada yang tahu kata sandi ini"


@pytest.fixture
def account(data_dir, secure_keyring, keyring_service):
    """A keyring-mode data directory with one message in it; yields (unlocker, recovery key)."""
    unlocker = Unlocker(secure_keyring, keyring_service)
    result = set_up(data_dir, unlocker, REQUEST)
    with unlock(data_dir, unlocker) as session:
        session.db.call(lambda s: seed_conversation(s, phone="+6281234567890", text="Pesanan saya sudah sampai?"))
        vault = unlocker.vault(session.config)
    yield unlocker, result.recovery_key
    vault.delete_all()


def _with(unlocker: Unlocker, passphrase: str | None = None) -> Unlocker:
    return replace(unlocker, passphrase=Passphrase(passphrase) if passphrase is not None else None)


def _message_count(data_dir, unlocker: Unlocker) -> int:
    with unlock(data_dir, unlocker) as session:
        return session.db.call(lambda s: s.conn.execute("SELECT count(*) FROM messages").fetchone()[0])


def _turn_on(data_dir, unlocker: Unlocker, passphrase: str = OLD):
    with unlock(data_dir, unlocker) as session:
        old_key = session.db.key
        change = asyncio.run(AppLock(session, unlocker).turn_on(passphrase))
    return old_key, change


def test_turning_the_lock_on_rekeys_and_takes_the_key_out_of_the_keyring(data_dir, account):
    unlocker, _ = account
    old_key, change = _turn_on(data_dir, unlocker)
    assert change.enabled and change.recovery_key is None  # the recovery key from setup still holds

    config = vault_config.read(data_dir.vault_config)
    assert config.slots.lock is not None and config.pending is None
    assert unlocker.vault(config).get(SecretName.DATABASE_KEY) is None
    assert unlocker.vault(config).get(SecretName.ACCESS_TOKEN) == REQUEST.access_token  # credentials stay
    with pytest.raises(WrongKeyError):
        Database.open(data_dir.database, old_key).close()  # the old key opens nothing any more
    with pytest.raises(PassphraseRequiredError):
        unlock(data_dir, unlocker)
    with pytest.raises(WrongKeyError):
        unlock(data_dir, _with(unlocker, "not the passphrase at all"))
    assert _message_count(data_dir, _with(unlocker, OLD)) == 1
    with unlock(data_dir, _with(unlocker, OLD)) as session:
        assert session.db.call(lambda s: s.settings.get("app_lock.enabled")) is True


def test_check_tells_the_right_passphrase_and_recovery_key_from_wrong_ones(data_dir, account):
    unlocker, shown = account
    _turn_on(data_dir, unlocker)
    with unlock(data_dir, _with(unlocker, OLD)) as session:
        lock = AppLock(session, unlocker)
        assert lock.enabled and lock.can_turn_off
        assert lock.check(OLD)
        assert not lock.check(OLD.upper())
        assert lock.check_recovery(shown.lower().replace("-", " "))
        other = recovery_key.encode(RawKey.generate())
        assert not lock.check_recovery(other)


def test_changing_the_passphrase_needs_the_current_one_and_keeps_the_recovery_key(data_dir, account):
    unlocker, shown = account
    _turn_on(data_dir, unlocker)
    with unlock(data_dir, _with(unlocker, OLD)) as session:
        lock = AppLock(session, unlocker)
        with pytest.raises(InvalidInputError, match="current passphrase is not right"):
            asyncio.run(lock.change(NEW, current="a guess that is wrong"))
        with pytest.raises(WeakPassphraseError):
            asyncio.run(lock.change("short", current=OLD))
        change = asyncio.run(lock.change(NEW, current=OLD))
        assert change.enabled and change.recovery_key is None
    with pytest.raises(WrongKeyError):
        unlock(data_dir, _with(unlocker, OLD))
    assert _message_count(data_dir, _with(unlocker, NEW)) == 1
    recovered = replace(unlocker, recovery=recovery_key.decode(shown))
    assert _message_count(data_dir, recovered) == 1  # printed once at setup, still good after two re-keys


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(data_dir, account):
    unlocker, shown = account
    _turn_on(data_dir, unlocker)
    with unlock(data_dir, replace(unlocker, recovery=recovery_key.decode(shown))) as session:
        lock = AppLock(session, unlocker)
        with pytest.raises(InvalidInputError, match="recovery key"):
            asyncio.run(lock.change(NEW, recovery=recovery_key.encode(RawKey.generate())))
        asyncio.run(lock.change(NEW, recovery=shown))
    assert _message_count(data_dir, _with(unlocker, NEW)) == 1


def test_turning_the_lock_off_puts_a_new_key_in_the_keyring(data_dir, account):
    unlocker, shown = account
    _turn_on(data_dir, unlocker)
    with unlock(data_dir, _with(unlocker, OLD)) as session:
        lock = AppLock(session, unlocker)
        with pytest.raises(InvalidInputError, match="current passphrase is not right"):
            asyncio.run(lock.turn_off("wrong wrong wrong wrong"))
        change = asyncio.run(lock.turn_off(OLD))
        assert not change.enabled and not lock.enabled
    assert _message_count(data_dir, unlocker) == 1  # no passphrase asked
    assert vault_config.read(data_dir.vault_config).slots.lock is None
    assert _message_count(data_dir, replace(unlocker, recovery=recovery_key.decode(shown))) == 1


def test_the_recover_command_opens_a_locked_database_and_turns_the_lock_off(data_dir, account):
    unlocker, shown = account
    _turn_on(data_dir, unlocker)
    with pytest.raises(InvalidInputError):
        recover(data_dir, unlocker, recovery_key.encode(RawKey.generate()))
    recover(data_dir, unlocker, shown)
    assert _message_count(data_dir, unlocker) == 1
    assert not vault_config.read(data_dir.vault_config).app_lock


def test_a_failed_rekey_leaves_the_old_way_in(data_dir, account, monkeypatch):
    unlocker, _ = account
    with unlock(data_dir, unlocker) as session:

        def refuse(key) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(session.db, "rekey", refuse)
        with pytest.raises(OSError):
            asyncio.run(AppLock(session, unlocker).turn_on(OLD))
    config = vault_config.read(data_dir.vault_config)
    assert config.pending is None and config.slots.lock is None
    assert _message_count(data_dir, unlocker) == 1  # still opens from the keyring, no passphrase


def test_a_crash_after_the_rekey_is_completed_at_the_next_unlock(data_dir, account, monkeypatch):
    unlocker, _ = account
    _turn_on(data_dir, unlocker)
    real_write = vault_config.write
    writes: list[object] = []

    def crash_on_the_final_write(path, config) -> None:
        writes.append(config)
        if config.pending is None:
            raise OSError("power cut")  # the re-key is done; vault.json still names it as pending
        real_write(path, config)

    with unlock(data_dir, _with(unlocker, OLD)) as session:
        monkeypatch.setattr(app_lock_module.vault_config, "write", crash_on_the_final_write)
        with pytest.raises(OSError):
            asyncio.run(AppLock(session, unlocker).change(NEW, current=OLD))
        monkeypatch.undo()
    on_disk = json.loads(data_dir.vault_config.read_text())
    assert "pending" in on_disk
    with pytest.raises(WrongKeyError):
        unlock(data_dir, _with(unlocker, OLD))
    assert _message_count(data_dir, _with(unlocker, NEW)) == 1
    assert vault_config.read(data_dir.vault_config).pending is None  # settled
    with pytest.raises(WrongKeyError):
        unlock(data_dir, _with(unlocker, OLD))


def test_a_crash_before_the_rekey_keeps_the_old_passphrase(data_dir, account):
    unlocker, _ = account
    _turn_on(data_dir, unlocker)
    config = vault_config.read(data_dir.vault_config)
    never_used = RawKey.generate()
    vault_config.write(data_dir.vault_config, replace(config, pending=KeySlots(lock=lock_slot(never_used, NEW))))
    with pytest.raises(WrongKeyError):
        unlock(data_dir, _with(unlocker, NEW))  # its slot unwraps, but the file was never re-keyed
    assert _message_count(data_dir, _with(unlocker, OLD)) == 1
    assert vault_config.read(data_dir.vault_config).pending is None


def test_passphrase_mode_changes_its_passphrase_and_gains_a_recovery_key(data_dir, secure_keyring, keyring_service):
    unlocker = Unlocker(secure_keyring, keyring_service)
    set_up(data_dir, _with(unlocker, OLD), REQUEST)  # a passphrase at setup: passphrase mode, no recovery key
    with unlock(data_dir, _with(unlocker, OLD)) as session:
        lock = AppLock(session, unlocker)
        assert lock.enabled and not lock.can_turn_off
        assert lock.check(OLD) and not lock.check(NEW)
        with pytest.raises(InvalidInputError, match="stays on"):
            asyncio.run(lock.turn_off(OLD))
        change = asyncio.run(lock.change(NEW, current=OLD))
        assert change.enabled and change.recovery_key is not None
    with pytest.raises(WrongKeyError):
        unlock(data_dir, _with(unlocker, OLD))
    with unlock(data_dir, _with(unlocker, NEW)) as session:
        assert session.credentials.get(SecretName.ACCESS_TOKEN) == REQUEST.access_token  # still in the database
    assert _message_count(data_dir, replace(unlocker, recovery=recovery_key.decode(change.recovery_key))) == 0
