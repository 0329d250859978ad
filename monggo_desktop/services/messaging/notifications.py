"""What the tray icon and desktop notifications read: the unread total and the customer messages that are new.

Reads only, plus the on/off preference; the UI decides when and how to show them. Archived conversations are
left out of both, as a messenger does: archiving a chat means "not now". While the app lock is on, names and
message text are not even read, so nothing personal can reach a notification.
"""

from __future__ import annotations

from dataclasses import dataclass

from monggo_desktop.domain.views import InboundBatch
from monggo_desktop.storage import Database, Store

# Settings keys. The app lock itself comes with its own feature, which sets this one.
NOTIFICATIONS_ENABLED = "notifications.enabled"
APP_LOCK_ENABLED = "app_lock.enabled"

# Conversations named in one look; the UI summarises beyond this.
NAMED_CONVERSATIONS = 3


@dataclass(frozen=True, slots=True)
class FeedState:
    unread: int
    batch: InboundBatch  # what is new since the watermark asked for (nothing on the first look)
    enabled: bool  # the user wants desktop notifications
    locked: bool  # the app lock is on: notifications must not carry names or text


class NotificationFeed:
    def __init__(self, db: Database, account_id: int, *, named: int = NAMED_CONVERSATIONS) -> None:
        self._db = db
        self._account_id = account_id
        self._named = named

    async def check(self, after_id: int | None) -> FeedState:
        """Everything in one database call. ``after_id`` None is the first look: it only sets the watermark,
        so messages that were there before the app started never notify."""
        return await self._db.run(lambda s: self._check(s, after_id))

    async def unread_total(self) -> int:
        return await self._db.run(lambda s: s.views.unread_total(self._account_id))

    async def inbound_since(self, after_id: int) -> InboundBatch:
        return await self._db.run(lambda s: self._batch(s, after_id, _enabled(s), _locked(s)))

    async def enabled(self) -> bool:
        return await self._db.run(_enabled)

    async def set_enabled(self, on: bool) -> None:
        await self._db.run(lambda s: s.settings.set(NOTIFICATIONS_ENABLED, bool(on)))

    async def locked(self) -> bool:
        return await self._db.run(_locked)

    def _check(self, store: Store, after_id: int | None) -> FeedState:
        enabled, locked = _enabled(store), _locked(store)
        if after_id is None:
            batch = InboundBatch(conversations=(), messages=0, customers=0, watermark=store.views.newest_message_id())
        else:
            batch = self._batch(store, after_id, enabled, locked)
        return FeedState(store.views.unread_total(self._account_id), batch, enabled, locked)

    def _batch(self, store: Store, after_id: int, enabled: bool, locked: bool) -> InboundBatch:
        named = self._named if enabled and not locked else 0  # counts only: no names or text leave storage
        return store.views.inbound_since(self._account_id, after_id, named=named)


def _enabled(store: Store) -> bool:
    return bool(store.settings.get(NOTIFICATIONS_ENABLED, True))


def _locked(store: Store) -> bool:
    return bool(store.settings.get(APP_LOCK_ENABLED, False))
