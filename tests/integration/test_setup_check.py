"""The wizard's live checks against the simulator over loopback, and the webhook test against a real receiver."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import AsyncIterator
from datetime import datetime

import pytest

from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.cloud.simulator.faults import Faults
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.services.setup import SetupRequest
from monggo_desktop.services.setup_check import (
    CredentialCheckError,
    Field,
    check_credentials,
    check_local_receiver,
    check_webhook,
)

TOKEN = "EAAG-wizard-token-0123456789"
CONFIG = SimulatorConfig(access_token=TOKEN, verified_name="Warung Bu Sri")


@pytest.fixture
async def simulator() -> AsyncIterator[Simulator]:
    sim = Simulator(dataclasses.replace(CONFIG))
    await sim.start()
    yield sim
    await sim.stop()


def request_for(sim_url: str, **changes: str) -> SetupRequest:
    base = SetupRequest(
        phone_number_id=CONFIG.phone_number_id,
        waba_id=CONFIG.waba_id,
        access_token=TOKEN,
        app_secret="wizard-app-secret-0123",
        verify_token="wizard-verify-token",
        api_base_url=sim_url,
    )
    return dataclasses.replace(base, **changes)


async def test_the_check_returns_the_numbers_details(simulator: Simulator) -> None:
    check = await check_credentials(request_for(simulator.base_url))
    assert check.verified_name == "Warung Bu Sri"
    assert check.display_phone_number.replace(" ", "").replace("-", "") == "+15550783881"
    assert check.quality_rating == "GREEN"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"access_token": "EAAG-someone-elses-token"}, Field.ACCESS_TOKEN, "the access token was refused"),
        ({"phone_number_id": "999999999999999"}, Field.PHONE_NUMBER_ID, "the phone number id was not found"),
        ({"waba_id": "888888888888888"}, Field.WABA_ID, "the WhatsApp Business Account id was not found"),
    ],
)
async def test_a_wrong_field_is_named(simulator: Simulator, changes: dict[str, str], field: Field, words: str) -> None:
    with pytest.raises(CredentialCheckError) as caught:
        await check_credentials(request_for(simulator.base_url, **changes))
    assert caught.value.field is field
    assert str(caught.value).startswith(words)
    assert TOKEN not in str(caught.value) and "someone-elses" not in str(caught.value)


async def test_an_expired_token_is_said(simulator: Simulator) -> None:
    simulator.faults = Faults(expired_token=True)
    with pytest.raises(CredentialCheckError) as caught:
        await check_credentials(request_for(simulator.base_url))
    assert caught.value.field is Field.ACCESS_TOKEN
    assert "expired" in str(caught.value)


async def test_no_network_is_said() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(CredentialCheckError) as caught:
        await check_credentials(request_for(f"http://127.0.0.1:{port}"))
    assert caught.value.field is Field.NETWORK
    assert str(caught.value).startswith("cannot reach WhatsApp")


async def test_an_api_base_that_is_not_the_graph_api_is_said(receiver) -> None:  # type: ignore[no-untyped-def]
    server, _stored = receiver  # an HTTP server that answers 404 to Graph paths
    with pytest.raises(CredentialCheckError) as caught:
        await check_credentials(request_for(f"http://127.0.0.1:{server.port}"))
    assert caught.value.field is Field.API_BASE
    assert "does not answer like WhatsApp's Graph API" in str(caught.value)


async def test_malformed_input_is_refused_before_any_call() -> None:
    with pytest.raises(InvalidInputError, match="phone number id"):
        await check_credentials(request_for("http://127.0.0.1:9", phone_number_id="+62 812"))


# Webhooks.

SECRET = "receiver-app-secret"
VERIFY = "receiver-verify-token"


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[WebhookReceiver, list[bytes]]]:
    stored: list[bytes] = []

    async def sink(raw: bytes, received_at: datetime) -> None:
        stored.append(raw)

    server = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: VERIFY, sink=sink)
    await server.start()
    yield server, stored
    await server.stop()


async def test_the_webhook_test_passes_against_a_real_receiver(receiver) -> None:  # type: ignore[no-untyped-def]
    server, stored = receiver
    result = await check_webhook(server.url, SECRET, VERIFY)
    assert result.ok, result.message
    assert len(stored) == 1  # the signed test event reached the sink


async def test_a_wrong_app_secret_is_said(receiver) -> None:  # type: ignore[no-untyped-def]
    server, stored = receiver
    result = await check_webhook(server.url, "not-the-secret", VERIFY)
    assert not result.ok and "app secret" in result.message
    assert stored == [] and "not-the-secret" not in result.message


async def test_a_wrong_verify_token_is_said(receiver) -> None:  # type: ignore[no-untyped-def]
    server, stored = receiver
    result = await check_webhook(server.url, SECRET, "not-the-token")
    assert not result.ok and "verify token" in result.message and "not-the-token" not in result.message
    assert stored == []


async def test_a_closed_port_is_said() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = await check_webhook(f"http://127.0.0.1:{port}/webhook", SECRET, VERIFY)
    assert not result.ok and "nothing answers" in result.message and str(port) in result.message


async def test_the_local_receiver_test_passes_on_a_free_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = await check_local_receiver(port, SECRET, VERIFY)
    assert result.ok, result.message


async def test_a_busy_port_is_said() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = await check_local_receiver(port, SECRET, VERIFY)
    assert not result.ok and f"port {port}" in result.message and "cannot be used" in result.message
