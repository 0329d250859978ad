"""Customers writing in through the real ingest path: a webhook body into the inbox, then the applier."""

from __future__ import annotations

import itertools
import json
import time
from datetime import UTC, datetime
from typing import Any

from monggo_desktop.domain.models import Account
from monggo_desktop.services.messaging.ingest import apply_pending
from monggo_desktop.storage import Database, Store

PHONE_NUMBER_ID = "106540352242922"
_wamids = itertools.count(1)


def add_account(store: Store, phone_number_id: str = PHONE_NUMBER_ID) -> int:
    account = store.accounts.add(
        Account(
            phone_number_id=phone_number_id,
            waba_id="102290129340398",
            api_base_url="http://127.0.0.1:1",
            api_version="v25.0",
        )
    )
    assert account.id is not None
    return account.id


def customer_writes(
    db: Database, wa_id: str, text: str, *, name: str = "Pelanggan", phone_number_id: str = PHONE_NUMBER_ID
) -> str:
    return _receive(db, wa_id, name, "text", {"text": {"body": text}}, phone_number_id)


def customer_sends_photo(db: Database, wa_id: str, *, caption: str | None = None, name: str = "Pelanggan") -> str:
    image: dict[str, Any] = {"mime_type": "image/jpeg", "sha256": "c2hhMjU2", "id": f"9000{next(_wamids)}"}
    if caption is not None:
        image["caption"] = caption
    return _receive(db, wa_id, name, "image", {"image": image})


def customer_reacts(db: Database, wa_id: str, to_wamid: str, emoji: str, *, name: str = "Pelanggan") -> str:
    return _receive(db, wa_id, name, "reaction", {"reaction": {"message_id": to_wamid, "emoji": emoji}})


def _receive(
    db: Database, wa_id: str, name: str, kind: str, content: dict[str, Any], phone_number_id: str = PHONE_NUMBER_ID
) -> str:
    wamid = f"wamid.notify.{next(_wamids)}"
    message = {"from": wa_id, "id": wamid, "timestamp": str(int(time.time())), "type": kind, **content}
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": phone_number_id},
        "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
        "messages": [message],
    }
    entry = {"id": "1", "changes": [{"field": "messages", "value": value}]}
    body = json.dumps({"object": "whatsapp_business_account", "entry": [entry]}).encode()
    now = datetime.now(UTC)

    def apply(store: Store) -> None:
        store.inbox.add(body, now)
        counts = apply_pending(store, now=now)
        assert counts.messages == 1, counts

    db.call(apply)
    return wamid
