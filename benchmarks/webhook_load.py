"""Load generator for webhook_ack.py and ui_heartbeat.py, run as its own process: signed deliveries at a fixed
rate, open loop.

Arguments: URL SECRET RATE SECONDS [KIND [FIRST]]. KIND ``status`` (the default) sends delivery statuses;
``text`` sends one inbound text message per delivery from CUSTOMERS customers, numbered from FIRST so that
runs in one benchmark never repeat a message id. Prints one JSON line: the latency of every delivery in
milliseconds, and how many were not answered 200.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp

from monggo_desktop.cloud.webhook_signature import HEADER, sign

CUSTOMERS = 100
TEXTS = ("Halo kak, yang motif parang masih ada?", "Jadi pesan 3 ya, kirim ke Sleman", "Sudah transfer, cek ya 🙏")


def status_body(n: int) -> bytes:
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
        "statuses": [
            {
                "id": f"wamid.BENCH{n:08d}",
                "status": "delivered",
                "timestamp": str(1_764_400_000 + n),
                "recipient_id": "16505551234",
                "biz_opaque_callback_data": str(n),
                "conversation": {"id": "c1", "origin": {"type": "service"}},
                "pricing": {"billable": False, "pricing_model": "PMP", "category": "service", "type": "free"},
            }
        ],
    }
    return _envelope(value)


def text_body(n: int) -> bytes:
    # The same customers as app_data.py's history: wa_id 628123 followed by seven digits.
    wa_id = f"628123{n % CUSTOMERS:07d}"
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
        "contacts": [{"profile": {"name": f"Pelanggan {n % CUSTOMERS}"}, "wa_id": wa_id}],
        "messages": [
            {
                "from": wa_id,
                "id": f"wamid.LOAD{n:010d}",
                "timestamp": str(int(time.time())),
                "type": "text",
                "text": {"body": f"{TEXTS[n % len(TEXTS)]} ({n})"},
            }
        ],
    }
    return _envelope(value)


def _envelope(value: dict[str, object]) -> bytes:
    envelope = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(envelope).encode()


async def main(url: str, secret: str, rate: float, seconds: float, kind: str = "status", first: int = 0) -> None:
    total = int(rate * seconds)
    make = text_body if kind == "text" else status_body
    bodies = [make(first + n) for n in range(total)]
    latencies: list[float] = []
    failures = 0
    # aiohttp's client, not httpx: at hundreds of requests a second httpx itself becomes the bottleneck.
    connector = aiohttp.TCPConnector(limit=200)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=10)) as client:

        async def deliver(body: bytes) -> None:
            nonlocal failures
            start = time.perf_counter()
            headers = {HEADER: sign(body, secret), "Content-Type": "application/json"}
            try:
                async with client.post(url, data=body, headers=headers) as response:
                    await response.read()
                    ok = response.status == 200
            except (aiohttp.ClientError, TimeoutError):
                ok = False
            latencies.append((time.perf_counter() - start) * 1000)
            failures += not ok

        began = time.perf_counter()
        tasks = []
        for n, body in enumerate(bodies):
            due = began + n / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(deliver(body)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - began
    print(json.dumps({"latencies_ms": latencies, "failures": failures, "achieved_rate": total / elapsed}))


if __name__ == "__main__":
    kind = sys.argv[5] if len(sys.argv) > 5 else "status"
    first = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), kind, first))
