"""`monggo-desktop serve` as a process: clean stop on SIGTERM, and crash safety under SIGKILL at random points.

After every kill and restart: no committed message is lost, none is stored twice, none is sent twice
(a send cut off mid-way is marked uncertain, never repeated), and both integrity checks are clean.
"""

from __future__ import annotations

import asyncio
import random
import signal
import socket
import subprocess
import sys

import pytest

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.outbox import conversation_for_number, queue_text
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.helpers import cli_environment

APP_SECRET = "serve-app-secret-0123"
CUSTOMERS = [f"1650555{n:04d}" for n in range(8)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def env() -> dict[str, str]:
    return cli_environment(
        xdg_root=None,
        MONGGO_ACCESS_TOKEN="EAAG-serve",
        MONGGO_APP_SECRET=APP_SECRET,
        MONGGO_VERIFY_TOKEN="verify-serve",
    )


class Office:
    """A data directory set up against the simulator, and the serve process that runs on it."""

    def __init__(self, tmp_path, secure_keyring) -> None:
        self.data = tmp_path / "data"
        self.port = free_port()
        self.keyring = secure_keyring
        self.simulator = Simulator(
            SimulatorConfig(
                app_secret=APP_SECRET,
                webhook_url=f"http://127.0.0.1:{self.port}/webhook",
                status_delays=(0.05, 0.1, 0.15),
                # Meta retries for 7 days; the fake must outlast the longest outage the test makes.
                webhook_retry_delays=(0.3, 0.6, 1, 2, 3, 5, 8, 13, 20, 30),
            )
        )
        self.process: asyncio.subprocess.Process | None = None

    async def start_simulator(self) -> None:
        await self.simulator.start()
        # Off the event loop: setup asks the simulator (on this loop) what the token is.
        result = await asyncio.to_thread(
            subprocess.run,
            [
                sys.executable,
                "-m",
                "monggo_desktop",
                "setup",
                "--data-dir",
                str(self.data),
                "--from-env",
                "--phone-number-id",
                self.simulator.config.phone_number_id,
                "--waba-id",
                self.simulator.config.waba_id,
                "--api-base",
                self.simulator.base_url,
            ],
            capture_output=True,
            text=True,
            env=env(),
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr

    async def start_serve(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "monggo_desktop",
            "serve",
            "--data-dir",
            str(self.data),
            "--webhook-port",
            str(self.port),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env(),
        )
        assert self.process.stdout is not None
        line = await asyncio.wait_for(self.process.stdout.readline(), 30)
        assert line.startswith(b"Receiving webhooks on http://127.0.0.1:"), line

    async def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        await self.process.wait()

    def session(self):  # type: ignore[no-untyped-def]
        return unlock(DataDirectory(self.data), Unlocker(self.keyring, TEST_KEYRING_SERVICE))


async def queue_from_desktop(office: Office, phone: str, text: str) -> int:
    def work() -> int:
        with office.session() as session:
            account_id = session.db.call(lambda s: s.accounts.list()[0].id)
            conversation = session.db.call(lambda s: conversation_for_number(s, account_id, "+" + phone))
            return session.db.call(lambda s: queue_text(s, conversation, text).message_id)

    return await asyncio.to_thread(work)


async def test_serve_stops_cleanly_on_sigterm(tmp_path, secure_keyring):
    office = Office(tmp_path, secure_keyring)
    await office.start_simulator()
    try:
        await office.start_serve()
        wamid = await office.simulator.customer_message(CUSTOMERS[0], "Halo, masih buka?")
        await office.simulator.drain()
        message_id = await queue_from_desktop(office, CUSTOMERS[0], "Buka kak, sampai jam 9")
        async with asyncio.timeout(15):
            while not any(m.get("biz_opaque_callback_data") == str(message_id) for m in office.simulator.sent_messages):
                await asyncio.sleep(0.05)
        assert office.process is not None
        office.process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(office.process.communicate(), 10)
        assert office.process.returncode == 0, err
        assert b"Stopped cleanly" in out and b"Traceback" not in err
        with office.session() as session:
            assert session.db.call(lambda s: s.messages.get_by_wamid(wamid)) is not None
    finally:
        await office.simulator.stop()


async def crash_runs(tmp_path, secure_keyring, runs: int, seed: int) -> None:
    rng = random.Random(seed)
    office = Office(tmp_path, secure_keyring)
    await office.start_simulator()
    inbound: list[str] = []
    queued: list[int] = []
    try:
        for customer in CUSTOMERS:
            office.simulator.open_window(customer)
        await office.start_serve()
        for customer in CUSTOMERS:  # every conversation has an open window on our side too
            inbound.append(await office.simulator.customer_message(customer, "Halo"))
        await office.simulator.drain()
        for run in range(runs):
            if office.process is None or office.process.returncode is not None:
                await office.start_serve()
            for n in range(rng.randint(1, 4)):
                customer = rng.choice(CUSTOMERS)
                inbound.append(await office.simulator.customer_message(customer, f"run {run} pesan {n}"))
                queued.append(await queue_from_desktop(office, customer, f"balasan {run}.{n}"))
            await asyncio.sleep(rng.uniform(0.0, 0.6))
            await office.kill()
        await office.start_serve()
        await office.simulator.drain()

        def settled(s) -> bool:  # type: ignore[no-untyped-def]
            waiting = s.conn.execute("SELECT count(*) FROM outbox WHERE state != 'uncertain'").fetchone()[0]
            return waiting == 0 and s.inbox.pending_count() == 0

        async with asyncio.timeout(60):
            while True:
                with office.session() as session:
                    if session.db.call(settled):
                        break
                await asyncio.sleep(0.2)
        await office.simulator.drain()
        assert office.process is not None
        office.process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(office.process.communicate(), 15)
    finally:
        if office.process is not None and office.process.returncode is None:
            await office.kill()
        await office.simulator.stop()

    with office.session() as session:
        db = session.db
        stored_inbound = db.call(
            lambda s: [r[0] for r in s.conn.execute("SELECT wamid FROM messages WHERE direction = 'in'")]
        )
        outbound = {m.id: m for m in db.call(lambda s: [s.messages.get(i) for i in queued])}
        problems = db.integrity_problems()
        integrity = db.call(lambda s: s.conn.execute("PRAGMA integrity_check").fetchone()[0])
    assert office.simulator.control_state()["webhooks"]["abandoned"] == 0  # every event reached the receiver
    assert sorted(stored_inbound) == sorted(inbound)  # none lost, none twice
    sends: dict[str, int] = {}
    for body in office.simulator.sent_messages:
        key = body.get("biz_opaque_callback_data")
        sends[key] = sends.get(key, 0) + 1
    for local_id, message in outbound.items():
        assert message is not None, "a committed outbound message vanished"
        count = sends.get(str(local_id), 0)
        assert count <= 1, f"message {local_id} was sent {count} times"
        if count == 0:  # cut off before the request left: uncertain, waiting for the user, not resent
            assert message.status is MessageStatus.UNCERTAIN
        else:  # its ticks settled it, even when the answer to the send itself was lost
            assert message.wamid is not None
            assert message.status in (MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ)
    assert problems == [] and integrity == "ok"


async def test_sigkill_at_random_points_loses_nothing_and_sends_nothing_twice(tmp_path, secure_keyring):
    await crash_runs(tmp_path, secure_keyring, runs=5, seed=5)


@pytest.mark.slow
async def test_fifty_sigkills(tmp_path, secure_keyring):
    await crash_runs(tmp_path, secure_keyring, runs=50, seed=50)
