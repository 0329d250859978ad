"""Public webhook bodies (tests/fixtures/pywa, tests/fixtures/meta_webhooks), made this test account's and posted,
signed, to the real receiver.

Two changes are made to each body, as Meta's would differ from one business to another: the business number's
ids become this test account's, and each message id gets the case's name (pywa and Meta's pages reuse a few ids
across examples, which would make them duplicates of one another here). Ids a message points to (``context.id``,
a reaction's target, an edit's or revoke's original) are left as they are.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.webhook_signature import sign
from monggo_desktop.services.messaging.ingest import InboxSink
from monggo_desktop.storage import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SECRET = "pywa-app-secret"
PHONE_ID = "106540352242922"
SIGNATURE_HEADER = "X-Hub-Signature-256"


def cases(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every body of a fixture folder, as ``("file/case", body)``, in file and case order."""
    found = []
    for path in sorted(folder.glob("*.json")):
        for name, body in json.loads(path.read_text(encoding="utf-8")).items():
            found.append((f"{path.stem}/{name}", body))
    return found


def message_lists(value: dict[str, Any]) -> Iterator[list[Any]]:
    """The lists of messages a change's value carries: customers', the business's echoes, past chats' threads."""
    for key in ("messages", "message_echoes"):
        if isinstance(value.get(key), list):
            yield value[key]
    for chunk in value.get("history") or []:
        for thread in (chunk.get("threads") or []) if isinstance(chunk, dict) else []:
            if isinstance(thread, dict) and isinstance(thread.get("messages"), list):
                yield thread["messages"]


def make_ours(case: str, body: dict[str, Any]) -> dict[str, Any]:
    """The body as this test account would get it (changed in place and returned)."""
    for entry in body.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            if not isinstance(value, dict):
                continue
            if isinstance(value.get("metadata"), dict):
                value["metadata"]["phone_number_id"] = PHONE_ID
            for messages in message_lists(value):
                for message in messages:
                    if isinstance(message, dict) and "id" in message:
                        message["id"] = f"{message['id']}.{case}"
    return body


def as_ours(case: str, body: dict[str, Any]) -> bytes:
    return json.dumps(make_ours(case, body)).encode()


@asynccontextmanager
async def receiving(db: Database) -> AsyncIterator[tuple[WebhookReceiver, httpx.AsyncClient]]:
    """The real receiver, storing into ``db``'s inbox, and a client to post to it."""
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: "v", sink=InboxSink(db))
    await receiver.start()
    try:
        async with httpx.AsyncClient() as client:
            yield receiver, client
    finally:
        await receiver.stop()


async def post_signed(client: httpx.AsyncClient, url: str, raw: bytes) -> int:
    """POST the bytes as Meta does, signed with the app secret; the status code answered."""
    response = await client.post(
        url, content=raw, headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(raw, SECRET)}
    )
    return response.status_code
