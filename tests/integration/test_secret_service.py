"""Our Secret Service client against the real service (gnome-keyring in CI), side by side with keyring's
backend: each reads what the other wrote, so data directories set up through either open with both."""

from __future__ import annotations

import uuid

import pytest
import secretstorage
from keyring.backends import SecretService

from monggo_desktop.domain.errors import KeyringError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.security.secret_service import (
    SecretNotFoundError,
    SecretServiceError,
    SecretServiceKeyring,
)
from monggo_desktop.security.vault import KeyringVault, SecretName


def _stored(service: str, user: str) -> list[tuple[str, dict[str, str]]]:
    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        items = collection.search_items({"service": service, "username": user})
        return [(item.get_label(), dict(item.get_attributes())) for item in items]
    finally:
        connection.close()


def test_each_reads_what_the_other_wrote(secure_keyring, keyring_service):
    ours, library = SecretServiceKeyring(), SecretService.Keyring()
    user_a, user_b = f"{uuid.uuid4().hex}:a", f"{uuid.uuid4().hex}:b"
    ours.set_password(keyring_service, user_a, "written-by-us-ü")
    library.set_password(keyring_service, user_b, "written-by-keyring")
    assert library.get_password(keyring_service, user_a) == "written-by-us-ü"
    assert ours.get_password(keyring_service, user_b) == "written-by-keyring"
    ours_item, library_item = _stored(keyring_service, user_a)[0], _stored(keyring_service, user_b)[0]
    mine = {"application", "service", "username"}  # the service may add its own (xdg:schema)
    assert {k: ours_item[1][k] for k in mine} == {k: library_item[1][k] for k in mine} | {"username": user_a}
    assert ours_item[0] == f"Password for '{user_a}' on '{keyring_service}'"
    ours.delete_password(keyring_service, user_b)
    library.delete_password(keyring_service, user_a)
    assert ours.get_password(keyring_service, user_a) is None
    assert library.get_password(keyring_service, user_b) is None


def test_a_write_replaces_and_a_missing_entry_is_said(secure_keyring, keyring_service):
    ours, user = SecretServiceKeyring(), f"{uuid.uuid4().hex}:token"
    ours.set_password(keyring_service, user, "first")
    ours.set_password(keyring_service, user, "second")
    assert ours.get_password(keyring_service, user) == "second"
    assert len(_stored(keyring_service, user)) == 1
    ours.delete_password(keyring_service, user)
    with pytest.raises(SecretNotFoundError):
        ours.delete_password(keyring_service, user)


def test_the_vault_round_trip_with_our_client(secure_keyring, keyring_service):
    vault = KeyringVault(SecretServiceKeyring(), uuid.uuid4().hex, keyring_service)
    key = RawKey.generate()
    vault.set_database_key(key)
    vault.set(SecretName.ACCESS_TOKEN, "EAAG-ours")
    assert vault.get_database_key() == key and vault.get(SecretName.ACCESS_TOKEN) == "EAAG-ours"
    vault.delete_all()
    vault.delete_all()  # nothing left to delete: not an error
    assert vault.get_database_key() is None


def test_no_service_is_a_clear_failure(secure_keyring, keyring_service, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert not SecretServiceKeyring.available()
    with pytest.raises(SecretServiceError):
        SecretServiceKeyring().get_password(keyring_service, "anyone")
    vault = KeyringVault(SecretServiceKeyring(), uuid.uuid4().hex, keyring_service)
    with pytest.raises(KeyringError, match="SecretServiceError"):
        vault.get(SecretName.ACCESS_TOKEN)
