"""The settings screen's door to the data: preferences in the settings table, the API version on the account,
the access token in the credential store (a new one resumes the paused outbox), and usage analytics."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.domain.account_rules import check_api_version
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.meta_token import EXPIRY_SETTING, TokenHealth, health
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account.credentials import CredentialStore
from monggo_desktop.services.messaging import quick_replies
from monggo_desktop.services.messaging.quick_replies import QuickReply
from monggo_desktop.services.privacy.deletion_ledger import DeletionLedger
from monggo_desktop.storage import Database, Store

# Keyring calls block (a D-Bus round trip): they run on a thread of our own, never on the event loop.
_KEYRING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-keyring")
TOKEN_MIN_LENGTH = 20


@dataclass(frozen=True, slots=True)
class SettingsView:
    settings: AppSettings
    api_version: str
    usage_events: int  # recorded so far (only while analytics is on)
    closed_at: datetime | None = None  # the account was closed then; its data goes 90 days later
    token: TokenHealth | None = None  # until when the access token works, as Meta last said


@dataclass(frozen=True, slots=True)
class SettingsChanges:
    """What the settings screen's one Save button keeps: only what the owner changed is set."""

    settings: AppSettings | None = None
    api_version: str | None = None
    quick_replies: list[QuickReply] | None = None
    tunnel_token: str | None = None


class SettingsService:
    def __init__(
        self,
        db: Database,
        account_id: int,
        credentials: CredentialStore | None = None,
        *,
        on_new_token: Callable[[str], None] = lambda _token: None,
        on_account_state: Callable[[bool], None] = lambda _closed: None,
        changed: Callable[[], None] = lambda: None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._account_id = account_id
        self._credentials = credentials
        self._on_new_token = on_new_token
        self._on_account_state = on_account_state
        self._changed = changed
        self._now = now

    async def load(self) -> SettingsView:
        return await self._db.run(self._view)

    def _view(self, store: Store) -> SettingsView:
        account = store.accounts.get(self._account_id)
        count = store.conn.execute("SELECT count(*) FROM usage_events").fetchone()[0]
        stored = store.settings.all()
        return SettingsView(
            AppSettings.from_stored(stored),
            account.api_version if account else "",
            int(count),
            account.closed_at if account else None,
            health(stored.get(EXPIRY_SETTING), self._now()),
        )

    async def save(self, settings: AppSettings) -> SettingsView:
        return await self.save_all(SettingsChanges(settings=settings))

    async def save_all(self, changes: SettingsChanges) -> SettingsView:
        """Check everything first; then the tunnel token into the credential store and the rest in one
        transaction. A mistake anywhere keeps nothing."""
        checked = changes.settings.checked() if changes.settings is not None else None
        version = check_api_version(changes.api_version) if changes.api_version is not None else None
        replies = changes.quick_replies
        if replies is not None:
            quick_replies.check(replies)
        if changes.tunnel_token:
            await self.set_tunnel_token(changes.tunnel_token)

        def write(store: Store) -> SettingsView:
            with store.transaction():
                if checked is not None:
                    for key, value in checked.stored().items():
                        store.settings.set(key, value)
                    if not checked.analytics:  # objection: nothing is recorded from now on, and what was goes
                        store.conn.execute("DELETE FROM usage_events")
                if version is not None:
                    account = store.accounts.get(self._account_id)
                    if account is None:
                        raise InvalidInputError("the account is no longer there")
                    account.api_version = version
                    store.accounts.update(account)
                if replies is not None:
                    quick_replies.save(store, replies)
            return self._view(store)

        view = await self._db.run(write)
        if checked is not None:
            self._changed()
        return view

    async def replace_token(self, token: str) -> None:
        """Keep a new access token (the old one expired) and let the sender go on where it stopped."""
        clean = token.strip()
        if len(clean) < TOKEN_MIN_LENGTH or any(ch.isspace() for ch in clean):
            raise InvalidInputError("that does not look like an access token: copy it again from Meta's dashboard")
        if self._credentials is None:
            raise InvalidInputError("the access token cannot be changed here")
        credentials = self._credentials
        await asyncio.get_running_loop().run_in_executor(
            _KEYRING, lambda: credentials.set(SecretName.ACCESS_TOKEN, clean)
        )
        self._on_new_token(clean)

    async def set_tunnel_token(self, token: str) -> None:
        """The stable tunnel's token: a secret, kept like the access token (keyring, or the database)."""
        clean = token.strip()
        if len(clean) < TOKEN_MIN_LENGTH or any(ch.isspace() for ch in clean):
            raise InvalidInputError(
                "that does not look like a tunnel token: copy it again from Cloudflare's dashboard (Networks → Tunnels)"
            )
        if self._credentials is None:
            raise InvalidInputError("the tunnel token cannot be changed here")
        credentials = self._credentials
        await asyncio.get_running_loop().run_in_executor(
            _KEYRING, lambda: credentials.set(SecretName.TUNNEL_TOKEN, clean)
        )

    async def close_account(self) -> SettingsView:
        """Close the business account: receiving and sending stop now, the data goes 90 days later
        (privacy policy 6.3) unless the account is reopened first. Export it before, if it is wanted."""
        at = self._now()
        view = await self._db.run(lambda s: self._set_closed(s, at, at))
        self._on_account_state(True)
        self._changed()
        return view

    def _set_closed(self, store: Store, closed_at: datetime | None, at: datetime) -> SettingsView:
        """Close (``closed_at``) or reopen (None) the account. Recorded outside the database first
        (``deletion_ledger``), so a restored backup keeps the closing date and its purge."""
        account = store.accounts.get(self._account_id)
        if account is not None:
            if closed_at is not None and account.closed_at is not None:
                closed_at = account.closed_at  # closed already: the first date stands
            ledger = DeletionLedger.in_folder(self._db.path.parent)
            ledger.record_account(store, account.phone_number_id, closed_at, at)
        if closed_at is None:
            store.accounts.reopen(self._account_id)
        else:
            store.accounts.close(self._account_id, closed_at)
        return self._view(store)

    async def reopen_account(self) -> SettingsView:
        at = self._now()
        view = await self._db.run(lambda s: self._set_closed(s, None, at))
        self._on_account_state(False)
        self._changed()
        return view
