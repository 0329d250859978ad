"""``monggo-desktop serve``: the messaging engine without a window, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable

from monggo_desktop.domain.models import Account, utc_now
from monggo_desktop.domain.receiving import Phase, ReceivingState
from monggo_desktop.services.engine import EngineOptions, MessagingEngine, active_account, client_for
from monggo_desktop.services.owner_lock import ReceiverLock
from monggo_desktop.services.receiving.words import RETRY_DAYS, summary
from monggo_desktop.services.session import Session

log = logging.getLogger("monggo.services")


async def serve(session: Session, options: EngineOptions, *, announce: Callable[[str], None] = print) -> None:
    account = active_account(session)
    lock = ReceiverLock(session.data_dir, "serve")
    lock.acquire()  # one receiver per data directory: a second one stops here, naming the first
    try:
        await _serve(session, account, options, announce)
    finally:
        lock.release()


async def _serve(session: Session, account: Account, options: EngineOptions, announce: Callable[[str], None]) -> None:
    engine = MessagingEngine(session, client_for(session, account), account, options)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    try:
        await engine.start()
    except BaseException:
        await engine.stop()
        raise
    announce(f"Receiving webhooks on {engine.receiver.url} and sending from the outbox. Stop with Ctrl-C.")
    if engine.receiving is not None:
        engine.receiving.subscribe(_state_announcer(announce))
    try:
        await stop.wait()
    finally:
        await engine.stop()
    announce("Stopped cleanly.")


def _state_announcer(announce: Callable[[str], None]) -> Callable[[ReceivingState], None]:
    """Each change of the receiving state, once: a line on stdout and in the log (no personal data in it)."""
    last: list[tuple[object, ...]] = []

    def changed(state: ReceivingState) -> None:
        key = (state.phase, state.problem, state.public_url, state.registered, state.detail)
        if last and (last[0] == key or state.phase is Phase.STARTING):
            return  # a retry's "connecting" is not news: its outcome is
        last[:] = [key]
        line = summary(state, utc_now())
        if state.public_url and state.registered:
            line += f" (public address {state.public_url})"
            if not state.last_event_at or (state.since and state.last_event_at < state.since):
                line += (
                    f". What WhatsApp could not deliver while this computer was off arrives now: it retries for up"
                    f" to {RETRY_DAYS} days"
                )
        log.info("receiving: %s", state.phase.value if state.problem is None else state.problem.value)
        announce(line)

    return changed
