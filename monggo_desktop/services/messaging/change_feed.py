"""How the screens learn that something changed: the engine, the sender and the screens' own actions announce a
``Changes`` (what it touched), and each screen reloads only what shows it. No polling anywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monggo_desktop.domain.changes import EVERYTHING, Changes
from monggo_desktop.services.messaging.sender_state import SenderState

if TYPE_CHECKING:
    from monggo_desktop.services.privacy.retention import RetentionProgress


class ChangeFeed:
    def __init__(self) -> None:
        self._listeners: list[Callable[[Changes], None]] = []
        self._retention_listeners: list[Callable[[RetentionProgress], None]] = []
        self.sender_state = SenderState(paused=False)

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def subscribe_retention(self, listener: Callable[[RetentionProgress], None]) -> None:
        self._retention_listeners.append(listener)

    def announce(self, changes: Changes) -> None:
        """Called on the event loop by whatever changed the data (the engine, an action on a screen)."""
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)

    def changed_everything(self) -> None:
        """A change whose reach is not known in detail (names, contacts, settings): every screen reads again."""
        self.announce(EVERYTHING)

    def retention_progress(self, progress: RetentionProgress) -> None:
        """Called by the engine's retention run, batch by batch; removed messages leave the screens too."""
        for listener in list(self._retention_listeners):
            listener(progress)
        if progress.done:
            self.announce(EVERYTHING)

    def sender_state_changed(self, state: SenderState) -> None:
        self.sender_state = state
        self.announce(Changes(sender=True))

    def close(self) -> None:
        """The app is closing: nobody listens any more."""
        self._listeners.clear()
        self._retention_listeners.clear()
