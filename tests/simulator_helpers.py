"""A small webhook receiver on 127.0.0.1 for the simulator tests: it keeps the raw bytes it was sent."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from aiohttp import web

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.cloud.webhook_signature import HEADER, verify

TOKEN = "test-access-token"
APP_SECRET = "test-app-secret"
VERSION = "v25.0"
CONFIG = SimulatorConfig()
PHONE_ID = CONFIG.phone_number_id
WABA_ID = CONFIG.waba_id
APP_ID = CONFIG.app_id
CUSTOMER = "6281234567890"


@dataclass(frozen=True)
class Received:
    raw: bytes
    signature: str | None

    def json(self) -> Any:
        return json.loads(self.raw)

    def value(self) -> dict[str, Any]:
        (entry,) = self.json()["entry"]
        (change,) = entry["changes"]
        value: dict[str, Any] = change["value"]
        return value

    def statuses(self) -> list[dict[str, Any]]:
        statuses: list[dict[str, Any]] = self.value().get("statuses", [])
        return statuses

    def messages(self) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = self.value().get("messages", [])
        return messages

    def signed_with(self, app_secret: str) -> bool:
        return verify(self.raw, self.signature, app_secret)


class WebhookReceiver:
    """Answers 200 (or ``fail_next`` times 500 first) and records every POST it gets."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.fail_next = 0
        self.attempts = 0
        self._arrived = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/webhook", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(self._runner, sock).start()
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/webhook"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _handle(self, request: web.Request) -> web.Response:
        self.attempts += 1
        raw = await request.read()
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.Response(status=500)
        async with self._arrived:
            self.received.append(Received(raw, request.headers.get(HEADER)))
            self._arrived.notify_all()
        return web.Response(text="ok")

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        """The first ``count`` webhooks, waiting for them to arrive."""
        async with asyncio.timeout(timeout), self._arrived:
            await self._arrived.wait_for(lambda: len(self.received) >= count)
        return self.received[:count]

    def statuses(self) -> list[dict[str, Any]]:
        return [status for item in self.received for status in item.statuses()]


class FakeClock:
    """Seconds since the epoch that only move when a test says so (24 h windows, 5-minute media URLs)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Stack:
    sim: Simulator
    api: httpx.AsyncClient  # base URL is the versioned Graph root, Bearer header set
    receiver: WebhookReceiver

    async def send(self, body: dict[str, Any]) -> httpx.Response:
        return await self.api.post(f"/{PHONE_ID}/messages", json={"messaging_product": "whatsapp", **body})

    async def send_text(self, text: str = "Halo", to: str = CUSTOMER, **extra: Any) -> httpx.Response:
        return await self.send({"to": to, "type": "text", "text": {"body": text}, **extra})

    async def upload(self, data: bytes, mime: str, filename: str = "file") -> httpx.Response:
        return await self.api.post(
            f"/{PHONE_ID}/media",
            files={"file": (filename, data, mime)},
            data={"type": mime, "messaging_product": "whatsapp"},
        )


@asynccontextmanager
async def running(clock: FakeClock | None = None, **config: Any) -> AsyncIterator[Stack]:
    """A receiver, a simulator webhooking into it (fast statuses, fast retries) and a client for it."""
    receiver = WebhookReceiver()
    await receiver.start()
    settings = SimulatorConfig(
        access_token=TOKEN,
        app_secret=APP_SECRET,
        webhook_url=receiver.url,
        status_delays=(0.01, 0.02, 0.03),
        webhook_retry_delays=(0.01, 0.02),
    )
    sim = Simulator(dataclasses.replace(settings, **config), clock=clock or time.time)
    try:
        base = await sim.start()
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with httpx.AsyncClient(base_url=f"{base}/{VERSION}", headers=headers, trust_env=False) as api:
            yield Stack(sim, api, receiver)
    finally:
        await sim.stop()
        await receiver.stop()


def assert_graph_error(response: httpx.Response, status: int, code: int, detail: str | None = None) -> dict[str, Any]:
    """Meta's error shape: message, type, code and fbtrace_id always; error_data.details where Meta has it."""
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["type"], str) and error["type"]
    assert isinstance(error["fbtrace_id"], str) and error["fbtrace_id"]
    if detail is not None:
        assert error["error_data"]["messaging_product"] == "whatsapp"
        assert detail in error["error_data"]["details"], error
    return error
