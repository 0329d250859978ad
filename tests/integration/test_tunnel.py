"""cloudflared as the app's child process, against the stand-in that behaves as cloudflared's documentation
and source say (the boxed banner on stderr, exit codes, TUNNEL_TOKEN), and the signed probe through it."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from monggo_desktop.cloud.probe import ProbeOutcome, probe_once, prove_route
from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.tunnel import (
    ProgramMissingError,
    Tunnel,
    TunnelError,
    TunnelKind,
    TunnelSpec,
    find_cloudflared,
    quick_tunnel_url,
)
from tests.integration.tunnel_helpers import alive, install_stand_in, wait_gone

SECRET = "tunnel-app-secret"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in is a POSIX shell wrapper")


class Stored:
    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        self.bodies.append(raw_body)


async def _receiver(sink: Stored | None = None) -> WebhookReceiver:
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: "v", sink=sink or Stored())
    await receiver.start()
    return receiver


def _local(receiver: WebhookReceiver) -> str:
    return f"http://127.0.0.1:{receiver.port}"


async def test_a_quick_tunnel_gives_the_url_inside_the_box_and_a_probe_comes_back_through_it(tmp_path, monkeypatch):
    program = install_stand_in(tmp_path, monkeypatch)
    sink = Stored()
    receiver = await _receiver(sink)
    tunnel = Tunnel(find_cloudflared(), TunnelSpec(TunnelKind.QUICK, _local(receiver)))
    try:
        url = await tunnel.start(timeout=20)
        # The disclaimer before the box carries cloudflare.com URLs: only the one inside the box counts.
        assert url.startswith("http://127.0.0.1:") and url != _local(receiver)
        assert find_cloudflared() == program
        result = await probe_once(url, SECRET, receiver.probes)
        assert result.outcome is ProbeOutcome.REACHED, result.detail
        assert sink.bodies == []  # a probe is answered, never stored
    finally:
        await tunnel.stop()
        await receiver.stop()
    assert tunnel.pid is not None and wait_gone(tunnel.pid)


async def test_the_probe_is_refused_to_a_receiver_that_did_not_send_it(tmp_path, monkeypatch):
    """Another computer (or an old tunnel) with the same app secret cannot answer for this one."""
    ours, theirs = await _receiver(), await _receiver()
    try:
        result = await probe_once(_local(theirs), SECRET, ours.probes)
        assert result.outcome is ProbeOutcome.SOMEONE_ELSE
        result = await probe_once(_local(ours), SECRET, ours.probes)
        assert result.outcome is ProbeOutcome.REACHED
        result = await probe_once(_local(ours), "another-secret", ours.probes)
        assert result.outcome is ProbeOutcome.SOMEONE_ELSE  # the signature does not hold: refused with 403
    finally:
        await ours.stop()
        await theirs.stop()


async def test_a_url_printed_before_it_routes_is_retried_until_it_does(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch, route_after="1.0")
    receiver = await _receiver()
    tunnel = Tunnel(find_cloudflared(), TunnelSpec(TunnelKind.QUICK, _local(receiver)))
    tries: list[int] = []
    try:
        url = await tunnel.start(timeout=20)
        first = await probe_once(url, SECRET, receiver.probes)
        assert first.outcome is ProbeOutcome.UNREACHABLE  # the edge's 530: not routed yet
        result = await prove_route(
            url, SECRET, receiver.probes, patience=20, pause=0.2, progress=lambda n, _: tries.append(n)
        )
        assert result.ok
        assert tries and tries == list(range(1, len(tries) + 1))
    finally:
        await tunnel.stop()
        await receiver.stop()


async def test_a_url_that_never_routes_fails_after_the_patience(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch, route_after="inf")
    receiver = await _receiver()
    tunnel = Tunnel(find_cloudflared(), TunnelSpec(TunnelKind.QUICK, _local(receiver)))
    try:
        url = await tunnel.start(timeout=20)
        result = await prove_route(url, SECRET, receiver.probes, patience=0.6, pause=0.2)
        assert result.outcome is ProbeOutcome.UNREACHABLE
        assert "530" in result.detail
    finally:
        await tunnel.stop()
        await receiver.stop()


async def test_cloudflared_that_cannot_get_a_tunnel_is_said_in_words(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch, fail="1")
    tunnel = Tunnel(find_cloudflared(), TunnelSpec(TunnelKind.QUICK, "http://127.0.0.1:9"))
    with pytest.raises(TunnelError, match="could not get a quick tunnel from Cloudflare"):
        await tunnel.start(timeout=20)
    assert not tunnel.running


async def test_a_tunnel_that_dies_is_reported(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch, exit_after="0.3")
    receiver = await _receiver()
    ended: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    tunnel = Tunnel(find_cloudflared(), TunnelSpec(TunnelKind.QUICK, _local(receiver)), on_exit=ended.set_result)
    try:
        await tunnel.start(timeout=20)
        assert await asyncio.wait_for(ended, 10) == 1
        assert not tunnel.running
    finally:
        await tunnel.stop()
        await receiver.stop()


async def test_a_named_tunnel_gets_its_token_in_the_environment_never_on_the_command_line(tmp_path, monkeypatch):
    receiver = await _receiver()
    log = tmp_path / "runs.log"
    install_stand_in(tmp_path, monkeypatch, port="0", target=_local(receiver), log=str(log))
    spec = TunnelSpec(TunnelKind.NAMED, _local(receiver), token="eyJhIjoi-secret-token", hostname="shop.example.com")
    tunnel = Tunnel(find_cloudflared(), spec)
    try:
        url = await tunnel.start(timeout=20)
        assert url == "https://shop.example.com"  # a named tunnel's address is its hostname
    finally:
        await tunnel.stop()
        await receiver.stop()
    line = log.read_text()
    assert line.startswith("tunnel --no-autoupdate --protocol http2 run")
    assert "token_in_env=True" in line and "secret-token" not in line


async def test_a_refused_tunnel_token_is_said_without_the_token(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch, target="http://127.0.0.1:9")
    spec = TunnelSpec(TunnelKind.NAMED, "http://127.0.0.1:9", token="invalid-token", hostname="shop.example.com")
    with pytest.raises(TunnelError, match="refused the tunnel token") as caught:
        await Tunnel(find_cloudflared(), spec).start(timeout=20)
    assert "invalid-token" not in str(caught.value)


def test_the_program_is_found_as_the_design_says(tmp_path, monkeypatch):
    on_path = tmp_path / "path"
    on_path.mkdir()
    found = on_path / "cloudflared"
    found.write_text("#!/bin/sh\n")
    found.chmod(0o755)
    saved = tmp_path / "chosen-cloudflared"
    saved.write_text("#!/bin/sh\n")
    saved.chmod(0o755)
    env = {"PATH": str(on_path)}
    assert find_cloudflared(environ=env) == found
    assert find_cloudflared(str(saved), environ=env) == saved  # the settings' path before PATH
    assert find_cloudflared(str(saved), environ={**env, "MONGGO_CLOUDFLARED": str(found)}) == found  # env wins
    with pytest.raises(ProgramMissingError, match=r"cloudflared is not installed: .*or choose the program file"):
        find_cloudflared(environ={"PATH": str(tmp_path / "empty")})
    with pytest.raises(ProgramMissingError, match="choose it again"):
        find_cloudflared(str(tmp_path / "gone"), environ=env)


def test_only_a_url_inside_the_box_is_taken():
    assert quick_tunnel_url("2026-12-07T10:00:00Z INF |  https://a-b-c.trycloudflare.com  |", True) == (
        "https://a-b-c.trycloudflare.com"
    )
    assert quick_tunnel_url("2026-12-07T10:00:00Z INF |  https://a-b-c.trycloudflare.com  |", False) is None
    assert quick_tunnel_url("INF see (https://www.cloudflare.com/website-terms/)", True) is None  # no box bar
    assert quick_tunnel_url("INF |  http://198.51.100.7:8080  |", True) is None  # plain http only on loopback
    assert quick_tunnel_url("INF |  http://127.0.0.1:41234  |", True) == "http://127.0.0.1:41234"


def test_a_tunnel_dies_with_the_process_that_started_it_even_killed(tmp_path, monkeypatch):
    """No orphan tunnel: the parent is killed with SIGKILL (no clean-up runs), the tunnel ends anyway."""
    install_stand_in(tmp_path, monkeypatch)
    pid_file = tmp_path / "tunnel.pid"
    script = textwrap.dedent(
        f"""
        import asyncio, os, pathlib
        from monggo_desktop.cloud.tunnel import Tunnel, TunnelKind, TunnelSpec, find_cloudflared

        async def main():
            tunnel = Tunnel(find_cloudflared(), TunnelSpec(TunnelKind.QUICK, "http://127.0.0.1:9"))
            await tunnel.start(timeout=20)
            pathlib.Path({str(pid_file)!r}).write_text(str(tunnel.pid))
            await asyncio.sleep(60)

        asyncio.run(main())
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], env=dict(os.environ))
    try:
        for _ in range(400):
            if pid_file.exists() and pid_file.read_text():
                break
            if parent.poll() is not None:
                pytest.fail("the parent ended before starting its tunnel")
            asyncio.run(asyncio.sleep(0.05))
        tunnel_pid = int(pid_file.read_text())
        assert alive(tunnel_pid)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    assert wait_gone(tunnel_pid), "the tunnel outlived its parent"


def test_the_stand_in_is_a_program_of_its_own(tmp_path):
    """It runs without the app's packages (the standard library only), as cloudflared does."""
    from tests.integration.tunnel_helpers import STAND_IN

    text = Path(STAND_IN).read_text()
    assert "monggo_desktop" not in text and "aiohttp" not in text


async def test_the_receiver_answers_only_probes_it_is_waiting_for_and_stores_none():
    import httpx

    from monggo_desktop.cloud.probe import PROBE_HEADER, probe_answer, probe_body
    from monggo_desktop.cloud.webhook_signature import HEADER, sign

    sink = Stored()
    receiver = await _receiver(sink)
    try:
        async with httpx.AsyncClient(trust_env=False) as http:

            async def send(nonce: str, secret: str = SECRET) -> httpx.Response:
                body = probe_body(nonce)
                headers = {PROBE_HEADER: "1", HEADER: sign(body, secret), "Content-Type": "application/json"}
                return await http.post(receiver.url, content=body, headers=headers)

            assert (await send("0123456789abcdef")).status_code == 409  # a nonce it never issued
            nonce = receiver.probes.issue()
            assert (await send(nonce, "wrong-secret")).status_code == 403
            answer = await send(nonce)
            assert answer.status_code == 200 and answer.text == probe_answer(nonce, SECRET)
            assert receiver.probes.arrived(nonce)
    finally:
        await receiver.stop()
    assert sink.bodies == []
