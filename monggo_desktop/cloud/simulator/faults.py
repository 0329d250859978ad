"""Switches for the failures a real Cloud API produces, settable per run and while it runs."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass
class Faults:
    rate_limit_next: int = 0  # the next N Graph requests get 130429
    pair_rate_limit: bool = False  # enforce 1 message per pair_interval per recipient (131056)
    expired_token: bool = False  # every call gets 190 / 463
    server_error_next: int = 0  # the next N requests get HTTP 500 (code 1) or 503 (code 2), alternating
    slow_seconds: float = 0.0  # delay before answering
    drop_connection_next: int = 0  # the next N requests see the connection closed without an answer
    reengagement_sync: bool = False  # a closed 24 h window fails at once (HTTP 400, 131047), not by webhook
    duplicate_webhooks: bool = False  # every webhook is delivered twice
    out_of_order_webhooks: bool = False  # statuses arrive read, delivered, sent
    retry_after_seconds: int | None = None  # a Retry-After header on rate-limit answers
    # Every call that registers a callback URI (WABA or number override, app subscription) fails with this
    # Graph error code, e.g. 200 "(#200) Permissions error"; None: registration works.
    refuse_webhook_registration_code: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def update(self, changes: Mapping[str, Any]) -> None:
        """Apply the named switches; all are checked before any is set, so a bad request changes nothing."""
        checked: dict[str, Any] = {}
        known = {f.name: f for f in dataclasses.fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown fault {name!r}; known: {', '.join(known)}")
            checked[name] = _checked(name, value)
        for name, value in checked.items():
            setattr(self, name, value)

    def take(self, counter: str) -> bool:
        """Consume one unit of a ``*_next`` counter; True if this request is one of the N."""
        remaining = getattr(self, counter)
        if remaining <= 0:
            return False
        setattr(self, counter, remaining - 1)
        return True


_COUNTERS = {"rate_limit_next", "server_error_next", "drop_connection_next"}
_SWITCHES = {"pair_rate_limit", "expired_token", "reengagement_sync", "duplicate_webhooks", "out_of_order_webhooks"}


def _checked(name: str, value: Any) -> Any:
    # bool is an int in Python; a counter set to true is a mistake worth reporting.
    if name in _COUNTERS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} is a count of requests (an integer >= 0)")
        return value
    if name in _SWITCHES:
        if not isinstance(value, bool):
            raise ValueError(f"{name} is true or false")
        return value
    if name == "slow_seconds":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 600:
            raise ValueError("slow_seconds is a number of seconds between 0 and 600")
        return float(value)
    if value is None:
        return None
    if name == "refuse_webhook_registration_code":
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"{name} is a Graph error code (a positive integer), or null")
        return value
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("retry_after_seconds is a whole number of seconds, or null")
    return value
