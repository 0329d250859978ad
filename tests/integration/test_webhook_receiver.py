"""The webhook receiver over real HTTP on loopback: a real aiohttp server, an httpx client, an in-memory sink."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monggo_desktop.cloud.receiver import DEFAULT_MAX_BODY_BYTES, WebhookReceiver
from monggo_desktop.cloud.webhook_signature import HEADER as SIGNATURE_HEADER
from monggo_desktop.cloud.webhook_signature import sign

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
SECRET = "test-app-secret-0123456789abcdef"
TOKEN = "test-verify-token-Monggo"
CUSTOMER = "16505551234"
TEXT_BODY = "Halo, apakah toko buka hari ini?"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


class MemorySink:
    """The durable store, in memory: keeps every body it is given, byte for byte."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, datetime]] = []

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        self.received.append((raw_body, received_at))

    @property
    def bodies(self) -> list[bytes]:
        return [body for body, _ in self.received]


class FlakySink(MemorySink):
    """Fails its first ``failures`` calls, as a full disk or a locked database would."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        if self.failures:
            self.failures -= 1
            raise OSError(f"disk full while writing {raw_body[:40]!r}")
        await super().__call__(raw_body, received_at)


class Credentials:
    """What the keyring would hold; the receiver reads it on every request."""

    def __init__(self) -> None:
        self.app_secret: str | None = SECRET
        self.verify_token: str | None = TOKEN


@asynccontextmanager
async def running(sink: MemorySink, creds: Credentials, **options: Any) -> AsyncIterator[WebhookReceiver]:
    receiver = WebhookReceiver(
        app_secret=lambda: creds.app_secret, verify_token=lambda: creds.verify_token, sink=sink, **options
    )
    await receiver.start()
    try:
        yield receiver
    finally:
        await receiver.stop()


@pytest.fixture
def sink() -> MemorySink:
    return MemorySink()


@pytest.fixture
def creds() -> Credentials:
    return Credentials()


@pytest.fixture
async def receiver(sink: MemorySink, creds: Credentials) -> AsyncIterator[WebhookReceiver]:
    async with running(sink, creds) as started:
        yield started


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=10, trust_env=False) as http:
        yield http


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog


async def post(
    client: httpx.AsyncClient, receiver: WebhookReceiver, body: bytes, signature: str | None = "sign"
) -> httpx.Response:
    headers: dict[str, bytes] = {"Content-Type": b"application/json"}
    if signature == "sign":
        signature = sign(body, SECRET)
    if signature is not None:
        headers[SIGNATURE_HEADER] = signature.encode("utf-8")  # bytes: a hostile sender is not limited to ASCII
    return await client.post(receiver.url, content=body, headers=headers)


async def verify_handshake(client: httpx.AsyncClient, receiver: WebhookReceiver, **params: str) -> httpx.Response:
    return await client.get(receiver.url, params={f"hub.{k}": v for k, v in params.items()})


async def raw_exchange(receiver: WebhookReceiver, data: bytes, *, half_close: bool = False) -> bytes:
    """Write bytes that no HTTP client would send, and read what comes back until the server closes or goes quiet."""
    reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
    try:
        writer.write(data)
        await writer.drain()
        if half_close:
            writer.write_eof()
        try:
            return await asyncio.wait_for(reader.read(4096), timeout=1.0)
        except TimeoutError:
            return b""
    finally:
        writer.close()
        with suppress(ConnectionError):
            await writer.wait_closed()


# Lifecycle


async def test_start_binds_a_free_loopback_port_and_stop_releases_it(
    sink: MemorySink, creds: Credentials, client: httpx.AsyncClient
) -> None:
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: TOKEN, sink=sink)
    with pytest.raises(RuntimeError):
        _ = receiver.url
    await receiver.start()
    try:
        assert receiver.port > 0
        assert receiver.url == f"http://127.0.0.1:{receiver.port}/webhook"
        with pytest.raises(RuntimeError):
            await receiver.start()
        url = receiver.url
        assert (
            await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="1")
        ).is_success
    finally:
        await receiver.stop()
    await receiver.stop()  # a second stop is harmless
    assert not receiver.running
    with pytest.raises(httpx.ConnectError):
        await client.get(url)


async def test_async_context_manager(sink: MemorySink, client: httpx.AsyncClient) -> None:
    async with WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: TOKEN, sink=sink) as receiver:
        assert (await post(client, receiver, fixture_bytes("message_text"))).status_code == 200
    assert not receiver.running and len(sink.received) == 1


# Verification handshake


async def test_verification_with_the_right_token_echoes_the_raw_challenge(
    receiver: WebhookReceiver, client: httpx.AsyncClient
) -> None:
    response = await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="1158201444")
    assert response.status_code == 200
    assert response.text == "1158201444"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    "params",
    [
        {"mode": "subscribe", "verify_token": "wrong-token", "challenge": "42"},
        {"mode": "subscribe", "verify_token": TOKEN[:-1], "challenge": "42"},
        {"mode": "subscribe", "verify_token": "", "challenge": "42"},
        {"mode": "subscribe", "challenge": "42"},
        {"mode": "unsubscribe", "verify_token": TOKEN, "challenge": "42"},
        {"verify_token": TOKEN, "challenge": "42"},
        {"mode": "subscribe", "verify_token": "tökén-ünïcode", "challenge": "42"},
    ],
)
async def test_verification_refused(
    receiver: WebhookReceiver, client: httpx.AsyncClient, params: dict[str, str]
) -> None:
    response = await verify_handshake(client, receiver, **params)
    assert response.status_code == 403
    assert "42" not in response.text


@pytest.mark.parametrize("configured", [None, ""])
async def test_verification_refused_while_no_token_is_configured(
    receiver: WebhookReceiver, client: httpx.AsyncClient, creds: Credentials, configured: str | None
) -> None:
    creds.verify_token = configured
    response = await verify_handshake(client, receiver, mode="subscribe", verify_token="", challenge="42")
    assert response.status_code == 403


async def test_a_new_verify_token_takes_effect_without_restart(
    receiver: WebhookReceiver, client: httpx.AsyncClient, creds: Credentials
) -> None:
    creds.verify_token = "rotated-tökén"
    old = await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="7")
    new = await verify_handshake(client, receiver, mode="subscribe", verify_token="rotated-tökén", challenge="7")
    assert (old.status_code, new.status_code, new.text) == (403, 200, "7")


# Signed events


async def test_signed_post_reaches_the_sink_with_the_exact_bytes(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink
) -> None:
    body = b"  \n" + fixture_bytes("multi_entry_batch").replace(b"  ", b"\t") + b"\r\n\n"
    before = datetime.now(UTC)
    response = await post(client, receiver, body)
    after = datetime.now(UTC)
    assert response.status_code == 200
    ((stored, received_at),) = sink.received
    assert stored == body
    assert received_at.tzinfo is not None and before <= received_at <= after


@pytest.mark.parametrize("name", ["message_text", "status_failed", "template_status_update", "value_errors"])
async def test_every_kind_of_event_is_accepted(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, name: str
) -> None:
    assert (await post(client, receiver, fixture_bytes(name))).status_code == 200
    assert sink.bodies == [fixture_bytes(name)]


@pytest.mark.parametrize("signature", [None, ""])
async def test_missing_signature_is_401_and_nothing_is_stored(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, signature: str | None
) -> None:
    response = await post(client, receiver, fixture_bytes("message_text"), signature=signature)
    assert response.status_code == 401
    assert sink.received == []


@pytest.mark.parametrize(
    "signature",
    [
        sign(fixture_bytes("message_text"), "another-app-secret"),
        sign(fixture_bytes("status_read"), SECRET),  # a real signature, of another body
        sign(fixture_bytes("message_text"), SECRET).replace("sha256=", "sha1="),
        sign(fixture_bytes("message_text"), SECRET).removeprefix("sha256="),
        sign(fixture_bytes("message_text"), SECRET)[:-2],
        "sha256=" + "0" * 64,
        "sha256=zzzz",
        "sha256=ünïcode",
    ],
    ids=["other secret", "other body", "sha1 prefix", "no prefix", "truncated", "zeros", "not hex", "not ASCII"],
)
async def test_wrong_signature_is_403_and_nothing_is_stored(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, signature: str
) -> None:
    response = await post(client, receiver, fixture_bytes("message_text"), signature=signature)
    assert response.status_code == 403
    assert sink.received == []


async def test_a_signature_over_reserialised_json_does_not_verify(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink
) -> None:
    body = fixture_bytes("message_text")  # indented, as Meta's whitespace might differ from json.dumps
    reserialised = json.dumps(json.loads(body)).encode("utf-8")
    assert reserialised != body
    response = await post(client, receiver, body, signature=sign(reserialised, SECRET))
    assert response.status_code == 403
    assert sink.received == []


async def test_a_compressed_body_is_verified_as_sent_and_never_inflated(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink
) -> None:
    plain = fixture_bytes("message_text")
    packed = gzip.compress(plain)
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    over_plain = await client.post(
        receiver.url, content=packed, headers={**headers, SIGNATURE_HEADER: sign(plain, SECRET)}
    )
    over_packed = await client.post(
        receiver.url, content=packed, headers={**headers, SIGNATURE_HEADER: sign(packed, SECRET)}
    )
    assert (over_plain.status_code, over_packed.status_code) == (403, 400)
    assert sink.received == []


async def test_a_new_app_secret_takes_effect_without_restart(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, creds: Credentials
) -> None:
    body = fixture_bytes("message_text")
    creds.app_secret = "rotated-secret"
    assert (await post(client, receiver, body)).status_code == 403
    assert (await post(client, receiver, body, signature=sign(body, "rotated-secret"))).status_code == 200
    assert sink.bodies == [body]


@pytest.mark.parametrize("configured", [None, ""])
async def test_without_an_app_secret_events_are_deferred_not_accepted(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, creds: Credentials, configured: str | None
) -> None:
    creds.app_secret = configured
    response = await post(client, receiver, fixture_bytes("message_text"), signature=sign(b"x", ""))
    assert response.status_code == 503  # a 5xx, so Meta retries once the secret is set
    assert sink.received == []


async def test_an_app_secret_that_cannot_be_read_defers_and_the_server_carries_on(
    sink: MemorySink, client: httpx.AsyncClient, logs: pytest.LogCaptureFixture
) -> None:
    def locked_keyring() -> str:
        raise PermissionError("keyring locked")

    body = fixture_bytes("message_text")
    async with WebhookReceiver(app_secret=locked_keyring, verify_token=lambda: TOKEN, sink=sink) as receiver:
        assert (await post(client, receiver, body)).status_code == 503
        response = await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="5")
        assert response.text == "5"
    assert sink.received == []
    assert any("PermissionError" in r.getMessage() for r in logs.records)


# Size limit


async def test_a_body_over_the_limit_is_413_and_nothing_is_stored(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink
) -> None:
    body = b" " * (DEFAULT_MAX_BODY_BYTES + 1)
    response = await post(client, receiver, body)
    assert response.status_code == 413
    assert sink.received == []


async def test_a_three_megabyte_event_fits_the_default_limit(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink
) -> None:
    document = json.loads(fixture_bytes("message_text"))
    document["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = "x" * (3 * 1024 * 1024)
    body = json.dumps(document).encode()
    assert (await post(client, receiver, body)).status_code == 200
    assert sink.bodies == [body]


async def test_a_chunked_body_over_the_limit_is_cut_off_with_413(
    sink: MemorySink, creds: Credentials, client: httpx.AsyncClient
) -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(64):
            sent += 1024
            yield b" " * 1024

    async with running(sink, creds, max_body_bytes=4096) as receiver:
        response = await client.post(receiver.url, content=chunks(), headers={SIGNATURE_HEADER: "sha256=00"})
        assert "content-length" not in response.request.headers
        assert response.status_code == 413
        follow_up = await post(client, receiver, b'{"object":"whatsapp_business_account","entry":[]}')
        assert follow_up.status_code == 200
    assert len(sink.received) == 1


# Malformed events and failing sinks


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        b'{"object":"page","entry":[]}',
        b'{"object":"whatsapp_business_account"}',
        b'{"object":"whatsapp_business_account","entry":{}}',
        b'{"object":"whatsapp_business_account","entry":' + b"[" * 5000 + b"]" * 5000 + b"}",
        b"\xff\xfe\x00garbage",
    ],
)
async def test_malformed_but_correctly_signed_is_400_and_nothing_is_stored(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, body: bytes
) -> None:
    response = await post(client, receiver, body)
    assert response.status_code == 400
    assert sink.received == []


@pytest.mark.parametrize(
    "body",
    [
        fixture_bytes("message_text").replace(b'"timestamp": "', b'"timestamp": "x'),
        fixture_bytes("message_text").replace(b'"phone_number_id"', b'"phone_number"'),
        b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"new_field","value":{}}]}]}',
    ],
)
async def test_an_envelope_with_parts_this_version_cannot_read_is_stored_and_answered_200(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, body: bytes
) -> None:
    """Meta retries a refused body for 7 days and then drops it: what is not understood is kept, not refused."""
    response = await post(client, receiver, body)
    assert response.status_code == 200
    assert sink.bodies == [body]


async def test_a_failing_sink_is_500_and_the_next_request_is_served(
    creds: Credentials, client: httpx.AsyncClient, logs: pytest.LogCaptureFixture
) -> None:
    sink = FlakySink(failures=1)
    body = fixture_bytes("message_text")
    async with running(sink, creds) as receiver:
        assert (await post(client, receiver, body)).status_code == 500
        assert (await post(client, receiver, body)).status_code == 200  # Meta's retry
    assert sink.bodies == [body]
    failures = [r for r in logs.records if r.levelno >= logging.ERROR]
    assert failures and "OSError" in failures[0].getMessage()
    assert all("disk full" not in r.getMessage() and CUSTOMER not in r.getMessage() for r in logs.records)


# Hostile or broken clients


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_other_methods_are_405(receiver: WebhookReceiver, client: httpx.AsyncClient, method: str) -> None:
    assert (await client.request(method, receiver.url)).status_code == 405


@pytest.mark.parametrize("path", ["/", "/webhook/", "/webhooks", "/webhook/extra", "/admin"])
async def test_other_paths_are_404(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, path: str
) -> None:
    url = receiver.url.removesuffix("/webhook") + path
    body = fixture_bytes("message_text")
    assert (await client.get(url)).status_code == 404
    assert (await client.post(url, content=body, headers={SIGNATURE_HEADER: sign(body, SECRET)})).status_code == 404
    assert sink.received == []


async def test_garbage_and_half_requests_do_not_stop_the_server(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink
) -> None:
    body = fixture_bytes("message_text")
    head = f"POST /webhook HTTP/1.1\r\nHost: x\r\n{SIGNATURE_HEADER}: {sign(body, SECRET)}\r\n".encode()
    attempts = [
        b"\x00\x01\x02 not http at all\r\n\r\n",
        b"GET /webhook HTTP/1.1\r\nHost: x\r\n" + b"X-Long: " + b"a" * 20_000 + b"\r\n\r\n",
        head + b"Content-Length: 100000\r\n\r\n" + body[:100],  # the body never finishes
        head + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n",  # a broken chunk
        b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"GET /webhook?hub.mode=subscribe&hub.verify_token=" + b"%ff" * 50 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    ]
    for data in attempts:
        reply = await raw_exchange(receiver, data, half_close=True)
        assert not reply.startswith(b"HTTP/1.1 5")
    assert sink.received == []
    response = await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="99")
    assert response.text == "99"
    assert (await post(client, receiver, body)).status_code == 200


async def test_logs_never_carry_bodies_tokens_or_numbers(
    receiver: WebhookReceiver, client: httpx.AsyncClient, logs: pytest.LogCaptureFixture
) -> None:
    body = fixture_bytes("message_text")
    await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="1")
    await verify_handshake(client, receiver, mode="subscribe", verify_token=f"{TOKEN}-wrong", challenge="1")
    await post(client, receiver, body)
    await post(client, receiver, body, signature=None)
    await post(client, receiver, body, signature=sign(body, "other"))
    await post(client, receiver, body.replace(b'"timestamp": "', b'"timestamp": "x'))
    await raw_exchange(receiver, b"POST /webhook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
    await raw_exchange(receiver, b"GARBAGE " + CUSTOMER.encode() + b"\r\n\r\n", half_close=True)
    assert logs.records
    server_side = [r for r in logs.records if r.name.startswith(("monggo", "aiohttp"))]
    assert {"monggo.cloud", "monggo.cloud.http"} <= {r.name for r in server_side}
    for record in server_side:
        text = logging.Formatter().format(record)
        for secret in (TOKEN, SECRET, CUSTOMER, TEXT_BODY, "Halo"):
            assert secret not in text, record.name


# Property: whatever signed body arrives, the answer is 200 or 400, never a 5xx


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=20,
)
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))


@st.composite
def signed_bodies(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "json", "envelope", "fixture", "truncated fixture"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "json":
        return json.dumps(draw(JSON_VALUES)).encode()
    if kind == "envelope":
        entries = draw(st.lists(JSON_VALUES, max_size=3))
        return json.dumps({"object": "whatsapp_business_account", "entry": entries}).encode()
    body = fixture_bytes(draw(st.sampled_from(FIXTURE_NAMES)))
    if kind == "truncated fixture":
        return body[: draw(st.integers(min_value=0, max_value=len(body) - 1))]
    return body


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=signed_bodies())
async def test_random_signed_bodies_never_get_a_server_error(
    receiver: WebhookReceiver, client: httpx.AsyncClient, sink: MemorySink, body: bytes
) -> None:
    stored_before = len(sink.received)
    response = await post(client, receiver, body)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert sink.bodies[stored_before:] == [body]
    else:
        assert len(sink.received) == stored_before
    handshake = await verify_handshake(client, receiver, mode="subscribe", verify_token=TOKEN, challenge="3")
    assert handshake.text == "3"
