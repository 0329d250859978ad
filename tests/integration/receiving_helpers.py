"""The messaging engine with a managed receiving route, on a real SQLCipher file, the simulator over loopback,
and cloudflared as the stand-in of tests/tools."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account
from monggo_desktop.domain.receiving import ReceivingState
from monggo_desktop.security.vault import SecretName
from monggo_desktop.security.vault_config import UnlockMode, VaultConfig
from monggo_desktop.services.demo import MemoryCredentials
from monggo_desktop.services.engine import EngineOptions, MessagingEngine
from monggo_desktop.services.receiving.route import Receiving, RouteChoice, Timing
from monggo_desktop.services.session import Session
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory

APP_SECRET = "receiving-app-secret"
ACCESS_TOKEN = "EAAG-receiving-token"
QUICK = Timing(probe_interval=0.5, patience=8.0, probe_pause=0.1, backoff_first=0.1, backoff_most=0.5)


@dataclass
class Shop:
    simulator: Simulator
    engine: MessagingEngine
    db: Database
    states: list[ReceivingState]

    @property
    def receiving(self) -> Receiving:
        assert self.engine.receiving is not None
        return self.engine.receiving

    async def until(self, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                await asyncio.sleep(0.02)

    async def stored_texts(self) -> list[str]:
        return await self.db.run(
            lambda s: [row[0] for row in s.conn.execute("SELECT body FROM messages WHERE direction = 'in' ORDER BY id")]
        )

    async def until_stored(self, text: str, timeout: float = 20.0) -> None:
        """The customer's message is in the database (received, stored, applied)."""
        async with asyncio.timeout(timeout):
            while text not in await self.stored_texts():
                await asyncio.sleep(0.05)


@asynccontextmanager
async def running_shop(
    tmp_path: Path,
    choice: RouteChoice,
    *,
    timing: Timing = QUICK,
    credentials: dict[SecretName, str] | None = None,
    receiver_port: int = 0,
) -> AsyncIterator[Shop]:
    """A shop whose engine opens ``choice``; the simulator has no app-level URL, so only a registered route
    brings webhooks in (as for a new Meta app whose dashboard has no callback URL)."""
    data_dir = DataDirectory(tmp_path / "data")
    data_dir.prepare()
    db = Database.open(data_dir.database, RawKey.generate(), create=True)
    simulator = Simulator(SimulatorConfig(app_secret=APP_SECRET, status_delays=(0.01, 0.02, 0.03)))
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
    secrets = {
        SecretName.ACCESS_TOKEN: ACCESS_TOKEN,
        SecretName.APP_SECRET: APP_SECRET,
        SecretName.VERIFY_TOKEN: "receiving-verify-token",
        **(credentials or {}),
    }
    session = Session(data_dir, VaultConfig(UnlockMode.KEYRING, "receiving-test"), db, MemoryCredentials(secrets))
    client = CloudApiClient(
        ClientConfig(
            access_token=ACCESS_TOKEN,
            phone_number_id=config.phone_number_id,
            waba_id=config.waba_id,
            api_base_url=simulator.base_url,
        ),
        retry=RetryPolicy(base_delay=0.01, max_delay=0.05),
    )
    options = EngineOptions(
        webhook_port=receiver_port,
        sync_templates=False,
        retention=False,
        backups=False,
        route=choice,
        receiving_timing=timing,
    )
    engine = MessagingEngine(session, client, account, options)
    shop = Shop(simulator, engine, db, [])
    try:
        await engine.start()
        shop.receiving.subscribe(shop.states.append)
        yield shop
    finally:
        await engine.stop()
        await simulator.stop()
        db.close()
