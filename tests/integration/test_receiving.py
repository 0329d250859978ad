"""Reaching this computer end to end: the simulator (Meta's side, its registration rules and routing order)
→ the cloudflared stand-in → the receiver → a stored message; a tunnel killed while running; a URL that never
routes; cloudflared missing; Meta refusing; quitting; and what `status` says in each case."""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
from datetime import UTC, datetime

import pytest

from monggo_desktop.cloud.probe import ProbeOutcome
from monggo_desktop.domain.receiving import Phase, Problem, Route, Step
from monggo_desktop.services.receiving.route import RouteChoice
from monggo_desktop.services.receiving.words import as_json, read_state
from tests.integration.receiving_helpers import QUICK, running_shop
from tests.integration.tunnel_helpers import install_stand_in, wait_gone

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in is a POSIX shell wrapper")

CUSTOMER = "6281234567001"


async def _status(shop) -> dict:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    return as_json(await read_state(shop.db, now), now)


async def test_a_customer_message_comes_through_the_tunnel_the_app_registered(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.until(lambda: shop.receiving.state.can_receive)
        state = shop.receiving.state
        assert state.phase is Phase.WAITING and state.registered
        assert all(state.steps.get(step.value) for step in Step)
        assert state.public_url is not None and state.public_url.startswith("http://127.0.0.1:")
        # Meta was told the PUBLIC address (the tunnel's), not the receiver's own, and verified it in the call.
        assert shop.simulator.app_subscribed
        assert shop.simulator.number_override == state.public_url + "/webhook"
        assert str(shop.engine.receiver.port) not in shop.simulator.number_override
        status = await _status(shop)
        assert status["can_receive"] and status["registered"] and status["route"] == "auto"
        assert status["last_event_at"] is None and "waiting for the first message" in status["summary"]

        await shop.simulator.customer_message(CUSTOMER, "Mas, batiknya ready?")
        await shop.until_stored("Mas, batiknya ready?")
        await shop.until(lambda: shop.receiving.state.phase is Phase.RECEIVING)
        assert await shop.stored_texts() == ["Mas, batiknya ready?"]
        status = await _status(shop)
        assert status["phase"] == "receiving" and status["last_event_at"] is not None


async def test_a_killed_tunnel_comes_back_with_a_new_url_that_is_registered_again(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.until(lambda: shop.receiving.state.can_receive)
        first_url = shop.receiving.state.public_url
        tunnel = shop.receiving._tunnel
        assert tunnel is not None and tunnel.pid is not None
        os.kill(tunnel.pid, signal.SIGKILL)
        await shop.until(lambda: shop.receiving.state.can_receive and shop.receiving.state.public_url != first_url)
        new_url = shop.receiving.state.public_url
        assert shop.simulator.number_override == f"{new_url}/webhook"
        assert any(s.problem is Problem.TUNNEL_FAILED for s in shop.states)  # said while it was down
        await shop.simulator.customer_message(CUSTOMER, "Sudah sampai?")
        await shop.until_stored("Sudah sampai?")
        await shop.simulator.drain()
        assert shop.simulator.control_state()["webhooks"]["abandoned"] == 0


async def test_a_url_that_never_routes_is_not_registered_and_is_said(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch, route_after="inf")
    impatient = dataclasses.replace(QUICK, patience=1.5)  # the app waits a minute; the test need not
    async with running_shop(tmp_path, RouteChoice(Route.AUTO), timing=impatient) as shop:
        await shop.until(lambda: shop.receiving.state.problem is Problem.UNREACHABLE, timeout=30)
        state = shop.receiving.state
        assert not state.can_receive and state.steps.get(Step.REACHABLE.value) is False
        assert "does not reach this computer" in state.detail
        assert shop.simulator.number_override is None  # never registered an address that does not work
        status = await _status(shop)
        assert not status["can_receive"] and status["problem"] == "unreachable"


async def test_cloudflared_missing_is_said_with_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.delenv("MONGGO_CLOUDFLARED", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.until(lambda: shop.receiving.state.problem is Problem.PROGRAM_MISSING)
        assert "cloudflared is not installed" in shop.receiving.state.detail
        assert shop.simulator.number_override is None
        status = await _status(shop)
        assert not status["can_receive"] and status["problem"] == "program_missing"


@pytest.mark.parametrize(
    ("code", "problem", "words"),
    [
        (200, Problem.META_REFUSED, "whatsapp_business_management permission"),
        (2200, Problem.META_REFUSED, "could not verify the address"),
        (190, Problem.TOKEN, "paste a new one in Settings"),
    ],
)
async def test_meta_refusing_the_registration_is_said_in_words(tmp_path, monkeypatch, code, problem, words):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        shop.simulator.faults.refuse_webhook_registration_code = code
        await shop.until(lambda: shop.receiving.state.problem is problem, timeout=30)
        assert words in shop.receiving.state.detail
        assert not shop.receiving.state.registered
        shop.simulator.faults.refuse_webhook_registration_code = None  # fixed on Meta's side: it is retried
        await shop.until(lambda: shop.receiving.state.can_receive, timeout=30)


async def test_an_override_without_the_waba_subscription_is_what_meta_refuses(tmp_path, monkeypatch):
    """The app subscribes to the WABA before setting the override (Meta's error 100 otherwise)."""
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.until(lambda: shop.receiving.state.can_receive)
        assert shop.simulator.app_subscribed


async def test_quitting_leaves_no_tunnel_process_and_status_says_not_receiving(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.until(lambda: shop.receiving.state.can_receive)
        tunnel = shop.receiving._tunnel
        assert tunnel is not None and tunnel.pid is not None
        pid = tunnel.pid
        await shop.engine.stop()
        assert wait_gone(pid, timeout=5)
        status = await _status(shop)
        assert not status["can_receive"] and status["phase"] == "stopped"


async def test_your_own_address_is_proven_and_registered_and_off_removes_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))  # no tunnel program is needed for it
    async with running_shop(tmp_path, RouteChoice(Route.OFF)) as shop:
        await shop.until(lambda: shop.receiving.state.phase is Phase.OFF)
        own = f"http://127.0.0.1:{shop.engine.receiver.port}"  # a proxy that forwards to the receiver, say
        await shop.receiving.change_route(RouteChoice(Route.OWN, own_url=own))
        await shop.until(lambda: shop.receiving.state.can_receive)
        assert shop.simulator.number_override == own + "/webhook"
        await shop.simulator.customer_message(CUSTOMER, "Lewat alamat sendiri")
        await shop.until_stored("Lewat alamat sendiri")
        result = await shop.receiving.test()
        assert result.outcome is ProbeOutcome.REACHED
        await shop.receiving.change_route(RouteChoice(Route.OFF))
        await shop.until(lambda: shop.simulator.number_override is None)
        status = await _status(shop)
        assert not status["can_receive"] and status["phase"] == "off"


async def test_an_address_that_leads_to_another_receiver_is_refused(tmp_path, monkeypatch):
    """Another install with the same app secret answers at the address: not this computer, not registered."""
    from monggo_desktop.cloud.receiver import WebhookReceiver
    from tests.integration.receiving_helpers import APP_SECRET

    async def nowhere(raw: bytes, received_at: datetime) -> None:
        raise AssertionError("nothing is stored by the other receiver")

    other = WebhookReceiver(app_secret=lambda: APP_SECRET, verify_token=lambda: "x", sink=nowhere)
    await other.start()
    try:
        choice = RouteChoice(Route.OWN, own_url=f"http://127.0.0.1:{other.port}")
        async with running_shop(tmp_path, choice) as shop:
            await shop.until(lambda: shop.receiving.state.problem is Problem.UNREACHABLE)
            assert "another computer" in shop.receiving.state.detail
            assert shop.simulator.number_override is None
    finally:
        await other.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_stable_tunnel_runs_with_its_token_and_its_hostname_is_registered(tmp_path, monkeypatch):
    """A named tunnel: the token from the credential store (in cloudflared's environment), the hostname from the
    settings; Cloudflare's dashboard maps the hostname to the receiver (here: the stand-in's edge port)."""
    from monggo_desktop.security.vault import SecretName

    receiver_port, edge_port = _free_port(), _free_port()
    runs = tmp_path / "runs.log"
    install_stand_in(
        tmp_path, monkeypatch, port=str(edge_port), target=f"http://127.0.0.1:{receiver_port}", log=str(runs)
    )
    hostname = f"http://127.0.0.1:{edge_port}"  # stands for https://shop.example.com
    choice = RouteChoice(Route.STABLE, tunnel_hostname=hostname)
    token = {SecretName.TUNNEL_TOKEN: "eyJhIjoi-stable-tunnel-token"}
    async with running_shop(tmp_path, choice, credentials=token, receiver_port=receiver_port) as shop:
        await shop.until(lambda: shop.receiving.state.can_receive)
        assert shop.receiving.state.public_url == hostname
        assert shop.simulator.number_override == f"{hostname}/webhook"
        await shop.simulator.customer_message(CUSTOMER, "Lewat terowongan tetap")
        await shop.until_stored("Lewat terowongan tetap")
    line = runs.read_text()
    assert " run " in f"{line} " and "token_in_env=True" in line and "stable-tunnel-token" not in line


async def test_a_stable_tunnel_without_its_token_says_what_is_missing(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.STABLE, tunnel_hostname="shop.example.com")) as shop:
        await shop.until(lambda: shop.receiving.state.problem is Problem.SETUP)
        assert "no token" in shop.receiving.state.detail


async def test_with_the_app_id_the_app_level_subscription_is_set_too(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.receiving.change_route(RouteChoice(Route.AUTO, app_id=shop.simulator.config.app_id))
        await shop.until(lambda: shop.receiving.state.can_receive)
        assert shop.simulator.app_callback_url == shop.simulator.number_override
        # Template status reaches the app-level URL only: with it registered, it comes here too.
        await shop.simulator.template_status_update("winter_sale", "APPROVED")
        await shop.simulator.drain()
        assert shop.simulator.control_state()["webhooks"]["abandoned"] == 0
