"""Whether this computer can receive, for the status bar, Settings → Receiving and its Test button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.receiving import ReceivingState
from monggo_desktop.services.receiving.control import ReceivingControl
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
        control.subscribe(self.changed.emit)

    @property
    def state(self) -> ReceivingState:
        return self._control.state

    def test(self) -> None:
        self.spawn(self._test())

    async def _test(self) -> None:
        def attempt(number: int, _result: object) -> None:
            self.testing.emit(number)

        result = await self._control.test(attempt)
        if result.ok:
            self.tested.emit(True, self.tr("The internet reaches this computer: a test went out and came back."))
        else:
            self.tested.emit(False, self.tr("The test did not come back: {detail}.").format(detail=result.detail))

    def change_route(self, choice: RouteChoice) -> None:
        self.run(lambda: self._control.change_route(choice))
