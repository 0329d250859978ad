"""The first-run wizard's use cases: test the credentials live before anything is saved, save them, and try the
receiving route live (services/setup_route.py).

Nothing here writes to the data directory except ``SetupFlow.save`` (which is ``set_up``). Messages name the
field that is wrong and never carry a secret.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
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
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.transport import Timeouts
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.receiving import ReceivingState
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.services.engine import DEFAULT_WEBHOOK_PORT
from monggo_desktop.services.receiving import RouteChoice
from monggo_desktop.services.session import Unlocker
from monggo_desktop.services.setup import MIN_PASSPHRASE_LENGTH, SetupRequest, SetupResult, set_up
from monggo_desktop.services.setup_route import try_route
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.services")

# A check is a person waiting at a wizard page: short timeouts, one quick retry of a transient failure.
_CHECK_TIMEOUTS = Timeouts(connect=8.0, read=15.0, write=15.0, pool=8.0, deadline=25.0)
_CHECK_RETRY = RetryPolicy(max_attempts=2, base_delay=0.3, max_delay=1.0)


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

    def __init__(self, field: Field, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class AccountCheck:
    verified_name: str
    display_phone_number: str
    quality_rating: str


@dataclass(frozen=True, slots=True)
class WebhookTestResult:
    ok: bool
    message: str


async def check_credentials(request: SetupRequest) -> AccountCheck:
    """Ask WhatsApp about the phone number, its business profile and its account with these credentials."""
    request = request.checked()
    config = ClientConfig(
        access_token=request.access_token,
        phone_number_id=request.phone_number_id,
        waba_id=request.waba_id,
        api_base_url=request.api_base_url,
        api_version=request.api_version,
        timeouts=_CHECK_TIMEOUTS,
    )
    host = urlsplit(request.api_base_url).hostname or request.api_base_url
    async with CloudApiClient(config, retry=_CHECK_RETRY) as client:
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
            "the phone number id does not belong to this WhatsApp Business Account id: "
            "copy both from the same WhatsApp > API Setup page",
        )
    return AccountCheck(
        verified_name=info.verified_name or "",
        display_phone_number=info.display_phone_number or "",
        quality_rating=info.quality_rating or "UNKNOWN",
    )


def _explain(exc: CloudApiError, asked: Field, host: str) -> CredentialCheckError:
    """The check's failure in words, naming the field; Meta's own text stays out (it may quote ids)."""
    what = "phone number id" if asked is Field.PHONE_NUMBER_ID else "WhatsApp Business Account id"
    if isinstance(exc, NetworkError):
        return CredentialCheckError(Field.NETWORK, f"cannot reach WhatsApp ({host}): check the connection")
    if isinstance(exc, TokenExpiredError):
        if exc.subcode == 463:
            return CredentialCheckError(
                Field.ACCESS_TOKEN,
                "the access token was refused: it has expired (API Setup tokens last a day); "
                "make a system user's token in Meta Business settings",
            )
        return CredentialCheckError(
            Field.ACCESS_TOKEN,
            "the access token was refused: copy it again from Meta's dashboard, whole and without spaces",
        )
    if isinstance(exc, PermissionDeniedError):
        return CredentialCheckError(
            Field.ACCESS_TOKEN,
            f"the access token has no access to this {what}: give its system user the "
            "whatsapp_business_messaging and whatsapp_business_management permissions for this account",
        )
    if exc.code == 100:  # Graph's "object does not exist, or cannot be loaded": the id is wrong
        return CredentialCheckError(
            asked,
            f"the {what} was not found: copy it from WhatsApp > API Setup in Meta's dashboard "
            + ("(it is not the phone number itself)" if asked is Field.PHONE_NUMBER_ID else "(under the number)"),
        )
    if isinstance(exc, PermanentError) and exc.code is None and exc.http_status is not None:
        return CredentialCheckError(
            Field.API_BASE, f"the API base URL ({host}) does not answer like WhatsApp's Graph API"
        )
    return CredentialCheckError(Field.OTHER, f"the check failed: {exc}")


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
        """Save the route the owner chose and try it live (services/setup_route.py)."""
        return await try_route(
            self.data_dir,
            self.unlocker,
            self._executor,
            choice,
            tunnel_token=tunnel_token,
            progress=progress,
            port=self.webhook_port,
        )
