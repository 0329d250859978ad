"""The app lock's state: locked or not, the idle clock, unlocking, and turning the lock on, off or over.

Checking a passphrase runs scrypt (a fifth of a second), so it runs off the Qt thread. The clock is a
parameter so that tests can move time on without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from monggo_desktop.services.account.app_lock import AppLock, LockChange
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

CHECK_EVERY_MS = 5_000


class AppLockViewModel(AsyncViewModel):
    locked_changed = Signal(bool)
    enabled_changed = Signal(bool)
    unlock_refused = Signal(str)  # why, in one sentence
    reset_wanted = Signal()  # unlocked with the recovery key: a new passphrase is to be chosen
    changed = Signal(str)  # what to tell the owner after turning on, off or changing
    recovery_key_made = Signal(str)  # to be shown once
    error = Signal(str)

    def __init__(
        self,
        lock: AppLock,
        *,
        idle_minutes: int,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._clock = clock
        self._idle_seconds = idle_minutes * 60.0
        self._last_activity = clock()
        self._recovery: str | None = None
        self.locked = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()

    @property
    def enabled(self) -> bool:
        return self._lock.enabled

    @property
    def can_turn_off(self) -> bool:
        return self._lock.can_turn_off

    def set_idle_minutes(self, minutes: int) -> None:
        self._idle_seconds = minutes * 60.0

    def activity(self) -> None:
        """The owner typed, clicked or moved the mouse in the app."""
        if not self.locked:
            self._last_activity = self._clock()

    def check_idle(self) -> None:
        if not self.locked and self._clock() - self._last_activity >= self._idle_seconds:
            self.lock_now()

    def lock_now(self) -> None:
        if self.enabled and not self.locked:
            self.locked = True
            self.locked_changed.emit(True)

    def shutdown(self) -> None:
        self._timer.stop()
        super().shutdown()

    def unlock(self, passphrase: str) -> None:
        self.run(lambda: self._lock.verify(passphrase), self._checked)

    def _checked(self, right: Any) -> None:
        if right:
            self._open()
        else:
            self.unlock_refused.emit(
                self.tr("That is not the app lock passphrase. Check Caps Lock and the keyboard layout, then try again.")
            )

    def unlock_with_recovery(self, text: str) -> None:
        def then(right: Any) -> None:
            if not right:
                self.unlock_refused.emit(self.tr("That is not this database's recovery key: check it for typos."))
                return
            self._recovery = text
            self._open()
            self.reset_wanted.emit()

        self.run(lambda: self._lock.verify_recovery(text), then)

    def opened_with_recovery(self, text: str) -> None:
        """The app was opened with the recovery key at start: a new passphrase is to be chosen."""
        self._recovery = text
        self.reset_wanted.emit()

    def _open(self) -> None:
        self.locked = False
        self._last_activity = self._clock()
        self.locked_changed.emit(False)

    def turn_on(self, new_passphrase: str) -> None:
        self.run(lambda: self._lock.turn_on(new_passphrase), self._done)

    def change(self, current: str, new_passphrase: str) -> None:
        self.run(lambda: self._lock.change(new_passphrase, current=current), self._done)

    def reset(self, new_passphrase: str) -> None:
        """A new passphrase after unlocking with the recovery key (the old one is forgotten)."""
        recovery = self._recovery
        self.run(lambda: self._lock.change(new_passphrase, recovery=recovery), self._done)

    def turn_off(self, current: str) -> None:
        self.run(lambda: self._lock.turn_off(current), self._done)

    def _done(self, change: Any) -> None:
        assert isinstance(change, LockChange)
        self._recovery = None
        self.enabled_changed.emit(change.enabled)
        if change.recovery_key:
            self.recovery_key_made.emit(change.recovery_key)
        self.changed.emit(
            self.tr("The app lock is on: the passphrase opens the app, and it locks itself when left idle.")
            if change.enabled
            else self.tr("The app lock is off: the app opens without a passphrase.")
        )
