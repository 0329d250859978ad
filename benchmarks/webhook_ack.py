"""Receiver acknowledgement latency under 500 signed deliveries per second on loopback (issue 3).

The receiver runs in this process with two sinks, one after the other in the same run: in memory, and a
durable one that commits each raw body to an encrypted SQLCipher table (synchronous = FULL) through the
database thread, as the messaging engine's inbox will. The load comes from a second process, open loop,
so a slow answer cannot slow the offered rate. Prints JSON with p50/p99/max per sink.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import machine

from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.storage import Database

SECRET = "benchmark-secret"  # noqa: S105 (a throw-away test value)
RATE = 500.0
SECONDS = 8.0


class MemorySink:
    def __init__(self) -> None:
        self.count = 0

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        self.count += 1


class SqlCipherSink:
    def __init__(self, db: Database) -> None:
        self._db = db
        db.call(lambda s: s.conn.execute("CREATE TABLE bench_inbox (id INTEGER PRIMARY KEY, body BLOB, at TEXT)"))

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        def write(store) -> None:  # type: ignore[no-untyped-def]
            with store.transaction():
                store.conn.execute(
                    "INSERT INTO bench_inbox (body, at) VALUES (?, ?)", (raw_body, received_at.isoformat())
                )

        await self._db.run(write)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def measure(sink) -> dict[str, float]:  # type: ignore[no-untyped-def]
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: "v", sink=sink)
    await receiver.start()
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(Path(__file__).with_name("webhook_load.py")),
            receiver.url,
            SECRET,
            str(RATE),
            str(SECONDS),
            stdout=subprocess.PIPE,
        )
        out, _ = await process.communicate()
    finally:
        await receiver.stop()
    result = json.loads(out)
    latencies = result["latencies_ms"]
    return {
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2),
        "failures": result["failures"],
        "achieved_rate_per_s": round(result["achieved_rate"], 1),
    }


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp, "bench.db"), RawKey.generate(), create=True)
        try:
            memory = await measure(MemorySink())
            durable = await measure(SqlCipherSink(db))
        finally:
            db.close()
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "dataset": {"rate_per_s": RATE, "seconds": SECONDS},
                "metrics": {"ack_memory_sink": memory, "ack_sqlcipher_sink": durable, "ack_p99_ms": durable["p99_ms"]},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
