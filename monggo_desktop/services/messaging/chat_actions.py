"""What the owner does in a chat: send (text, a file, a template, a reaction), send again, mark read, pin and
archive. Each action is checked, queued in one transaction, and announced as the conversation it changed; the
sender, made after the window is up, is woken to send it.

Imports inside functions: the outbox, the Cloud API limits and errors load at the first action, not before the
window shows.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop.domain.changes import Changes
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import MediaRef, utc_now
from monggo_desktop.domain.views import TemplateChoice
from monggo_desktop.domain.window import is_open
from monggo_desktop.services.messaging.change_feed import ChangeFeed
from monggo_desktop.services.messaging.media_access import FILE_WORKER
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:  # the client (httpx) loads after the window is up
    from monggo_desktop.cloud.client import CloudApiClient

log = logging.getLogger("monggo.services")

TEMPLATE_SYNC_WAIT = 4.0  # seconds the template picker waits for Meta's list before showing the kept one


class ChatActions:
    def __init__(
        self,
        db: Database,
        feed: ChangeFeed,
        *,
        account_id: int = 0,
        media_dir: Path | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._feed = feed
        self._account_id = account_id
        self._media_dir = media_dir
        self._now = now
        self._client: CloudApiClient | None = None
        self._wake_sender: Callable[[], None] = lambda: None
        self._sync_templates: Callable[[], Awaitable[None]] | None = None
        self._templates_synced_at: float | None = None
        self._syncing: set[asyncio.Future[None]] = set()

    @property
    def client(self) -> CloudApiClient | None:
        return self._client

    def attach_client(self, client: CloudApiClient) -> None:
        """The Cloud API client, made after the window is up (loading the network libraries takes a while)."""
        self._client = client

    def attach_sender(self, wake: Callable[[], None]) -> None:
        """The engine's sender, made after the window: wake it when something is queued."""
        self._wake_sender = wake

    def attach_template_sync(self, sync: Callable[[], Awaitable[None]]) -> None:
        """The engine's template sync: the picker asks Meta first (status changes reach only the app-level URL)."""
        self._sync_templates = sync

    async def start_conversation(self, number: str) -> int:
        """The conversation with the customer at ``number`` (typed as people write numbers), made now with its
        contact if there is none. A number that cannot have WhatsApp (a landline) is refused with the reason.
        A BSUID or an @username opens the chat of the customer known by it (they wrote first: only then are
        these known)."""
        from monggo_desktop.domain.customer_ids import is_bsuid
        from monggo_desktop.domain.models import Contact
        from monggo_desktop.domain.phone import normalize_e164
        from monggo_desktop.domain.settings import AppSettings
        from monggo_desktop.services.contacts.customers import find_customer

        def start(store: Store) -> int:
            region = AppSettings.from_stored(store.settings.all()).region
            typed = number.strip()
            if is_bsuid(typed) or typed.startswith("@"):
                contact = find_customer(store, typed, region=region)
                if contact is None:
                    raise InvalidInputError("no customer known by that username has written yet: ask for their number")
            else:
                e164 = normalize_e164(number, region, whatsapp=True)
                contact = store.contacts.get_by_phone(e164)
                if contact is None:
                    now = self._now()
                    contact = store.contacts.add(Contact(phone_e164=e164, created_at=now, updated_at=now))
            assert contact.id is not None
            conversation = store.conversations.get_or_create(self._account_id, contact.id)
            assert conversation.id is not None
            return conversation.id

        conversation_id = await self._db.run(start)
        self._feed.announce(Changes.of_conversations([conversation_id], list_order=True))
        return conversation_id

    async def send_text(self, conversation_id: int, text: str, *, reply_to: str | None = None) -> int:
        """Queue ``text`` (checked: length, 24-hour window); the sender sends it. Returns the message id.

        ``reply_to`` is the WhatsApp id of the message answered; the customer sees it quoted.
        """
        from monggo_desktop.services.messaging import outbox

        queued = await self._db.run(
            lambda s: outbox.queue_text(s, conversation_id, text, reply_to=reply_to, now=self._now())
        )
        self._queued(conversation_id)
        return queued.message_id

    async def react(self, conversation_id: int, wamid: str, emoji: str) -> None:
        """React to a message with ``emoji``; an empty one takes our reaction back."""
        from monggo_desktop.services.messaging import outbox

        await self._db.run(lambda s: outbox.queue_reaction(s, conversation_id, wamid, emoji, now=self._now()))
        self._queued(conversation_id)

    async def send_file(self, conversation_id: int, path: Path, *, caption: str | None = None) -> int:
        """Attach a file: its type and size are checked first, it is kept encrypted, the sender uploads it."""
        try:
            mime = self._checked(path.name, path.stat().st_size)  # a refused file is said before it is read
            data = await asyncio.get_running_loop().run_in_executor(FILE_WORKER, path.read_bytes)
        except OSError as exc:
            raise InvalidInputError(
                "cannot read {path}: {reason}", path=path.name, reason=(exc.strerror or "unreadable").lower()
            ) from None
        return await self._queue_file(conversation_id, data, mime, path.name, caption)

    async def send_data(self, conversation_id: int, data: bytes, name: str, *, caption: str | None = None) -> int:
        """A file held in memory (a pasted picture): checked like a file on disk, kept encrypted, queued."""
        mime = self._checked(name, len(data))
        return await self._queue_file(conversation_id, data, mime, name, caption)

    def _checked(self, name: str, size: int) -> str:
        """The file's type, once it is known that WhatsApp takes that type at that size."""
        import mimetypes

        from monggo_desktop.cloud import limits

        if self._media_dir is None:
            raise InvalidInputError("files cannot be sent from here")
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        limits.check_media(limits.media_kind_for(mime), mime, size)
        return mime

    async def _queue_file(self, conversation_id: int, data: bytes, mime: str, name: str, caption: str | None) -> int:
        media_dir = self._media_dir
        assert media_dir is not None  # _checked said so
        queued = await self._db.run(
            lambda s: _attach(s, media_dir, conversation_id, data, mime, name, caption, self._now())
        )
        self._queued(conversation_id)
        return queued

    async def template_choices(self, conversation_id: int) -> list[TemplateChoice]:
        """Approved templates for this customer; marketing ones only if they have not opted out. The list is asked
        of Meta first (at most once a minute, waiting a few seconds at most: a slow network shows what is kept)."""
        from monggo_desktop.services.messaging.templates import choices_for

        sync, now = self._sync_templates, time.monotonic()
        if sync is not None and (self._templates_synced_at is None or now - self._templates_synced_at > 60):
            self._templates_synced_at = now
            syncing = asyncio.ensure_future(sync())
            self._syncing.add(syncing)
            syncing.add_done_callback(self._syncing.discard)
            await asyncio.wait({syncing}, timeout=TEMPLATE_SYNC_WAIT)
        return await self._db.run(lambda s: choices_for(s, conversation_id))

    async def send_template(self, conversation_id: int, name: str, language: str, values: list[str]) -> int:
        from monggo_desktop.services.messaging import outbox

        queued = await self._db.run(
            lambda s: outbox.queue_template(s, conversation_id, name, language, body_parameters=values, now=self._now())
        )
        self._queued(conversation_id)
        return queued.message_id

    async def resend(self, message_id: int) -> None:
        from monggo_desktop.services.messaging import outbox

        def resend(store: Store) -> int | None:
            outbox.resend(store, message_id, now=self._now())
            message = store.messages.get(message_id)
            return None if message is None else message.conversation_id

        conversation_id = await self._db.run(resend)
        self._wake_sender()
        self._feed.announce(Changes.of_conversations([] if conversation_id is None else [conversation_id]))

    async def mark_read(self, conversation_id: int) -> None:
        """Clear the unread count, and tell the customer (a read receipt) when the window allows it. A chat with
        nothing unread changes nothing and announces nothing (the open chat asks after every refresh)."""
        from monggo_desktop.cloud.errors import CloudApiError

        cleared, wamid = await self._db.run(lambda s: _mark_read(s, conversation_id))
        if not cleared:
            return
        if wamid and self._client is not None:
            try:
                await self._client.messages.mark_read(wamid)
            except CloudApiError as exc:
                log.info("read receipt not sent (%s)", type(exc).__name__)
        self._feed.announce(Changes.of_conversations([conversation_id]))

    async def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        await self._db.run(lambda s: s.conversations.set_flags(conversation_id, pinned=pinned))
        self._feed.announce(Changes.of_conversations([conversation_id], list_order=True))

    async def set_archived(self, conversation_id: int, archived: bool) -> None:
        await self._db.run(lambda s: s.conversations.set_flags(conversation_id, archived=archived))
        self._feed.announce(Changes.of_conversations([conversation_id], list_order=True))

    def _queued(self, conversation_id: int) -> None:
        """Something new at the bottom of a chat: the sender is woken, and the chat's row moves to the top."""
        self._wake_sender()
        self._feed.announce(Changes.of_conversations([conversation_id], list_order=True))


def _mark_read(store: Store, conversation_id: int) -> tuple[bool, str | None]:
    """Whether there was anything unread, and the newest customer message to send the read receipt for."""
    conversation = store.conversations.get(conversation_id)
    if conversation is None or conversation.unread_count == 0:
        return False, None
    store.conversations.mark_read(conversation_id)
    return True, store.views.newest_inbound_wamid(conversation_id)


def _attach(
    store: Store,
    media_dir: Path,
    conversation_id: int,
    data: bytes,
    mime: str,
    name: str,
    caption: str | None,
    now: datetime,
) -> int:
    from monggo_desktop.services.messaging import outbox
    from monggo_desktop.services.messaging.media_files import store_media

    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        raise InvalidInputError("that conversation no longer exists")
    if not is_open(conversation.last_inbound_at, now):
        raise outbox.WindowClosedError()  # before the file is written anywhere
    with store.transaction():
        media = store.media.add(MediaRef(mime_type=mime, filename=name, file_size=len(data)))
        assert media.id is not None
        store_media(store, media_dir, media.id, data)
        return outbox.queue_media(store, conversation_id, media.id, caption=caption or None, now=now).message_id
