"""The simulator's signed webhooks through our real receiver and parser: what a customer and Meta send arrives."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime

import httpx
import pytest

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.cloud.webhook_models import TextContent
from monggo_desktop.cloud.webhook_parser import parse_webhook
from monggo_desktop.domain.status import MessageStatus

SECRET = "e2e-app-secret"
CUSTOMER = "16505551234"


class ListSink:
    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.arrived = asyncio.Event()

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        self.bodies.append(raw_body)
        self.arrived.set()

    async def wait_for(self, predicate, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                self.arrived.clear()
                await self.arrived.wait()


@pytest.fixture
async def wired():
    sink = ListSink()
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: "v", sink=sink)
    await receiver.start()
    simulator = Simulator(
        SimulatorConfig(app_secret=SECRET, webhook_url=receiver.url, status_delays=(0.01, 0.02, 0.03))
    )
    await simulator.start()
    client = CloudApiClient(
        ClientConfig(
            access_token="t",
            phone_number_id=simulator.config.phone_number_id,
            waba_id=simulator.config.waba_id,
            api_base_url=simulator.base_url,
        )
    )
    yield simulator, sink, client
    await client.aclose()
    await simulator.stop()
    await receiver.stop()


def statuses(sink: ListSink):
    return [s for body in sink.bodies for s in parse_webhook(body).statuses]


async def test_a_customer_message_arrives_signed_and_parses(wired):
    simulator, sink, _ = wired
    wamid = await simulator.customer_message(CUSTOMER, "Halo kak, batik parang masih ada?")
    await sink.wait_for(lambda: sink.bodies)
    [message] = parse_webhook(sink.bodies[0]).messages
    assert message.wamid == wamid and message.from_wa_id == CUSTOMER
    assert isinstance(message.content, TextContent) and message.content.body == "Halo kak, batik parang masih ada?"
    assert message.phone_number_id == simulator.config.phone_number_id


async def test_status_ticks_reconcile_by_callback_data(wired):
    simulator, sink, client = wired
    simulator.open_window(CUSTOMER)
    sent = await client.messages.send_text(CUSTOMER, "Masih ada kak", callback_data="local-7")
    await sink.wait_for(lambda: len(statuses(sink)) >= 3)
    ticks = [(s.wamid, s.message_status, s.biz_opaque_callback_data) for s in statuses(sink)]
    assert ticks == [
        (sent.wamid, MessageStatus.SENT, "local-7"),
        (sent.wamid, MessageStatus.DELIVERED, "local-7"),
        (sent.wamid, MessageStatus.READ, "local-7"),
    ]


async def test_a_closed_window_fails_later_with_131047(wired):
    _, sink, client = wired
    sent = await client.messages.send_text("16505550000", "Halo lagi")  # accepted: the failure comes by webhook
    await sink.wait_for(lambda: any(s.message_status is MessageStatus.FAILED for s in statuses(sink)))
    [failed] = [s for s in statuses(sink) if s.message_status is MessageStatus.FAILED]
    assert failed.wamid == sent.wamid and [e.code for e in failed.errors] == [131047]


async def test_duplicates_and_out_of_order_deliveries_reach_the_sink(wired):
    simulator, sink, client = wired
    simulator.open_window(CUSTOMER)
    simulator.faults.duplicate_webhooks = True
    simulator.faults.out_of_order_webhooks = True
    await client.messages.send_text(CUSTOMER, "Siap kirim")
    await sink.wait_for(lambda: len(statuses(sink)) >= 6)
    order = [s.message_status for s in statuses(sink)]
    assert order.count(MessageStatus.SENT) == 2 and order.index(MessageStatus.READ) < order.index(MessageStatus.SENT)


def test_the_simulator_command_serves_until_stopped(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "monggo_desktop", "simulator", "--port", "0", "--access-token", "EAAG-cli"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("Cloud API simulator on http://127.0.0.1:")
        base = line.split()[4]
        ok = httpx.get(
            f"{base}/v25.0/106540352242922",
            params={"fields": "verified_name"},
            headers={"Authorization": "Bearer EAAG-cli"},
            timeout=5,
        )
        refused = httpx.get(f"{base}/v25.0/106540352242922", headers={"Authorization": "Bearer nope"}, timeout=5)
        assert ok.status_code == 200 and refused.status_code == 401 and refused.json()["error"]["code"] == 190
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert process.returncode == 0 and "Traceback" not in err


def test_the_simulator_command_refuses_a_webhook_url_off_this_machine():
    result = subprocess.run(
        [sys.executable, "-m", "monggo_desktop", "simulator", "--webhook-url", "https://hooks.example.test/webhook"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode != 0 and "this machine" in result.stderr and "Traceback" not in result.stderr


BSUID = "ID.13491208655302741918"


async def test_a_customer_known_only_by_a_username_writes_and_is_answered_by_bsuid(wired):
    """cloud-api.md §8c: no number in the webhook; the reply goes with `recipient`, and its statuses name the
    BSUID in `recipient_user_id`."""
    simulator, sink, client = wired
    await simulator.customer_message(BSUID, "Halo, saya lihat di Instagram", name="Sari W")
    await sink.wait_for(lambda: any(parse_webhook(b).messages for b in sink.bodies))
    batch = next(parse_webhook(b) for b in sink.bodies if parse_webhook(b).messages)
    [message], [profile] = batch.messages, batch.contacts
    assert (message.from_wa_id, message.from_user_id) == (None, BSUID)
    assert (profile.user_id, profile.username, profile.wa_id) == (BSUID, "sari.w", None)
    sent = await client.messages.send_text(BSUID, "Halo kak, silakan")
    [request] = [m for m in simulator.sent_messages if m.get("recipient") == BSUID]
    assert "to" not in request
    await sink.wait_for(lambda: any(s.wamid == sent.wamid for s in statuses(sink)))
    status = next(s for s in statuses(sink) if s.wamid == sent.wamid)
    assert (status.recipient_id, status.recipient_user_id) == ("", BSUID)
