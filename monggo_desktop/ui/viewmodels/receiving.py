"""Whether this computer can receive, for the status bar, Settings → Receiving and its Test button."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.receiving import ReceivingState
from monggo_desktop.services.receiving.control import ReceivingControl
from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

if TYPE_CHECKING:
    from monggo_desktop.services.receiving.route import RouteChoice


class ReceivingViewModel(AsyncViewModel):
    changed = Signal(object)  # ReceivingState
    testing = Signal(int)  # the probe's attempt number, while it retries
    tested = Signal(bool, str)  # reached, what happened in words
    error = Signal(str)

    def __init__(self, control: ReceivingControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._control = control
        control.subscribe(lambda state: self.changed.emit(in_words(state)))

    @property
    def state(self) -> ReceivingState:
        return in_words(self._control.state)

    def test(self) -> None:
        self.spawn(self._test())

    async def _test(self) -> None:
        def attempt(number: int, _result: object) -> None:
            self.testing.emit(number)

        result = await self._control.test(attempt)
        if result.ok:
            self.tested.emit(True, self.tr("The internet reaches this computer: a test went out and came back."))
        else:
            self.tested.emit(
                False, self.tr("The test did not come back: {detail}.").format(detail=kept_text(result.detail))
            )

    def change_route(self, choice: RouteChoice) -> None:
        self.run(lambda: self._control.change_route(choice))


def in_words(state: ReceivingState) -> ReceivingState:
    """The state with its detail (kept in English, maybe by another process) in the window's language."""
    return replace(state, detail=kept_text(state.detail)) if state.detail else state
