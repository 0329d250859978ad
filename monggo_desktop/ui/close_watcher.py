"""Telling the app when its window is closed, so the clean shutdown runs before the event loop ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class CloseWatcher(QObject):
    def __init__(self, on_close: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_close = on_close

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._on_close()
        return False  # the window closes as usual
