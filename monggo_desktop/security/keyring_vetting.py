"""Which keyring backends may hold our secrets.

An allow-list, not a deny-list: a backend we do not know to encrypt at rest (keyrings.alt's plaintext
file, the ``fail`` and ``null`` backends, anything new) is refused, and the app falls back to
passphrase mode instead of storing secrets where anyone with the disk can read them.
"""

from __future__ import annotations

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
