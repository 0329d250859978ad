"""What the window shows while the app is locked: nothing personal, a passphrase field, and the recovery
key for a forgotten passphrase. Also the watch that tells the lock the owner is still at the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class ActivityWatch(QObject):
    """An application-wide event filter: any key, click, wheel or mouse move restarts the idle clock."""

    def __init__(self, lock: AppLockViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._lock.activity()
        return False


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    recovery_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("Monggo Pinarak is locked"), self)
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        note = QLabel(self.tr("Messages keep arriving and going out in the background."), self)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("App lock passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("Forgot the passphrase? Use the recovery key"), self)
        self.forgot_button.setFlat(True)
        by_passphrase = QWidget(self)
        column = QVBoxLayout(by_passphrase)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.passphrase)
        column.addWidget(self.unlock_button)
        column.addWidget(self.forgot_button)

        self.recovery = QLineEdit(self)
        self.recovery.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        recovery_note = QLabel(
            self.tr("Type the recovery key you saved at setup. You then choose a new passphrase."), self
        )
        recovery_note.setWordWrap(True)
        self.recovery_button = QPushButton(self.tr("Unlock with the recovery key"), self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setFlat(True)
        by_recovery = QWidget(self)
        column = QVBoxLayout(by_recovery)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(recovery_note)
        column.addWidget(self.recovery)
        column.addWidget(self.recovery_button)
        column.addWidget(self.back_button)

        self.ways = QStackedWidget(self)
        self.ways.addWidget(by_passphrase)
        self.ways.addWidget(by_recovery)
        self.problem = QLabel(self)
        self.problem.setObjectName("lockProblem")
        set_tone(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        box = QWidget(self)
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(note)
        inner.addSpacing(12)
        inner.addWidget(self.ways)
        inner.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.recovery.returnPressed.connect(self._submit_recovery)
        self.recovery_button.clicked.connect(self._submit_recovery)
        self.forgot_button.clicked.connect(lambda: self._show_way(1))
        self.back_button.clicked.connect(lambda: self._show_way(0))

    def reset(self) -> None:
        """Fresh for the next lock: no typed text kept, the passphrase way first."""
        self.passphrase.clear()
        self.recovery.clear()
        self.problem.hide()
        self._busy(False)
        self._show_way(0)

    def refused(self, text: str) -> None:
        self._busy(False)
        self.problem.setText(text)
        self.problem.show()
        field = self.passphrase if self.ways.currentIndex() == 0 else self.recovery
        field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_way(self, index: int) -> None:
        self.ways.setCurrentIndex(index)
        self.problem.hide()
        (self.passphrase if index == 0 else self.recovery).setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self.passphrase.text():
            self._busy(True)
            self.unlock_requested.emit(self.passphrase.text())

    def _submit_recovery(self) -> None:
        if self.recovery.text().strip():
            self._busy(True)
            self.recovery_requested.emit(self.recovery.text())

    def _busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.recovery, self.recovery_button):
            widget.setEnabled(not busy)
        if busy:
            self.problem.setText(self.tr("Checking…"))
            self.problem.show()


class WindowCurtain:
    """Hides the app's other windows (dialogs, a photo viewer) while locked and brings them back after."""

    def __init__(self, main: QWidget) -> None:
        self._main = main
        self._hidden: list[QWidget] = []

    def close(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        popup = app.activePopupWidget()
        while popup is not None:  # an open menu may list names
            popup.close()
            popup = app.activePopupWidget()
        for widget in app.topLevelWidgets():
            if widget is not self._main and widget.isVisible() and widget.isWindow():
                self._hidden.append(widget)
                widget.hide()

    def open(self) -> None:
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            try:
                widget.show()
            except RuntimeError:  # closed and deleted meanwhile (a question box that the lock answered "no")
                continue
