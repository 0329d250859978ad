"""Signed webhooks from the simulator to a real aiohttp receiver on 127.0.0.1: statuses, inbound messages,
the 24-hour window, duplicates, out-of-order arrivals, retries, and the command-line entry point."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from monggo_desktop.cloud.webhook_signature import verify
from tests.simulator_helpers import (
    APP_SECRET,
    CUSTOMER,
    PHONE_ID,
    WABA_ID,
    FakeClock,
    Stack,
    assert_graph_error,
    running,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def s() -> AsyncIterator[Stack]:
    async with running() as stack:
        yield stack


def _assert_envelope(payload: dict[str, Any]) -> dict[str, Any]:
    assert payload["object"] == "whatsapp_business_account"
    (entry,) = payload["entry"]
    assert entry["id"] == WABA_ID
    (change,) = entry["changes"]
    assert change["field"] == "messages"
    value = change["value"]
    assert value["messaging_product"] == "whatsapp"
    assert value["metadata"] == {"display_phone_number": "15550783881", "phone_number_id": PHONE_ID}
    return value


async def test_status_webhooks_arrive_signed_in_order_with_callback_data(s: Stack) -> None:
    s.sim.open_window(CUSTOMER)
    response = await s.send_text("Pesanan siap", biz_opaque_callback_data="local-message-17")
    wamid = response.json()["messages"][0]["id"]
    await s.sim.drain()

    assert len(s.receiver.received) == 3
    for item in s.receiver.received:
        assert item.signed_with(APP_SECRET)
        assert not verify(item.raw, item.signature, "another-secret")
        value = _assert_envelope(item.json())
        assert "contacts" not in value and "messages" not in value
    statuses = s.receiver.statuses()
    assert [st["status"] for st in statuses] == ["sent", "delivered", "read"]
    for status in statuses:
        assert status["id"] == wamid
        assert status["recipient_id"] == CUSTOMER
        assert status["biz_opaque_callback_data"] == "local-message-17"
        assert isinstance(status["timestamp"], str) and status["timestamp"].isdigit()
        assert status["conversation"]["origin"] == {"type": "service"}
        assert ("expiration_timestamp" in status["conversation"]) is (status["status"] == "sent")
        assert status["pricing"] == {
            "billable": False,
            "pricing_model": "PMP",
            "category": "service",
            "type": "free_customer_service",
        }
    assert len({st["conversation"]["id"] for st in statuses}) == 1
    assert statuses[0]["conversation"]["expiration_timestamp"].isdigit()


async def test_webhook_bytes_are_metas_not_reserialised_json(s: Stack) -> None:
    # Meta escapes "/" and non-ASCII; a receiver that signs json.dumps(parsed) instead of the raw bytes fails.
    await s.sim.customer_message(CUSTOMER, "Lihat https://monggo.example/menu ☕")
    (item,) = await s.receiver.wait_for(1)
    assert b"https:\\/\\/monggo.example\\/menu \\u2615" in item.raw
    assert item.signed_with(APP_SECRET)
    reserialised = json.dumps(item.json()).encode()
    assert not verify(reserialised, item.signature, APP_SECRET)


async def test_customer_message_posts_a_signed_message_and_opens_the_window(s: Stack) -> None:
    closed = await s.send_text("before")
    assert closed.status_code == 200  # accepted, then failed by webhook (below)
    assert not s.sim.window_open(CUSTOMER)

    wamid = await s.sim.customer_message(CUSTOMER, "Halo, masih buka?", name="Sari Wulandari")
    assert wamid.startswith("wamid.")
    assert s.sim.window_open(CUSTOMER)
    await s.sim.drain()
    inbound = [item for item in s.receiver.received if item.messages()]
    (item,) = inbound
    assert item.signed_with(APP_SECRET)
    value = _assert_envelope(item.json())
    assert value["contacts"] == [{"profile": {"name": "Sari Wulandari"}, "wa_id": CUSTOMER}]
    (message,) = value["messages"]
    assert message["from"] == CUSTOMER and message["id"] == wamid and message["type"] == "text"
    assert message["text"] == {"body": "Halo, masih buka?"}
    assert message["timestamp"].isdigit()

    after = await s.send_text("after", biz_opaque_callback_data="after")
    await s.sim.drain()
    after_statuses = [st for st in s.receiver.statuses() if st["id"] == after.json()["messages"][0]["id"]]
    assert [st["status"] for st in after_statuses] == ["sent", "delivered", "read"]


async def test_closed_window_send_is_accepted_then_fails_by_webhook_131047(s: Stack) -> None:
    response = await s.send_text("Masih ada stok?", biz_opaque_callback_data="cb-1")
    assert response.status_code == 200
    wamid = response.json()["messages"][0]["id"]
    await s.sim.drain()
    (status,) = s.receiver.statuses()
    assert status["id"] == wamid and status["status"] == "failed"
    assert status["biz_opaque_callback_data"] == "cb-1"
    (error,) = status["errors"]
    assert error["code"] == 131047
    assert error["title"] == "Re-engagement message"
    assert "24 hours" in error["error_data"]["details"]
    assert "pricing" not in status


async def test_reengagement_sync_fault_fails_at_once(s: Stack) -> None:
    s.sim.faults.reengagement_sync = True
    assert_graph_error(await s.send_text(), 400, 131047, detail="24 hours")
    assert s.sim.sent_messages == []
    template = {"type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"}}}
    assert (await s.send({"to": CUSTOMER, **template})).status_code == 200  # templates need no window


async def test_templates_are_delivered_outside_the_window_and_billed(s: Stack) -> None:
    promo = {
        "name": "promo_diskon",
        "language": {"code": "id"},
        "components": [
            {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://monggo.example/p.jpg"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": "20%"}]},
        ],
    }
    response = await s.send({"to": CUSTOMER, "type": "template", "template": promo})
    assert response.json()["messages"][0]["message_status"] == "accepted"
    await s.sim.drain()
    statuses = s.receiver.statuses()
    assert [st["status"] for st in statuses] == ["sent", "delivered", "read"]
    assert statuses[0]["pricing"] == {
        "billable": True,
        "pricing_model": "PMP",
        "category": "marketing",
        "type": "regular",
    }
    assert statuses[0]["conversation"]["origin"] == {"type": "marketing"}


async def test_window_closes_24_hours_after_the_customers_last_message() -> None:
    clock = FakeClock()
    async with running(clock) as s:
        await s.sim.customer_message(CUSTOMER, "Halo")
        clock.advance(24 * 3600 - 1)
        assert s.sim.window_open(CUSTOMER)
        clock.advance(2)
        assert not s.sim.window_open(CUSTOMER)
        await s.send_text("late")
        await s.sim.drain()
        assert [st["status"] for st in s.receiver.statuses()] == ["failed"]
        s.sim.open_window(CUSTOMER, at=clock.now - 3600)
        assert s.sim.window_open(CUSTOMER)


async def test_duplicate_webhooks_deliver_every_webhook_twice(s: Stack) -> None:
    s.sim.faults.duplicate_webhooks = True
    await s.sim.customer_message(CUSTOMER, "Halo")
    await s.sim.drain()  # the message's two copies first, so the order below is certain
    await s.send_text("Siap")
    await s.sim.drain()
    raws = [item.raw for item in s.receiver.received]
    assert len(raws) == 8
    assert raws[0] == raws[1]
    assert [st["status"] for st in s.receiver.statuses()] == ["sent", "sent", "delivered", "delivered", "read", "read"]
    assert all(item.signed_with(APP_SECRET) for item in s.receiver.received)


async def test_out_of_order_webhooks_arrive_read_delivered_sent(s: Stack) -> None:
    s.sim.open_window(CUSTOMER)
    s.sim.faults.out_of_order_webhooks = True
    await s.send_text("Siap")
    await s.sim.drain()
    statuses = s.receiver.statuses()
    assert [st["status"] for st in statuses] == ["read", "delivered", "sent"]
    stamps = {st["status"]: int(st["timestamp"]) for st in statuses}
    assert stamps["sent"] <= stamps["delivered"] <= stamps["read"]  # the timestamps still tell the truth


async def test_inbound_media_webhook_references_downloadable_media(s: Stack) -> None:
    photo = b"\xff\xd8\xff\xe0" + bytes(range(256))
    media_id = s.sim.add_inbound_media(photo, "image/jpeg")
    await s.sim.customer_message(CUSTOMER, message={"type": "image", "image": {"id": media_id, "caption": "Ini?"}})
    (item,) = await s.receiver.wait_for(1)
    (message,) = item.messages()
    assert message["image"]["id"] == media_id
    assert message["image"]["mime_type"] == "image/jpeg"
    assert message["image"]["caption"] == "Ini?"
    url = (await s.api.get(f"/{message['image']['id']}")).json()["url"]
    downloaded = await s.api.get(url)
    assert downloaded.content == photo
    assert message["image"]["sha256"] == (await s.api.get(f"/{media_id}")).json()["sha256"]


async def test_customer_message_via_control_endpoint(s: Stack) -> None:
    async with httpx.AsyncClient(base_url=s.sim.base_url, trust_env=False) as control:
        answer = await control.post("/_sim/customer_message", json={"wa_id": CUSTOMER, "text": "Dari skrip"})
        assert answer.status_code == 200
        assert (await control.post("/_sim/customer_message", json={"wa_id": "x", "text": "?"})).status_code == 400
    (item,) = await s.receiver.wait_for(1)
    assert item.messages()[0]["id"] == answer.json()["id"]
    assert item.messages()[0]["text"]["body"] == "Dari skrip"


async def test_webhook_is_retried_until_the_receiver_answers_2xx(s: Stack) -> None:
    s.receiver.fail_next = 2
    await s.sim.customer_message(CUSTOMER, "Halo")
    await s.sim.drain()
    assert s.receiver.attempts == 3
    assert len(s.receiver.received) == 1
    assert s.sim.control_state()["webhooks"]["delivered"] == 1


async def test_webhook_retries_are_bounded(s: Stack) -> None:
    s.receiver.fail_next = 100
    await s.sim.customer_message(CUSTOMER, "Halo")
    await s.sim.drain()
    assert s.receiver.attempts == 3  # the first try and two retries (webhook_retry_delays)
    assert s.sim.control_state()["webhooks"]["abandoned"] == 1


async def test_webhooks_to_a_receiver_that_is_down_are_given_up_on() -> None:
    async with running() as s:
        await s.receiver.stop()
        await s.sim.customer_message(CUSTOMER, "Halo")
        await s.sim.drain()
        assert s.sim.control_state()["webhooks"]["abandoned"] == 1


async def test_stop_cancels_pending_deliveries() -> None:
    async with running(status_delays=(5.0, 6.0, 7.0)) as s:
        s.sim.open_window(CUSTOMER)
        await s.send_text()
        assert s.sim.control_state()["webhooks"]["pending"] == 1
        started = time.monotonic()
        await s.sim.stop()
        assert time.monotonic() - started < 1
        assert s.receiver.received == []


async def test_no_webhook_url_means_no_webhooks_but_the_window_still_opens() -> None:
    async with running(webhook_url=None) as s:
        await s.sim.customer_message(CUSTOMER, "Halo")
        assert (await s.send_text()).status_code == 200
        await s.sim.drain()
        assert s.receiver.attempts == 0
        assert s.sim.window_open(CUSTOMER)
        s.sim.set_webhook_url(s.receiver.url)
        await s.sim.customer_message(CUSTOMER, "Sekarang ada")
        await s.receiver.wait_for(1)
        with pytest.raises(ValueError):
            s.sim.set_webhook_url("https://example.com/webhook")


# The command line entry point and the import rules.


def test_run_simulator_prints_its_url_serves_and_stops_on_ctrl_c() -> None:
    code = (
        "from monggo_desktop.cloud.simulator import SimulatorConfig, run_simulator\n"
        "raise SystemExit(run_simulator(SimulatorConfig(webhook_url='http://127.0.0.1:9/webhook')))\n"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("Cloud API simulator on http://127.0.0.1:")
        assert line.endswith("(webhooks to http://127.0.0.1:9/webhook)")
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        with httpx.Client(trust_env=False) as client:
            answer = client.get(f"{url}/v25.0/{PHONE_ID}", headers={"Authorization": "Bearer any"})
        assert answer.json()["id"] == PHONE_ID
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_run_simulator_refuses_a_public_host_with_one_line() -> None:
    code = (
        "from monggo_desktop.cloud.simulator import SimulatorConfig, run_simulator\n"
        "raise SystemExit(run_simulator(SimulatorConfig(host='0.0.0.0')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "loopback" in done.stderr


def test_the_simulator_imports_no_qt_sql_storage_services_or_ui() -> None:
    code = (
        "import sys, monggo_desktop.cloud.simulator\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync', 'sqlcipher3', 'sqlite3')\n"
        "       or m.startswith(('monggo_desktop.storage', 'monggo_desktop.services', 'monggo_desktop.ui'))]\n"
        "print(bad)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.strip() == "[]"
