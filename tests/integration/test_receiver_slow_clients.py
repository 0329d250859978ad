"""Slow clients against the real receiver: connections that send only a request line, or trickle a body, are cut
off in seconds, and signed posts keep being answered meanwhile (once, 1,100 such connections held it)."""

from __future__ import annotations

import asyncio
import json
import socket
from datetime import datetime

import httpx

from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.webhook_signature import HEADER, sign

SECRET = "slow-clients-app-secret"
EVENT = json.dumps({"object": "whatsapp_business_account", "entry": []}).encode()


async def _receiver(stored: list[bytes]) -> WebhookReceiver:
    async def sink(raw: bytes, received_at: datetime) -> None:
        stored.append(raw)

    receiver = WebhookReceiver(
        app_secret=lambda: SECRET, verify_token=lambda: "v", sink=sink, header_timeout=1.0, body_timeout=1.0
    )
    await receiver.start()
    return receiver


async def _closed_by_server(reader: asyncio.StreamReader, within: float) -> bool:
    try:
        async with asyncio.timeout(within):
            while await reader.read(4096):
                pass
        return True  # end of stream: the server closed it
    except TimeoutError:
        return False


async def test_request_lines_without_headers_are_cut_off_and_signed_posts_still_answered():
    stored: list[bytes] = []
    receiver = await _receiver(stored)
    try:
        idle = []
        for _ in range(200):
            reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
            writer.write(b"POST /webhook HTTP/1.1\r\n")  # and never the rest
            await writer.drain()
            idle.append((reader, writer))
        async with httpx.AsyncClient(trust_env=False, timeout=5) as http:
            answer = await http.post(receiver.url, content=EVENT, headers={HEADER: sign(EVENT, SECRET)})
        assert answer.status_code == 200 and stored == [EVENT]  # answered while the slow ones hang on
        closed = await asyncio.gather(*(_closed_by_server(reader, 5.0) for reader, _ in idle))
        assert all(closed), f"{closed.count(False)} slow connections were left open"
        for _, writer in idle:
            writer.close()
    finally:
        await receiver.stop()


async def test_a_body_trickled_byte_by_byte_is_refused_not_accepted():
    stored: list[bytes] = []
    receiver = await _receiver(stored)
    try:
        body = EVENT
        head = (
            f"POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"{HEADER}: {sign(body, SECRET)}\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", receiver.port)) as sock:
            sock.sendall(head)
            sock.setblocking(False)
            loop = asyncio.get_running_loop()
            for byte in body[:6]:  # one byte every 0.4 s: past the 1 s body timeout
                await loop.sock_sendall(sock, bytes([byte]))
                await asyncio.sleep(0.4)
            answer = await asyncio.wait_for(loop.sock_recv(sock, 4096), 5)
        assert answer.startswith(b"HTTP/1.1 408"), answer[:40]
        assert stored == []  # nothing of it was stored
    finally:
        await receiver.stop()
