"""Ingest throughput: verified webhook body -> durable inbox -> applied, committed message rows (issue 4).

One message per webhook body (Meta's usual shape, and the worst case), from 500 customers, through the
same InboxSink and InboxApplier the receiver uses, on an encrypted database in a temporary folder.
Prints JSON: messages per second end to end, and for the apply step alone. Median of RUNS runs.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import machine

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account
from monggo_desktop.services.messaging.ingest import InboxApplier, InboxSink, apply_pending
from monggo_desktop.storage import Database
from tests.integration.webhook_bodies import PHONE_NUMBER_ID, WABA_ID, inbound_text

MESSAGES = 20_000
RUNS = 3
TEXTS = (
    "Halo kak, batik parang masih ada?",
    "Pesanan 20 kodi bisa dikirim minggu ini?",
    "Do you ship to London? I'd like three scarves.",
    "Terima kasih, barangnya sudah sampai 🙏",
)


def bodies() -> list[bytes]:
    return [
        inbound_text(f"628123{n % 500:06d}", f"wamid.BENCH{n:07d}", 1_764_400_000 + n, TEXTS[n % len(TEXTS)])
        for n in range(MESSAGES)
    ]


def fresh_db(folder: Path) -> Database:
    db = Database.open(folder / f"ingest-{time.monotonic_ns()}.db", RawKey.generate(), create=True)
    db.call(
        lambda s: s.accounts.add(
            Account(
                phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID, api_base_url="http://127.0.0.1:1", api_version="v25.0"
            )
        )
    )
    return db


async def end_to_end(folder: Path, items: list[bytes]) -> float:
    db = fresh_db(folder)
    applier = InboxApplier(db)
    sink = InboxSink(db, applier.wake)
    task = asyncio.create_task(applier.run())
    now = datetime.now(UTC)
    start = time.perf_counter()
    semaphore = asyncio.Semaphore(64)  # the receiver serves many deliveries at once

    async def deliver(body: bytes) -> None:
        async with semaphore:
            await sink(body, now)

    await asyncio.gather(*(deliver(b) for b in items))
    while await db.run(lambda s: s.inbox.pending_count()):
        await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - start
    applier.stop()
    await task
    assert db.call(lambda s: s.messages.count()) == len(items)
    db.close()
    return len(items) / elapsed


def apply_only(folder: Path, items: list[bytes]) -> float:
    db = fresh_db(folder)
    now = datetime.now(UTC)

    def fill(s):  # type: ignore[no-untyped-def]
        with s.transaction():
            for body in items:
                s.inbox.add(body, now)

    db.call(fill)
    start = time.perf_counter()
    while db.call(lambda s: apply_pending(s).bodies):
        pass
    elapsed = time.perf_counter() - start
    db.close()
    return len(items) / elapsed


def main() -> None:
    items = bodies()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        e2e, apply = [], []
        for _ in range(RUNS):
            e2e.append(asyncio.run(end_to_end(folder, items)))
            apply.append(apply_only(folder, items))
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "dataset": {"messages": MESSAGES, "messages_per_body": 1, "runs": RUNS},
                "metrics": {
                    "ingest_msgs_per_s": round(statistics.median(e2e)),
                    "apply_only_msgs_per_s": round(statistics.median(apply)),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
