"""Background work the status bar shows: the retention run at start (and daily), batch by batch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from monggo_desktop.services.messaging.change_feed import ChangeFeed

if TYPE_CHECKING:  # the retention module (and what it imports) loads when retention first runs
    from monggo_desktop.services.privacy.retention import RetentionProgress


class StatusViewModel(QObject):
    retention = Signal(int, int, bool)  # messages removed so far, to remove in this run, finished

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        feed.subscribe_retention(self._retention)

    def _retention(self, progress: RetentionProgress) -> None:
        self.retention.emit(progress.done, progress.total, progress.finished)
