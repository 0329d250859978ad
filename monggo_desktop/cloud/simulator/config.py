"""Settings of one simulator run, and the loopback-only rule for everything it binds to or calls."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from monggo_desktop.cloud.simulator.faults import Faults
from monggo_desktop.domain.account_rules import is_loopback_host


@dataclass
class SimulatorConfig:
    host: str = "127.0.0.1"
    port: int = 0  # 0 = a free port
    access_token: str | None = None  # None: any non-empty Bearer token is accepted
    app_secret: str = "simulator-app-secret"  # noqa: S105 (a well-known demo value, not a secret)
    webhook_url: str | None = None  # where signed webhooks are POSTed (loopback only); None = none sent
    phone_number_id: str = "106540352242922"
    waba_id: str = "102290129340398"
    app_id: str = "1234567890123"
    display_phone_number: str = "15550783881"
    verified_name: str = "Monggo Demo"
    app_name: str = "Monggo Demo"  # the Meta app's name, as GET /{waba-id}/subscribed_apps lists it
    status_delays: tuple[float, float, float] = (0.2, 1.0, 3.0)  # seconds after accept: sent, delivered, read
    # Beyond the contract: the faults a run starts with (and returns to on reset), the webhook retry
    # schedule (Meta retries for days; a bounded few here), and the pair-rate interval Meta documents.
    faults: Faults = field(default_factory=Faults)
    webhook_retry_delays: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)
    webhook_timeout: float = 5.0
    pair_interval: float = 6.0
    # Webhook registration: how long the hub.challenge GET to a new callback URI may take (Meta's own
    # limit is not published: a few seconds), and whether webhooks wait for POST /{waba-id}/subscribed_apps
    # as on Meta. Off by default, so webhook_url alone (the URL "set in the dashboard") receives webhooks.
    callback_verify_timeout: float = 3.0
    require_waba_subscription: bool = False


def check_bind_host(host: str) -> str:
    """The host to bind; anything but this machine is refused (the simulator has no real security)."""
    if not is_loopback_host(host):
        raise ValueError(f"the simulator binds to loopback only, not {host!r}")
    # "localhost" may resolve to two addresses, which would get two different free ports.
    return "127.0.0.1" if host == "localhost" else host.strip("[]")


def check_webhook_url(url: str | None) -> str | None:
    """Webhooks go to a receiver on this machine only, over plain http or https."""
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the webhook URL must be an http(s) URL, not {url!r}")
    if not is_loopback_host(parts.hostname):
        raise ValueError(f"the simulator sends webhooks to loopback only, not {parts.hostname!r}")
    return url
