"""Which keyring backends may hold our secrets.

An allow-list, not a deny-list: a backend we do not know to encrypt at rest (keyrings.alt's plaintext
file, the ``fail`` and ``null`` backends, anything new) is refused, and the app falls back to
passphrase mode instead of storing secrets where anyone with the disk can read them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from keyring.backend import KeyringBackend

# module.Class of backends that keep secrets encrypted by the operating system.
SECURE_BACKENDS = frozenset(
    {
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

    backend: KeyringBackend | None
    backend_name: str
    reason: str

    @property
    def secure(self) -> bool:
        return self.backend is not None


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def assess(backend: KeyringBackend) -> Verdict:
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
            return Verdict(None, name, refusals[0].reason)
        return Verdict(None, name, "no system keyring is available")
    if name in SECURE_BACKENDS:
        return Verdict(backend, name, "the system keyring encrypts its secrets")
    short = type(backend).__name__
    module = type(backend).__module__
    if module == "keyring.backends.fail":
        return Verdict(None, name, "no system keyring is available")
    if module == "keyring.backends.null":
        return Verdict(None, name, "the system keyring is switched off (null backend)")
    if module.startswith("keyrings.alt") and "Plaintext" in short:
        return Verdict(None, name, f"the keyring backend {short} keeps secrets in a plain file")
    return Verdict(None, name, f"the keyring backend {short} is not known to encrypt secrets")


def system_keyring() -> KeyringBackend:
    """The keyring the app uses: ``keyring.get_keyring()``, found faster on Linux.

    keyring's discovery imports every backend it knows (the macOS and Windows ones too) and asks each
    whether it works: about a quarter of a second at every start. On Linux it picks the Secret Service
    whenever that answers, so the Secret Service is asked first and discovery runs only when it does not
    answer, or when a backend is named for the keyring library (``PYTHON_KEYRING_BACKEND``, its config
    file), or on another system. The choice is then set as keyring's, so that later calls agree with it.
    """
    import keyring
    from keyring.util import platform_

    named = "PYTHON_KEYRING_BACKEND" in os.environ or (platform_.config_root() / "keyringrc.cfg").exists()
    if sys.platform != "linux" or named:
        return keyring.get_keyring()
    from keyring.backends import SecretService

    try:
        SecretService.Keyring.priority  # noqa: B018 (raises when the service does not answer)
    except Exception:  # keyring reports an unusable backend with any exception
        return keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    return backend
