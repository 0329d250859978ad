"""The real backend classes, vetted: only those that encrypt at rest may hold our secrets."""

import pytest
from keyring.backends import SecretService, chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from monggo_desktop.domain.errors import InsecureKeyringError
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.security.secret_service import SecretServiceKeyring
from monggo_desktop.security.vault import KeyringVault


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), "no system keyring"),
        (null.Keyring(), "switched off"),
        (PlaintextKeyring(), "plain file"),
    ],
)
def test_insecure_backends_are_refused(backend, reason):
    verdict = assess(backend)
    assert not verdict.secure and verdict.backend is None
    assert reason in verdict.reason
    with pytest.raises(InsecureKeyringError):
        KeyringVault(backend, "vault")


@pytest.mark.parametrize("backend", [SecretService.Keyring(), SecretServiceKeyring()])
def test_secret_service_is_accepted(backend):
    verdict = assess(backend)
    assert verdict.secure and verdict.backend is backend


def test_a_chain_is_narrowed_to_its_secure_member(monkeypatch):
    secure, plaintext = SecretService.Keyring(), PlaintextKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [secure, plaintext])
    assert assess(chainer.ChainerBackend()).backend is secure


def test_a_chain_of_only_insecure_backends_is_refused(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring()])
    assert not assess(chainer.ChainerBackend()).secure
