"""Whether the access token keeps working: its expiry as Meta tells it (checked at every start and whenever a
new token is saved), and whether sending is paused because Meta refused it. For Settings and the window's
banner, which warn 7 days before and give the steps to a permanent token and a field for the new one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from monggo_desktop.cloud.client import CloudApiClient
from monggo_desktop.cloud.errors import CloudApiError, NetworkError, TokenExpiredError
from monggo_desktop.domain.meta_token import EXPIRY_SETTING, REFUSED, TokenHealth, TokenVerdict, assess, health
from monggo_desktop.domain.models import AccountNotice, utc_now
from monggo_desktop.domain.settings import KEYS
from monggo_desktop.services.account.settings import SettingsService
from monggo_desktop.services.messaging.sender_state import SenderState
from monggo_desktop.storage import Database, Store

log = logging.getLogger("monggo.services")


async def record_token(db: Database, client: CloudApiClient, now: Callable[[], datetime] = utc_now) -> None:
    """Ask Meta about the client's token and keep its expiry (and its app id, when none is kept yet)."""
    try:
        info = await client.tokens.debug()
    except NetworkError:
        log.info("the access token was not checked: WhatsApp cannot be reached")
        return
    except TokenExpiredError:  # the token itself refused (190): the sender pauses on it too
        log.warning("the access token was refused when checked")
        await db.run(lambda s: s.settings.set(EXPIRY_SETTING, REFUSED))
        return
    except CloudApiError as exc:  # Meta would not say (a permission, an outage): nothing is concluded
        log.warning("the access token could not be checked (code %s)", exc.code)
        return
    verdict = assess(info, now()).verdict
    if verdict is TokenVerdict.EXPIRED:
        expiry = REFUSED
    else:
        expiry = int(info.expires_at.timestamp()) if info.expires_at is not None else 0

    def keep(store: Store) -> None:
        store.settings.set(EXPIRY_SETTING, expiry)
        if info.app_id and not store.settings.get(KEYS["app_id"]):
            store.settings.set(KEYS["app_id"], info.app_id)

    await db.run(keep)
    log.info("access token checked: %s", verdict.value)


class TokenService:
    """The account banners' door: the token's health, a new token saved (sending resumes), and what Meta said
    about the account or its number (``account_notices``) until the owner dismisses it."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        sender: Callable[[], SenderState],
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._settings = settings
        self._sender = sender
        self._now = now

    async def health(self) -> TokenHealth:
        stored = await self._db.run(lambda s: s.settings.get(EXPIRY_SETTING))
        return health(stored, self._now(), paused=self._sender().paused)

    async def replace(self, token: str) -> None:
        await self._settings.replace_token(token)

    async def notices(self) -> list[AccountNotice]:
        return await self._db.run(lambda s: s.account_notices.open())

    async def dismiss(self, notice_id: int) -> None:
        at = self._now()
        await self._db.run(lambda s: s.account_notices.dismiss(notice_id, at))
