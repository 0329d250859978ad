"""The status bar's answer to "can this computer receive?", always visible, with the fix one click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState
from monggo_desktop.ui.receiving_texts import headline, install_note, retry_note
from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel

_REFRESH_MS = 30_000  # "last message 2 min ago" stays true


class ReceivingIndicator(QWidget):
    def __init__(
        self,
        viewmodel: ReceivingViewModel,
        open_fix: Callable[[], None],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivingIndicator")
        self._say = say
        self._announced = False
        self._state = viewmodel.state
        self.label = QLabel(self)
        self.label.setObjectName("receivingStatus")
        self.fix = QPushButton(self.tr("Fix…"), self)
        self.fix.setObjectName("receivingFix")
        self.fix.setFlat(True)
        self.fix.clicked.connect(open_fix)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.fix)
        self._timer = QTimer(self)
        self._timer.setInterval(_REFRESH_MS)
        self._timer.timeout.connect(lambda: self.show_state(self._state))
        self._timer.start()
        viewmodel.changed.connect(self.show_state)
        self.show_state(viewmodel.state)

    def show_state(self, state: ReceivingState) -> None:
        self._state = state
        self.label.setText(headline(state, datetime.now(UTC)))
        problem = state.phase in (Phase.PROBLEM, Phase.STOPPED, Phase.OFF)
        set_tone(self.label, "problem" if problem else "good" if state.can_receive else None)
        tip = state.detail
        if state.problem is Problem.PROGRAM_MISSING:
            tip = install_note()
        self.label.setToolTip(tip)
        self.fix.setVisible(state.phase in (Phase.PROBLEM, Phase.OFF))
        self.fix.setText(self.tr("Turn on…") if state.phase is Phase.OFF else self.tr("Fix…"))
        if state.can_receive and not self._announced:
            self._announced = True  # once per start: what was sent meanwhile is on its way
            self._say(retry_note())
