"""The messaging engine as one unit: webhook receiver, inbox applier, outbox sender, media downloader.

Used by ``monggo-desktop serve`` and by the desktop app. Stopping closes the receiver first (nothing new
comes in), then lets the sender finish its calls in flight and the applier its batch, so nothing is left
half-applied; whatever was not applied stays in the inbox for the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.errors import CloudApiError
from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.domain.changes import Changes
from monggo_desktop.domain.errors import NotSetUpError, StorageUnavailableError
from monggo_desktop.domain.models import Account, utc_now
from monggo_desktop.domain.settings import KEYS, AppSettings
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account.accounts import active_account
from monggo_desktop.services.account.token_health import record_token
from monggo_desktop.services.messaging.ingest import InboxApplier, InboxSink
from monggo_desktop.services.messaging.media_downloads import MediaDownloader
from monggo_desktop.services.messaging.sender import OutboxSender
from monggo_desktop.services.messaging.sender_state import SenderState
from monggo_desktop.services.messaging.templates import sync_templates
from monggo_desktop.services.privacy.backup import BackupSchedule
from monggo_desktop.services.privacy.retention import Retention, RetentionProgress, RetentionSchedule
from monggo_desktop.services.receiving.route import Receiving, RouteChoice, Timing
from monggo_desktop.services.session import Session

log = logging.getLogger("monggo.services")

__all__ = ["DEFAULT_WEBHOOK_PORT", "EngineOptions", "MessagingEngine", "active_account", "client_for"]

DEFAULT_WEBHOOK_PORT = 8787
APP_ID_SETTING = KEYS["app_id"]
INBOX_DEDUPE_WINDOW = timedelta(days=8)  # Meta re-delivers for up to 7 days
# Template status and quality webhooks go only to the app-level URL, which the app may not own: poll them.
TEMPLATE_POLL_SECONDS = 15 * 60


@dataclass(frozen=True, slots=True)
class EngineOptions:
    webhook_host: str = "127.0.0.1"
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    sync_templates: bool = True
    retention: bool = True  # a run at start, then daily (privacy policy section 6.3)
    backups: bool = True  # one at start when none is a day old, then daily; off the database thread
    route: RouteChoice | None = None  # how Meta reaches the receiver (services/receiving/route.py); None: not managed
    receiving_timing: Timing | None = None  # the route's probe interval, patience and backoff (tests shorten them)

    @classmethod
    def from_settings(cls, settings: dict[str, object], public_url: str | None = None) -> EngineOptions:
        """The receiver's address and route as the settings give them (the settings screen edits them), else the
        defaults; ``public_url`` is ``serve --public-url`` (auto, off or an address) for this run."""
        preferences = AppSettings.from_stored(settings)  # one home for each setting: domain/settings.py
        return cls(
            webhook_host=preferences.webhook_host,
            webhook_port=preferences.webhook_port,
            route=RouteChoice.from_settings(settings, public_url),
        )


def client_for(session: Session, account: Account) -> CloudApiClient:
    token = session.credentials.get(SecretName.ACCESS_TOKEN)
    if not token:
        raise NotSetUpError()
    app_id = session.db.call(lambda s: s.settings.get(APP_ID_SETTING))
    return CloudApiClient(
        ClientConfig(
            access_token=token,
            phone_number_id=account.phone_number_id,
            waba_id=account.waba_id,
            api_base_url=account.api_base_url,
            api_version=account.api_version,
            app_id=app_id if isinstance(app_id, str) and app_id else None,  # for the profile photo upload
        )
    )


class MessagingEngine:
    def __init__(
        self,
        session: Session,
        client: CloudApiClient,
        account: Account,
        options: EngineOptions,
        *,
        on_change: Callable[[Changes], None] | None = None,
        on_sender_state: Callable[[SenderState], None] | None = None,
        on_retention: Callable[[RetentionProgress], None] | None = None,
    ) -> None:
        self.session = session
        self._on_change = on_change or (lambda _changes: None)
        self._on_sender_state = on_sender_state
        self.client = client
        self.account = account
        self.options = options
        db = session.db
        media_dir: Path = session.data_dir.media
        self.applier = InboxApplier(db, on_applied=lambda counts: self._on_change(counts.changes), media_dir=media_dir)
        self.sender = OutboxSender(db, client, media_dir, on_state=self._sender_state, on_change=self._on_change)
        self.downloader = MediaDownloader(db, client, media_dir, on_change=self._on_change)
        self.receiver = WebhookReceiver(
            app_secret=lambda: session.credentials.get(SecretName.APP_SECRET),
            verify_token=lambda: session.credentials.get(SecretName.VERIFY_TOKEN),
            sink=InboxSink(db, self._stored),
            host=options.webhook_host,
            port=options.webhook_port,
        )
        self._tasks: list[asyncio.Task[None]] = []
        self.retention = RetentionSchedule(Retention(db, session.data_dir, on_progress=on_retention))
        self.backups = BackupSchedule(db, session.data_dir)
        self.receiving: Receiving | None = None

    def _stored(self) -> None:
        self.applier.wake()
        self.downloader.wake()
        if self.receiving is not None:
            self.receiving.event_arrived()

    def _sender_state(self, state: SenderState) -> None:
        if state.paused:
            log.warning("sending is paused until a new access token is saved")
        if self._on_sender_state is not None:
            self._on_sender_state(state)

    async def start(self) -> None:
        """Start applying, sending and downloading, then receiving. A receiver that cannot listen is
        reported (StorageUnavailableError) with everything else already running."""
        await self.session.db.run(lambda s: s.inbox.forget_applied_before(utc_now() - INBOX_DEDUPE_WINDOW))
        self._tasks = [
            asyncio.create_task(self.applier.run(), name="inbox-applier"),
            asyncio.create_task(self.sender.run(), name="outbox-sender"),
            asyncio.create_task(self.downloader.run(), name="media-downloader"),
        ]
        self.check_token()
        if self.options.sync_templates:
            self._tasks.append(asyncio.create_task(self.sync_templates_now(), name="template-sync"))
            self._tasks.append(asyncio.create_task(self._poll_templates(), name="template-poll"))
        if self.options.retention:
            self.retention.start()  # in the background: the window and the receiver do not wait for it
        if self.options.backups:
            self.backups.start()
        try:
            await self.receiver.start()
        except OSError as exc:
            raise StorageUnavailableError(
                "cannot receive webhooks on {host} port {port} ({reason}): choose another port",
                host=self.options.webhook_host,
                port=self.options.webhook_port,
                reason=(exc.strerror or "in use").lower(),
            ) from None
        if self.options.route is not None:
            await self.start_receiving(self.options.route)

    async def start_receiving(self, choice: RouteChoice) -> Receiving:
        """Open, prove and register the route to the receiver, in the background; the receiver must be up."""
        if self.receiving is None:
            self.receiving = Receiving(
                self.session.db,
                self.session.credentials,
                self.client,
                self.receiver,
                choice,
                timing=self.options.receiving_timing,
            )
            await self.receiving.start()
        return self.receiving

    def check_token(self) -> None:
        """Ask Meta when the token stops working (at start, and when a new one is saved); the window warns."""
        task = asyncio.create_task(self._check_token(), name="token-check")
        self._tasks.append(task)

    async def _check_token(self) -> None:
        await record_token(self.session.db, self.client)
        self._on_change(Changes(account=True))

    async def _poll_templates(self) -> None:
        """After the start's sync, every 15 minutes: template status and quality reach only the app-level URL."""
        while True:
            await asyncio.sleep(TEMPLATE_POLL_SECONDS)
            await self.sync_templates_now()

    async def sync_templates_now(self) -> None:
        assert self.account.id is not None
        try:
            await sync_templates(self.session.db, self.client, self.account.id)
        except CloudApiError as exc:
            log.warning("templates not synced: %s", exc)

    async def stop(self) -> None:
        if self.receiving is not None:
            await self.receiving.stop()  # the tunnel ends with us: no orphan process
        await self.retention.stop()  # after the batch in hand; the next start continues
        await self.backups.stop()
        await self.receiver.stop()
        await self.sender.stop()
        self.applier.stop()
        self.downloader.stop()
        for task in self._tasks:
            if task.get_name() in ("template-sync", "template-poll", "token-check") and not task.done():
                task.cancel()
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                log.error("a messaging task ended with %s", type(result).__name__)
        with contextlib.suppress(Exception):
            await self.client.aclose()
