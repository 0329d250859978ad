"""Client edge cases the simulator cannot produce, on httpx.MockTransport (the one place mocks are used)."""

from __future__ import annotations

import json

import httpx
import pytest

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.errors import NetworkError, PermanentError, TransientError
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.transport import Timeouts
from monggo_desktop.domain.errors import InvalidInputError

BASE = "https://graph.example.test"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make_client(handler, *, clock: FakeClock | None = None, deadline: float = 120.0) -> CloudApiClient:
    clock = clock or FakeClock()
    return CloudApiClient(
        ClientConfig(
            access_token="EAAG-test",
            phone_number_id="106540352242922",
            waba_id="102290129340398",
            api_base_url=BASE,
            timeouts=Timeouts(deadline=deadline),
        ),
        retry=RetryPolicy(rand=lambda: 0.5),
        sleep=clock.sleep,
        clock=clock,
        http=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )


def ok_send(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "messaging_product": "whatsapp",
            "contacts": [{"input": "1", "wa_id": "1"}],
            "messages": [{"id": "wamid.OK"}],
        },
    )


async def test_server_errors_are_retried_with_backoff_then_succeed():
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) < 3:
            return httpx.Response(503, text="<html>busy</html>")
        return ok_send(request)

    clock = FakeClock()
    async with make_client(handler, clock=clock) as client:
        result = await client.messages.send_text("16505551234", "Halo")
    assert result.wamid == "wamid.OK" and len(calls) == 3
    assert clock.sleeps == [0.25, 0.5]  # rand 0.5 x ceilings 0.5 and 1
    assert calls[0].headers["Authorization"] == "Bearer EAAG-test"
    assert json.loads(calls[0].content)["text"] == {"body": "Halo", "preview_url": False}


async def test_a_connection_that_never_opened_is_retried_even_for_a_send():
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return ok_send(request)

    async with make_client(handler) as client:
        assert (await client.messages.send_text("16505551234", "Halo")).wamid == "wamid.OK"
    assert len(calls) == 2


async def test_a_send_whose_answer_was_lost_is_not_sent_twice():
    calls = []

    def handler(request):
        calls.append(request)
        raise httpx.ReadError("connection reset", request=request)

    async with make_client(handler) as client:
        with pytest.raises(NetworkError) as info:
            await client.messages.send_text("16505551234", "Halo")
    assert info.value.uncertain and len(calls) == 1


async def test_reads_are_retried_after_a_lost_answer():
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ReadError("connection reset", request=request)
        return httpx.Response(
            200, json={"id": "1", "display_phone_number": "+1 555", "throughput": {"level": "STANDARD"}}
        )

    async with make_client(handler) as client:
        assert (await client.phone.info()).throughput_level == "STANDARD"
    assert len(calls) == 2


async def test_the_overall_deadline_stops_the_retries():
    clock = FakeClock()
    async with make_client(lambda r: httpx.Response(500), clock=clock, deadline=1.0) as client:
        with pytest.raises(TransientError):
            await client.phone.info()
    assert sum(clock.sleeps) <= 1.0


async def test_an_answer_that_is_not_json_is_a_typed_error():
    async with make_client(lambda r: httpx.Response(200, text="<html>login</html>")) as client:
        with pytest.raises(PermanentError, match="not JSON"):
            await client.phone.info()


async def test_a_next_page_on_another_server_never_gets_the_token():
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(
            200,
            json={
                "data": [{"id": "1", "name": "a", "language": "en_US", "status": "APPROVED"}],
                "paging": {"next": "https://elsewhere.example/v25.0/x?after=1"},
            },
        )

    async with make_client(handler) as client:
        with pytest.raises(PermanentError, match="another server"):
            await client.templates.list()
    assert all(url.startswith(BASE) for url in seen)


async def test_plain_http_is_refused_beyond_loopback():
    with pytest.raises(InvalidInputError, match="https"):
        CloudApiClient(
            ClientConfig(access_token="t", phone_number_id="1", waba_id="2", api_base_url="http://graph.example.test")
        )


async def test_a_media_url_over_plain_http_is_refused():
    def handler(request):
        return httpx.Response(200, json={"url": "http://cdn.example.test/file", "mime_type": "image/jpeg", "id": "9"})

    async with make_client(handler) as client:
        with pytest.raises(InvalidInputError, match="unencrypted"):
            await client.media.download("9")
