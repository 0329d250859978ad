"""Every fault switch of the simulator, set in code and through the /_sim control endpoint."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import httpx
import pytest

from monggo_desktop.cloud.simulator import Faults
from tests.simulator_helpers import CUSTOMER, PHONE_ID, Stack, assert_graph_error, running

OTHER = "6289876543210"


@pytest.fixture
async def s() -> AsyncIterator[Stack]:
    async with running() as stack:
        for wa_id in (CUSTOMER, OTHER):
            stack.sim.open_window(wa_id)
        yield stack


async def test_rate_limit_next_answers_130429_with_retry_after(s: Stack) -> None:
    s.sim.faults.rate_limit_next = 2
    s.sim.faults.retry_after_seconds = 7
    for _ in range(2):
        response = await s.send_text()
        error = assert_graph_error(response, 429, 130429, detail="too many messages")
        assert response.headers["Retry-After"] == "7"
        assert error["message"] == "(#130429) Rate limit hit"
    assert (await s.send_text()).status_code == 200
    assert s.sim.faults.rate_limit_next == 0
    assert len(s.sim.sent_messages) == 1


async def test_rate_limit_without_retry_after_has_no_header(s: Stack) -> None:
    s.sim.faults.rate_limit_next = 1
    response = await s.api.get(f"/{PHONE_ID}")
    assert_graph_error(response, 429, 130429)
    assert "Retry-After" not in response.headers


async def test_pair_rate_limit_is_per_recipient_and_off_by_default(s: Stack) -> None:
    assert (await s.send_text("1")).status_code == 200
    assert (await s.send_text("2")).status_code == 200  # off: no limit
    s.sim.faults.pair_rate_limit = True
    s.sim.faults.retry_after_seconds = 6
    limited = await s.send_text("3")
    assert_graph_error(limited, 400, 131056, detail="same phone number")
    assert limited.headers["Retry-After"] == "6"
    assert (await s.send_text("to someone else", to=OTHER)).status_code == 200
    assert_graph_error(await s.send_text("again", to=OTHER), 400, 131056)
    assert [m["text"]["body"] for m in s.sim.sent_messages] == ["1", "2", "to someone else"]


async def test_pair_rate_limit_frees_the_pair_after_its_interval() -> None:
    async with running(pair_interval=0.2) as s:
        s.sim.open_window(CUSTOMER)
        s.sim.faults.pair_rate_limit = True
        assert (await s.send_text()).status_code == 200
        assert_graph_error(await s.send_text(), 400, 131056)
        deadline = time.monotonic() + 0.21
        while time.monotonic() < deadline:
            await s.api.get(f"/{PHONE_ID}")  # wait on real requests, not a sleep
        assert (await s.send_text()).status_code == 200


async def test_expired_token_fault_applies_to_every_call(s: Stack) -> None:
    media_id = (await s.upload(b"\xff\xd8\xff" + bytes(50), "image/jpeg")).json()["id"]
    url = (await s.api.get(f"/{media_id}")).json()["url"]
    s.sim.faults.expired_token = True
    for response in (await s.api.get(f"/{PHONE_ID}"), await s.send_text(), await s.api.get(url)):
        assert assert_graph_error(response, 401, 190)["error_subcode"] == 463


async def test_server_error_next_alternates_500_code_1_and_503_code_2(s: Stack) -> None:
    s.sim.faults.server_error_next = 2
    first, second = await s.send_text(), await s.send_text()
    assert assert_graph_error(first, 500, 1)["is_transient"] is True
    assert assert_graph_error(second, 503, 2)["is_transient"] is True
    assert (await s.send_text()).status_code == 200
    assert len(s.sim.sent_messages) == 1


async def test_slow_seconds_delays_every_answer(s: Stack) -> None:
    s.sim.faults.slow_seconds = 0.3
    started = time.monotonic()
    assert (await s.api.get(f"/{PHONE_ID}")).status_code == 200
    assert time.monotonic() - started >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        await s.api.get(f"/{PHONE_ID}", timeout=0.05)


async def test_stop_does_not_wait_for_a_slow_answer() -> None:
    async with running() as s:
        s.sim.faults.slow_seconds = 30
        with pytest.raises(httpx.ReadTimeout):
            await s.api.get(f"/{PHONE_ID}", timeout=0.05)
        started = time.monotonic()
        await s.sim.stop()
        assert time.monotonic() - started < 2


async def test_drop_connection_next_closes_without_an_answer(s: Stack) -> None:
    s.sim.faults.drop_connection_next = 1
    with pytest.raises(httpx.RemoteProtocolError):
        await s.send_text()
    assert s.sim.sent_messages == []
    assert (await s.send_text()).status_code == 200


async def test_faults_can_be_replaced_whole(s: Stack) -> None:
    s.sim.faults = Faults(rate_limit_next=1)
    assert_graph_error(await s.send_text(), 429, 130429)
    assert (await s.send_text()).status_code == 200


async def test_faults_reject_wrong_names_and_types() -> None:
    faults = Faults()
    for bad in ({"rate_limit_next": True}, {"rate_limit_next": -1}, {"slow_seconds": "1"}, {"nope": 1}):
        with pytest.raises(ValueError):
            faults.update(bad)
    with pytest.raises(ValueError):
        faults.update({"rate_limit_next": 3, "expired_token": "yes"})
    assert faults == Faults()  # nothing applied from a bad request


# The control endpoint.


async def test_control_endpoint_sets_faults_shows_state_and_resets(s: Stack) -> None:
    async with httpx.AsyncClient(base_url=s.sim.base_url, trust_env=False) as control:  # no token needed
        answer = await control.post("/_sim/faults", json={"rate_limit_next": 1, "retry_after_seconds": 3})
        assert answer.status_code == 200 and answer.json()["rate_limit_next"] == 1
        assert_graph_error(await s.send_text(), 429, 130429)
        assert (await s.send_text("kept")).status_code == 200

        state = (await control.get("/_sim/state")).json()
        assert state["faults"]["retry_after_seconds"] == 3
        assert [m["text"]["body"] for m in state["sent_messages"]] == ["kept"]
        assert CUSTOMER in state["windows"]
        assert state["base_url"] == s.sim.base_url

        bad = await control.post("/_sim/faults", json={"rate_limit_nxt": 1})
        assert bad.status_code == 400 and "rate_limit_nxt" in bad.json()["error"]["message"]
        assert (await control.post("/_sim/faults", content=b"[1]")).status_code == 400

        assert (await control.post("/_sim/reset")).json() == {"success": True}
        state = (await control.get("/_sim/state")).json()
        assert state["sent_messages"] == [] and state["windows"] == {}
        assert state["faults"] == Faults().as_dict()
        assert s.sim.sent_messages == []
        assert (await control.get("/_sim/nothing")).status_code == 404


async def test_control_endpoint_refuses_web_pages(s: Stack) -> None:
    async with httpx.AsyncClient(base_url=s.sim.base_url, trust_env=False) as control:
        forged = await control.post("/_sim/reset", headers={"Origin": "https://evil.example"})
        assert forged.status_code == 403
        rebound = await control.get("/_sim/state", headers={"Host": "evil.example"})
        assert rebound.status_code == 403
        local = await control.get("/_sim/state", headers={"Origin": "http://127.0.0.1:8000"})
        assert local.status_code == 200


async def test_reset_restores_the_runs_own_faults() -> None:
    async with running(faults=Faults(pair_rate_limit=True)) as s:
        s.sim.faults.pair_rate_limit = False
        s.sim.faults.expired_token = True
        await s.sim.reset()
        assert s.sim.faults == Faults(pair_rate_limit=True)
