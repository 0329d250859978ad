"""Where the simulator delivers each webhook once the app registered callbacks (cloud-api.md section 8b):
number override > WABA override > the app's subscription > the dashboard URL (webhook_url), decided again
at every retry; template webhooks to the app-level URL only. Real receivers on 127.0.0.1, no mocks."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.integration.test_simulator_webhook_registration import (
    Callback,
    set_app_callback,
    set_number_override,
    set_waba_override,
    subscribe,
)
from tests.simulator_helpers import APP_ID, CUSTOMER, WABA_ID, Received, Stack, running


@pytest.fixture
async def s() -> AsyncIterator[Stack]:
    async with running(callback_verify_timeout=1.0) as stack:
        yield stack


@pytest.fixture
async def callbacks() -> AsyncIterator[dict[str, Callback]]:
    started = {name: Callback() for name in ("number", "waba", "app", "spare")}
    for callback in started.values():
        await callback.start()
    yield started
    for callback in started.values():
        await callback.stop()


def _texts(received: list[Received]) -> list[str]:
    return [message["text"]["body"] for item in received for message in item.messages()]


async def _where_does_a_message_go(s: Stack, callbacks: dict[str, Callback], text: str) -> str:
    """Send one customer message and name the one receiver that got it ("default" is webhook_url)."""
    await s.sim.customer_message(CUSTOMER, text)
    await s.sim.drain()
    got = [name for name, cb in callbacks.items() if text in _texts(cb.received)]
    if text in _texts(s.receiver.received):
        got.append("default")
    assert len(got) == 1, got
    return got[0]


async def test_routing_order_number_then_waba_then_app_then_default(s: Stack, callbacks: dict[str, Callback]) -> None:
    assert await _where_does_a_message_go(s, callbacks, "1") == "default"
    assert (await set_app_callback(s, callbacks["app"].url)).status_code == 200
    assert await _where_does_a_message_go(s, callbacks, "2") == "app"
    await subscribe(s)
    assert (await set_waba_override(s, callbacks["waba"].url)).status_code == 200
    assert await _where_does_a_message_go(s, callbacks, "3") == "waba"
    assert (await set_number_override(s, callbacks["number"].url)).status_code == 200
    assert await _where_does_a_message_go(s, callbacks, "4") == "number"
    # Statuses of our own messages follow the same route.
    s.sim.open_window(CUSTOMER)
    assert (await s.send_text("Pesanan siap")).status_code == 200
    await s.sim.drain()
    assert [st["status"] for st in (r.statuses()[0] for r in callbacks["number"].received[1:])] == [
        "sent",
        "delivered",
        "read",
    ]
    # And back down as the overrides go away.
    assert (await set_number_override(s, "", token=None)).status_code == 200
    assert await _where_does_a_message_go(s, callbacks, "5") == "waba"
    await subscribe(s)  # the same POST without an override removes the WABA's
    assert await _where_does_a_message_go(s, callbacks, "6") == "app"
    assert (await set_waba_override(s, callbacks["waba"].url)).status_code == 200
    assert (await s.api.delete(f"/{WABA_ID}/subscribed_apps")).status_code == 200
    assert await _where_does_a_message_go(s, callbacks, "7") == "app"
    await s.sim.reset()
    assert await _where_does_a_message_go(s, callbacks, "8") == "default"


async def test_a_retry_follows_a_changed_override(callbacks: dict[str, Callback]) -> None:
    async with running(webhook_retry_delays=(0.5,), callback_verify_timeout=1.0) as s:
        await subscribe(s)
        first, second = callbacks["number"], callbacks["spare"]
        assert (await set_number_override(s, first.url)).status_code == 200
        first.fail_next = 1
        await s.sim.customer_message(CUSTOMER, "Coba lagi")
        await first.failed.wait()  # the first attempt was refused; the retry is 0.5 s away
        assert (await set_number_override(s, second.url)).status_code == 200
        await s.sim.drain()
        assert [r.messages()[0]["text"]["body"] for r in second.received] == ["Coba lagi"]
        assert first.received == [] and s.receiver.received == []
        assert s.sim.control_state()["webhooks"]["attempts"] == 2


async def test_template_status_updates_go_to_the_app_level_url_only(s: Stack, callbacks: dict[str, Callback]) -> None:
    await subscribe(s)
    assert (await set_waba_override(s, callbacks["waba"].url)).status_code == 200
    assert (await set_number_override(s, callbacks["number"].url)).status_code == 200
    before = (await s.api.get(f"/{WABA_ID}/message_templates", params={"name": "winter_sale"})).json()["data"]
    assert before[0]["status"] == "REJECTED"

    template_id = await s.sim.template_status_update("winter_sale", "APPROVED")
    await s.sim.drain()
    (item,) = s.receiver.received
    (entry,) = item.json()["entry"]
    assert entry["id"] == WABA_ID
    (change,) = entry["changes"]
    assert change["field"] == "message_template_status_update"
    assert change["value"] == {
        "event": "APPROVED",
        "message_template_id": int(template_id),
        "message_template_name": "winter_sale",
        "message_template_language": "en_US",
        "reason": "NONE",
    }
    assert callbacks["number"].received == [] and callbacks["waba"].received == []
    template = (await s.api.get(f"/{template_id}", params={"fields": "status,rejected_reason"})).json()
    assert template == {"status": "APPROVED", "rejected_reason": "NONE", "id": template_id}

    # With an app subscription, its callback is the app-level URL.
    assert (await set_app_callback(s, callbacks["app"].url)).status_code == 200
    await s.sim.template_status_update("order_update", "PAUSED", language="id")
    await s.sim.drain()
    assert callbacks["app"].fields() == ["message_template_status_update"]
    assert len(s.receiver.received) == 1
    paused = (await s.api.get(f"/{WABA_ID}/message_templates", params={"status": "PAUSED"})).json()["data"]
    assert [(t["name"], t["language"]) for t in paused] == [("order_update", "id")]
    assert callbacks["number"].received == [] and callbacks["waba"].received == []


async def test_template_status_update_checks_its_arguments(s: Stack) -> None:
    with pytest.raises(ValueError, match="several languages"):
        await s.sim.template_status_update("order_update", "APPROVED")
    with pytest.raises(ValueError, match="no template"):
        await s.sim.template_status_update("no_such_template", "APPROVED")
    with pytest.raises(ValueError, match="unknown template event"):
        await s.sim.template_status_update("hello_world", "APPROVED_MAYBE")
    rejected = await s.sim.template_status_update("hello_world", "REJECTED", reason="INVALID_FORMAT")
    await s.sim.drain()
    assert s.receiver.received[-1].value()["reason"] == "INVALID_FORMAT"
    template = (await s.api.get(f"/{rejected}", params={"fields": "status,rejected_reason"})).json()
    assert (template["status"], template["rejected_reason"]) == ("REJECTED", "INVALID_FORMAT")


async def test_only_the_fields_the_app_subscribed_to_are_delivered(s: Stack, callbacks: dict[str, Callback]) -> None:
    assert (await set_app_callback(s, callbacks["app"].url, fields="messages")).status_code == 200
    await s.sim.template_status_update("winter_sale", "APPROVED")
    await s.sim.customer_message(CUSTOMER, "Halo")
    await s.sim.drain()
    assert callbacks["app"].fields() == ["messages"]
    assert s.receiver.received == []
    assert s.sim.control_state()["webhook_routing"]["templates_go_to"] is None
    params = {"object": "whatsapp_business_account", "callback_url": callbacks["app"].url}
    params |= {"verify_token": "verify-me-please", "fields": "message_template_status_update"}
    added = await s.api.post(f"/{APP_ID}/subscriptions", params=params, headers={"Authorization": f"Bearer {APP_ID}|"})
    assert added.status_code == 401  # an app token with the wrong secret
    assert (await set_app_callback(s, callbacks["app"].url, fields="message_template_status_update")).status_code == 200
    await s.sim.template_status_update("winter_sale", "PAUSED")
    await s.sim.drain()
    assert callbacks["app"].fields() == ["messages", "message_template_status_update"]


async def test_strict_mode_delivers_nothing_until_the_app_subscribes_to_the_waba() -> None:
    async with running(require_waba_subscription=True) as s:
        await s.sim.customer_message(CUSTOMER, "Tidak sampai")
        await s.sim.template_status_update("winter_sale", "APPROVED")
        await s.sim.drain()
        assert s.receiver.attempts == 0
        assert s.sim.control_state()["webhook_routing"]["messages_go_to"] is None
        await subscribe(s)
        await s.sim.customer_message(CUSTOMER, "Sampai")
        (item,) = await s.receiver.wait_for(1)
        assert item.messages()[0]["text"]["body"] == "Sampai"
