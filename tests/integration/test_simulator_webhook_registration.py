"""Webhook registration against the simulator, as Meta plays it (cloud-api.md section 8b): the WABA
subscription, the WABA and phone-number overrides, the app's own subscription with the app token, and the
hub.challenge verification Meta makes while the call is open. Real HTTP on 127.0.0.1, no mocks."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from aiohttp import web

from monggo_desktop.cloud.receiver import WebhookReceiver as AppReceiver
from tests.simulator_helpers import (
    APP_ID,
    APP_SECRET,
    CUSTOMER,
    PHONE_ID,
    WABA_ID,
    Received,
    Stack,
    assert_graph_error,
    running,
)

VERIFY_TOKEN = "verify-me-please"
APP_TOKEN = f"{APP_ID}|{APP_SECRET}"
APP_AUTH = {"Authorization": f"Bearer {APP_TOKEN}"}
VERIFICATION_FAILED = "(#2200) Callback verification failed with the following errors: "


class Callback:
    """A callback URI on 127.0.0.1: answers Meta's hub.challenge GET as ``mode`` says, records signed POSTs.

    Modes: ``echo`` (the right answer when the verify token matches, else 403), ``wrong`` (200 with another
    body), ``forbidden`` (403), ``slow`` (no answer until stopped).
    """

    def __init__(self, mode: str = "echo", verify_token: str = VERIFY_TOKEN) -> None:
        self.mode = mode
        self.verify_token = verify_token
        self.challenges: list[dict[str, str]] = []
        self.received: list[Received] = []
        self.fail_next = 0
        self.failed = asyncio.Event()
        self._arrived = asyncio.Condition()
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/hook", self._verify)
        app.router.add_post("/hook", self._post)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(self._runner, sock).start()
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
        return self.url

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _verify(self, request: web.Request) -> web.Response:
        query = dict(request.query)
        self.challenges.append(query)
        if self.mode == "slow":
            await self._stopping.wait()
        if self.mode == "wrong":
            return web.Response(text="hello from somewhere else")
        if self.mode == "forbidden" or query.get("hub.verify_token") != self.verify_token:
            return web.Response(status=403)
        return web.Response(text=query.get("hub.challenge", ""))

    async def _post(self, request: web.Request) -> web.Response:
        raw = await request.read()
        if self.fail_next > 0:
            self.fail_next -= 1
            self.failed.set()
            return web.Response(status=500)
        async with self._arrived:
            self.received.append(Received(raw, request.headers.get("X-Hub-Signature-256")))
            self._arrived.notify_all()
        return web.Response(text="ok")

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        async with asyncio.timeout(timeout), self._arrived:
            await self._arrived.wait_for(lambda: len(self.received) >= count)
        return self.received[:count]

    def fields(self) -> list[str]:
        return [change["field"] for item in self.received for change in item.json()["entry"][0]["changes"]]


@pytest.fixture
async def s() -> AsyncIterator[Stack]:
    async with running(callback_verify_timeout=0.3) as stack:
        yield stack


@pytest.fixture
async def cb() -> AsyncIterator[Callback]:
    callback = Callback()
    await callback.start()
    yield callback
    await callback.stop()


async def subscribe(s: Stack) -> None:
    response = await s.api.post(f"/{WABA_ID}/subscribed_apps")
    assert response.status_code == 200, response.text
    assert response.json() == {"success": True}


async def set_waba_override(s: Stack, uri: str, token: str = VERIFY_TOKEN) -> httpx.Response:
    return await s.api.post(f"/{WABA_ID}/subscribed_apps", json={"override_callback_uri": uri, "verify_token": token})


async def set_number_override(s: Stack, uri: str, token: str | None = VERIFY_TOKEN) -> httpx.Response:
    configuration: dict[str, Any] = {"override_callback_uri": uri}
    if token is not None:
        configuration["verify_token"] = token
    return await s.api.post(f"/{PHONE_ID}", json={"webhook_configuration": configuration})


async def set_app_callback(
    s: Stack, uri: str, fields: str = "messages,message_template_status_update", token: str = VERIFY_TOKEN
) -> httpx.Response:
    # As pywa's set_app_callback_url sends it: query parameters, the app token among them.
    params = {"object": "whatsapp_business_account", "callback_url": uri, "verify_token": token, "fields": fields}
    return await s.api.post(f"/{APP_ID}/subscriptions", params={**params, "access_token": APP_TOKEN})


async def webhook_configuration(s: Stack) -> dict[str, Any]:
    response = await s.api.get(f"/{PHONE_ID}", params={"fields": "webhook_configuration"})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["id"] == PHONE_ID
    assert set(body) <= {"id", "webhook_configuration"}
    return body.get("webhook_configuration", {})


# The WABA subscription and the overrides.


async def test_subscribe_then_override_then_read_back(s: Stack, cb: Callback) -> None:
    assert (await s.api.get(f"/{WABA_ID}/subscribed_apps")).json() == {"data": []}
    assert not s.sim.app_subscribed
    await subscribe(s)
    assert s.sim.app_subscribed
    app = {"id": APP_ID, "link": f"https://www.facebook.com/games/?app_id={APP_ID}", "name": "Monggo Demo"}
    assert (await s.api.get(f"/{WABA_ID}/subscribed_apps")).json() == {"data": [{"whatsapp_business_api_data": app}]}

    response = await set_waba_override(s, cb.url)
    assert response.status_code == 200, response.text
    assert response.json() == {"success": True}
    (challenge,) = cb.challenges  # verified during the call
    assert challenge["hub.mode"] == "subscribe"
    assert challenge["hub.verify_token"] == VERIFY_TOKEN
    assert challenge["hub.challenge"].isdigit()
    listed = (await s.api.get(f"/{WABA_ID}/subscribed_apps")).json()["data"]
    assert listed == [{"whatsapp_business_api_data": app, "override_callback_uri": cb.url}]

    number = Callback()
    await number.start()
    try:
        response = await set_number_override(s, number.url)
        assert response.status_code == 200, response.text
        assert response.json() == {"success": True}
        assert len(number.challenges) == 1
        assert await webhook_configuration(s) == {
            "phone_number": number.url,
            "whatsapp_business_account": cb.url,
            "application": s.receiver.url,
        }
        assert (s.sim.number_override, s.sim.waba_override) == (number.url, cb.url)
        routing = s.sim.control_state()["webhook_routing"]
        assert routing["number_override"] == number.url
        assert routing["waba_override"] == cb.url
        assert routing["waba_subscribed"] is True
        assert routing["messages_go_to"] == number.url
        assert routing["templates_go_to"] == s.receiver.url
        assert VERIFY_TOKEN not in str(routing)
    finally:
        await number.stop()


async def test_the_default_phone_answer_carries_the_routing_picture(s: Stack) -> None:
    full = (await s.api.get(f"/{PHONE_ID}", params={"fields": "id,webhook_configuration"})).json()
    assert full["webhook_configuration"] == {"application": s.receiver.url}
    async with running(webhook_url=None) as bare:
        assert await webhook_configuration(bare) == {}


async def test_the_override_may_come_as_a_form_body_or_a_query_string(s: Stack, cb: Callback) -> None:
    await subscribe(s)
    form = {"override_callback_uri": cb.url, "verify_token": VERIFY_TOKEN}
    assert (await s.api.post(f"/{WABA_ID}/subscribed_apps", data=form)).status_code == 200
    assert s.sim.waba_override == cb.url
    # The same POST without them removes the override but keeps the subscription.
    await subscribe(s)
    assert s.sim.waba_override is None and s.sim.app_subscribed
    assert (await s.api.post(f"/{WABA_ID}/subscribed_apps", params=form)).status_code == 200
    assert s.sim.waba_override == cb.url
    assert len(cb.challenges) == 2
    # A number's webhook_configuration as JSON text in a form field.
    no_token = f'{{"override_callback_uri":"{cb.url}"}}'
    assert_graph_error(await s.api.post(f"/{PHONE_ID}", data={"webhook_configuration": no_token}), 400, 100)
    assert s.sim.number_override is None
    text = f'{{"override_callback_uri":"{cb.url}","verify_token":"{VERIFY_TOKEN}"}}'
    assert (await s.api.post(f"/{PHONE_ID}/", data={"webhook_configuration": text})).status_code == 200
    assert s.sim.number_override == cb.url


async def test_an_override_without_the_waba_subscription_is_error_100(s: Stack, cb: Callback) -> None:
    for response in (await set_waba_override(s, cb.url), await set_number_override(s, cb.url)):
        error = assert_graph_error(response, 400, 100)
        assert error["type"] == "OAuthException"
        assert "your app must be subscribed" in error["message"]
        assert error["message"].startswith("(#100) ")
    assert cb.challenges == []  # refused before any verification request
    assert s.sim.waba_override is None and s.sim.number_override is None
    assert "phone_number" not in await webhook_configuration(s)


async def test_unsubscribing_drops_the_waba_override(s: Stack, cb: Callback) -> None:
    await subscribe(s)
    assert (await set_waba_override(s, cb.url)).status_code == 200
    assert (await s.api.delete(f"/{WABA_ID}/subscribed_apps")).json() == {"success": True}
    assert not s.sim.app_subscribed and s.sim.waba_override is None
    assert (await s.api.get(f"/{WABA_ID}/subscribed_apps")).json() == {"data": []}
    assert await webhook_configuration(s) == {"application": s.receiver.url}
    assert_graph_error(await set_number_override(s, cb.url), 400, 100)


async def test_an_empty_uri_removes_the_number_override(s: Stack, cb: Callback) -> None:
    await subscribe(s)
    assert (await set_number_override(s, cb.url)).status_code == 200
    assert (await webhook_configuration(s))["phone_number"] == cb.url
    removed = await set_number_override(s, "", token=None)
    assert removed.status_code == 200 and removed.json() == {"success": True}
    assert s.sim.number_override is None
    assert await webhook_configuration(s) == {"application": s.receiver.url}
    assert len(cb.challenges) == 1  # removing verifies nothing


async def test_parameter_errors_are_error_100(s: Stack, cb: Callback) -> None:
    await subscribe(s)
    too_long = cb.url + "?" + "x" * (201 - len(cb.url) - 1)
    assert len(too_long) == 201
    error = assert_graph_error(await set_waba_override(s, too_long), 400, 100)
    assert "200" in error["message"]
    assert_graph_error(await set_number_override(s, too_long), 400, 100)
    assert_graph_error(await set_number_override(s, cb.url, token=None), 400, 100)
    no_token = await s.api.post(f"/{WABA_ID}/subscribed_apps", json={"override_callback_uri": cb.url})
    assert_graph_error(no_token, 400, 100)
    assert_graph_error(await s.api.post(f"/{PHONE_ID}", json={}), 400, 100)
    assert_graph_error(await s.api.post(f"/{PHONE_ID}", json={"webhook_configuration": "nope"}), 400, 100)
    assert cb.challenges == []
    assert s.sim.waba_override is None and s.sim.number_override is None
    # Exactly 200 characters is fine.
    assert (await set_waba_override(s, too_long[:200])).status_code == 200


# Verification during the call.


@pytest.mark.parametrize(
    ("mode", "token", "expected"),
    [
        ("wrong", VERIFY_TOKEN, 'Response does not match challenge, expected value="'),
        ("forbidden", VERIFY_TOKEN, "HTTP Status Code = 403; HTTP Message = Forbidden"),
        ("echo", "another-token", "HTTP Status Code = 403"),
        ("slow", VERIFY_TOKEN, "curl_errno = 28; curl_error = Operation timed out after 300 milliseconds"),
    ],
)
async def test_a_callback_that_does_not_answer_the_challenge_is_2200_and_changes_nothing(
    s: Stack, cb: Callback, mode: str, token: str, expected: str
) -> None:
    await subscribe(s)
    assert (await set_number_override(s, cb.url)).status_code == 200
    assert (await set_waba_override(s, cb.url)).status_code == 200
    bad = Callback(mode)
    await bad.start()
    try:
        for response in (
            await set_number_override(s, bad.url, token),
            await set_waba_override(s, bad.url, token),
            await set_app_callback(s, bad.url, token=token),
        ):
            error = assert_graph_error(response, 400, 2200)
            assert error["type"] == "OAuthException"
            assert error["message"].startswith(VERIFICATION_FAILED), error
            assert expected in error["message"], error
        assert len(bad.challenges) == 3  # it was asked, every time
    finally:
        await bad.stop()
    assert (s.sim.number_override, s.sim.waba_override, s.sim.app_callback_url) == (cb.url, cb.url, None)


async def test_a_callback_nobody_listens_on_or_off_this_machine_is_2200(s: Stack) -> None:
    await subscribe(s)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"  # bound, never listening
        for uri in (closed, "https://example.com/webhook", "http://10.0.0.2/webhook", "ftp://127.0.0.1/x"):
            error = assert_graph_error(await set_number_override(s, uri), 400, 2200)
            assert error["message"].startswith(VERIFICATION_FAILED)
    assert "Couldn't connect" in assert_graph_error(await set_waba_override(s, closed), 400, 2200)["message"]
    assert s.sim.number_override is None and s.sim.waba_override is None


async def test_the_apps_own_receiver_passes_verification_and_gets_the_webhooks(s: Stack) -> None:
    stored: list[bytes] = []

    async def sink(raw_body: bytes, received_at: datetime) -> None:
        stored.append(raw_body)

    receiver = AppReceiver(app_secret=lambda: APP_SECRET, verify_token=lambda: VERIFY_TOKEN, sink=sink)
    async with receiver:
        await subscribe(s)
        assert (await set_number_override(s, receiver.url)).status_code == 200
        assert_graph_error(await set_waba_override(s, receiver.url, "not-the-token"), 400, 2200)
        await s.sim.customer_message(CUSTOMER, "Halo lewat override")
        await s.sim.drain()
    assert len(stored) == 1 and b"Halo lewat override" in stored[0]
    assert s.receiver.received == []


# The app's own subscription, app token only.


async def test_app_subscriptions_need_the_app_token(s: Stack, cb: Callback) -> None:
    form = {"object": "whatsapp_business_account", "callback_url": cb.url, "verify_token": VERIFY_TOKEN}
    form["fields"] = "messages,message_template_status_update,account_update"
    path = f"/{APP_ID}/subscriptions"
    error = assert_graph_error(await s.api.post(path, data=form), 400, 15)  # the user token of s.api
    assert error["message"] == "(#15) This method must be called with an app access_token."
    assert_graph_error(await s.api.get(path), 400, 15)
    assert_graph_error(await s.api.post(path, data=form, headers={"Authorization": "Bearer nonsense"}), 401, 190)
    wrong_secret = {"Authorization": f"Bearer {APP_ID}|not-the-secret"}
    assert_graph_error(await s.api.post(path, data=form, headers=wrong_secret), 401, 190)
    assert_graph_error(await s.api.post(path, data=form, headers={"Authorization": ""}), 401, 190)
    assert cb.challenges == [] and s.sim.app_callback_url is None

    ok = await s.api.post(path, data=form, headers=APP_AUTH)  # form body, app token as Bearer
    assert ok.status_code == 200, ok.text
    assert ok.json() == {"success": True}
    assert len(cb.challenges) == 1
    assert s.sim.app_callback_url == cb.url
    listed = await s.api.get(path, headers=APP_AUTH)
    assert listed.json() == {
        "data": [
            {
                "object": "whatsapp_business_account",
                "callback_url": cb.url,
                "active": True,
                "fields": [
                    {"name": "messages", "version": "v25.0"},
                    {"name": "message_template_status_update", "version": "v25.0"},
                    {"name": "account_update", "version": "v25.0"},
                ],
            }
        ]
    }
    assert (await webhook_configuration(s))["application"] == cb.url


async def test_app_subscription_as_pywa_sends_it_and_fields_add_up(s: Stack, cb: Callback) -> None:
    before = (await s.api.get(f"/{APP_ID}/subscriptions", params={"access_token": APP_TOKEN})).json()["data"]
    assert [item["callback_url"] for item in before] == [s.receiver.url]  # the "dashboard" URL
    assert (await set_app_callback(s, cb.url, fields="messages")).status_code == 200
    assert (await set_app_callback(s, cb.url, fields="account_update")).status_code == 200
    (item,) = (await s.api.get(f"/{APP_ID}/subscriptions", headers=APP_AUTH)).json()["data"]
    assert [f["name"] for f in item["fields"]] == ["messages", "account_update"]
    bad_object = {"object": "page", "callback_url": cb.url, "verify_token": VERIFY_TOKEN, "fields": "feed"}
    assert_graph_error(await s.api.post(f"/{APP_ID}/subscriptions", data=bad_object, headers=APP_AUTH), 400, 100)
    no_fields = {"object": "whatsapp_business_account", "callback_url": cb.url, "verify_token": VERIFY_TOKEN}
    assert_graph_error(await s.api.post(f"/{APP_ID}/subscriptions", data=no_fields, headers=APP_AUTH), 400, 100)
    assert len(cb.challenges) == 2


# Fault switch, reset, control endpoint.


async def test_the_refusal_switch_fails_registration_with_the_chosen_error(s: Stack, cb: Callback) -> None:
    await subscribe(s)
    async with httpx.AsyncClient(base_url=s.sim.base_url, trust_env=False) as control:
        answer = await control.post("/_sim/faults", json={"refuse_webhook_registration_code": 200})
        assert answer.status_code == 200 and answer.json()["refuse_webhook_registration_code"] == 200
        assert (await control.post("/_sim/faults", json={"refuse_webhook_registration_code": True})).status_code == 400
    for response in (
        await set_number_override(s, cb.url),
        await set_waba_override(s, cb.url),
        await set_app_callback(s, cb.url),
    ):
        error = assert_graph_error(response, 403, 200)
        assert error["message"] == "(#200) Permissions error"
    assert cb.challenges == []
    assert (s.sim.number_override, s.sim.waba_override, s.sim.app_callback_url) == (None, None, None)
    s.sim.faults.refuse_webhook_registration_code = 2200
    assert_graph_error(await set_number_override(s, cb.url), 400, 2200)
    s.sim.faults.refuse_webhook_registration_code = None
    assert (await set_number_override(s, cb.url)).status_code == 200


async def test_reset_forgets_subscriptions_and_overrides(s: Stack, cb: Callback) -> None:
    await subscribe(s)
    assert (await set_number_override(s, cb.url)).status_code == 200
    assert (await set_waba_override(s, cb.url)).status_code == 200
    assert (await set_app_callback(s, cb.url)).status_code == 200
    await s.sim.reset()
    assert not s.sim.app_subscribed
    assert (s.sim.number_override, s.sim.waba_override, s.sim.app_callback_url) == (None, None, None)
    routing = s.sim.control_state()["webhook_routing"]
    assert routing["messages_go_to"] == s.receiver.url
    assert routing["app_subscription"] is None
    assert await webhook_configuration(s) == {"application": s.receiver.url}
