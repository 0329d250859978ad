"""Settings of one simulator run, and the loopback-only rule for everything it binds to or calls."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from monggo_desktop.cloud.simulator.faults import Faults
from monggo_desktop.domain.account_rules import is_loopback_host

# The two WhatsApp permissions (scopes) a token carries, each granted for a list of WABAs.
MANAGEMENT = "whatsapp_business_management"
MESSAGING = "whatsapp_business_messaging"
WHATSAPP_SCOPES = (MANAGEMENT, MESSAGING)

TokenKind = Literal["system_user", "temporary", "expired", "missing_permission"]
TOKEN_KINDS: tuple[TokenKind, ...] = ("system_user", "temporary", "expired", "missing_permission")


@dataclass(frozen=True)
class TokenProfile:
    """One access token as ``GET /debug_token`` describes it, and what it may reach (tokens.py).

    - ``system_user``: a permanent system-user token (``expires_at`` 0).
    - ``temporary``: the API Setup page's user token, valid 24 h from the simulator's start (by its clock).
    - ``expired``: a user token that lapsed before the run: ``is_valid`` false (190 / 463); any other call
      made with it is refused with 190 / 463.
    - ``missing_permission``: a system-user token granted only one of the two WhatsApp permissions.
    """

    kind: TokenKind = "system_user"
    waba_ids: tuple[str, ...] = ()  # the WABAs in its granular scopes; () = those the configured token reaches
    missing_scope: str = MANAGEMENT  # kind "missing_permission" only: the WhatsApp permission it lacks
    user_id: str | None = None  # the (system) user's id; None = digits derived from the token


@dataclass(frozen=True)
class ExtraPhoneNumber:
    """A business number besides the configured one (``GET /{waba-id}/phone_numbers``, ``GET /{id}``)."""

    id: str
    display_phone_number: str  # digits in international format, as SimulatorConfig.display_phone_number
    waba_id: str | None = None  # None = SimulatorConfig.waba_id
    verified_name: str | None = None  # None = SimulatorConfig.verified_name
    quality_rating: str = "GREEN"  # GREEN, YELLOW, RED or UNKNOWN
    code_verification_status: str = "VERIFIED"  # NOT_VERIFIED, VERIFIED or EXPIRED
    platform_type: str = "CLOUD_API"  # CLOUD_API, ON_PREMISE or NOT_APPLICABLE
    throughput_level: str = "STANDARD"
    name_status: str = "APPROVED"
    status: str = "CONNECTED"
    messaging_limit_tier: str = "TIER_250"


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
    # Token discovery (tokens.py, numbers.py): tokens with their own debug_token answer and reach, and more
    # WABAs and numbers. Empty by default: the configured token, number and WABA only. The configured token
    # (or any token, when access_token is None) reaches waba_id and every extra WABA with both permissions.
    token_profiles: dict[str, TokenProfile] = field(default_factory=dict)  # access token -> its profile
    extra_wabas: tuple[str, ...] = ()  # other WABA ids; their numbers are among extra_phone_numbers
    extra_phone_numbers: tuple[ExtraPhoneNumber, ...] = ()
    # The product catalog connected to the WABA (commerce.py): None = none connected, so catalog, product and
    # multi-product messages are refused as on Meta; catalog_products are its items' retailer ids (SKUs).
    catalog_id: str | None = None
    catalog_products: tuple[str, ...] = ()


def check_assets(config: SimulatorConfig) -> None:
    """The extra WABAs, numbers and token profiles must fit together; a ValueError names the first misfit."""
    wabas = (config.waba_id, *config.extra_wabas)
    if len(set(wabas)) != len(wabas):
        raise ValueError("extra_wabas must be distinct, and differ from waba_id")
    if not all(waba.isdigit() for waba in config.extra_wabas):
        raise ValueError("a WABA id is digits only")
    taken = {*wabas, config.app_id, config.phone_number_id}
    for number in config.extra_phone_numbers:
        if not number.id.isdigit() or number.id in taken:
            raise ValueError(f"extra phone number id {number.id!r} must be digits, and unlike every other id")
        taken.add(number.id)
        if not number.display_phone_number.isdigit():
            raise ValueError(f"display_phone_number of {number.id} is digits only, in international format")
        if number.waba_id is not None and number.waba_id not in wabas:
            raise ValueError(f"phone number {number.id} belongs to {number.waba_id}, which is not a WABA here")
    if config.catalog_id is not None and not config.catalog_id.isdigit():
        raise ValueError("a catalog id is digits only")
    if config.catalog_products and config.catalog_id is None:
        raise ValueError("catalog_products need a catalog_id: products live in a connected catalog")
    for token, profile in config.token_profiles.items():
        if not token or token != token.strip() or " " in token:
            raise ValueError("a token profile's token is a non-empty string without spaces")
        if profile.kind not in TOKEN_KINDS:
            raise ValueError(f"token kind {profile.kind!r} is not one of {', '.join(TOKEN_KINDS)}")
        if profile.missing_scope not in WHATSAPP_SCOPES:
            raise ValueError(f"missing_scope is one of {', '.join(WHATSAPP_SCOPES)}")
        if unknown := [waba for waba in profile.waba_ids if waba not in wabas]:
            raise ValueError(f"a token profile reaches {', '.join(unknown)}: not waba_id nor in extra_wabas")
        if profile.user_id is not None and not profile.user_id.isdigit():
            raise ValueError("a token profile's user_id is digits only")


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
