"""Token first: what the pasted access token is and reaches, asked of Meta before anything is saved.

``GET /debug_token`` says whether the token works, until when, with which permissions, for which app, and
names the WhatsApp Business Accounts it may use; ``GET /{WABA-ID}/phone_numbers`` lists their numbers. The
owner then picks a number by its display number and name; the ids stay available for those who have them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.models import PhoneNumberInfo
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.transport import Timeouts
from monggo_desktop.domain.meta_token import (
    MANAGEMENT,
    MESSAGING,
    TokenAssessment,
    TokenInfo,
    TokenVerdict,
    assess,
)
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.words import Words

# A check is a person waiting at a wizard page: short timeouts, one quick retry of a transient failure.
CHECK_TIMEOUTS = Timeouts(connect=8.0, read=15.0, write=15.0, pool=8.0, deadline=25.0)
CHECK_RETRY = RetryPolicy(max_attempts=2, base_delay=0.3, max_delay=1.0)

SYSTEM_USER_STEPS = Words(
    "in Meta Business settings open Users → System users, add a system user, assign it your app and your "
    "WhatsApp account, then Generate new token with the whatsapp_business_messaging and "
    "whatsapp_business_management permissions and no expiry, and use that token"
)
PERMISSION_NAMES = {MESSAGING: "whatsapp_business_messaging", MANAGEMENT: "whatsapp_business_management"}


@dataclass(frozen=True, slots=True)
class NumberChoice:
    """A number the token reaches, as the owner picks it: by its display number and verified name."""

    phone_number_id: str
    waba_id: str
    display_phone_number: str
    verified_name: str
    quality_rating: str | None

    @classmethod
    def of(cls, info: PhoneNumberInfo, waba_id: str) -> NumberChoice:
        return cls(info.id, waba_id, info.display_phone_number or "", info.verified_name or "", info.quality_rating)


@dataclass(frozen=True, slots=True)
class Discovery:
    token: TokenInfo
    assessment: TokenAssessment
    numbers: tuple[NumberChoice, ...]

    @property
    def app_id(self) -> str:
        return self.token.app_id


class TokenProblem(Exception):
    """The token cannot be used: expired or revoked, or a permission is missing. The message says what to do."""

    def __init__(self, assessment: TokenAssessment, message: Words) -> None:
        super().__init__(str(message))
        self.assessment = assessment
        self.words = message


def client_for_token(access_token: str, api_base_url: str, api_version: str) -> CloudApiClient:
    """A client for the questions a token answers before any number is chosen."""
    config = ClientConfig(
        access_token=access_token,
        phone_number_id="0",
        waba_id="0",
        api_base_url=api_base_url,
        api_version=api_version,
        timeouts=CHECK_TIMEOUTS,
    )
    return CloudApiClient(config, retry=CHECK_RETRY)


async def discover(client: CloudApiClient, *, now: Callable[[], datetime] = utc_now) -> Discovery:
    """What the client's token is, and every number of every WhatsApp Business Account it names.

    Raises TokenProblem for a token that cannot be used, CloudApiError when Meta cannot be asked."""
    info = await client.tokens.debug()
    assessment = assess(info, now())
    refuse_unusable(assessment)
    numbers: list[NumberChoice] = []
    for waba_id in info.waba_ids:
        numbers += [NumberChoice.of(number, waba_id) for number in await client.tokens.numbers(waba_id)]
    return Discovery(info, assessment, tuple(numbers))


async def check_token(client: CloudApiClient, *, now: Callable[[], datetime] = utc_now) -> Discovery:
    """The token only (the ids were given): its verdict, app and expiry; no numbers listed."""
    info = await client.tokens.debug()
    assessment = assess(info, now())
    refuse_unusable(assessment)
    return Discovery(info, assessment, ())


def refuse_unusable(assessment: TokenAssessment) -> None:
    if assessment.verdict is TokenVerdict.EXPIRED:
        raise TokenProblem(
            assessment,
            Words("this access token no longer works (expired or revoked): {steps}", steps=SYSTEM_USER_STEPS),
        )
    if assessment.verdict is TokenVerdict.MISSING_PERMISSION:
        names = " and ".join(PERMISSION_NAMES.get(scope, scope) for scope in assessment.missing)
        raise TokenProblem(
            assessment,
            Words(
                "the access token lacks the {names} permission: generate the system user's token again with both "
                "WhatsApp permissions ticked",
                names=names,
            ),
        )


def token_warning(assessment: TokenAssessment, now: datetime) -> str | None:
    """A token that works now but will stop: what to tell the owner before saving it (English: the CLI)."""
    if assessment.verdict is TokenVerdict.TEMPORARY:
        return f"this access token is temporary and stops working within a day: {SYSTEM_USER_STEPS}"
    if assessment.verdict is TokenVerdict.EXPIRES_SOON and assessment.expires_at is not None:
        day = assessment.expires_at.astimezone().date().isoformat()
        return f"this access token stops working on {day}: {SYSTEM_USER_STEPS}"
    return None


def describe(numbers: tuple[NumberChoice, ...] | list[NumberChoice]) -> list[str]:
    """One line per number, for the command line: its id, display number and name."""
    return [f"{n.phone_number_id}  {n.display_phone_number}  {n.verified_name} (account {n.waba_id})" for n in numbers]
