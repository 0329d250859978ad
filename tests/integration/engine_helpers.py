"""The messaging engine wired as the app wires it, on a real SQLCipher file and the simulator over loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.cloud.transport import Timeouts
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account
from monggo_desktop.services.messaging.ingest import InboxApplier, InboxSink
from monggo_desktop.services.messaging.sender import OutboxSender, SenderState
from monggo_desktop.storage import Database

SECRET = "engine-app-secret"


@dataclass
class Engine:
    db: Database
    simulator: Simulator
    client: CloudApiClient
    sender: OutboxSender
    applier: InboxApplier
    receiver: WebhookReceiver
    account_id: int
    states: list[SenderState] = field(default_factory=list)

    async def until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                await asyncio.sleep(0.02)

    async def until_db(self, fn, timeout: float = 10.0):  # type: ignore[no-untyped-def]
        async with asyncio.timeout(timeout):
            while True:
                value = await self.db.run(fn)
                if value:
                    return value
                await asyncio.sleep(0.02)


@asynccontextmanager
async def running_engine(
    tmp_path: Path,
    *,
    pair_interval: float = 0.2,
    per_second: float = 80.0,
    status_delays=(0.01, 0.02, 0.03),
    timeouts: Timeouts | None = None,
) -> AsyncIterator[Engine]:
    db = Database.open(tmp_path / "engine.db", RawKey.generate(), create=True)
    (tmp_path / "media").mkdir(exist_ok=True)
    applier = InboxApplier(db)
    receiver = WebhookReceiver(app_secret=lambda: SECRET, verify_token=lambda: "v", sink=InboxSink(db, applier.wake))
    await receiver.start()
    simulator = Simulator(
        SimulatorConfig(
            app_secret=SECRET, webhook_url=receiver.url, status_delays=status_delays, pair_interval=pair_interval
        )
    )
    await simulator.start()
    config = simulator.config
    account = db.call(
        lambda s: s.accounts.add(
            Account(
                phone_number_id=config.phone_number_id,
                waba_id=config.waba_id,
                api_base_url=simulator.base_url,
                api_version="v25.0",
            )
        )
    )
    client = CloudApiClient(
        ClientConfig(
            access_token="EAAG-engine",
            phone_number_id=config.phone_number_id,
            waba_id=config.waba_id,
            app_id=config.app_id,
            api_base_url=simulator.base_url,
        ),
        retry=RetryPolicy(base_delay=0.01, max_delay=0.05, pair_pause=pair_interval),
    )
    engine = Engine(db, simulator, client, None, applier, receiver, account.id)  # type: ignore[arg-type]
    engine.sender = OutboxSender(
        db,
        client,
        tmp_path / "media",
        pair_interval=pair_interval,
        per_second=per_second,
        on_state=engine.states.append,
    )
    tasks = [asyncio.create_task(engine.sender.run()), asyncio.create_task(applier.run())]
    try:
        yield engine
    finally:
        await engine.sender.stop()
        applier.stop()
        await asyncio.gather(*tasks, return_exceptions=True)
        await simulator.stop()
        await receiver.stop()
        await client.aclose()
        db.close()
