"""The sender: drains the outbox through the Cloud API client.

- An entry is marked in flight (committed) before its HTTP call; one found in flight at start is
  uncertain: settled by a status webhook carrying its id, or resent by the user, never resent silently.
- One message at a time and at most one per ``pair_interval`` to the same customer; others go on.
- The whole number stays within ``per_second`` sends.
- An expired token pauses everything, dropping nothing, until a new token is given.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop.cloud.errors import (
    CloudApiError,
    MediaIntegrityError,
    NetworkError,
    RateLimitedError,
    RequestValidationError,
    TokenExpiredError,
)
from monggo_desktop.cloud.payloads import TemplateParameter
from monggo_desktop.domain.changes import NOTHING, Changes
from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.domain.models import MediaRef, Message, OutboxEntry, OutboxState, utc_now
from monggo_desktop.domain.words import english
from monggo_desktop.security.file_crypto import FileIntegrityError
from monggo_desktop.services.messaging.media_files import read_media
from monggo_desktop.services.messaging.sender_state import SenderState
from monggo_desktop.services.messaging.statuses import apply_waiting
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:  # the client (httpx) is loaded only once the engine starts
    from monggo_desktop.cloud.client import CloudApiClient

log = logging.getLogger("monggo.services")

MAX_BACKOFF = timedelta(minutes=15)


OFFLINE = english("no connection to WhatsApp: your messages wait and go out by themselves when it is back")
NOT_ANSWERING = english("WhatsApp is not answering right now: your messages wait and are retried by themselves")


class _Throttle:
    """Spaces sends evenly so that the number never goes above its throughput."""

    def __init__(self, per_second: float, clock: Callable[[], float]) -> None:
        self._gap = 1.0 / per_second
        self._clock = clock
        self._next = 0.0

    def reserve(self) -> float:
        """Seconds to wait before the next send may go."""
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + self._gap
        return slot - now


class OutboxSender:
    def __init__(
        self,
        db: Database,
        client: CloudApiClient,
        media_dir: Path,
        *,
        pair_interval: float = 6.0,
        per_second: float = 80.0,
        concurrency: int = 16,
        idle_poll: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        on_state: Callable[[SenderState], None] | None = None,
        on_change: Callable[[Changes], None] | None = None,
    ) -> None:
        self._db = db
        self._client = client
        self._media_dir = media_dir
        self._pair_interval = pair_interval
        self._throttle = _Throttle(per_second, clock)
        self._concurrency = concurrency
        # Another process (the desktop app beside `serve`) may queue messages: look again this often.
        self._idle_poll = idle_poll
        self._clock = clock
        self._on_state = on_state
        self._on_change = on_change
        self._wake = asyncio.Event()
        self._resumed = asyncio.Event()
        self._resumed.set()
        self._busy: set[str] = set()
        self._last_sent: dict[str, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False
        self.state = SenderState(paused=False)

    def wake(self) -> None:
        """Something was queued: look at the outbox now."""
        self._wake.set()

    def resume(self, access_token: str) -> None:
        """A new access token: sending goes on where it stopped."""
        self._client.set_access_token(access_token)
        self._set_state(SenderState(paused=False))
        self._resumed.set()
        self._wake.set()

    async def stop(self) -> None:
        """Stop dispatching and let sends in flight finish (each is short: the client has a deadline)."""
        self._stopping = True
        self._wake.set()
        self._resumed.set()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def run(self) -> None:
        await self._db.run(mark_in_flight_uncertain)
        while not self._stopping:
            await self._resumed.wait()
            if self._stopping:
                break
            self._wake.clear()  # before dispatching, so that a wake during it is not lost
            wait = await self._dispatch()
            try:
                async with asyncio.timeout(wait):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def _dispatch(self) -> float:
        """Start the sends that may go now; return how long until something else may."""
        now = utc_now()
        due = await self._db.run(lambda s: s.outbox.due_per_recipient(now, limit=200))
        wait = self._idle_poll
        for entry, recipient in due:
            if len(self._tasks) >= self._concurrency or self.state.paused:
                return 0.05
            if recipient in self._busy:
                continue
            ready_in = self._last_sent.get(recipient, -1e9) + self._pair_interval - self._clock()
            if ready_in > 0:
                wait = min(wait, ready_in)
                continue
            self._busy.add(recipient)
            self._last_sent[recipient] = self._clock()
            task = asyncio.create_task(self._send(entry, recipient))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        later = await self._db.run(lambda s: s.outbox.next_attempt_at())
        if later is not None:
            wait = min(wait, max(0.0, (later - utc_now()).total_seconds()))
        return max(wait, 0.001)

    async def _send(self, entry: OutboxEntry, recipient: str) -> None:
        assert entry.id is not None
        changed = NOTHING
        try:
            message, media = await self._db.run(lambda s: _begin(s, entry))
            if message is None:
                return
            changed = Changes.of_conversations([message.conversation_id])
            delay = self._throttle.reserve()
            if delay > 0:
                await asyncio.sleep(delay)
            wamid = await self._deliver(message, media, recipient)
        except TokenExpiredError as exc:
            await self._db.run(lambda s: _requeue(s, entry, utc_now()))
            self._pause(str(exc))
        except RateLimitedError as exc:
            pause = max(exc.retry_after or 0.0, self._pair_interval if exc.per_recipient else 2.0)
            self._last_sent[recipient] = self._clock() + pause - self._pair_interval
            await self._db.run(lambda s: _requeue(s, entry, utc_now() + timedelta(seconds=pause)))
        except NetworkError as exc:
            if exc.uncertain:
                await self._db.run(lambda s: _uncertain(s, entry))
            else:
                await self._db.run(lambda s: _requeue(s, entry, utc_now() + _backoff(entry.attempts)))
                self._waiting(OFFLINE)
        except CloudApiError as exc:
            if exc.retryable:
                await self._db.run(lambda s: _requeue(s, entry, utc_now() + _backoff(entry.attempts)))
                self._waiting(NOT_ANSWERING)
            else:
                code, reason = exc.code, str(exc)
                await self._db.run(lambda s: _fail(s, entry, code, reason))
        except (RequestValidationError, MediaIntegrityError, FileIntegrityError, UserFacingError) as exc:
            reason = str(exc)
            await self._db.run(lambda s: _fail(s, entry, None, reason))
        else:
            await self._db.run(lambda s: _delivered(s, entry, wamid))
            self._waiting(None)
        finally:
            self._busy.discard(recipient)
            self._wake.set()
            if self._on_change is not None and changed:
                self._on_change(changed)

    async def _deliver(self, message: Message, media: MediaRef | None, to: str) -> str:
        messages = self._client.messages
        callback = str(message.id)
        if message.type == "text":
            result = await messages.send_text(
                to, message.body or "", reply_to=message.reply_to_wamid, callback_data=callback
            )
        elif message.type == "template":
            spec = (message.payload or {}).get("template") or {}
            assert isinstance(spec, dict)
            result = await messages.send_template(
                to,
                str(spec.get("name")),
                str(spec.get("language")),
                body=_template_parameters(spec),
                callback_data=callback,
            )
        elif message.type == "reaction":
            result = await messages.send_reaction(
                to, message.reaction_to_wamid or "", message.reaction_emoji or "", callback_data=callback
            )
        elif media is not None:
            meta_id = await self._uploaded(media)
            result = await messages.send_media(
                to,
                message.type,
                meta_id,
                caption=message.body,
                filename=media.filename if message.type == "document" else None,
                reply_to=message.reply_to_wamid,
                callback_data=callback,
            )
        else:
            raise RequestValidationError("type", "sending {kind} messages is not supported", kind=message.type)
        return result.wamid

    async def _uploaded(self, media: MediaRef) -> str:
        if media.meta_media_id:
            return media.meta_media_id
        data = await self._db.run(lambda s: read_media(s, self._media_dir, media))
        meta_id = await self._client.media.upload(data, media.mime_type, media.filename or "file")
        assert media.id is not None
        await self._db.run(lambda s: s.media.set_meta_media_id(media.id, meta_id))  # type: ignore[arg-type]
        return meta_id

    def _pause(self, reason: str) -> None:
        if not self.state.paused:
            log.warning("sending paused: the access token was refused")
        self._resumed.clear()
        self._set_state(SenderState(paused=True, reason=reason))

    def _waiting(self, reason: str | None) -> None:
        """Messages wait for the connection (``reason``), or go out again (None); a pause outranks both."""
        if not self.state.paused and self.state.reason != reason:
            self._set_state(SenderState(paused=False, reason=reason))

    def _set_state(self, state: SenderState) -> None:
        self.state = state
        if self._on_state is not None:
            self._on_state(state)


def _template_parameters(spec: dict[str, object]) -> list[TemplateParameter]:
    values = spec.get("body") or []
    names = spec.get("names") or []
    assert isinstance(values, list) and isinstance(names, list)
    if names:
        return [TemplateParameter("text", v, name=str(n)) for v, n in zip(values, names, strict=True)]
    return [TemplateParameter("text", v) for v in values]


def mark_in_flight_uncertain(store: Store) -> int:
    """After a crash: entries that were in flight may have reached Meta. Never resent without the user."""
    with store.transaction():
        for message_id in store.outbox.in_flight_message_ids():
            store.messages.mark_uncertain(message_id)
        return store.outbox.mark_in_flight_uncertain()


def _begin(store: Store, entry: OutboxEntry) -> tuple[Message | None, MediaRef | None]:
    assert entry.id is not None
    with store.transaction():
        current = store.outbox.get_for_message(entry.message_id)
        if current is None or current.state is not OutboxState.QUEUED:
            return None, None  # settled meanwhile (a status webhook arrived)
        store.outbox.set_state(entry.id, OutboxState.IN_FLIGHT, count_attempt=True)
        message = store.messages.get(entry.message_id)
        media = store.media.get(message.media_id) if message and message.media_id else None
    return message, media


def _delivered(store: Store, entry: OutboxEntry, wamid: str) -> None:
    assert entry.id is not None
    with store.transaction():
        store.messages.set_wamid(entry.message_id, wamid)
        store.outbox.remove(entry.id)
        message = store.messages.get(entry.message_id)
        if message is not None:
            apply_waiting(store, message)


def _requeue(store: Store, entry: OutboxEntry, at: datetime) -> None:
    assert entry.id is not None
    store.outbox.set_state(entry.id, OutboxState.QUEUED, next_attempt_at=at)


def _uncertain(store: Store, entry: OutboxEntry) -> None:
    assert entry.id is not None
    with store.transaction():
        store.outbox.set_state(entry.id, OutboxState.UNCERTAIN, last_error=english("the answer to the send was lost"))
        store.messages.mark_uncertain(entry.message_id)


def _fail(store: Store, entry: OutboxEntry, code: int | None, reason: str) -> None:
    assert entry.id is not None
    with store.transaction():
        store.messages.mark_failed(entry.message_id, utc_now(), code, reason)
        store.outbox.remove(entry.id)


def _backoff(attempts: int) -> timedelta:
    ceiling = min(MAX_BACKOFF.total_seconds(), 2.0 * 2 ** max(attempts, 0))
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))  # noqa: S311 (jitter, not security)
