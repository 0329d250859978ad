"""The freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC), spoken to without the keyring library.

keyring's own Secret Service backend does the same through SecretStorage, but importing the keyring library
(its entry points, and through jaraco.context urllib, http.client and email) costs every start about 60 ms
of CPU before the database key can be asked for. Items are kept exactly as that backend keeps them: the
same attributes (``service``, ``username``, ``application``), the same label, in the default collection.
So each reads what the other wrote: data directories set up by earlier versions open unchanged, and the
keyring library (``keyring get``, the other systems' code paths) still finds our entries.

SecretStorage is imported when first used, so that importing this module costs nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretstorage import Collection

# What keyring's SecretService backend writes, so that it finds our items and we find its.
APPLICATION = "Python keyring library"


class SecretServiceError(Exception):
    """The Secret Service did not answer, or would not open (locked, the prompt dismissed)."""


class SecretNotFoundError(SecretServiceError):
    """Nothing is stored under that name."""


class SecretServiceKeyring:
    """get/set/delete_password, as keyring's backends have them, on the Secret Service's default collection.
    Each call opens its own D-Bus connection, as keyring's backend does: a restarted daemon is found again."""

    @staticmethod
    def available() -> bool:
        """Whether a Secret Service answers (or can be started) on the session bus."""
        try:
            import secretstorage

            connection = secretstorage.dbus_init()
        except Exception:  # no bus, a malformed address, SecretStorage missing: not available
            return False
        try:
            return bool(secretstorage.check_service_availability(connection))
        except Exception:
            return False
        finally:
            connection.close()

    def get_password(self, service: str, username: str) -> str | None:
        with _collection() as collection:
            for item in collection.search_items(_attributes(service, username)):
                if item.is_locked():
                    item.unlock()
                    if item.is_locked():
                        raise SecretServiceError("the keyring entry stayed locked (the prompt was dismissed)")
                return bytes(item.get_secret()).decode("utf-8")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = dict(_attributes(service, username), application=APPLICATION)
        with _collection() as collection:
            collection.create_item(
                f"Password for '{username}' on '{service}'", attributes, password.encode("utf-8"), replace=True
            )

    def delete_password(self, service: str, username: str) -> None:
        with _collection() as collection:
            for item in collection.search_items(_attributes(service, username)):
                item.delete()
                return
        raise SecretNotFoundError("nothing is stored under that name")


def _attributes(service: str, username: str) -> dict[str, str]:
    return {"username": username, "service": service}


@contextmanager
def _collection() -> Iterator[Collection]:
    """The default collection, unlocked (the desktop may prompt for the login password), on a fresh connection.
    SecretStorage's and D-Bus's failures come out as SecretServiceError."""
    import secretstorage
    from jeepney.wrappers import DBusErrorResponse

    try:
        connection = secretstorage.dbus_init()
    except (secretstorage.exceptions.SecretStorageException, OSError, ValueError) as exc:
        raise SecretServiceError(f"the Secret Service is not available ({type(exc).__name__})") from None
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            collection.unlock()
            if collection.is_locked():
                raise SecretServiceError("the keyring stayed locked (the prompt was dismissed)")
        yield collection
    except (secretstorage.exceptions.SecretStorageException, DBusErrorResponse, OSError) as exc:
        raise SecretServiceError(f"the Secret Service refused the request ({type(exc).__name__})") from None
    finally:
        connection.close()


def keyring_backend_named() -> bool:
    """Whether a backend is named for the keyring library, on Linux: ``PYTHON_KEYRING_BACKEND``, or keyring's
    config file, where keyring looks for it (``$XDG_CONFIG_HOME/python_keyring/keyringrc.cfg``)."""
    if "PYTHON_KEYRING_BACKEND" in os.environ:
        return True
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return (Path(config_home) / "python_keyring" / "keyringrc.cfg").exists()
