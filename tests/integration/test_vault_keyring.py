"""The vault against the real OS keyring (gnome-keyring's Secret Service in CI)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from keyring.backends import null

from monggo_desktop.domain.errors import DatabaseKeyMissingError, InsecureKeyringError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.security.vault import KeyringVault, SecretName
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.services.setup.first_setup import recover, set_up
from tests.integration.helpers import SETUP_REQUEST as REQUEST
from tests.integration.helpers import snapshot


def test_round_trip_through_the_real_secret_service(secure_keyring, keyring_service):
    vault = KeyringVault(secure_keyring, uuid.uuid4().hex, keyring_service)
    key = RawKey.generate()
    vault.set_database_key(key)
    vault.set(SecretName.ACCESS_TOKEN, "EAAG-round-trip")
    assert vault.get_database_key() == key
    assert vault.get(SecretName.ACCESS_TOKEN) == "EAAG-round-trip"
    assert type(secure_keyring).__module__.startswith("keyring.backends.")
    vault.delete_all()
    assert vault.get_database_key() is None
    assert vault.get(SecretName.ACCESS_TOKEN) is None


def test_vaults_of_two_data_directories_do_not_share_entries(secure_keyring, keyring_service):
    a = KeyringVault(secure_keyring, uuid.uuid4().hex, keyring_service)
    b = KeyringVault(secure_keyring, uuid.uuid4().hex, keyring_service)
    a.set(SecretName.APP_SECRET, "secret-a")
    try:
        assert b.get(SecretName.APP_SECRET) is None
    finally:
        a.delete_all()


def test_setup_keeps_every_secret_in_the_keyring_and_unlocks_again(data_dir, secure_keyring, keyring_service):
    unlocker = Unlocker(secure_keyring, keyring_service)
    result = set_up(data_dir, unlocker, REQUEST)
    assert result.created and result.mode.value == "keyring" and result.recovery_key
    with unlock(data_dir, unlocker) as session:
        assert session.credentials.get(SecretName.ACCESS_TOKEN) == REQUEST.access_token
        assert session.credentials.get(SecretName.APP_SECRET) == REQUEST.app_secret
        assert session.credentials.get(SecretName.VERIFY_TOKEN) == REQUEST.verify_token
        assert session.db.call(lambda s: s.credentials.get("access_token")) is None  # not in the database
        [account] = session.db.call(lambda s: s.accounts.list())
        assert (account.phone_number_id, account.api_base_url) == ("106540352242922", "http://127.0.0.1:9")
    unlocker.vault(session.config).delete_all()


def test_the_recovery_key_opens_the_database_after_the_keyring_entry_is_lost(data_dir, secure_keyring, keyring_service):
    unlocker = Unlocker(secure_keyring, keyring_service)
    result = set_up(data_dir, unlocker, REQUEST)
    with unlock(data_dir, unlocker) as session:
        vault = unlocker.vault(session.config)
    vault.delete(SecretName.DATABASE_KEY)
    before = snapshot(data_dir.root)
    with pytest.raises(DatabaseKeyMissingError, match="recover"):
        unlock(data_dir, unlocker)
    assert snapshot(data_dir.root) == before  # no new key, no new database
    assert vault.get_database_key() is None

    recover(data_dir, unlocker, result.recovery_key.lower())
    with unlock(data_dir, unlocker) as session:
        assert session.credentials.get(SecretName.ACCESS_TOKEN) == REQUEST.access_token
    vault.delete_all()


def test_a_null_backend_never_leads_to_a_new_key_for_an_existing_database(data_dir, secure_keyring, keyring_service):
    set_up(data_dir, Unlocker(secure_keyring, keyring_service), REQUEST)
    before = snapshot(data_dir.root)
    with pytest.raises(InsecureKeyringError, match="switched off"):
        unlock(data_dir, Unlocker(null.Keyring(), keyring_service))
    with pytest.raises(InsecureKeyringError):
        set_up(data_dir, Unlocker(null.Keyring(), keyring_service), REQUEST)
    assert snapshot(data_dir.root) == before
    with unlock(data_dir, Unlocker(secure_keyring, keyring_service)) as session:
        unlocker = Unlocker(secure_keyring, keyring_service)
        assert unlocker.vault(session.config).get_database_key() is not None
        unlocker.vault(session.config).delete_all()


def test_a_setup_killed_before_the_database_existed_is_started_over(data_dir, secure_keyring, keyring_service):
    from monggo_desktop.security import vault_config
    from monggo_desktop.security.vault_config import UnlockMode, VaultConfig

    unlocker = Unlocker(secure_keyring, keyring_service)
    data_dir.prepare()
    stale = VaultConfig.new(UnlockMode.KEYRING)
    vault_config.write(data_dir.vault_config, stale)
    unlocker.vault(stale).set_database_key(RawKey.generate())

    result = set_up(data_dir, unlocker, REQUEST)
    assert result.created
    assert unlocker.vault(stale).get_database_key() is None  # the orphaned key is gone
    with unlock(data_dir, unlocker) as session:
        assert session.config.vault_id != stale.vault_id
        unlocker.vault(session.config).delete_all()


# Which keyring the app takes (security.keyring_vetting.system_keyring): each case in a fresh interpreter,
# because the choice is set as the keyring library's for the rest of the process.
_CHOOSE = (
    "import sys\n"
    "from monggo_desktop.security.keyring_vetting import assess, system_keyring\n"
    "k = system_keyring()\n"
    "print(type(k).__module__ + '.' + type(k).__qualname__, assess(k).secure, 'keyring' in sys.modules)\n"
)


def _chosen(**env_changes: str | None) -> list[str]:
    env = dict(os.environ)
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    done = subprocess.run(
        [sys.executable, "-c", _CHOOSE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.split()


def test_the_app_takes_the_secret_service_without_the_keyring_library(secure_keyring):
    assert _chosen() == ["monggo_desktop.security.secret_service.SecretServiceKeyring", "True", "False"]


def test_a_backend_named_for_the_keyring_library_is_the_one_taken_and_vetted(secure_keyring):
    name, secure, _loaded = _chosen(PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    assert (name, secure) == ("keyrings.alt.file.PlaintextKeyring", "False")  # then: passphrase mode


def test_a_backend_named_in_keyrings_config_file_is_the_one_taken(secure_keyring, tmp_path):
    config = tmp_path / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir()
    config.write_text("[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n")
    name, secure, _loaded = _chosen(XDG_CONFIG_HOME=str(tmp_path))
    assert (name, secure) == ("keyrings.alt.file.PlaintextKeyring", "False")


def test_without_a_secret_service_the_keyring_library_looks_further(secure_keyring):
    name, secure, loaded = _chosen(DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus")
    assert "SecretService" not in name and secure == "False" and loaded == "True"
