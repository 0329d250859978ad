"""Whether this computer can receive: the route Meta's webhooks take to it, and the state of that route.

A route is one of four (design.md section 6, "Reaching this computer"): a quick tunnel the app runs (the
default), a named Cloudflare tunnel with its token, an address the owner already has, or off (send-only).
The state is what the window, ``status`` and ``serve`` say; it holds no secret and no personal data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from monggo_desktop.domain.account_rules import is_loopback_host
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.words import Value, Words

STATE_SETTING = "receiving.state"
ROUTE_SETTING = "webhook.route"
PUBLIC_URL_SETTING = "webhook.public_url"


class Route(StrEnum):
    AUTO = "auto"  # cloudflared quick tunnel: no account, a new https URL each run
    STABLE = "stable"  # a named Cloudflare tunnel: its token (a secret) and its hostname
    OWN = "own"  # an https address the owner already has (their proxy, ngrok, Tailscale Funnel)
    OFF = "off"  # send-only


class Phase(StrEnum):
    STARTING = "starting"  # the route is being opened, proven and registered
    WAITING = "waiting"  # registered with WhatsApp, no message yet
    RECEIVING = "receiving"  # registered, and messages have come
    PROBLEM = "problem"  # cannot receive now: ``problem`` says why, the app keeps trying
    OFF = "off"  # the owner chose send-only
    STOPPED = "stopped"  # neither the app nor ``serve`` runs on this data directory


class Problem(StrEnum):
    """What is wrong, so the window can offer the right fix."""

    PROGRAM_MISSING = "program_missing"  # cloudflared is not installed (or not where the settings say)
    TUNNEL_FAILED = "tunnel_failed"  # cloudflared did not start, or stopped
    UNREACHABLE = "unreachable"  # the public URL does not reach this receiver
    META_REFUSED = "meta_refused"  # WhatsApp refused the registration
    TOKEN = "token"  # the access token was refused  # noqa: S105 (a kind of problem, not a secret)
    SETUP = "setup"  # the route's settings are incomplete (no hostname, no address, no tunnel token)
    RECEIVER = "receiver"  # the receiver itself cannot listen


class Step(StrEnum):
    """The wizard's live checklist, in order."""

    TUNNEL = "tunnel"  # the tunnel started (or the owner's address is set)
    REACHABLE = "reachable"  # a probe through the public URL came back here
    REGISTERED = "registered"  # WhatsApp took the address
    VERIFIED = "verified"  # WhatsApp verified it (its challenge answered) and reads it back


@dataclass(frozen=True, slots=True)
class ReceivingState:
    route: Route
    phase: Phase
    public_url: str | None = None
    registered: bool = False
    verified_at: datetime | None = None  # when a probe last proved the route
    last_event_at: datetime | None = None  # when WhatsApp last delivered something
    problem: Problem | None = None
    detail: str = ""  # the problem in words, with what to do
    steps: dict[str, bool] = field(default_factory=dict)  # Step -> done; missing = not tried yet
    since: datetime | None = None  # the app or serve started receiving then
    pid: int | None = None  # the process that runs the route
    updated_at: datetime | None = None

    @property
    def can_receive(self) -> bool:
        return self.registered and self.phase in (Phase.WAITING, Phase.RECEIVING)

    def with_problem(self, problem: Problem, detail: str, *, now: datetime) -> ReceivingState:
        return replace(self, phase=Phase.PROBLEM, problem=problem, detail=detail, updated_at=now)

    def stored(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("verified_at", "last_event_at", "since", "updated_at"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data

    @classmethod
    def from_stored(cls, data: object) -> ReceivingState | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                route=Route(data["route"]),
                phase=Phase(data["phase"]),
                public_url=data.get("public_url"),
                registered=bool(data.get("registered")),
                verified_at=_time(data.get("verified_at")),
                last_event_at=_time(data.get("last_event_at")),
                problem=Problem(data["problem"]) if data.get("problem") else None,
                detail=str(data.get("detail") or ""),
                steps={str(k): bool(v) for k, v in (data.get("steps") or {}).items()},
                since=_time(data.get("since")),
                pid=data.get("pid") if isinstance(data.get("pid"), int) else None,
                updated_at=_time(data.get("updated_at")),
            )
        except (KeyError, ValueError, TypeError):
            return None


def stored_route(settings: dict[str, object]) -> Route:
    """The route the settings hold. Before routes existed, an owner who had their own public address typed it in
    the settings and pasted it into Meta's dashboard: such a data directory keeps receiving through it."""
    raw = settings.get(ROUTE_SETTING)
    if raw is None:
        return Route.OWN if settings.get(PUBLIC_URL_SETTING) else Route.AUTO
    try:
        return Route(str(raw))
    except ValueError:
        return Route.AUTO


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


THE_ADDRESS = Words("the address")
OWN_ADDRESS = Words("your own address")  # Settings → Receiving's field, as its problems name it


def check_public_url(url: str, what: Value = THE_ADDRESS) -> str:
    """An https URL with a host (Meta calls nothing else); plain http only on this machine, for tests."""
    text = url.strip().rstrip("/")
    if text.endswith("/webhook"):
        text = text[: -len("/webhook")]  # the owner pasted the whole callback URL: the app adds the path itself
    parts = urlsplit(text)
    if not parts.hostname or parts.scheme not in ("https", "http"):
        raise InvalidInputError("{what} must be a URL that starts with https://", what=what)
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InvalidInputError("{what} must start with https:// (WhatsApp delivers only over HTTPS)", what=what)
    if parts.query or parts.fragment:
        raise InvalidInputError("{what} must not carry a query (?…) or a fragment (#…)", what=what)
    if len(text) + len("/webhook") > 200:
        raise InvalidInputError(
            "{what} is too long: WhatsApp takes callback URLs of up to {most} characters", what=what, most=200
        )
    return text


def check_tunnel_hostname(hostname: str) -> str:
    """The named tunnel's public hostname, as set in Cloudflare's dashboard (``shop.example.com``)."""
    text = hostname.strip().rstrip("/")
    if "://" in text:
        return check_public_url(text, Words("the tunnel's hostname"))
    if not text or "/" in text or " " in text or "." not in text:
        raise InvalidInputError("the tunnel's hostname looks like shop.example.com (from Cloudflare's dashboard)")
    return "https://" + text
