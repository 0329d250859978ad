"""Access tokens as Graph sees them: ``GET /{version}/debug_token``, token profiles, and what a token reaches.

Answer shapes, and where they come from:

- A valid token: Meta, "Manage WhatsApp Business accounts" (solution-providers/manage-accounts): ``data`` with
  ``app_id``, ``application``, ``data_access_expires_at``, ``expires_at``, ``granular_scopes`` (one entry per
  WhatsApp permission, ``target_ids`` = the WABA ids it is granted for), ``is_valid``, ``scopes``
  (``whatsapp_business_management``, ``whatsapp_business_messaging``, ``public_profile`` for a USER token),
  ``type``, ``user_id``. Meta, "WhatsApp permissions": a SYSTEM_USER token with ``expires_at`` 0,
  ``data_access_expires_at`` 0, ``issued_at`` and the two WhatsApp scopes only. Meta, "Access Tokens:
  Debugging and Error Handling": ``issued_at`` is given for long-lived tokens only (none for the 24 h one).
- An expired or unreadable token: answers Meta recorded in bk-rs/facebook-apis-rs,
  facebook-access-token-api/tests/response_body_json_files/ (commit ff657e0a), and its README there:
  ``debug_token__user_access_token_3.json`` (an expired user token debugging itself: HTTP 200, ``is_valid``
  false, ``error`` {code 190, message "Error validating access token: Session has expired on …", subcode
  463}, ``expires_at`` in the past, the rest of the fields kept) and
  ``debug_token__200__cannot_parse_access_token.json`` (input "xxxx": HTTP 200, ``{"data": {"error":
  {"code": 190, "message": "Invalid OAuth access token - Cannot parse access token"}, "is_valid": false,
  "scopes": []}}``, no subcode). ``debug_token__app_access_token.json``: the app token is type APP.
- A call the token may not make: an object it does not reach is Graph's "Unsupported … request … cannot be
  loaded due to missing permissions" (100 / subcode 33, what clients report for a WABA the token was not
  assigned); a WABA it reaches without the needed permission is "(#200) Requires <permission> permission"
  (code 200, HTTP 403, as Meta's error-code table gives for 200-299).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.config import MANAGEMENT, MESSAGING, WHATSAPP_SCOPES, SimulatorConfig, TokenProfile
from monggo_desktop.cloud.simulator.http_helpers import reply

DEBUG_TOKEN = "debug_token"  # noqa: S105 (a path component, not a secret)
TEMPORARY_SECONDS = 24 * 3600  # the API Setup page's token
LONG_LIVED_SECONDS = 60 * 24 * 3600  # a long-lived user token, what the "expired" profile was
DATA_ACCESS_SECONDS = 90 * 24 * 3600  # a user token's data access lasts 90 days from its issue
SYSTEM_USER_AGE = 30 * 24 * 3600  # how long before the run a system-user token was generated
EXPIRED_AGO = 3600  # the "expired" profile lapsed an hour before the run
INVALID_TOKEN = "Invalid OAuth access token - Cannot parse access token"  # noqa: S105 (a message)

DEFAULT_PROFILE = TokenProfile()  # the configured token, or any token when none is configured


def is_debug_path(path: str) -> bool:
    parts = [part for part in path.split("/") if part]
    return len(parts) == 2 and parts[1] == DEBUG_TOKEN


def bearer(request: web.Request) -> str:
    """The token of the Authorization header ("Bearer" or "OAuth" scheme), or "" without one."""
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    return token.strip() if scheme.lower() in ("bearer", "oauth") else ""


@dataclass(frozen=True)
class Grant:
    """What a token may reach: for each WhatsApp permission it holds, the WABA ids it holds it for."""

    targets: Mapping[str, tuple[str, ...]]

    def reaches(self, waba: str) -> bool:
        return any(waba in wabas for wabas in self.targets.values())

    def allows(self, waba: str, scope: str) -> bool:
        return waba in self.targets.get(scope, ())


@dataclass(frozen=True)
class _Times:
    issued_at: int | None
    expires_at: int  # 0 = never
    data_access_expires_at: int  # 0 = never


class Tokens:
    """The tokens the simulator knows: the configured one (or any, when none is), then ``token_profiles``."""

    def __init__(self, config: SimulatorConfig, clock: Callable[[], float]) -> None:
        self._config = config
        self._clock = clock
        self._started = int(clock())  # the temporary token was issued as the run started

    # Authentication, from the server's middleware.

    def authenticate(self, token: str, path: str) -> None:
        """Accept this Bearer token for ``path`` or raise Graph's 190 answer.

        A profiled token is accepted whatever ``access_token`` is; an expired one only by ``debug_token``,
        which Meta answers even when an expired token debugs itself. ``debug_token`` takes the app token too.
        """
        profile = self._profile(token)
        debugging = is_debug_path(path)
        if profile is not None:
            times = self._times(profile)
            if self._lapsed(profile, times) and not debugging:
                raise ge.expired_token(times.expires_at, self._clock())
            return
        if debugging and self._is_app_token(token):
            return
        expected = self._config.access_token
        if expected is not None and not hmac.compare_digest(token.encode(), expected.encode()):
            raise ge.invalid_token()

    def is_known(self, token: str) -> bool:
        """A token profile's token (a user token, though not the configured one)."""
        return self._profile(token) is not None

    # What the request's token reaches, for the Graph handlers.

    def grant(self, token: str) -> Grant:
        profile = self._profile(token) or DEFAULT_PROFILE
        wabas = self._wabas(profile)
        return Grant({scope: wabas for scope in self._whatsapp_scopes(profile)})

    def require(self, request: web.Request, waba: str, scope: str, node: str) -> None:
        """Refuse the call unless the request's token holds ``scope`` for ``waba`` (the WABA of ``node``)."""
        grant = self.grant(bearer(request))
        if not grant.reaches(waba):
            raise ge.unsupported_request(request.method, node)
        if not grant.allows(waba, scope):
            raise ge.missing_permission(scope)

    # GET /{version}/debug_token?input_token=…

    def debug_token(self, request: web.Request) -> web.Response:
        token = request.query.get("input_token", "").strip()
        if not token:
            raise ge.GraphError(100, "(#100) The parameter input_token is required")
        return reply({"data": self.describe(token)})

    def describe(self, token: str) -> dict[str, Any]:
        """The ``data`` object of ``GET /debug_token`` for ``token``."""
        config = self._config
        if self._is_app_token(token):
            return {
                "app_id": config.app_id,
                "type": "APP",
                "application": config.app_name,
                "is_valid": True,
                "scopes": [],
            }
        profile = self._profile(token)
        if profile is None and not self._is_plain(token):
            return {"error": {"code": 190, "message": INVALID_TOKEN}, "is_valid": False, "scopes": []}
        profile = profile or DEFAULT_PROFILE
        times = self._times(profile)
        lapsed = self._lapsed(profile, times)
        data: dict[str, Any] = {
            "app_id": config.app_id,
            "type": "USER" if profile.kind in ("temporary", "expired") else "SYSTEM_USER",
            "application": config.app_name,
            "data_access_expires_at": times.data_access_expires_at,
        }
        if lapsed:
            message = ge.expired_message(times.expires_at, self._clock())
            data["error"] = {"code": 190, "message": message, "subcode": 463}
        data["expires_at"] = times.expires_at
        data["is_valid"] = not lapsed
        if times.issued_at is not None:
            data["issued_at"] = times.issued_at
        scopes = self._whatsapp_scopes(profile)
        wabas = self._wabas(profile)
        data["scopes"] = [*scopes, "public_profile"] if data["type"] == "USER" else list(scopes)
        data["granular_scopes"] = [{"scope": scope, "target_ids": list(wabas)} for scope in scopes]
        data["user_id"] = profile.user_id or _user_id(token)
        return data

    # The profiles.

    def _profile(self, token: str) -> TokenProfile | None:
        found = None
        for known, profile in self._config.token_profiles.items():
            if hmac.compare_digest(token.encode(), known.encode()):
                found = profile
        return found

    def _is_plain(self, token: str) -> bool:
        """The configured token, or any token when none is configured: a permanent system-user token."""
        expected = self._config.access_token
        return expected is None or hmac.compare_digest(token.encode(), expected.encode())

    def _is_app_token(self, token: str) -> bool:
        config = self._config
        return hmac.compare_digest(token.encode(), f"{config.app_id}|{config.app_secret}".encode())

    def _wabas(self, profile: TokenProfile) -> tuple[str, ...]:
        return profile.waba_ids or (self._config.waba_id, *self._config.extra_wabas)

    def _whatsapp_scopes(self, profile: TokenProfile) -> tuple[str, ...]:
        if profile.kind == "missing_permission":
            return tuple(scope for scope in WHATSAPP_SCOPES if scope != profile.missing_scope)
        return (MANAGEMENT, MESSAGING)

    def _times(self, profile: TokenProfile) -> _Times:
        start = self._started
        if profile.kind == "temporary":
            return _Times(None, start + TEMPORARY_SECONDS, start + DATA_ACCESS_SECONDS)
        if profile.kind == "expired":
            issued = start - EXPIRED_AGO - LONG_LIVED_SECONDS
            return _Times(issued, start - EXPIRED_AGO, issued + DATA_ACCESS_SECONDS)
        return _Times(start - SYSTEM_USER_AGE, 0, 0)

    def _lapsed(self, profile: TokenProfile, times: _Times) -> bool:
        return profile.kind == "expired" or (times.expires_at != 0 and self._clock() >= times.expires_at)


def _user_id(token: str) -> str:
    # Stable digits for the token, 15 of them like Meta's user ids.
    number = int.from_bytes(hashlib.sha256(token.encode()).digest()[:8], "big")
    return str(10**14 + number % (9 * 10**14))
