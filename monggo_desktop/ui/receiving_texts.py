"""The receiving state in the owner's words, in the window's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState, Route, Step

_CONTEXT = "Receiving"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def route_name(route: Route) -> str:
    return {
        Route.AUTO: _tr("Automatic (a tunnel the app runs)"),
        Route.STABLE: _tr("Stable tunnel (Cloudflare account)"),
        Route.OWN: _tr("My own address"),
        Route.OFF: _tr("Off (send only)"),
    }[route]


def step_name(step: Step) -> str:
    return {
        Step.TUNNEL: _tr("Tunnel started"),
        Step.REACHABLE: _tr("Reachable from the internet"),
        Step.REGISTERED: _tr("Registered with WhatsApp"),
        Step.VERIFIED: _tr("Verified by WhatsApp"),
    }[step]


def ago(at: datetime | None, now: datetime) -> str:
    if at is None:
        return _tr("none yet")
    minutes = max(0, int((now - at).total_seconds() // 60))
    if minutes < 1:
        return _tr("just now")
    if minutes < 60:
        return _tr("{n} min ago").format(n=minutes)
    if minutes < 24 * 60:
        return _tr("{n} h ago").format(n=minutes // 60)
    return _tr("{n} days ago").format(n=minutes // (24 * 60))


def headline(state: ReceivingState, now: datetime) -> str:
    """One line for the status bar."""
    if state.phase is Phase.OFF:
        return _tr("Receiving is off: this computer only sends")
    if state.phase is Phase.STOPPED:
        return _tr("Not receiving")
    if state.phase is Phase.STARTING:
        return _tr("Connecting to WhatsApp…")
    if state.phase is Phase.PROBLEM:
        return _tr("Not reachable: {reason}").format(reason=problem_text(state))
    if state.phase is Phase.WAITING:
        return _tr("Registered with WhatsApp; waiting for the first message")
    via = _tr("a tunnel") if state.route in (Route.AUTO, Route.STABLE) else _tr("your address")
    return _tr("Receiving through {via} · last message {ago}").format(via=via, ago=ago(state.last_event_at, now))


def problem_text(state: ReceivingState) -> str:
    words = {
        Problem.PROGRAM_MISSING: _tr("cloudflared is not installed"),
        Problem.TUNNEL_FAILED: _tr("the tunnel did not start or stopped"),
        Problem.UNREACHABLE: _tr("the internet does not reach this computer yet"),
        Problem.META_REFUSED: _tr("WhatsApp refused to register this computer"),
        Problem.TOKEN: _tr("WhatsApp refused the access token"),
        Problem.SETUP: _tr("the receiving settings are incomplete"),
        Problem.RECEIVER: _tr("the receiver cannot listen"),
    }
    return words.get(state.problem, _tr("unknown")) if state.problem is not None else ""


def retry_note() -> str:
    return _tr(
        "Messages sent while this computer was off arrive once it is reachable: WhatsApp retries them for up to 7 days."
    )


def install_note(*, here: bool = False) -> str:
    """How to install cloudflared on this system; ``here``: the program field is on the same page."""
    where = _tr("above") if here else _tr("in Settings → Receiving")
    return _tr(
        "Install cloudflared (Windows: winget install --id Cloudflare.cloudflared; macOS: brew install cloudflared; "
        "Linux: Cloudflare's cloudflared package), then Retry; or choose the program file {where}."
    ).format(where=where)
