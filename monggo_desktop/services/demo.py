"""Demo mode: the whole app on the built-in Cloud API simulator, with no Meta account.

A throw-away data directory whose database key lives only in memory, seeded conversations, the real
messaging engine, and simulated customers who answer a few seconds after the owner writes.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account, utc_now
from monggo_desktop.domain.receiving import PUBLIC_URL_SETTING, ROUTE_SETTING, Route
from monggo_desktop.security.vault import SecretName
from monggo_desktop.security.vault_config import UnlockMode, VaultConfig
from monggo_desktop.services.demo_data import customer_names, reply_for, seed_history
from monggo_desktop.services.engine import EngineOptions, MessagingEngine
from monggo_desktop.services.messaging.chat_services import ChatServices, chat_services
from monggo_desktop.services.receiving.route import RouteChoice
from monggo_desktop.services.session import Session
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory

# The simulator's own throw-away values, held in memory for the demo's lifetime.
DEMO_APP_SECRET = "demo-app-secret"  # noqa: S105
DEMO_ACCESS_TOKEN = "demo-access-token"  # noqa: S105


class MemoryCredentials:
    """Credentials for the demo: never written anywhere."""

    def __init__(self, values: dict[SecretName, str]) -> None:
        self._values = dict(values)

    def get(self, name: SecretName) -> str | None:
        return self._values.get(name)

    def set(self, name: SecretName, value: str) -> None:
        self._values[name] = value

    def delete(self, name: SecretName) -> None:
        self._values.pop(name, None)


@dataclass(slots=True)
class DemoSession:
    root: Path
    simulator: Simulator
    engine: MessagingEngine
    services: ChatServices
    customers: list[str]
    reply_delay: tuple[float, float] = (2.0, 5.0)
    _replier: asyncio.Task[None] | None = field(default=None)

    def start_customers(self) -> None:
        self._replier = asyncio.create_task(self._answer_customers(), name="demo-customers")

    async def _answer_customers(self) -> None:
        """Customers answer each message the owner sends, a few seconds later."""
        rng = random.Random()  # noqa: S311 (demo chatter, not security)
        seen = len(self.simulator.sent_messages)
        pending: set[asyncio.Task[None]] = set()
        while True:
            await asyncio.sleep(0.25)
            sent = self.simulator.sent_messages
            for body in sent[seen:]:
                if body.get("type") in ("text", "template", "image", "document") and body.get("to"):
                    task = asyncio.create_task(self._reply(str(body["to"]), rng))
                    pending.add(task)
                    task.add_done_callback(pending.discard)
            seen = len(sent)

    async def _reply(self, wa_id: str, rng: random.Random) -> None:
        await asyncio.sleep(rng.uniform(*self.reply_delay))
        name = customer_names().get(wa_id)
        with contextlib.suppress(Exception):  # the demo may be closing
            await self.simulator.customer_message(wa_id, reply_for(name, rng.choice), name=name)

    async def stop(self) -> None:
        self.services.feed.close()
        if self._replier is not None:
            self._replier.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._replier
        await self.engine.stop()
        await self.simulator.stop()
        self.engine.session.close()
        shutil.rmtree(self.root, ignore_errors=True)


async def start_demo(*, status_delays: tuple[float, float, float] = (1.0, 2.5, 5.0)) -> DemoSession:
    root = Path(tempfile.mkdtemp(prefix="monggo-demo-"))
    data_dir = DataDirectory(root)
    data_dir.prepare()
    db = Database.open(data_dir.database, RawKey.generate(), create=True)
    simulator = Simulator(
        SimulatorConfig(app_secret=DEMO_APP_SECRET, status_delays=status_delays, verified_name="Batik Monggo")
    )
    try:
        await simulator.start()
        config = simulator.config
        account = await db.run(
            lambda s: s.accounts.add(
                Account(
                    phone_number_id=config.phone_number_id,
                    waba_id=config.waba_id,
                    api_base_url=simulator.base_url,
                    api_version="v25.0",
                    display_number="+1 555-078-3881",
                    verified_name=config.verified_name,
                )
            )
        )
        assert account.id is not None
        now = utc_now()
        seeded = await db.run(lambda s: seed_history(s, account.id, data_dir.media, now))  # type: ignore[arg-type]
        for customer in seeded:
            if customer.window_open:
                simulator.open_window(customer.wa_id, at=customer.last_inbound_at.timestamp())
            for wamid in customer.received:  # the seeded past, as if Meta had delivered it: it can be read
                simulator.remember_received(customer.wa_id, wamid)
        credentials = MemoryCredentials(
            {
                SecretName.ACCESS_TOKEN: DEMO_ACCESS_TOKEN,
                SecretName.APP_SECRET: DEMO_APP_SECRET,
                SecretName.VERIFY_TOKEN: "demo-verify-token",
            }
        )
        session = Session(data_dir, VaultConfig(UnlockMode.KEYRING, "demo"), db, credentials, ephemeral=True)
        client = CloudApiClient(
            ClientConfig(
                access_token=DEMO_ACCESS_TOKEN,
                phone_number_id=config.phone_number_id,
                waba_id=config.waba_id,
                app_id=config.app_id,  # the profile photo's resumable upload needs it
                api_base_url=simulator.base_url,
            )
        )
        services = chat_services(db, account.id, client=client, media_dir=data_dir.media)
        engine = MessagingEngine(
            session,
            client,
            account,
            EngineOptions(webhook_port=0),
            on_change=services.feed.announce,
            on_sender_state=services.feed.sender_state_changed,
            on_retention=services.feed.retention_progress,
        )
        services.actions.attach_sender(engine.sender.wake)
        services.actions.attach_template_sync(engine.sync_templates_now)
        await engine.start()
        simulator.set_webhook_url(engine.receiver.url)  # the app-level URL, as set in Meta's dashboard
        # The route is registered with the simulator as with Meta: probed, the number's override set and read back.
        public = engine.receiver.url.removesuffix("/webhook")
        route = {ROUTE_SETTING: Route.OWN.value, PUBLIC_URL_SETTING: public}  # what Settings → Receiving shows
        await db.run(lambda s: s.settings.set_many(route))
        await engine.start_receiving(RouteChoice(Route.OWN, own_url=public, app_id=config.app_id))
    except BaseException:
        await simulator.stop()
        db.close()
        shutil.rmtree(root, ignore_errors=True)
        raise
    demo = DemoSession(root, simulator, engine, services, [c.wa_id for c in seeded])
    demo.start_customers()
    return demo
