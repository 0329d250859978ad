"""Webhook bodies in Meta's documented shape (cloud-api.md section 8), for tests that need many of them."""

from __future__ import annotations

import json
from typing import Any

PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"


def _envelope(value: dict[str, Any]) -> bytes:
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
        **value,
    }
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": WABA_ID, "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(body).encode()


def inbound_text(wa_id: str, wamid: str, timestamp: int, text: str, name: str = "Pelanggan") -> bytes:
    return _envelope(
        {
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [
                {"from": wa_id, "id": wamid, "timestamp": str(timestamp), "type": "text", "text": {"body": text}}
            ],
        }
    )


def status(
    wamid: str, state: str, timestamp: int, recipient: str, callback: str | None = None, error_code: int | None = None
) -> bytes:
    item: dict[str, Any] = {"id": wamid, "status": state, "timestamp": str(timestamp), "recipient_id": recipient}
    if callback is not None:
        item["biz_opaque_callback_data"] = callback
    if error_code is not None:
        item["errors"] = [{"code": error_code, "title": "Message undeliverable"}]
    return _envelope({"statuses": [item]})


def inbound_reaction(wa_id: str, wamid: str, timestamp: int, to_wamid: str, emoji: str = "👍") -> bytes:
    return _envelope(
        {
            "contacts": [{"profile": {"name": "Pelanggan"}, "wa_id": wa_id}],
            "messages": [
                {
                    "from": wa_id,
                    "id": wamid,
                    "timestamp": str(timestamp),
                    "type": "reaction",
                    "reaction": {"message_id": to_wamid, "emoji": emoji},
                }
            ],
        }
    )
