"""The receiving state in the owner's words, in the window's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState, Route, Step
from monggo_desktop.ui.counted_texts import counted


def route_name(route: Route) -> str:
    return {
        Route.AUTO: QCoreApplication.translate("Receiving", "Automatic (a tunnel the app runs)"),
        Route.STABLE: QCoreApplication.translate("Receiving", "Stable tunnel (Cloudflare account)"),
        Route.OWN: QCoreApplication.translate("Receiving", "My own address"),
        Route.OFF: QCoreApplication.translate("Receiving", "Off (send only)"),
    }[route]


def step_name(step: Step) -> str:
    return {
        Step.TUNNEL: QCoreApplication.translate("Receiving", "Tunnel started"),
        Step.REACHABLE: QCoreApplication.translate("Receiving", "Reachable from the internet"),
        Step.REGISTERED: QCoreApplication.translate("Receiving", "Registered with WhatsApp"),
        Step.VERIFIED: QCoreApplication.translate("Receiving", "Verified by WhatsApp"),
    }[step]


def ago(at: datetime | None, now: datetime) -> str:
    if at is None:
        return QCoreApplication.translate("Receiving", "none yet")
    minutes = max(0, int((now - at).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("Receiving", "just now")
    if minutes < 60:
        return QCoreApplication.translate("Receiving", "{n} min ago").format(n=minutes)
    if minutes < 24 * 60:
        return QCoreApplication.translate("Receiving", "{n} h ago").format(n=minutes // 60)
    return counted().days_ago(minutes // (24 * 60))


def headline(state: ReceivingState, now: datetime) -> str:
    """One line for the status bar."""
    if state.phase is Phase.OFF:
        return QCoreApplication.translate("Receiving", "Receiving is off: this computer only sends")
    if state.phase is Phase.STOPPED:
        return QCoreApplication.translate("Receiving", "Not receiving")
    if state.phase is Phase.STARTING:
        return QCoreApplication.translate("Receiving", "Connecting to WhatsApp…")
    if state.phase is Phase.PROBLEM:
        return QCoreApplication.translate("Receiving", "Not reachable: {reason}").format(reason=problem_text(state))
    if state.phase is Phase.WAITING:
        return QCoreApplication.translate("Receiving", "Registered with WhatsApp; waiting for the first message")
    via = (
        QCoreApplication.translate("Receiving", "a tunnel")
        if state.route in (Route.AUTO, Route.STABLE)
        else QCoreApplication.translate("Receiving", "your address")
    )
    return QCoreApplication.translate("Receiving", "Receiving through {via} · last message {ago}").format(
        via=via, ago=ago(state.last_event_at, now)
    )


def problem_text(state: ReceivingState) -> str:
    words = {
        Problem.PROGRAM_MISSING: QCoreApplication.translate("Receiving", "cloudflared is not installed"),
        Problem.TUNNEL_FAILED: QCoreApplication.translate("Receiving", "the tunnel did not start or stopped"),
        Problem.UNREACHABLE: QCoreApplication.translate("Receiving", "the internet does not reach this computer yet"),
        Problem.META_REFUSED: QCoreApplication.translate("Receiving", "WhatsApp refused to register this computer"),
        Problem.TOKEN: QCoreApplication.translate("Receiving", "WhatsApp refused the access token"),
        Problem.SETUP: QCoreApplication.translate("Receiving", "the receiving settings are incomplete"),
        Problem.RECEIVER: QCoreApplication.translate("Receiving", "the receiver cannot listen"),
    }
    return (
        words.get(state.problem, QCoreApplication.translate("Receiving", "unknown"))
        if state.problem is not None
        else ""
    )


def retry_note() -> str:
    return QCoreApplication.translate(
        "Receiving",
        "Messages sent while this computer was off arrive once it is reachable: "
        "WhatsApp retries them for up to 7 days.",
    )


def install_note(*, here: bool = False) -> str:
    """How to install cloudflared on this system; ``here``: the program field is on the same page."""
    where = (
        QCoreApplication.translate("Receiving", "above")
        if here
        else QCoreApplication.translate("Receiving", "in Settings → Receiving messages")
    )
    return QCoreApplication.translate(
        "Receiving",
        "Install cloudflared (Windows: winget install --id Cloudflare.cloudflared; macOS: brew install cloudflared; "
        "Linux: Cloudflare's cloudflared package), then Retry; or choose the program file {where}.",
    ).format(where=where)
