"""`serve --public-url` and `status [--json]` as scripts use them (design.md section 8): processes, the real
keyring, the simulator as Meta, and the cloudflared stand-in found through MONGGO_CLOUDFLARED."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from tests.integration.helpers import cli_environment
from tests.integration.tunnel_helpers import STAND_IN, wait_gone

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in is a POSIX shell wrapper")

APP_SECRET = "cli-receiving-app-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Office:
    def __init__(self, tmp_path: Path) -> None:
        self.data = tmp_path / "data"
        self.port = free_port()
        self.log = tmp_path / "cloudflared-runs.log"
        program = tmp_path / "bin" / "cloudflared"
        program.parent.mkdir()
        program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{STAND_IN}" "$@"\n')
        program.chmod(0o755)
        # No MONGGO_VERIFY_TOKEN: the app makes one, and registers the webhook with it itself.
        self.env = cli_environment(
            xdg_root=None, MONGGO_ACCESS_TOKEN="EAAG-cli-receiving", MONGGO_APP_SECRET=APP_SECRET
        )
        self.env.pop("MONGGO_VERIFY_TOKEN", None)
        self.env["MONGGO_CLOUDFLARED"] = str(program)
        self.env["FAKE_CLOUDFLARED_LOG"] = str(self.log)
        self.simulator = Simulator(SimulatorConfig(app_secret=APP_SECRET, status_delays=(0.05, 0.1, 0.15)))
        self.serving: asyncio.subprocess.Process | None = None
        self.lines: list[str] = []

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "monggo_desktop", *args, "--data-dir", str(self.data)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=60,
            check=False,
        )

    async def setup(self) -> None:
        await self.simulator.start()
        config = self.simulator.config
        result = await asyncio.to_thread(
            self.run,
            "setup",
            "--from-env",
            "--phone-number-id",
            config.phone_number_id,
            "--waba-id",
            config.waba_id,
            "--api-base",
            self.simulator.base_url,
        )
        assert result.returncode == 0, result.stderr

    async def status(self) -> tuple[int, dict]:  # type: ignore[type-arg]
        result = await asyncio.to_thread(self.run, "status", "--json")
        return result.returncode, json.loads(result.stdout)

    async def serve(self, *args: str) -> None:
        self.serving = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "monggo_desktop",
            "serve",
            "--data-dir",
            str(self.data),
            "--webhook-port",
            str(self.port),
            *args,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=self.env,
        )

    async def until_line(self, words: str, timeout: float = 40) -> str:
        assert self.serving is not None and self.serving.stdout is not None
        async with asyncio.timeout(timeout):
            while True:
                line = (await self.serving.stdout.readline()).decode()
                assert line, "serve ended: " + "".join(self.lines)
                self.lines.append(line)
                if words in line:
                    return line

    def tunnel_pids(self) -> list[int]:
        return [int(line.rsplit("pid=", 1)[1]) for line in self.log.read_text().splitlines()]


async def test_serve_with_a_tunnel_tells_status_the_truth_and_leaves_no_tunnel_when_killed(tmp_path, secure_keyring):
    office = Office(tmp_path)
    await office.setup()
    try:
        code, state = await office.status()
        assert code == 1 and state["phase"] == "stopped" and not state["can_receive"]

        await office.serve("--public-url", "auto")
        line = await office.until_line("Registered with WhatsApp")
        code, state = await office.status()
        assert code == 0, state
        assert state["can_receive"] and state["registered"] and state["route"] == "auto"
        assert state["public_url"] and state["verified_at"] and state["last_event_at"] is None
        assert f":{office.port}" not in state["public_url"]  # the tunnel's address, not the receiver's
        assert state["public_url"] in line and "retries for up to 7 days" in line
        assert office.simulator.number_override == state["public_url"] + "/webhook"

        await office.simulator.customer_message("6281234567003", "Pesanan saya sudah dikirim?")
        await office.simulator.drain()
        async with asyncio.timeout(15):
            while (await office.status())[1]["last_event_at"] is None:
                await asyncio.sleep(0.2)
        code, state = await office.status()
        assert code == 0 and state["phase"] == "receiving"

        (tunnel_pid,) = office.tunnel_pids()
        assert office.serving is not None
        office.serving.send_signal(signal.SIGKILL)  # a crash: no clean-up code runs
        await office.serving.wait()
        assert wait_gone(tunnel_pid), "the tunnel outlived serve"
        code, state = await office.status()
        assert code == 1 and state["phase"] == "stopped" and not state["can_receive"]
    finally:
        if office.serving is not None and office.serving.returncode is None:
            office.serving.kill()
            await office.serving.wait()
        await office.simulator.stop()


async def test_serve_off_is_send_only_and_a_bad_public_url_is_one_line(tmp_path, secure_keyring):
    office = Office(tmp_path)
    await office.setup()
    try:
        result = await asyncio.to_thread(office.run, "serve", "--public-url", "ftp://shop.example.com")
        assert result.returncode != 0 and result.stderr.count("\n") == 1 and "https://" in result.stderr
        assert "Traceback" not in result.stderr

        await office.serve("--public-url", "off")
        await office.until_line("Receiving is off")
        code, state = await office.status()
        assert code == 1 and state["phase"] == "off" and state["route"] == "off"
        assert not office.log.exists()  # no tunnel was started
        assert office.serving is not None
        office.serving.send_signal(signal.SIGTERM)
        await asyncio.wait_for(office.serving.wait(), 15)
        assert office.serving.returncode == 0
    finally:
        if office.serving is not None and office.serving.returncode is None:
            office.serving.kill()
            await office.serving.wait()
        await office.simulator.stop()


def test_status_on_a_folder_without_setup_is_one_line(tmp_path):
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "monggo_desktop", "status", "--data-dir", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
