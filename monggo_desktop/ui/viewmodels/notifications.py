"""The unread total and the customer messages that arrived since the last look, re-read on every change."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from monggo_desktop.domain.changes import Changes, Subscribe
from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.services.messaging.notifications import FeedState, NotificationFeed
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

log = logging.getLogger("monggo.ui")

# A little longer than the list's: messages of one burst end up in one notification.
REFRESH_DEBOUNCE_MS = 250


class NotificationsViewModel(AsyncViewModel):
    unread_changed = Signal(int)
    enabled_changed = Signal(bool)
    arrived = Signal(object)  # FeedState with new customer messages, when notifications are on

    def __init__(
        self,
        feed: NotificationFeed,
        subscribe: Subscribe,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._watermark: int | None = None  # None until the first look: what was there at startup never notifies
        self._checking: asyncio.Task[None] | None = None
        self._again = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        subscribe(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.conversations or changes.needs_list():  # a message came or was read: not a sender's pause
            self._refresh_timer.start()

    def shutdown(self) -> None:
        self._refresh_timer.stop()
        super().shutdown()

    def refresh(self) -> None:
        """Look again. One look at a time: two at once would both notify about the same messages."""
        if self._checking is not None and not self._checking.done():
            self._again = True
            return
        self._checking = self.spawn(self._check_until_settled())

    def set_enabled(self, on: bool) -> None:
        self.spawn(self._set_enabled(on))

    async def _check_until_settled(self) -> None:
        while True:
            self._again = False
            await self._check()
            if not self._again:
                return

    async def _check(self) -> None:
        first = self._watermark is None
        try:
            state: FeedState = await self._feed.check(self._watermark)
        except UserFacingError as exc:  # the database went away (closing, disk): the next change tries again
            log.info("notifications not checked (%s)", type(exc).__name__)
            return
        self._watermark = state.batch.watermark
        self.unread_changed.emit(state.unread)
        self.enabled_changed.emit(state.enabled)
        if not first and state.enabled and state.batch.messages:
            self.arrived.emit(state)

    async def _set_enabled(self, on: bool) -> None:
        try:
            await self._feed.set_enabled(on)
        except UserFacingError as exc:
            log.info("notification preference not saved (%s)", type(exc).__name__)
            return
        self.enabled_changed.emit(on)
