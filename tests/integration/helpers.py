"""Small helpers for the integration tests."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from monggo_desktop.domain.models import Account, Contact, Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.setup.first_setup import SetupRequest
from monggo_desktop.storage import Store

# An account as the setup wizard or `setup` would record it; the API base points at a closed loopback port.
SETUP_REQUEST = SetupRequest(
    phone_number_id="106540352242922",
    waba_id="102290129340398",
    access_token="EAAGtestTOKEN1234567890abcdef",
    app_secret="0123456789abcdef0123456789abcdef",
    verify_token="verify-me-please-42",
    api_base_url="http://127.0.0.1:9",
)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the sha256 of its bytes: equal snapshots mean nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def all_bytes(folder: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def seed_conversation(store: Store, *, phone: str, text: str, name: str = "Sari Wulandari") -> int:
    """One account, one contact, one conversation and one inbound message; returns the message id."""
    with store.transaction():
        account = store.accounts.get_by_phone_number_id("106540352242922") or store.accounts.add(
            Account(
                phone_number_id="106540352242922",
                waba_id="102290129340398",
                api_base_url="https://graph.example.test",
                api_version="v25.0",
            )
        )
        contact = store.contacts.get_by_phone(phone) or store.contacts.add(
            Contact(phone_e164=phone, wa_id=phone.lstrip("+"), profile_name=name)
        )
        assert account.id is not None and contact.id is not None
        conversation = store.conversations.get_or_create(account.id, contact.id)
        assert conversation.id is not None
        message = store.messages.add(
            Message(
                conversation_id=conversation.id,
                direction=Direction.INBOUND,
                type="text",
                body=text,
                status=MessageStatus.RECEIVED,
                wamid=f"wamid.{hashlib.sha256(text.encode()).hexdigest()[:24]}",
            )
        )
    assert message is not None and message.id is not None
    return message.id


def cli_environment(*, xdg_root: Path | None, **credentials: str) -> dict[str, str]:
    """The environment a CLI subprocess runs with: this run's keyring service and the given credentials
    (``MONGGO_ACCESS_TOKEN=…`` and so on), and no passphrase unless a test adds one. keyrings.alt's
    plaintext backend, when a test asks for it, writes under ``xdg_root`` (it must not)."""
    from tests.conftest import TEST_KEYRING_SERVICE

    env = dict(os.environ)
    env["MONGGO_KEYRING_SERVICE"] = TEST_KEYRING_SERVICE
    env.update(credentials)
    if xdg_root is not None:
        env["XDG_DATA_HOME"] = str(xdg_root)
    for name in ("MONGGO_PASSPHRASE", "MONGGO_EXPORT_PASSPHRASE"):
        env.pop(name, None)
    return env
