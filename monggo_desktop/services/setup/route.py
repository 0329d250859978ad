"""The setup wizard's "Receive messages" page: the route chosen, saved, and tried live right away.

The trial runs what the app runs (the receiver on its port, the route opened, proven through the public URL
and registered with WhatsApp) until it can receive or meets a problem, then stops; the app opens the route
again when it starts. What WhatsApp delivers meanwhile is stored in the inbox like any webhook, so nothing
is acknowledged and lost.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import Executor

from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState, Route
from monggo_desktop.domain.settings import KEYS
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.engine import DEFAULT_WEBHOOK_PORT, active_account, client_for
from monggo_desktop.services.messaging.ingest import InboxSink
from monggo_desktop.services.receiving.route import Receiving, RouteChoice, Timing
from monggo_desktop.services.session import Session, Unlocker, unlock
from monggo_desktop.storage import Store
from monggo_desktop.storage.data_dir import DataDirectory

TRIAL_LIMIT_SECONDS = 180.0  # a tunnel (one minute), its probes (one minute) and registration, with room


async def try_route(
    data_dir: DataDirectory,
    unlocker: Unlocker,
    executor: Executor,
    choice: RouteChoice,
    *,
    tunnel_token: str | None = None,
    progress: Callable[[ReceivingState], None] = lambda _state: None,
    port: int = DEFAULT_WEBHOOK_PORT,
    timing: Timing | None = None,
) -> ReceivingState:
    """Save the route (and the tunnel's token) and try it; the state it reached, with its checklist."""
    loop = asyncio.get_running_loop()
    session: Session = await loop.run_in_executor(executor, unlock, data_dir, unlocker)
    try:
        await loop.run_in_executor(executor, _save, session, choice, tunnel_token)
        if choice.route is Route.OFF:
            state = ReceivingState(route=Route.OFF, phase=Phase.OFF)
            progress(state)
            return state
        return await _trial(session, choice, progress, port, timing)
    finally:
        session.close()


def _save(session: Session, choice: RouteChoice, tunnel_token: str | None) -> None:
    if tunnel_token:
        session.credentials.set(SecretName.TUNNEL_TOKEN, tunnel_token.strip())
    values = {
        KEYS["route"]: choice.route.value,
        KEYS["public_url"]: choice.own_url,
        KEYS["tunnel_hostname"]: choice.tunnel_hostname,
        KEYS["cloudflared_path"]: choice.cloudflared_path,
    }

    def write(store: Store) -> None:
        with store.transaction():
            for key, value in values.items():
                store.settings.set(key, value)

    session.db.call(write)


async def _trial(
    session: Session,
    choice: RouteChoice,
    progress: Callable[[ReceivingState], None],
    port: int,
    timing: Timing | None,
) -> ReceivingState:
    account = active_account(session)
    client = client_for(session, account)
    receiver = WebhookReceiver(
        app_secret=lambda: session.credentials.get(SecretName.APP_SECRET),
        verify_token=lambda: session.credentials.get(SecretName.VERIFY_TOKEN),
        sink=InboxSink(session.db),
        port=port,
    )
    settled: asyncio.Future[ReceivingState] = asyncio.get_running_loop().create_future()

    def changed(state: ReceivingState) -> None:
        progress(state)
        if not settled.done() and (state.can_receive or state.phase is Phase.PROBLEM):
            settled.set_result(state)

    try:
        try:
            await receiver.start()
        except OSError as exc:
            state = ReceivingState(route=choice.route, phase=Phase.STARTING).with_problem(
                Problem.RECEIVER,
                f"port {port} on this computer cannot be used ({(exc.strerror or 'in use').lower()}): close the other"
                " program or choose another port in Settings",
                now=utc_now(),
            )
            progress(state)
            return state
        receiving = Receiving(session.db, session.credentials, client, receiver, choice, timing=timing)
        await receiving.start()
        receiving.subscribe(changed)
        try:
            async with asyncio.timeout(TRIAL_LIMIT_SECONDS):
                return await settled
        except TimeoutError:
            return receiving.state
        finally:
            await receiving.stop()
    finally:
        await receiver.stop()
        with contextlib.suppress(Exception):
            await client.aclose()
