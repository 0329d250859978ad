"""Where the Cloud API credentials live: the OS keyring, or in passphrase mode the encrypted database."""

from __future__ import annotations

from typing import Protocol

from monggo_desktop.security.vault import KeyringVault, SecretName
from monggo_desktop.storage import Database


class CredentialStore(Protocol):
    def get(self, name: SecretName) -> str | None: ...
    def set(self, name: SecretName, value: str) -> None: ...
    def delete(self, name: SecretName) -> None: ...


class KeyringCredentials:
    def __init__(self, vault: KeyringVault) -> None:
        self._vault = vault

    def get(self, name: SecretName) -> str | None:
        return self._vault.get(name)

    def set(self, name: SecretName, value: str) -> None:
        self._vault.set(name, value)

    def delete(self, name: SecretName) -> None:
        self._vault.delete(name)


class DatabaseCredentials:
    """Passphrase mode: credentials in the ``credentials`` table, encrypted with the database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, name: SecretName) -> str | None:
        return self._db.call(lambda s: s.credentials.get(name.value))

    def set(self, name: SecretName, value: str) -> None:
        self._db.call(lambda s: s.credentials.set(name.value, value))

    def delete(self, name: SecretName) -> None:
        self._db.call(lambda s: s.credentials.delete(name.value))
