"""What an access token is and reaches (Meta's ``debug_token``), judged for a shop owner: does it keep working,
does it have both WhatsApp permissions, which WhatsApp Business Accounts does it name. Plus the number's
quality rating in words. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

MESSAGING = "whatsapp_business_messaging"
MANAGEMENT = "whatsapp_business_management"
REQUIRED_SCOPES = (MESSAGING, MANAGEMENT)
EXPIRY_SETTING = "meta.access_expires_at"  # seconds since the epoch; 0: never; missing: not known
WARN_BEFORE = timedelta(days=7)  # Settings and the window warn this long before the token stops working
SOON = timedelta(days=2)  # an API Setup token lasts about a day: that is a temporary token


class TokenKind(StrEnum):
    SYSTEM_USER = "SYSTEM_USER"
    USER = "USER"
    PAGE = "PAGE"
    APP = "APP"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What ``GET /debug_token`` says about a token."""

    is_valid: bool
    app_id: str = ""
    application: str = ""
    kind: TokenKind = TokenKind.UNKNOWN
    expires_at: datetime | None = None  # None: never expires
    scopes: tuple[str, ...] = ()
    granular: dict[str, tuple[str, ...]] = field(default_factory=dict)  # scope -> target ids
    error_code: int | None = None
    error_subcode: int | None = None

    @property
    def waba_ids(self) -> tuple[str, ...]:
        """The WhatsApp Business Accounts the token names, management's first, each once."""
        seen: list[str] = []
        for scope in (MANAGEMENT, MESSAGING):
            for target in self.granular.get(scope, ()):
                if target not in seen:
                    seen.append(target)
        return tuple(seen)

    @property
    def missing_scopes(self) -> tuple[str, ...]:
        return tuple(scope for scope in REQUIRED_SCOPES if scope not in self.scopes)


class TokenVerdict(StrEnum):
    GOOD = "good"  # never expires, or not for a long while
    EXPIRES_SOON = "expires_soon"  # within WARN_BEFORE: make a permanent one now
    TEMPORARY = "temporary"  # about a day, as API Setup's: it stops working tomorrow
    EXPIRED = "expired"  # refused: expired or revoked
    MISSING_PERMISSION = "missing_permission"


@dataclass(frozen=True, slots=True)
class TokenAssessment:
    verdict: TokenVerdict
    expires_at: datetime | None
    missing: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        """Whether setup may go on with it (a temporary token may, with a warning)."""
        return self.verdict not in (TokenVerdict.EXPIRED, TokenVerdict.MISSING_PERMISSION)


def assess(info: TokenInfo, now: datetime) -> TokenAssessment:
    if not info.is_valid or (info.expires_at is not None and info.expires_at <= now):
        return TokenAssessment(TokenVerdict.EXPIRED, info.expires_at)
    if info.missing_scopes:
        return TokenAssessment(TokenVerdict.MISSING_PERMISSION, info.expires_at, info.missing_scopes)
    return TokenAssessment(expiry_verdict(info.expires_at, now), info.expires_at)


def expiry_verdict(expires_at: datetime | None, now: datetime) -> TokenVerdict:
    if expires_at is None:
        return TokenVerdict.GOOD
    left = expires_at - now
    if left <= timedelta(0):
        return TokenVerdict.EXPIRED
    if left <= SOON:
        return TokenVerdict.TEMPORARY
    if left <= WARN_BEFORE:
        return TokenVerdict.EXPIRES_SOON
    return TokenVerdict.GOOD


REFUSED = -1  # EXPIRY_SETTING's value when Meta said the token no longer works


@dataclass(frozen=True, slots=True)
class TokenHealth:
    verdict: TokenVerdict
    expires_at: datetime | None  # None: never, or not known
    known: bool  # whether Meta was asked at all (offline since setup: not yet)

    @property
    def needs_action(self) -> bool:
        return self.verdict in (TokenVerdict.EXPIRED, TokenVerdict.TEMPORARY, TokenVerdict.EXPIRES_SOON)


def health(stored_expiry: object, now: datetime, *, paused: bool = False) -> TokenHealth:
    """From what the settings keep (EXPIRY_SETTING) and whether sending is paused on the token."""
    if paused:
        return TokenHealth(TokenVerdict.EXPIRED, None, True)
    if not isinstance(stored_expiry, int) or isinstance(stored_expiry, bool):
        return TokenHealth(TokenVerdict.GOOD, None, False)
    if stored_expiry == REFUSED:
        return TokenHealth(TokenVerdict.EXPIRED, None, True)
    if stored_expiry == 0:
        return TokenHealth(TokenVerdict.GOOD, None, True)
    expires = datetime.fromtimestamp(stored_expiry, UTC)
    return TokenHealth(expiry_verdict(expires, now), expires, True)
