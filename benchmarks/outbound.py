"""Outbound throughput: the sender against the simulator over loopback (issue 4).

600 customers with 2 messages each are queued at once; the sender must reach the number's throughput
(80 messages/s) and never send two messages to one customer less than 6 s apart. Prints JSON: the
sustained send rate, the smallest gap seen between two sends to one customer, and the total time.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import machine

from monggo_desktop.services.messaging.outbox import conversation_for_number, queue_text
from tests.integration.engine_helpers import running_engine

CUSTOMERS = 600
PER_CUSTOMER = 2
PAIR_INTERVAL = 6.0


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with running_engine(Path(tmp), pair_interval=PAIR_INTERVAL, status_delays=(120, 240, 360)) as engine:
            phones = [f"+1650555{n:04d}" for n in range(CUSTOMERS)]
            for phone in phones:
                engine.simulator.open_window(phone.lstrip("+"))

            def queue_all(s):  # type: ignore[no-untyped-def]
                for phone in phones:
                    conversation = conversation_for_number(s, engine.account_id, phone)
                    s.conversations.record_inbound(conversation, datetime.now(UTC))
                for round_ in range(PER_CUSTOMER):
                    for phone in phones:
                        conversation = conversation_for_number(s, engine.account_id, phone)
                        queue_text(s, conversation, f"Promo {round_} untuk pelanggan setia")

            await engine.db.run(queue_all)
            total = CUSTOMERS * PER_CUSTOMER
            seen: list[tuple[float, str]] = []
            start = time.perf_counter()
            engine.sender.wake()
            while len(seen) < total:
                sent = engine.simulator.sent_messages
                now = time.perf_counter()
                seen.extend((now, m["to"]) for m in sent[len(seen) :])
                await asyncio.sleep(0.01)
            elapsed = time.perf_counter() - start
    rate = (len(seen) - 1) / (seen[-1][0] - seen[0][0])
    last: dict[str, float] = {}
    smallest_gap = float("inf")
    for t, to in seen:
        if to in last:
            smallest_gap = min(smallest_gap, t - last[to])
        last[to] = t
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "dataset": {"customers": CUSTOMERS, "messages_per_customer": PER_CUSTOMER, "cap_per_s": 80},
                "metrics": {
                    "outbound_msgs_per_s": round(rate, 1),
                    "smallest_pair_gap_s": round(smallest_gap, 2),
                    "total_s": round(elapsed, 1),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
