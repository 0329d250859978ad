"""The app's preferences, their keys in the settings table and their rules (no secrets: those live in the
keyring or, in passphrase mode, the credentials table)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from enum import StrEnum

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.receiving import (
    OWN_ADDRESS,
    PUBLIC_URL_SETTING,
    ROUTE_SETTING,
    Route,
    check_public_url,
    check_tunnel_hostname,
    stored_route,
)
from monggo_desktop.domain.words import Words

# The policy's longest periods (privacy policy 6.3, design.md section 7), in days: settings may shorten them.
RETENTION_LIMITS = {"messages": 30, "closed_accounts": 90, "backups": 90, "logs": 365, "usage_events": 365}
RETENTION_NAMES = {
    "messages": Words("messages"),
    "closed_accounts": Words("closed accounts"),
    "backups": Words("backups"),
    "logs": Words("logs"),
    "usage_events": Words("usage events"),
}
REGION = re.compile(r"^[A-Z]{2}$")


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    INDONESIAN = "id"


KEYS = {
    "webhook_host": "webhook.host",
    "webhook_port": "webhook.port",
    "route": ROUTE_SETTING,
    "public_url": PUBLIC_URL_SETTING,
    "tunnel_hostname": "webhook.tunnel_hostname",
    "cloudflared_path": "webhook.cloudflared_path",
    "language": "ui.language",
    "theme": "ui.theme",
    "region": "phone.default_region",
    "notifications": "notifications.enabled",
    "enter_sends": "composer.enter_sends",
    "analytics": "analytics.enabled",
    "idle_lock_minutes": "app_lock.idle_minutes",
    "app_id": "meta.app_id",
}


@dataclass(frozen=True, slots=True)
class AppSettings:
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8787
    route: Route = Route.AUTO  # how webhooks reach this computer (domain/receiving.py)
    public_url: str = ""  # the "own address" route: an https URL the owner already has
    tunnel_hostname: str = ""  # the "stable tunnel" route: its hostname (its token is a secret, not a setting)
    cloudflared_path: str = ""  # the cloudflared program the owner chose; empty: found on PATH
    language: Language = Language.SYSTEM
    theme: Theme = Theme.SYSTEM
    region: str = "ID"
    notifications: bool = True
    enter_sends: bool = True  # Enter sends, Shift+Enter breaks the line; off: Enter breaks it, Ctrl+Enter sends
    analytics: bool = False  # usage analytics: off until the owner turns it on (objection, policy section 7)
    idle_lock_minutes: int = 10
    app_id: str = ""  # the Meta app's id: needed only to upload a profile photo (resumable upload)
    retention_days: dict[str, int] = field(default_factory=lambda: dict(RETENTION_LIMITS))

    @classmethod
    def from_stored(cls, stored: dict[str, object]) -> AppSettings:
        """Read what the settings table holds; anything missing or unreadable takes its default."""
        defaults = cls()
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "retention_days":
                continue
            raw = stored.get(KEYS[f.name], getattr(defaults, f.name))
            default = getattr(defaults, f.name)
            try:
                values[f.name] = type(default)(raw) if not isinstance(default, bool) else bool(raw)
            except (TypeError, ValueError):
                values[f.name] = default
        retention = {}
        for name, longest in RETENTION_LIMITS.items():
            days = stored.get(f"retention.{name}_days")
            ok = isinstance(days, int) and not isinstance(days, bool) and days >= 1
            retention[name] = min(longest, days) if ok and isinstance(days, int) else longest
        values["route"] = stored_route(stored)
        # Out of its limits (a hand-edited database, an older version's value), a setting takes its default.
        if not REGION.match(str(values["region"])):
            values["region"] = defaults.region
        if not str(values["webhook_host"]).strip():
            values["webhook_host"] = defaults.webhook_host
        if not 0 <= int(str(values["webhook_port"])) <= 65535:
            values["webhook_port"] = defaults.webhook_port
        return cls(**values, retention_days=retention)  # type: ignore[arg-type]

    def checked(self) -> AppSettings:
        """The settings, or the first problem as a user-facing error (nothing is saved then)."""
        if not self.webhook_host.strip():
            raise InvalidInputError("the webhook receiver needs an address to listen on, such as 127.0.0.1")
        if not 0 <= self.webhook_port <= 65535:
            raise InvalidInputError("the webhook port is a number from 0 to 65535")
        if self.public_url or self.route is Route.OWN:
            check_public_url(self.public_url, OWN_ADDRESS)
        if self.tunnel_hostname or self.route is Route.STABLE:
            check_tunnel_hostname(self.tunnel_hostname)
        if self.app_id and not self.app_id.isdigit():
            raise InvalidInputError("the Meta app id holds digits only (App settings > Basic in Meta's dashboard)")
        if not REGION.match(self.region):
            raise InvalidInputError("the phone region is a two-letter country code, such as ID")
        if not 1 <= self.idle_lock_minutes <= 24 * 60:
            raise InvalidInputError("the app locks after 1 to 1440 idle minutes")
        for name, days in self.retention_days.items():
            longest = RETENTION_LIMITS[name]
            if not 1 <= days <= longest:
                raise InvalidInputError(
                    "{what} are kept 1 to {most} days: the privacy policy allows no longer",
                    what=RETENTION_NAMES[name],
                    most=longest,
                )
        return self

    def stored(self) -> dict[str, object]:
        """The settings table's keys and values for these settings."""
        values: dict[str, object] = {KEYS[f.name]: getattr(self, f.name) for f in fields(self) if f.name in KEYS}
        for key in ("language", "theme", "route"):
            values[KEYS[key]] = str(values[KEYS[key]])
        for name, days in self.retention_days.items():
            values[f"retention.{name}_days"] = days
        return values
