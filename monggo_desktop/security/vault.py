"""Secrets in the OS keyring: the database key and the Cloud API credentials.

Entries are named ``<vault id>:<name>`` under one service, so two data directories never share a key.
Every write is read back: some backends accept a write and keep nothing.
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum

from monggo_desktop.domain.errors import InsecureKeyringError, KeyringError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.words import Words
from monggo_desktop.security.keyring_vetting import SecretStore, assess
from monggo_desktop.security.secret_service import SecretNotFoundError, SecretServiceError

log = logging.getLogger("monggo.security")

DEFAULT_SERVICE = "Monggo Pinarak"


class SecretName(StrEnum):
    DATABASE_KEY = "database_key"
    ACCESS_TOKEN = "access_token"
    APP_SECRET = "app_secret"
    VERIFY_TOKEN = "verify_token"
    TUNNEL_TOKEN = "tunnel_token"  # a named Cloudflare tunnel's token (the "stable tunnel" route)


API_CREDENTIALS = (SecretName.ACCESS_TOKEN, SecretName.APP_SECRET, SecretName.VERIFY_TOKEN)


class KeyringVault:
    def __init__(self, backend: SecretStore, vault_id: str, service: str = DEFAULT_SERVICE) -> None:
        verdict = assess(backend)
        if verdict.backend is None:
            raise InsecureKeyringError("{reason}: secrets are never stored there", reason=verdict.words)
        self._backend = verdict.backend
        self._vault_id = vault_id
        self._service = service

    def _username(self, name: SecretName) -> str:
        return f"{self._vault_id}:{name.value}"

    def get(self, name: SecretName) -> str | None:
        try:
            return self._backend.get_password(self._service, self._username(name))
        except _backend_errors() as exc:
            raise KeyringError(_unavailable(exc)) from None

    def set(self, name: SecretName, value: str) -> None:
        try:
            self._backend.set_password(self._service, self._username(name), value)
            stored = self._backend.get_password(self._service, self._username(name))
        except _backend_errors() as exc:
            raise KeyringError(_unavailable(exc)) from None
        if stored != value:
            raise KeyringError("the system keyring did not keep what was written to it: check that it is unlocked")

    def delete(self, name: SecretName) -> None:
        try:
            self._backend.delete_password(self._service, self._username(name))
        except _not_found_errors():
            pass  # nothing stored under that name
        except _backend_errors() as exc:
            raise KeyringError(_unavailable(exc)) from None

    def get_database_key(self) -> RawKey | None:
        text = self.get(SecretName.DATABASE_KEY)
        if text is None:
            return None
        try:
            return RawKey.from_hex(text)
        except ValueError:
            raise KeyringError(
                "the database key in the system keyring is damaged: run `monggo-desktop recover`"
            ) from None

    def set_database_key(self, key: RawKey) -> None:
        self.set(SecretName.DATABASE_KEY, key.hex())

    def delete_all(self) -> None:
        for name in SecretName:
            self.delete(name)


def _unavailable(exc: BaseException) -> Words:
    # The backend's own message may name the item; say only what kind of failure it was.
    return Words(
        "the system keyring refused the request ({failure}): unlock it, or allow Monggo Pinarak to use it, and try"
        " again",
        failure=type(exc).__name__,
    )


def _backend_errors() -> tuple[type[Exception], ...]:
    """What a backend raises when the keyring fails."""
    return _with_library_error(SecretServiceError, "KeyringError")


def _not_found_errors() -> tuple[type[Exception], ...]:
    """What a backend raises when deleting what is not there."""
    return _with_library_error(SecretNotFoundError, "PasswordDeleteError")


def _with_library_error(ours: type[Exception], library_name: str) -> tuple[type[Exception], ...]:
    """Ours, and the keyring library's when it is in use (its backends import keyring.errors; importing it for
    our own client would load the whole library)."""
    library = sys.modules.get("keyring.errors")
    return (ours,) if library is None else (ours, getattr(library, library_name))
