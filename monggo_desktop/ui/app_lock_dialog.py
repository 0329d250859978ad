"""Turning the app lock on or off and changing its passphrase; and, once, a new recovery key to save."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.services.setup.first_setup import MIN_PASSPHRASE_LENGTH
from monggo_desktop.ui.passphrase_hint import secret_field, show_passphrase_hint
from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel


class LockAction(Enum):
    TURN_ON = "turn_on"
    CHANGE = "change"
    RESET = "reset"  # after unlocking with the recovery key
    TURN_OFF = "turn_off"


class AppLockDialog(QDialog):
    def __init__(self, lock: AppLockViewModel, action: LockAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._action = action
        titles = {
            LockAction.TURN_ON: self.tr("Turn the app lock on"),
            LockAction.CHANGE: self.tr("Change the app lock passphrase"),
            LockAction.RESET: self.tr("Choose a new app lock passphrase"),
            LockAction.TURN_OFF: self.tr("Turn the app lock off"),
        }
        explanations = {
            LockAction.TURN_ON: self.tr(
                "The app will ask for this passphrase when it opens and after it has been left idle. Your recovery "
                "key from setup still opens it if the passphrase is forgotten."
            ),
            LockAction.CHANGE: self.tr(
                "The database is re-encrypted with a new key, so the old passphrase opens nothing from now on."
            ),
            LockAction.RESET: self.tr(
                "You opened the app with the recovery key. Choose a new passphrase; the forgotten one stops working."
            ),
            LockAction.TURN_OFF: self.tr(
                "The app will open without a passphrase; the database key goes back into the system keyring."
            ),
        }
        self.setWindowTitle(titles[action])
        explanation = QLabel(explanations[action], self)
        explanation.setWordWrap(True)
        self.current = secret_field(self)
        self.first = secret_field(self)
        self.second = secret_field(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("lockDialogProblem")
        set_tone(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(titles[action] if action is not LockAction.RESET else self.tr("Save the new passphrase"))

        form = QFormLayout()
        if action in (LockAction.CHANGE, LockAction.TURN_OFF):
            form.addRow(self.tr("Current passphrase"), self.current)
        else:
            self.current.hide()
        if action is not LockAction.TURN_OFF:
            form.addRow(self.tr("New passphrase"), self.first)
            form.addRow(self.tr("Again"), self.second)
        else:
            self.first.hide()
            self.second.hide()
            self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.current, self.first, self.second):
            field.textChanged.connect(self._typed)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        lock.changed.connect(self._succeeded)
        lock.error.connect(self._failed)
        self._typed()

    def _typed(self) -> None:
        good = True
        if self._action is not LockAction.TURN_OFF:
            good = show_passphrase_hint(self.hint, self.first.text(), self.second.text(), MIN_PASSPHRASE_LENGTH)
        if self._action in (LockAction.CHANGE, LockAction.TURN_OFF):
            good = good and bool(self.current.text())
        self.ok.setEnabled(good)

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self.ok.setEnabled(False)
        set_tone(self.problem, None)
        self.problem.setText(self.tr("Re-encrypting the database… Messages keep arriving meanwhile."))
        self.problem.show()
        if self._action is LockAction.TURN_ON:
            self._lock.turn_on(self.first.text())
        elif self._action is LockAction.CHANGE:
            self._lock.change(self.current.text(), self.first.text())
        elif self._action is LockAction.RESET:
            self._lock.reset(self.first.text())
        else:
            self._lock.turn_off(self.current.text())

    def _succeeded(self, _text: str) -> None:
        self.accept()

    def _failed(self, text: str) -> None:
        set_tone(self.problem, "problem")
        self.problem.setText(text)
        self.problem.show()
        self._typed()

    def done(self, result: int) -> None:
        self._lock.changed.disconnect(self._succeeded)
        self._lock.error.disconnect(self._failed)
        super().done(result)


class RecoveryKeyDialog(QDialog):
    """A recovery key made just now (this database had none): shown once, closed only once saved."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        explanation = QLabel(
            self.tr(
                "If the passphrase is ever forgotten, this recovery key opens your data. Write it down or print it "
                "and keep it somewhere safe, away from this computer. It is shown only this once."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.key = QLineEdit(key, self)
        self.key.setReadOnly(True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.text()))
        self.confirm = QCheckBox(self.tr("I have saved it"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.confirm.isChecked():
            super().reject()
