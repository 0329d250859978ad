"""10,000 signed deliveries over loopback, 30 % duplicated, statuses shuffled: the exact final state."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

import aiohttp

from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.webhook_signature import HEADER, sign
from monggo_desktop.domain.models import Account, Contact, Direction, Message
from monggo_desktop.domain.status import MessageStatus, rank
from monggo_desktop.services.messaging.ingest import InboxApplier, InboxSink
from tests.integration.webhook_bodies import PHONE_NUMBER_ID, WABA_ID, inbound_text, status

SECRET = "e2e-secret"
CUSTOMERS = 200
INBOUND_PER_CUSTOMER = 10
OUTBOUND = 1_900
T0 = 1_764_400_000


def plan(rng: random.Random) -> tuple[list[bytes], dict[str, int]]:
    unique: list[bytes] = []
    for c in range(CUSTOMERS):
        wa_id = f"1650555{c:04d}"
        for i in range(INBOUND_PER_CUSTOMER):
            unique.append(inbound_text(wa_id, f"wamid.IN{c:04d}{i:02d}", T0 + i * 60, f"Pesan {i} dari {c}"))
    for n in range(OUTBOUND):
        recipient = f"1650555{n % CUSTOMERS:04d}"
        for offset, state in ((1, "sent"), (2, "delivered"), (3, "read")):
            unique.append(status(f"wamid.OUT{n:05d}", state, T0 + 1000 + n + offset, recipient, callback=None))
    duplicates = rng.sample(unique, k=round(len(unique) * 0.3))
    deliveries = unique + duplicates
    rng.shuffle(deliveries)
    return deliveries, {"unique": len(unique), "duplicates": len(duplicates)}


async def test_ten_thousand_deliveries_end_in_the_exact_state(db):
    rng = random.Random(20261129)
    deliveries, sizes = plan(rng)
    assert len(deliveries) >= 10_000

    def seed(s):
        account = s.accounts.add(
            Account(
                phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID, api_base_url="http://127.0.0.1:1", api_version="v25.0"
            )
        )
        for n in range(OUTBOUND):
            wa_id = f"1650555{n % CUSTOMERS:04d}"
            contact = s.contacts.get_by_phone("+" + wa_id) or s.contacts.add(
                Contact(phone_e164="+" + wa_id, wa_id=wa_id)
            )
            conversation = s.conversations.get_or_create(account.id, contact.id)
            s.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.OUTBOUND,
                    type="text",
                    body=f"Balasan {n}",
                    wamid=f"wamid.OUT{n:05d}",
                )
            )

    db.call(seed)
    applier = InboxApplier(db)
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: "v", sink=InboxSink(db, applier.wake))
    await receiver.start()
    applier_task = asyncio.create_task(applier.run())
    regressions: list[str] = []
    watching = True

    async def watch_ticks() -> None:
        seen: dict[int, int] = {}
        while watching:
            rows = await db.run(
                lambda s: s.conn.execute("SELECT id, status FROM messages WHERE direction = 'out'").fetchall()
            )
            for message_id, state in rows:
                value = rank(MessageStatus(state))
                if value < seen.get(message_id, 0):
                    regressions.append(f"{message_id}: {state}")
                seen[message_id] = value
            await asyncio.sleep(0.05)

    watcher = asyncio.create_task(watch_ticks())
    try:
        connector = aiohttp.TCPConnector(limit=32)
        async with aiohttp.ClientSession(connector=connector) as http:
            semaphore = asyncio.Semaphore(32)

            async def post(body: bytes) -> int:
                async with semaphore, http.post(receiver.url, data=body, headers={HEADER: sign(body, SECRET)}) as r:
                    return r.status

            answers = await asyncio.gather(*(post(b) for b in deliveries))
        assert set(answers) == {200}
        async with asyncio.timeout(60):
            while await db.run(lambda s: s.inbox.pending_count()):
                await asyncio.sleep(0.05)
    finally:
        watching = False
        await watcher
        applier.stop()
        await applier_task
        await receiver.stop()

    def final(s):
        q = lambda sql: s.conn.execute(sql).fetchall()  # noqa: E731
        return {
            "inbound": q("SELECT count(*), count(DISTINCT wamid) FROM messages WHERE direction = 'in'")[0],
            "outbound": q("SELECT status, count(*) FROM messages WHERE direction = 'out' GROUP BY status"),
            "times": q(
                "SELECT count(*) FROM messages WHERE direction = 'out' AND sent_at < delivered_at"
                " AND delivered_at < read_at"
            ),
            "unread": q("SELECT min(unread_count), max(unread_count), count(*) FROM conversations"),
            "pending": s.pending_statuses.count(),
            "inbox_rows": q("SELECT count(*) FROM webhook_inbox")[0][0],
        }

    state = db.call(final)
    assert state["inbound"] == (CUSTOMERS * INBOUND_PER_CUSTOMER, CUSTOMERS * INBOUND_PER_CUSTOMER)
    assert state["outbound"] == [("read", OUTBOUND)]
    assert state["times"] == [(OUTBOUND,)]
    assert state["unread"] == [(INBOUND_PER_CUSTOMER, INBOUND_PER_CUSTOMER, CUSTOMERS)]
    assert state["pending"] == 0
    assert state["inbox_rows"] == sizes["unique"]  # byte-identical re-deliveries were not stored twice
    assert regressions == []
    assert datetime.now(UTC)  # the run finished inside its timeouts
