"""The wizard's live checks against the simulator over loopback."""

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
from monggo_desktop.services.setup.check import (
    CredentialCheckError,
    Field,
    check_credentials,
)
from monggo_desktop.services.setup.first_setup import SetupRequest

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
    (number,) = check.numbers
    assert number.verified_name == "Warung Bu Sri"
    assert number.display_phone_number.replace(" ", "").replace("-", "") == "+15550783881"
    assert number.quality_rating == "GREEN"
    assert check.app_id == simulator.config.app_id and check.token_expires_at == 0


async def test_without_ids_the_token_names_the_number(simulator: Simulator) -> None:
    check = await check_credentials(request_for(simulator.base_url, phone_number_id="", waba_id=""))
    (number,) = check.numbers
    assert (number.phone_number_id, number.waba_id) == (CONFIG.phone_number_id, CONFIG.waba_id)
    chosen = check.request_for(request_for(simulator.base_url, phone_number_id="", waba_id=""), number)
    assert chosen.checked().phone_number_id == CONFIG.phone_number_id and chosen.app_id == CONFIG.app_id


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


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[WebhookReceiver, list[bytes]]]:
    stored: list[bytes] = []

    async def sink(raw: bytes, received_at: datetime) -> None:
        stored.append(raw)

    server = WebhookReceiver(app_secret=lambda: "receiver-app-secret", verify_token=lambda: "verify", sink=sink)
    await server.start()
    yield server, stored
    await server.stop()


@pytest.mark.parametrize(
    ("error", "field", "words"),
    [
        ({"code": 190, "error_subcode": 463}, Field.ACCESS_TOKEN, "it has expired"),
        ({"code": 190}, Field.ACCESS_TOKEN, "copy it again"),
        ({"code": 200, "message": "(#200) Permissions error"}, Field.ACCESS_TOKEN, "whatsapp_business_management"),
        ({"code": 10}, Field.ACCESS_TOKEN, "permissions"),
        ({"code": 100, "error_subcode": 33}, Field.PHONE_NUMBER_ID, "was not found"),
        ({"code": 131031}, Field.OTHER, "account is locked"),
        ({"code": 133010}, Field.PHONE_NUMBER_ID, "not registered with the Cloud API"),
    ],
)
def test_every_meta_error_the_wizard_can_meet_is_said_with_what_to_do(error, field, words) -> None:
    """Meta's error objects (cloud-api.md section 9) as the check puts them into words; Meta's text stays out."""
    from monggo_desktop.cloud.errors import from_error_object
    from monggo_desktop.services.setup.check import _explain

    explained = _explain(from_error_object(error, http_status=400), Field.PHONE_NUMBER_ID, "graph.facebook.com")
    assert explained.field is field
    assert words in str(explained)
    assert "(#200)" not in str(explained)
