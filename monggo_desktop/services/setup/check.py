"""The first-run wizard's use cases: test the credentials live before anything is saved, save them, and try the
receiving route live (services/setup/route.py).

Nothing here writes to the data directory except ``SetupFlow.save`` (which is ``set_up``). Messages name the
field that is wrong and never carry a secret.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from urllib.parse import urlsplit

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.errors import (
    CloudApiError,
    NetworkError,
    PermanentError,
    PermissionDeniedError,
    TokenExpiredError,
)
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.meta_token import TokenAssessment
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.receiving import ReceivingState
from monggo_desktop.domain.words import Value, Words
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.services.engine import DEFAULT_WEBHOOK_PORT
from monggo_desktop.services.receiving.route import RouteChoice
from monggo_desktop.services.session import Unlocker
from monggo_desktop.services.setup.discovery import (
    CHECK_RETRY,
    CHECK_TIMEOUTS,
    SYSTEM_USER_STEPS,
    NumberChoice,
    TokenProblem,
    check_token,
    client_for_token,
    describe,
    discover,
    token_warning,
)
from monggo_desktop.services.setup.first_setup import MIN_PASSPHRASE_LENGTH, SetupRequest, SetupResult, set_up
from monggo_desktop.services.setup.route import try_route
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.services")


class Field(StrEnum):
    """The wizard field a failed check points at."""

    ACCESS_TOKEN = "access_token"  # noqa: S105 (a field name)
    PHONE_NUMBER_ID = "phone_number_id"
    WABA_ID = "waba_id"
    API_BASE = "api_base_url"
    NETWORK = "network"
    OTHER = "other"


class CredentialCheckError(InvalidInputError):
    """The live check failed; ``field`` says which input is wrong (or that the network is)."""

    def __init__(self, field: Field, message: str | Words, /, **args: Value) -> None:
        super().__init__(message, **args)
        self.field = field


@dataclass(frozen=True, slots=True)
class AccountCheck:
    """What WhatsApp said: the numbers to pick from (one, when the ids were given) and what the token is."""

    numbers: tuple[NumberChoice, ...]
    token: TokenAssessment
    app_id: str

    @property
    def token_expires_at(self) -> int | None:
        expires = self.token.expires_at
        return 0 if expires is None else int(expires.timestamp())

    def request_for(self, request: SetupRequest, number: NumberChoice) -> SetupRequest:
        """The setup request with the chosen number's ids and what the token told."""
        return replace(
            request,
            phone_number_id=number.phone_number_id,
            waba_id=number.waba_id,
            app_id=self.app_id,
            token_expires_at=self.token_expires_at,
        )


async def check_credentials(request: SetupRequest) -> AccountCheck:
    """Ask WhatsApp what the token is and reaches. With both ids given, check that number and account instead
    of listing them; with the phone number id only, find its account among the token's."""
    request = request.checked(require_ids=False)
    host = urlsplit(request.api_base_url).hostname or request.api_base_url
    async with client_for_token(request.access_token, request.api_base_url, request.api_version) as client:
        try:
            found = await (check_token(client) if request.phone_number_id and request.waba_id else discover(client))
        except TokenProblem as exc:
            raise CredentialCheckError(Field.ACCESS_TOKEN, exc.words) from None
        except CloudApiError as exc:
            raise _explain(exc, Field.ACCESS_TOKEN, host) from None
    if request.phone_number_id and request.waba_id:
        number = await _check_number(request, host)
        return AccountCheck((number,), found.assessment, found.app_id)
    numbers = found.numbers
    if request.phone_number_id:
        numbers = tuple(n for n in numbers if n.phone_number_id == request.phone_number_id)
        if not numbers:
            raise CredentialCheckError(
                Field.PHONE_NUMBER_ID, "the access token does not reach this phone number id: check both"
            )
    if not numbers:
        raise CredentialCheckError(
            Field.ACCESS_TOKEN,
            "the access token names no WhatsApp number: assign the WhatsApp account to the token's system user"
            " (Meta Business settings → Users → System users → Assign assets) and generate the token again, or"
            " type the phone number id and the WhatsApp Business Account id under Advanced",
        )
    return AccountCheck(numbers, found.assessment, found.app_id)


async def _check_number(request: SetupRequest, host: str) -> NumberChoice:
    """The given ids: the number answers, and belongs to the given account."""
    config = ClientConfig(
        access_token=request.access_token,
        phone_number_id=request.phone_number_id,
        waba_id=request.waba_id,
        api_base_url=request.api_base_url,
        api_version=request.api_version,
        timeouts=CHECK_TIMEOUTS,
    )
    async with CloudApiClient(config, retry=CHECK_RETRY) as client:
        try:
            info = await client.phone.info()
            await client.profile.get()
        except CloudApiError as exc:
            raise _explain(exc, Field.PHONE_NUMBER_ID, host) from None
        try:
            listed = await client.phone.listed_under(request.waba_id)
        except CloudApiError as exc:
            raise _explain(exc, Field.WABA_ID, host) from None
    if not listed:
        raise CredentialCheckError(
            Field.WABA_ID,
            "the phone number id does not belong to this WhatsApp Business Account id: leave both empty and the"
            " app finds them from the token",
        )
    return NumberChoice.of(info, request.waba_id)


def _explain(exc: CloudApiError, asked: Field, host: str) -> CredentialCheckError:
    """The check's failure in words, naming the field; Meta's own text stays out (it may quote ids)."""
    what = {Field.PHONE_NUMBER_ID: Words("phone number id"), Field.WABA_ID: Words("WhatsApp Business Account id")}.get(
        asked, Words("WhatsApp account")
    )
    if isinstance(exc, NetworkError):
        return CredentialCheckError(Field.NETWORK, "cannot reach WhatsApp ({host}): check the connection", host=host)
    if isinstance(exc, TokenExpiredError):
        if exc.subcode == 463:
            return CredentialCheckError(
                Field.ACCESS_TOKEN,
                "the access token was refused: it has expired (API Setup tokens last a day); {steps}",
                steps=SYSTEM_USER_STEPS,
            )
        return CredentialCheckError(
            Field.ACCESS_TOKEN,
            "the access token was refused: copy it again from Meta's dashboard, whole and without spaces",
        )
    if exc.code == 131031:
        return CredentialCheckError(
            Field.OTHER,
            "the WhatsApp Business account is locked (a policy problem or a wrong two-step PIN): open WhatsApp "
            "Manager in Meta Business settings, see why, and request a review",
        )
    if exc.code == 133010:
        return CredentialCheckError(
            Field.PHONE_NUMBER_ID,
            "this phone number is not registered with the Cloud API yet: register it in WhatsApp Manager "
            "(Phone numbers → the number → Register), then test again",
        )
    if isinstance(exc, PermissionDeniedError):
        return CredentialCheckError(
            Field.ACCESS_TOKEN,
            "the access token has no access to this {what}: give its system user the "
            "whatsapp_business_messaging and whatsapp_business_management permissions for this account",
            what=what,
        )
    if exc.code == 100:  # Graph's "object does not exist, or cannot be loaded": the id is wrong
        return CredentialCheckError(
            asked,
            "the {what} was not found: leave the ids empty and the app finds them from the token, or copy it "
            "from WhatsApp > API Setup in Meta's dashboard {where}",
            what=what,
            where=(
                Words("(it is not the phone number itself)")
                if asked is Field.PHONE_NUMBER_ID
                else Words("(under the number)")
            ),
        )
    if isinstance(exc, PermanentError) and exc.code is None and exc.http_status is not None:
        return CredentialCheckError(
            Field.API_BASE, "the API base URL ({host}) does not answer like WhatsApp's Graph API", host=host
        )
    return CredentialCheckError(Field.OTHER, "the check failed: {reason}", reason=exc.words)


# --- the wizard's whole flow, for the UI --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyringState:
    secure: bool
    reason: str


class SetupFlow:
    """What the setup wizard may do, bound to one data directory and keyring. Built in app.py."""

    def __init__(
        self,
        data_dir: DataDirectory,
        unlocker: Unlocker,
        executor: Executor,
        *,
        webhook_port: int = DEFAULT_WEBHOOK_PORT,
    ) -> None:
        self.data_dir = data_dir
        self.unlocker = unlocker  # after a save in passphrase mode: with the passphrase, to open the app
        self._executor = executor  # set_up derives keys and writes files: off the event loop
        self.webhook_port = webhook_port
        self.min_passphrase_length = MIN_PASSPHRASE_LENGTH

    def keyring(self) -> KeyringState:
        verdict = assess(self.unlocker.keyring_backend)
        return KeyringState(verdict.secure, verdict.reason)

    async def check(self, request: SetupRequest) -> AccountCheck:
        return await check_credentials(request)

    async def save(self, request: SetupRequest, passphrase: str | None) -> SetupResult:
        """Create the data directory with these credentials; a failure leaves nothing behind (set_up's rule)."""
        unlocker = self.unlocker
        if passphrase is not None:
            unlocker = Unlocker(unlocker.keyring_backend, unlocker.service, Passphrase(passphrase))
        work: Callable[[], SetupResult] = lambda: set_up(self.data_dir, unlocker, request)  # noqa: E731
        result = await asyncio.get_running_loop().run_in_executor(self._executor, work)
        self.unlocker = unlocker
        return result

    async def try_route(
        self,
        choice: RouteChoice,
        tunnel_token: str | None,
        progress: Callable[[ReceivingState], None],
    ) -> ReceivingState:
        """Save the route the owner chose and try it live (services/setup/route.py)."""
        return await try_route(
            self.data_dir,
            self.unlocker,
            self._executor,
            choice,
            tunnel_token=tunnel_token,
            progress=progress,
            port=self.webhook_port,
        )


class NumberNeededError(InvalidInputError):
    """The token reaches several numbers: the command line must name one."""


async def resolve_request(
    request: SetupRequest, now: Callable[[], datetime] = utc_now
) -> tuple[SetupRequest, str | None]:
    """``setup`` on the command line: the request completed from the token (its only number, its app, its expiry)
    and a warning for a token that will stop working. With both ids given, the token is checked when WhatsApp can
    be reached; offline, it is saved unchecked (the app checks it again at its next start)."""
    request = request.checked(require_ids=False)
    if request.phone_number_id and request.waba_id:
        async with client_for_token(request.access_token, request.api_base_url, request.api_version) as client:
            try:
                found = await check_token(client, now=now)
            except TokenProblem as exc:
                raise CredentialCheckError(Field.ACCESS_TOKEN, exc.words) from None
            except NetworkError:
                log.info("the token was not checked: WhatsApp cannot be reached")
                return request, None
            except CloudApiError as exc:
                host = urlsplit(request.api_base_url).hostname or request.api_base_url
                raise _explain(exc, Field.ACCESS_TOKEN, host) from None
        check = AccountCheck((), found.assessment, found.app_id)
        completed = replace(request, app_id=check.app_id, token_expires_at=check.token_expires_at)
        return completed, token_warning(found.assessment, now())
    check = await check_credentials(request)
    if len(check.numbers) > 1:
        lines = "\n".join("  " + line for line in describe(check.numbers))
        raise NumberNeededError(
            "this token reaches {count} numbers: run setup again with --phone-number-id and one of these ids\n{lines}",
            count=len(check.numbers),
            lines=lines,
        )
    return check.request_for(request, check.numbers[0]), token_warning(check.token, now())
