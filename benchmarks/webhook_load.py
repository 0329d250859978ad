"""Load generator for webhook_ack.py, run as its own process: signed deliveries at a fixed rate, open loop.

Prints one JSON line: the latency of every delivery in milliseconds, and how many were not answered 200.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp

from monggo_desktop.cloud.webhook_signature import HEADER, sign


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
    envelope = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(envelope).encode()


async def main(url: str, secret: str, rate: float, seconds: float) -> None:
    total = int(rate * seconds)
    bodies = [status_body(n) for n in range(total)]
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
    asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])))
