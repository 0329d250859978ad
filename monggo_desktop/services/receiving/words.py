"""The receiving state in words, and read back by another process (``monggo-desktop status``).

Meta's refusals are said with what to do; Meta's own text stays out (it may quote ids or the address).
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from monggo_desktop.cloud.errors import CloudApiError, NetworkError, PermissionDeniedError, TokenExpiredError
from monggo_desktop.domain.receiving import STATE_SETTING, Phase, Problem, ReceivingState, Route
from monggo_desktop.domain.words import english
from monggo_desktop.storage import Database

# A running receiver rewrites its state at least every probe interval (five minutes): older means it is gone.
STALE_AFTER = timedelta(minutes=15)
RETRY_DAYS = 7  # Meta retries what it could not deliver for up to 7 days (cloud-api.md section 8b)

ROUTE_NAMES = {
    Route.AUTO: "a tunnel the app runs (cloudflared)",
    Route.STABLE: "your stable Cloudflare tunnel",
    Route.OWN: "your own address",
    Route.OFF: "off (send-only)",
}


def meta_problem(exc: CloudApiError) -> tuple[Problem, str]:
    """A refused registration, in words with the fix (English, kept in the state: the window reads it back)."""
    if isinstance(exc, NetworkError):
        return Problem.META_REFUSED, english(
            "cannot reach WhatsApp to register this computer: check the internet connection"
        )
    if isinstance(exc, TokenExpiredError):
        return Problem.TOKEN, english(
            "WhatsApp refused the access token (expired or revoked): paste a new one in Settings"
        )
    if isinstance(exc, PermissionDeniedError):
        return Problem.META_REFUSED, english(
            "the access token may not manage this WhatsApp account's webhooks: give its system user the "
            "whatsapp_business_management permission, with the app and the WhatsApp account assigned"
        )
    if exc.code == 2200:
        return Problem.META_REFUSED, english(
            "WhatsApp could not verify the address (its check did not reach this computer): it is tried again"
        )
    if exc.code == 100:
        return Problem.META_REFUSED, english(
            "WhatsApp refused the address: the app is not subscribed to the WhatsApp Business Account, or an id "
            "is wrong; it is tried again"
        )
    if exc.code is not None:
        return Problem.META_REFUSED, english(
            "WhatsApp refused to register this computer (error {code}): it is tried again", code=exc.code
        )
    return Problem.META_REFUSED, english("WhatsApp refused to register this computer: it is tried again")


def process_alive(pid: int | None) -> bool | None:
    """Whether ``pid`` runs; None where this cannot be asked safely (Windows: signal 0 would end it)."""
    if pid is None:
        return False
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def current_state(stored: object, now: datetime, *, running: bool | None = None) -> ReceivingState:
    """What the stored state says, corrected when the process that wrote it is gone. ``running``: whether a
    process holds the data directory's receiver lock (services/owner_lock.py), when that was asked."""
    state = ReceivingState.from_stored(stored)
    if state is None:
        return ReceivingState(route=Route.AUTO, phase=Phase.STOPPED)
    if state.phase is Phase.STOPPED:
        return state
    if running is False:
        return replace(state, phase=Phase.STOPPED, registered=False)
    alive = process_alive(state.pid)
    stale = state.updated_at is None or now - state.updated_at > STALE_AFTER
    if alive is False or (alive is None and stale):
        return replace(state, phase=Phase.STOPPED, registered=False)
    return state


async def read_state(db: Database, now: datetime, *, running: bool | None = None) -> ReceivingState:
    return current_state(await db.run(lambda s: s.settings.get(STATE_SETTING)), now, running=running)


def summary(state: ReceivingState, now: datetime) -> str:
    """One line: what the window's status says, in English (the command line)."""
    if state.phase is Phase.STOPPED:
        return "Not receiving: neither the app nor `monggo-desktop serve` is running on this data directory"
    if state.phase is Phase.OFF:
        return "Receiving is off: this computer only sends (Settings → Receiving turns it on)"
    if state.phase is Phase.PROBLEM:
        return f"Not reachable: {state.detail}"
    if state.phase is Phase.STARTING:
        return "Connecting: " + (state.detail or "opening the route and registering it with WhatsApp")
    if state.phase is Phase.WAITING:
        return "Registered with WhatsApp; waiting for the first message"
    return f"Receiving through {ROUTE_NAMES[state.route]} · last message {ago(state.last_event_at, now)}"


def ago(at: datetime | None, now: datetime) -> str:
    if at is None:
        return "never"
    seconds = max(0, int((now - at).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"


def as_json(state: ReceivingState, now: datetime) -> dict[str, Any]:
    """``status --json``: the fields scripts rely on."""
    return {
        "can_receive": state.can_receive,
        "route": state.route.value,
        "phase": state.phase.value,
        "public_url": state.public_url,
        "registered": state.registered,
        "verified_at": _iso(state.verified_at),
        "last_event_at": _iso(state.last_event_at),
        "problem": state.problem.value if state.problem else None,
        "detail": state.detail or None,
        "summary": summary(state, now),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
