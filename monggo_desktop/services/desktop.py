"""What the desktop window asks of the app, in one place: read the screens' data, send, mark read.

The UI talks to this facade only (never to storage or cloud). Reads are short indexed queries on the
database thread; changes made by the messaging engine (new messages, ticks) are announced through
``subscribe``, so the screens refresh without polling.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import MediaRef, utc_now
from monggo_desktop.domain.views import BubbleView, ConversationRow, LabelView, ListFilter, TemplateChoice
from monggo_desktop.domain.window import is_open
from monggo_desktop.services.durable_files import write_whole
from monggo_desktop.services.sender_state import SenderState
from monggo_desktop.storage import Database, Store

# What sending, files and templates need loads when first used, not before the window shows.
if TYPE_CHECKING:  # the client (httpx) loads after the window is up
    from monggo_desktop.cloud.client import CloudApiClient
    from monggo_desktop.services.media_files import StoredFile
    from monggo_desktop.services.quick_replies import QuickReply
    from monggo_desktop.services.retention import RetentionProgress

log = logging.getLogger("monggo.services")

# Files are read off the event loop on a thread of our own: qasync's default executor is a QThread
# pool that must not outlive the application.
_FILE_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-files")

TEMPLATE_SYNC_WAIT = 4.0  # seconds the template picker waits for Meta's list before showing the kept one
CONVERSATION_PAGE = 100
CHAT_PAGE = 50


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    has_more: bool


@dataclass(frozen=True, slots=True)
class ChatHeader:
    title: str
    phone_display: str
    window_closes_at: datetime | None
    window_open: bool


class DesktopServices:
    def __init__(
        self,
        db: Database,
        account_id: int,
        *,
        client: CloudApiClient | None = None,
        media_dir: Path | None = None,
        wake_sender: Callable[[], None] | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._account_id = account_id
        self._client = client
        self._media_dir = media_dir
        self._wake_sender = wake_sender or (lambda: None)
        self._now = now
        self._listeners: list[Callable[[], None]] = []
        self._sync_templates: Callable[[], Awaitable[None]] | None = None
        self._templates_synced_at: float | None = None
        self._syncing: set[asyncio.Future[None]] = set()
        self._retention_listeners: list[Callable[[RetentionProgress], None]] = []
        self.sender_state = SenderState(paused=False)

    @property
    def media_dir(self) -> Path | None:
        return self._media_dir

    def client(self) -> CloudApiClient | None:
        """The Cloud API client once there is one (deleting a customer's media at Meta needs it)."""
        return self._client

    def attach_client(self, client: CloudApiClient) -> None:
        """The Cloud API client, made after the window is up (loading the network libraries takes a while)."""
        self._client = client

    def attach_template_sync(self, sync: Callable[[], Awaitable[None]]) -> None:
        """The engine's template sync: the picker asks Meta first (status changes reach only the app-level URL)."""
        self._sync_templates = sync

    def attach_sender(self, wake: Callable[[], None]) -> None:
        """The engine's sender, made after this facade: wake it when something is queued."""
        self._wake_sender = wake

    # Change notifications -------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def close(self) -> None:
        """The app is closing: nobody listens any more."""
        self._listeners.clear()
        self._retention_listeners.clear()

    def subscribe_retention(self, listener: Callable[[RetentionProgress], None]) -> None:
        self._retention_listeners.append(listener)

    def retention_progress(self, progress: RetentionProgress) -> None:
        """Called by the engine's retention run, batch by batch; removed messages leave the screens too."""
        for listener in list(self._retention_listeners):
            listener(progress)
        if progress.done:
            self.changed()

    def changed(self) -> None:
        """Called by the engine (on its loop) when messages or ticks changed."""
        for listener in list(self._listeners):
            listener()

    def sender_state_changed(self, state: SenderState) -> None:
        self.sender_state = state
        self.changed()

    # Reads ----------------------------------------------------------------------------------------

    async def conversations(
        self, *, offset: int = 0, limit: int = CONVERSATION_PAGE, list_filter: ListFilter | None = None
    ) -> Page[ConversationRow]:
        rows = await self._db.run(
            lambda s: s.views.conversation_rows(offset=offset, limit=limit + 1, list_filter=list_filter)
        )
        return Page(rows[:limit], len(rows) > limit)

    async def labels(self) -> list[LabelView]:
        return await self._db.run(lambda s: s.views.labels())

    async def quick_replies(self) -> list[QuickReply]:
        from monggo_desktop.services import quick_replies

        return await self._db.run(quick_replies.load)

    async def save_quick_replies(self, replies: list[QuickReply]) -> None:
        from monggo_desktop.services import quick_replies

        await self._db.run(lambda s: quick_replies.save(s, replies))

    async def media_content(self, media_id: int) -> bytes:
        """A stored media file, decrypted in memory only (for a thumbnail or to open it)."""
        media_dir = self._media_dir
        if media_dir is None:
            raise InvalidInputError("files are not kept here")
        stored = await self._db.run(lambda s: _locate(s, media_dir, media_id))
        return await asyncio.get_running_loop().run_in_executor(_FILE_READER, stored.decrypt)

    async def save_media(self, media_id: int, target: Path) -> None:
        """Write a decrypted copy where the owner chose to save it: whole, or not at all."""
        data = await self.media_content(media_id)
        await asyncio.get_running_loop().run_in_executor(_FILE_READER, write_whole, target, data)

    async def search(self, text: str) -> list[ConversationRow]:
        return await self._db.run(lambda s: s.views.search_rows(text))

    async def conversation(self, conversation_id: int) -> ConversationRow | None:
        return await self._db.run(lambda s: s.views.conversation_row(conversation_id))

    async def header(self, conversation_id: int) -> ChatHeader | None:
        row = await self.conversation(conversation_id)
        if row is None:
            return None
        closing = row.window_closes_at
        return ChatHeader(
            title=row.title,
            phone_display=row.phone_display,
            window_closes_at=closing,
            window_open=closing is not None and self._now() < closing,
        )

    async def newest_bubbles(self, conversation_id: int, *, limit: int = CHAT_PAGE) -> Page[BubbleView]:
        bubbles = await self._db.run(lambda s: s.views.bubbles(conversation_id, before_id=None, limit=limit + 1))
        return Page(bubbles[-limit:], len(bubbles) > limit)

    async def older_bubbles(
        self, conversation_id: int, before_message_id: int, *, limit: int = CHAT_PAGE
    ) -> Page[BubbleView]:
        bubbles = await self._db.run(
            lambda s: s.views.bubbles(conversation_id, before_id=before_message_id, limit=limit + 1)
        )
        return Page(bubbles[-limit:], len(bubbles) > limit)

    async def newer_bubbles(
        self, conversation_id: int, after_message_id: int, *, limit: int = CHAT_PAGE
    ) -> Page[BubbleView]:
        """The page below a chat's bottom row, when the chat shows a stretch of older history."""
        bubbles = await self._db.run(
            lambda s: s.views.bubbles_after(conversation_id, after_id=after_message_id, limit=limit + 1)
        )
        return Page(bubbles[:limit], len(bubbles) > limit)

    # Actions --------------------------------------------------------------------------------------

    async def send_text(self, conversation_id: int, text: str, *, reply_to: str | None = None) -> int:
        """Queue ``text`` (checked: length, 24-hour window); the sender sends it. Returns the message id.

        ``reply_to`` is the WhatsApp id of the message answered; the customer sees it quoted.
        """
        from monggo_desktop.services import outbox

        queued = await self._db.run(
            lambda s: outbox.queue_text(s, conversation_id, text, reply_to=reply_to, now=self._now())
        )
        self._wake_sender()
        self.changed()
        return queued.message_id

    async def react(self, conversation_id: int, wamid: str, emoji: str) -> None:
        """React to a message with ``emoji``; an empty one takes our reaction back."""
        from monggo_desktop.services import outbox

        await self._db.run(lambda s: outbox.queue_reaction(s, conversation_id, wamid, emoji, now=self._now()))
        self._wake_sender()
        self.changed()

    async def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        await self._db.run(lambda s: s.conversations.set_flags(conversation_id, pinned=pinned))
        self.changed()

    async def set_archived(self, conversation_id: int, archived: bool) -> None:
        await self._db.run(lambda s: s.conversations.set_flags(conversation_id, archived=archived))
        self.changed()

    async def send_file(self, conversation_id: int, path: Path, *, caption: str | None = None) -> int:
        """Attach a file: its type and size are checked first, it is kept encrypted, the sender uploads it."""
        import mimetypes

        from monggo_desktop.cloud import limits

        if self._media_dir is None:
            raise InvalidInputError("files cannot be sent from here")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        kind = limits.media_kind_for(mime)  # a refused type is said before the file is even read
        try:
            size = path.stat().st_size
            limits.check_media(kind, mime, size)
            data = await asyncio.get_running_loop().run_in_executor(_FILE_READER, path.read_bytes)
        except OSError as exc:
            raise InvalidInputError(f"cannot read {path.name}: {(exc.strerror or 'unreadable').lower()}") from None
        media_dir = self._media_dir
        queued = await self._db.run(
            lambda s: _attach(s, media_dir, conversation_id, data, mime, path.name, caption, self._now())
        )
        self._wake_sender()
        self.changed()
        return queued

    async def template_choices(self, conversation_id: int) -> list[TemplateChoice]:
        """Approved templates for this customer; marketing ones only if they have not opted out. The list is asked
        of Meta first (at most once a minute, waiting a few seconds at most: a slow network shows what is kept)."""
        sync, now = self._sync_templates, time.monotonic()
        if sync is not None and (self._templates_synced_at is None or now - self._templates_synced_at > 60):
            self._templates_synced_at = now
            syncing = asyncio.ensure_future(sync())
            self._syncing.add(syncing)
            syncing.add_done_callback(self._syncing.discard)
            await asyncio.wait({syncing}, timeout=TEMPLATE_SYNC_WAIT)
        return await self._db.run(lambda s: _choices(s, conversation_id))

    async def send_template(self, conversation_id: int, name: str, language: str, values: list[str]) -> int:
        from monggo_desktop.services import outbox

        queued = await self._db.run(
            lambda s: outbox.queue_template(s, conversation_id, name, language, body_parameters=values, now=self._now())
        )
        self._wake_sender()
        self.changed()
        return queued.message_id

    async def resend(self, message_id: int) -> None:
        from monggo_desktop.services import outbox

        await self._db.run(lambda s: outbox.resend(s, message_id, now=self._now()))
        self._wake_sender()
        self.changed()

    async def mark_read(self, conversation_id: int) -> None:
        """Clear the unread count, and tell the customer (a read receipt) when the window allows it."""
        from monggo_desktop.cloud.errors import CloudApiError

        wamid = await self._db.run(lambda s: _mark_read(s, conversation_id))
        if wamid and self._client is not None:
            try:
                await self._client.messages.mark_read(wamid)
            except CloudApiError as exc:
                log.info("read receipt not sent (%s)", type(exc).__name__)
        self.changed()


def _locate(store: Store, media_dir: Path, media_id: int) -> StoredFile:
    from monggo_desktop.services.media_files import locate_media

    media = store.media.get(media_id)
    if media is None:
        raise InvalidInputError("that file is no longer kept (removed by retention or on request)")
    if media.local_path is None:
        raise InvalidInputError("that file has not been downloaded yet")
    return locate_media(store, media_dir, media)


def _mark_read(store: Store, conversation_id: int) -> str | None:
    conversation = store.conversations.get(conversation_id)
    if conversation is None or conversation.unread_count == 0:
        return None
    store.conversations.mark_read(conversation_id)
    return store.views.newest_inbound_wamid(conversation_id)


def _attach(  # type: ignore[no-untyped-def]
    store, media_dir: Path, conversation_id: int, data: bytes, mime: str, name: str, caption: str | None, now: datetime
) -> int:
    from monggo_desktop.services import outbox
    from monggo_desktop.services.media_files import store_media

    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        raise InvalidInputError("that conversation no longer exists")
    if not is_open(conversation.last_inbound_at, now):
        raise outbox.WindowClosedError()  # before the file is written anywhere
    with store.transaction():
        media = store.media.add(MediaRef(mime_type=mime, filename=name, file_size=len(data)))
        store_media(store, media_dir, media.id, data)
        return outbox.queue_media(store, conversation_id, media.id, caption=caption or None, now=now).message_id


def _choices(store, conversation_id: int) -> list[TemplateChoice]:  # type: ignore[no-untyped-def]
    from monggo_desktop.services import templates

    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        return []
    contact = store.contacts.get(conversation.contact_id)
    opted_out = contact is not None and contact.marketing_opt_out
    choices = []
    for template in store.templates.for_account(conversation.account_id, sendable_only=True):
        if opted_out and (template.category or "").upper() == "MARKETING":
            continue
        if not _body_only(template.components):
            continue  # header media and button parameters are not filled in here yet
        body = next(
            (str(c.get("text", "")) for c in template.components if str(c.get("type", "")).upper() == "BODY"), ""
        )
        choices.append(
            TemplateChoice(
                name=template.name,
                language=template.language,
                category=template.category,
                body=body,
                parameters=tuple(templates.body_parameters(template)),
                quality=template.quality_score,
            )
        )
    return choices


def _body_only(components: list[dict[str, object]]) -> bool:
    """True when the body holds every parameter: no media or text placeholders in the header, no URL suffix."""
    for component in components:
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER" and (
            str(component.get("format", "TEXT")).upper() != "TEXT" or "{{" in str(component.get("text", ""))
        ):
            return False
        if kind == "BUTTONS":
            buttons = component.get("buttons")
            for button in buttons if isinstance(buttons, list) else []:
                if isinstance(button, dict) and "{{" in str(button.get("url", "")):
                    return False
    return True
