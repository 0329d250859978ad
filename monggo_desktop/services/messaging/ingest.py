"""Inbound: verified webhook bodies go to the durable inbox, then are applied in arrival order, in batches.

Applying is idempotent: a message id is stored once however often Meta delivers it, statuses only move
forward, and a batch is one transaction together with the inbox rows it marks applied, so a crash
re-applies exactly the batch that did not commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from monggo_desktop.cloud.webhook_models import (
    ButtonContent,
    CallEvent,
    ContactProfile,
    EditContent,
    InboundMessage,
    InteractiveContent,
    LocationContent,
    MediaContent,
    ReactionContent,
    RevokeContent,
    StatusUpdate,
    SystemContent,
    TextContent,
    UnsupportedContent,
    WebhookBatch,
)
from monggo_desktop.cloud.webhook_parser import WebhookPayloadError, parse_webhook
from monggo_desktop.domain.changes import NOTHING, Changes
from monggo_desktop.domain.models import (
    Account,
    ConsentKind,
    ConsentSource,
    Direction,
    DownloadState,
    MediaRef,
    Message,
    utc_now,
)
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.account.notices import record_notice
from monggo_desktop.services.contacts import marketing_preferences
from monggo_desktop.services.contacts.consent import marketing_reply, record_consent
from monggo_desktop.services.contacts.customers import CustomerIds, changed_user_id, contact_for, e164_of
from monggo_desktop.services.messaging.message_changes import apply_edit, apply_revoke, call_row, update_call
from monggo_desktop.services.messaging.statuses import apply_status_update
from monggo_desktop.services.messaging.templates import apply_template_update
from monggo_desktop.services.privacy.retention import RetentionPeriods
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.connection import translate_error

log = logging.getLogger("monggo.services")

BATCH_SIZE = 500
PLACEHOLDER_TYPE = "media_placeholder"  # a past message whose media Meta sends later, under the same id


class InboxSink:
    """The receiver's durable sink: returns once the body is committed, then wakes the applier.

    Deliveries that arrive while a commit is under way are committed together in the next one (group
    commit): each caller still waits for its own body to be durable, but a burst costs one sync, not one
    per delivery.
    """

    def __init__(self, db: Database, on_stored: Callable[[], None] | None = None) -> None:
        self._db = db
        self._on_stored = on_stored
        self._waiting: list[tuple[bytes, datetime, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((raw_body, received_at, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        await done

    async def _flush(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                await self._db.run(functools.partial(_store_all, batch=batch))
            except Exception as exc:
                for _, _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                continue
            for _, _, done in batch:
                if not done.done():
                    done.set_result(None)
            if self._on_stored is not None:
                self._on_stored()


def _store_all(store: Store, batch: list[tuple[bytes, datetime, asyncio.Future[None]]]) -> None:
    with store.transaction():
        for body, received_at, _ in batch:
            store.inbox.add(body, received_at)


@dataclass(slots=True)
class IngestCounts:
    messages: int = 0
    duplicates: int = 0
    statuses: int = 0
    pending_statuses: int = 0
    foreign: int = 0  # items for a phone number id that is not ours
    media: int = 0
    bodies: int = 0  # inbox rows applied
    not_understood: int = 0  # parts kept without being applied
    too_old: int = 0  # past chats older than the retention period: not stored
    files: list[str] = field(default_factory=list)  # media files of deleted messages, to remove after commit
    changes: Changes = NOTHING  # what the screens show that this batch changed


@dataclass(slots=True)
class _BatchContext:
    store: Store
    now: datetime
    counts: IngestCounts
    accounts: dict[str, Account | None] = field(default_factory=dict)
    conversations: dict[tuple[int, str], int] = field(default_factory=dict)
    profiles: dict[str, ContactProfile] = field(default_factory=dict)  # by wa_id and by BSUID
    files: list[str] = field(default_factory=list)  # media files to remove once the batch has committed
    inbound: dict[int, _Inbound] = field(default_factory=dict)  # conversation id -> its news in this batch
    parts_not_understood: list[str] = field(default_factory=list)  # of the body being applied
    careful: bool = False  # each item in a savepoint (the pass after an item failed)
    touched: set[int] = field(default_factory=set)  # conversations whose messages or ticks changed
    reaches_everything: bool = False  # a customer's ids, a preference, an account notice: every screen reads again
    _reach: timedelta | None = None

    def history_reach(self) -> timedelta:
        """How far back past chats are kept: the messages' retention period (privacy policy: 30 days)."""
        if self._reach is None:
            self._reach = RetentionPeriods.from_settings(self.store.settings.all()).messages
        return self._reach


@dataclass(slots=True)
class _Inbound:
    """What a batch's customer messages change on one conversation, written once at the batch's end."""

    unread: int
    last_inbound_at: datetime
    last_message_at: datetime | None  # None while only reactions came

    def add(self, at: datetime, reaction: bool) -> None:
        self.last_inbound_at = max(self.last_inbound_at, at)
        if not reaction:
            self.unread += 1
            self.last_message_at = at if self.last_message_at is None else max(self.last_message_at, at)


class _ItemFailed(Exception):
    """An item could not be applied in the quick pass: the batch is applied again, item by item."""


def apply_pending(store: Store, *, limit: int = BATCH_SIZE, now: datetime | None = None) -> IngestCounts:
    """Apply up to ``limit`` inbox bodies in one transaction. Runs on the database thread.

    Each item of a body is applied on its own: one that fails is undone alone. A savepoint per item would
    halve the speed of every batch for the rare one that fails, so a batch is first applied without them; if
    an item fails, that transaction is rolled back and the batch applied again with a savepoint per item. A
    body with parts not understood keeps its bytes (encrypted, like the whole database) with a note of where;
    retention removes it with the other webhook bodies, after the messages' period."""
    try:
        return _apply_pending(store, limit, now, careful=False)
    except _ItemFailed:
        return _apply_pending(store, limit, now, careful=True)


def _apply_pending(store: Store, limit: int, now: datetime | None, *, careful: bool) -> IngestCounts:
    counts = IngestCounts()
    with store.transaction():
        items = store.inbox.unapplied(limit=limit)
        context = _BatchContext(store, now or utc_now(), counts, careful=careful)
        counts.bodies = len(items)
        applied = []
        for item in items:
            try:
                batch = parse_webhook(item.body)
            except WebhookPayloadError as exc:  # the receiver checked it; only a stored older format lands here
                store.inbox.keep(item.id, context.now, note=f"not a webhook envelope ({exc.where}: {exc.problem})")
                counts.not_understood += 1
                continue
            context.parts_not_understood = [str(part) for part in batch.not_understood]
            _apply_batch(context, batch)
            if context.parts_not_understood:
                note = "; ".join(context.parts_not_understood)
                log.warning("webhook parts not understood, kept: %s", note[:500])  # schema names only
                store.inbox.keep(item.id, context.now, note=note[:2000])
                counts.not_understood += len(context.parts_not_understood)
                continue
            applied.append(item.id)
        counts.files = context.files
        counts.changes = Changes(
            conversations=frozenset(context.touched),
            list_order=counts.messages > 0,
            everything=context.reaches_everything,
        )
        for conversation_id, news in context.inbound.items():
            store.conversations.record_inbound_batch(
                conversation_id, news.unread, news.last_inbound_at, news.last_message_at
            )
        store.inbox.mark_all_applied(applied, context.now)
    return counts


def _apply_batch(context: _BatchContext, batch: WebhookBatch) -> None:
    for profile in batch.contacts:
        for key in (profile.wa_id, profile.user_id):
            if key:
                context.profiles[key] = profile
    for message in batch.messages:
        _apply_part(context, "a message", functools.partial(_apply_message, context, message))
    for status in batch.statuses:
        _apply_part(context, "a status", functools.partial(_apply_status, context, status))
    for call in batch.calls:
        _apply_part(context, "a call", functools.partial(_apply_call, context, call))
    if batch.account_events or any(c.field == marketing_preferences.FIELD for c in batch.unhandled):
        context.reaches_everything = True
    for event in batch.account_events:
        _apply_part(context, "an account notice", functools.partial(record_notice, context.store, event, context.now))
    for error in batch.errors:
        log.warning("the Cloud API reported error %s for the number", error.error.code)
    for update in batch.template_updates:
        _apply_part(context, "a template update", functools.partial(apply_template_update, context.store, update))
    for change in batch.unhandled:
        if change.field == marketing_preferences.FIELD:
            _apply_part(
                context,
                "marketing preferences",
                functools.partial(marketing_preferences.apply_preferences, context.store, change.value),
            )
        else:
            context.parts_not_understood.append(f"a change of the field {change.field[:64]!r}: not handled")


def _apply_part(context: _BatchContext, what: str, apply: Callable[[], object]) -> None:
    """One item; in the careful pass in a savepoint: if it fails, it alone is undone and noted, and the body's
    other items go on. A failure of the storage itself (a full disk) is no item's fault: it ends the batch."""
    if not context.careful:
        try:
            apply()
        except Exception as exc:
            if translate_error(exc) is not exc:
                raise
            raise _ItemFailed() from exc  # the whole transaction goes back; the careful pass follows
        return
    try:
        with context.store.savepoint():
            apply()
    except Exception as exc:
        if translate_error(exc) is not exc or not context.store.conn.in_transaction:
            raise
        context.conversations.clear()  # a conversation made by the undone item is gone again
        log.warning("%s could not be applied (%s): kept", what, type(exc).__name__)
        context.parts_not_understood.append(f"{what} could not be applied ({type(exc).__name__})")


def _apply_status(context: _BatchContext, status: StatusUpdate) -> None:
    if _account(context, status.metadata.phone_number_id) is None:
        context.counts.foreign += 1
        return
    stored = apply_status_update(context.store, status, received_at=context.now, touched=context.touched)
    if stored:
        context.counts.statuses += 1
    else:
        context.counts.pending_statuses += 1


def _account(context: _BatchContext, phone_number_id: str) -> Account | None:
    if phone_number_id not in context.accounts:
        account = context.store.accounts.get_by_phone_number_id(phone_number_id)
        if account is None:
            log.warning("webhook for a phone number id this app does not manage: acknowledged, not stored")
        context.accounts[phone_number_id] = account
    return context.accounts[phone_number_id]


def _apply_message(context: _BatchContext, message: InboundMessage) -> None:
    store = context.store
    account = _account(context, message.phone_number_id)
    if account is None or account.id is None:
        context.counts.foreign += 1
        return
    # The wamid's uniqueness makes a re-delivery a no-op; media is checked first so no orphan row is made.
    if isinstance(message.content, MediaContent):
        existing = store.messages.get_by_wamid(message.wamid)
        if existing is not None:
            if not _fill_placeholder(context, existing, message):
                context.counts.duplicates += 1
            return
    if message.history and message.timestamp < context.now - context.history_reach():
        context.counts.too_old += 1  # past chats go back only as far as the messages' retention period
        return
    ids = _customer(context, message.from_wa_id, message.from_user_id)
    if not ids.key:
        raise ValueError("a message that names no customer")  # kept with the body's note, never guessed
    conversation_id = _conversation_for(context, account.id, ids)
    content = message.content
    if isinstance(content, RevokeContent):
        context.files += apply_revoke(store, conversation_id, message, content)
        return
    if isinstance(content, EditContent):
        if apply_edit(store, conversation_id, message, content, _body_of(content.content)):
            return
        # The edited message is not here: the new content is kept as a message of its own.
        inner = message.raw.get("edit", {}).get("message", {})
        message = replace(message, type=content.new_type, content=content.content, raw=inner)
    row = _message_row(context, conversation_id, message)
    if isinstance(content, EditContent):
        row.edited_at = message.timestamp
    stored = store.messages.add(row)
    if stored is None:
        if not _reaction_changed(context, row):
            context.counts.duplicates += 1
        return
    if isinstance(message.content, SystemContent):
        _system_change(context, ids, message.content)
    if message.echo or message.history:
        context.counts.messages += 1
        return  # sent by the business from its phone, or past chats: nothing unread, no consent
    preference = _marketing_preference(message.content)
    if preference is not None:  # "STOP" or "START": the customer's own word goes into the consent ledger
        conversation = store.conversations.get(conversation_id)
        assert conversation is not None
        record_consent(store, conversation.contact_id, preference, ConsentSource.CUSTOMER_REPLY, at=message.timestamp)
    # Last: a failure above undoes this message's rows (a savepoint), and its news must not count either.
    context.counts.messages += 1
    reaction = message.type == "reaction"
    news = context.inbound.get(conversation_id)
    if news is None:
        context.inbound[conversation_id] = _Inbound(
            0 if reaction else 1, message.timestamp, None if reaction else message.timestamp
        )
    else:
        news.add(message.timestamp, reaction)


def _reaction_changed(context: _BatchContext, row: Message) -> bool:
    """A reaction under an id already stored, with another emoji: the customer changed or took back their
    reaction, and Meta's own examples give the removal the reaction's id. The newer one wins."""
    if row.type != "reaction" or row.wamid is None:
        return False
    existing = context.store.messages.get_by_wamid(row.wamid)
    if (
        existing is None
        or existing.id is None
        or existing.type != "reaction"
        or existing.conversation_id != row.conversation_id
        or (existing.reaction_emoji or "") == (row.reaction_emoji or "")
        or row.created_at < existing.created_at  # an older delivery arriving late changes nothing
    ):
        return False
    context.store.messages.change_reaction(existing.id, row.reaction_emoji or "", row.created_at)
    context.touched.add(row.conversation_id)
    context.counts.messages += 1
    return True


def _fill_placeholder(context: _BatchContext, existing: Message, message: InboundMessage) -> bool:
    """The media of a past message, which the phone's history first sent as a placeholder: the placeholder
    becomes the photo (or video, document…) with its caption. False when ``existing`` is no placeholder."""
    payload = existing.payload or {}
    if existing.id is None or existing.type != "unsupported" or payload.get("declared_type") != PLACEHOLDER_TYPE:
        return False
    row = _message_row(context, existing.conversation_id, message)
    context.store.messages.fill(existing.id, row.type, row.body, row.media_id, row.payload)
    context.touched.add(existing.conversation_id)
    context.counts.messages += 1
    return True


def _customer(context: _BatchContext, wa_id: str | None, user_id: str | None) -> CustomerIds:
    """The customer's ids, completed from the body's ``contacts`` (name, username, the other id)."""
    profile = context.profiles.get(wa_id or "") or context.profiles.get(user_id or "")
    return CustomerIds(
        wa_id=wa_id or (profile.wa_id if profile else None) or None,
        user_id=user_id or (profile.user_id if profile else None) or None,
        name=(profile.name or "") if profile else "",
        username=profile.username if profile else None,
    )


def _conversation_for(context: _BatchContext, account_id: int, ids: CustomerIds) -> int:
    cached = context.conversations.get((account_id, ids.key))
    if cached is not None:
        context.touched.add(cached)
        return cached
    contact_id = contact_for(context.store, ids, context.now)
    conversation = context.store.conversations.get_or_create(account_id, contact_id)
    assert conversation.id is not None
    context.conversations[(account_id, ids.key)] = conversation.id
    context.touched.add(conversation.id)
    return conversation.id


def _system_change(context: _BatchContext, ids: CustomerIds, content: SystemContent) -> None:
    if content.new_wa_id and ids.wa_id:
        _customer_changed_number(context.store, ids.wa_id, content.new_wa_id)
    if content.new_user_id:
        changed_user_id(context.store, ids.user_id, content.new_user_id, context.now)
    context.conversations.clear()  # the customer's ids changed: look them up again
    context.reaches_everything = True  # the customer's name and number, on every screen


def _apply_call(context: _BatchContext, call: CallEvent) -> None:
    account = _account(context, call.metadata.phone_number_id)
    if account is None or account.id is None:
        context.counts.foreign += 1
        return
    if update_call(context.store, call):
        return
    ids = _customer(context, call.customer_wa_id, call.customer_user_id)
    if not ids.key:
        raise ValueError("a call that names no customer")
    conversation_id = _conversation_for(context, account.id, ids)
    if context.store.messages.add(call_row(conversation_id, call)) is not None:
        context.counts.messages += 1


def _message_row(context: _BatchContext, conversation_id: int, message: InboundMessage) -> Message:
    content = message.content
    row = Message(
        conversation_id=conversation_id,
        direction=Direction.OUTBOUND if message.echo else Direction.INBOUND,
        type=message.type,
        status=MessageStatus.SENT if message.echo else MessageStatus.RECEIVED,
        wamid=message.wamid,
        created_at=message.timestamp,
        sent_at=message.timestamp if message.echo else None,
        reply_to_wamid=message.context.message_id if message.context else None,
    )
    raw_content = message.raw.get(message.type)
    if message.type != "text" and isinstance(raw_content, dict | list):
        row.payload = {"content": raw_content}
    extras = _extras(message)
    if extras:
        row.payload = {**(row.payload or {}), **extras}
    if isinstance(content, UnsupportedContent):
        row.type = "unsupported"
        row.payload = {
            "declared_type": content.declared_type,
            "unsupported_type": content.unsupported_type,
            "errors": [e.code for e in message.errors],
        }
    row.body = _body_of(content)
    if isinstance(content, ReactionContent):
        row.reaction_to_wamid = content.message_id
        row.reaction_emoji = content.emoji or ""
    if isinstance(content, MediaContent):
        media = context.store.media.add(
            MediaRef(
                mime_type=content.mime_type or "application/octet-stream",
                meta_media_id=content.media_id,
                sha256=content.sha256,
                filename=content.filename,
                download_state=DownloadState.PENDING,
                created_at=context.now,
            )
        )
        row.media_id = media.id
        context.counts.media += 1
    return row


def _extras(message: InboundMessage) -> dict[str, object]:
    """What the bubble says about where a message came from: an ad, a forward, the business's phone."""
    extras: dict[str, object] = {}
    if message.referral is not None:
        ad = message.referral
        fields = {
            "headline": ad.headline,
            "body": ad.body,
            "source_url": ad.source_url,
            "source_type": ad.source_type,
            "media_type": ad.media_type,
            "ctwa_clid": ad.ctwa_clid,
        }
        extras["referral"] = {k: v for k, v in fields.items() if v}
    if message.context is not None and message.context.frequently_forwarded:
        extras["forwarded"] = "many"
    elif message.context is not None and message.context.forwarded:
        extras["forwarded"] = "once"
    if message.echo:
        extras["from_phone"] = True
    return extras


def _marketing_preference(content: Any) -> ConsentKind | None:
    """A customer's STOP or START: typed, or a template's quick-reply button whose payload says it."""
    if isinstance(content, ButtonContent):
        return marketing_reply(content.payload) or marketing_reply(content.text)
    if isinstance(content, TextContent | InteractiveContent):
        return marketing_reply(_body_of(content))
    return None


def _body_of(content: Any) -> str | None:
    if isinstance(content, TextContent):
        return content.body
    if isinstance(content, MediaContent):
        return content.caption
    if isinstance(content, InteractiveContent):
        return content.title or content.flow_body
    if isinstance(content, ButtonContent):
        return content.text or content.payload
    if isinstance(content, LocationContent):
        return content.name or content.address
    if isinstance(content, SystemContent):
        return content.body
    return None


def _customer_changed_number(store: Store, old_wa_id: str, new_wa_id: str) -> None:
    """Move the contact to the new number, unless that number already has a contact of its own."""
    old = store.contacts.get_by_phone(e164_of(old_wa_id))
    new_phone = e164_of(new_wa_id)
    if old is None or store.contacts.get_by_phone(new_phone) is not None:
        return
    old.phone_e164, old.wa_id, old.updated_at = new_phone, new_wa_id, utc_now()
    store.contacts.update(old)


class InboxApplier:
    """Applies the inbox on the database thread whenever the sink stores something, and once at start."""

    def __init__(
        self,
        db: Database,
        *,
        batch_size: int = BATCH_SIZE,
        on_applied: Callable[[IngestCounts], None] | None = None,
        media_dir: Path | None = None,
    ) -> None:
        self._db = db
        self._media_dir = media_dir
        self._batch_size = batch_size
        self._wake = asyncio.Event()
        self._stopping = False
        self._on_applied = on_applied

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        self._wake.set()  # whatever a crash left behind is applied first
        while not self._stopping:
            await self._wake.wait()
            self._wake.clear()
            while not self._stopping:
                counts = await self._db.run(lambda s: apply_pending(s, limit=self._batch_size))
                self._remove_files(counts.files)
                if counts.bodies and self._on_applied is not None:
                    self._on_applied(counts)
                if counts.bodies < self._batch_size:
                    break

    def _remove_files(self, names: list[str]) -> None:
        """The files of messages their customers deleted, after the commit (a file never goes before its row)."""
        if self._media_dir is None:
            return
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._media_dir / Path(name).name)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
