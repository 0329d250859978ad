"""``monggo-desktop serve``: the messaging engine without a window, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable

from monggo_desktop.services.engine import EngineOptions, MessagingEngine, active_account, client_for
from monggo_desktop.services.session import Session


async def serve(session: Session, options: EngineOptions, *, announce: Callable[[str], None] = print) -> None:
    account = active_account(session)
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
    try:
        await stop.wait()
    finally:
        await engine.stop()
    announce("Stopped cleanly.")
