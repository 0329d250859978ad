"""Which keyring backends may hold our secrets.

An allow-list, not a deny-list: a backend we do not know to encrypt at rest (keyrings.alt's plaintext
file, the ``fail`` and ``null`` backends, anything new) is refused, and the app falls back to
passphrase mode instead of storing secrets where anyone with the disk can read them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol

from monggo_desktop.domain.words import Words


class SecretStore(Protocol):
    """What the app asks of a keyring: keyring's backends, and our own Secret Service client."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


# module.Class of backends that keep secrets encrypted by the operating system.
SECURE_BACKENDS = frozenset(
    {
        "monggo_desktop.security.secret_service.SecretServiceKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)
_CHAINER = "keyring.backends.chainer.ChainerBackend"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether secrets may go to the keyring, and if so, the one backend they go to."""

    backend: SecretStore | None
    backend_name: str
    words: Words  # why: the window says it in its language

    @property
    def secure(self) -> bool:
        return self.backend is not None

    @property
    def reason(self) -> str:
        return str(self.words)


def backend_name(backend: SecretStore) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def assess(backend: SecretStore) -> Verdict:
    """Vet ``backend``. A chain of backends is narrowed to its best secure member, so that neither a
    write nor a read ever falls through to a plaintext file further down the chain."""
    name = backend_name(backend)
    if name == _CHAINER:
        children = list(getattr(backend, "backends", []))
        refusals = [assess(child) for child in children]
        for verdict in refusals:
            if verdict.secure:
                return verdict
        if refusals:
            return Verdict(None, name, refusals[0].words)
        return Verdict(None, name, Words("no system keyring is available"))
    if name in SECURE_BACKENDS:
        return Verdict(backend, name, Words("the system keyring encrypts its secrets"))
    short = type(backend).__name__
    module = type(backend).__module__
    if module == "keyring.backends.fail":
        return Verdict(None, name, Words("no system keyring is available"))
    if module == "keyring.backends.null":
        return Verdict(None, name, Words("the system keyring is switched off (null backend)"))
    if module.startswith("keyrings.alt") and "Plaintext" in short:
        return Verdict(None, name, Words("the keyring backend {backend} keeps secrets in a plain file", backend=short))
    return Verdict(None, name, Words("the keyring backend {backend} is not known to encrypt secrets", backend=short))


def system_keyring() -> SecretStore:
    """The keyring the app uses: on Linux the Secret Service, asked directly; elsewhere, or when it does not
    answer, or when a backend is named for the keyring library, ``keyring.get_keyring()``.

    keyring's discovery imports every backend it knows (the macOS and Windows ones too) and asks each whether
    it works, and the library's own import is slow: together about a third of a second at every start. On
    Linux discovery picks the Secret Service whenever that answers, so that is asked first, without the
    library (security.secret_service keeps its items as keyring's backend does). A backend named in
    ``PYTHON_KEYRING_BACKEND`` or keyring's config file still goes through keyring, and is still vetted.
    """
    if sys.platform == "linux":
        from monggo_desktop.security.secret_service import SecretServiceKeyring, keyring_backend_named

        if not keyring_backend_named() and SecretServiceKeyring.available():
            return SecretServiceKeyring()
    import keyring

    return keyring.get_keyring()
