"""Where the Cloud API credentials live: the OS keyring, or in passphrase mode the encrypted database."""

from __future__ import annotations

import time
from collections.abc import Callable
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


class CachedCredentials:
    """Reads kept in memory for a minute: the receiver checks the app secret on every webhook, and a keyring
    read is a blocking D-Bus round trip (about 20 ms) that would otherwise hold up the event loop each time.

    A secret changed by another process (``setup`` run again) is seen within ``ttl`` seconds; one changed
    through this object is seen at once.
    """

    def __init__(self, inner: CredentialStore, *, ttl: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self._inner = inner
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[SecretName, tuple[float, str | None]] = {}

    def get(self, name: SecretName) -> str | None:
        cached = self._cache.get(name)
        now = self._clock()
        if cached is not None and now - cached[0] < self._ttl:
            return cached[1]
        value = self._inner.get(name)
        self._cache[name] = (now, value)
        return value

    def set(self, name: SecretName, value: str) -> None:
        self._inner.set(name, value)
        self._cache[name] = (self._clock(), value)

    def delete(self, name: SecretName) -> None:
        self._inner.delete(name)
        self._cache.pop(name, None)
