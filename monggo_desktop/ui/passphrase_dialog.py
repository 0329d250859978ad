"""Asking for the passphrase when the database is protected by one (the app lock, or no secure keyring on
this computer); with the app lock, the recovery key opens it when the passphrase is forgotten."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from monggo_desktop.ui.theme import set_tone


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, recovery: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Monggo Pinarak"))
        self._recovery = False
        self.explanation = QLabel(
            self.tr("Your messages are encrypted with your passphrase. Type it to open them."), self
        )
        self.explanation.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.problem = QLabel(self)
        self.problem.setObjectName("unlockProblem")
        set_tone(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.forgot = QPushButton(self.tr("Forgot the passphrase? Use the recovery key"), self)
        self.forgot.setFlat(True)
        self.forgot.setVisible(recovery)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self._use_recovery)
        self.field.textChanged.connect(lambda text: self._ok().setEnabled(bool(text)))
        self._ok().setEnabled(False)
        self._answer: asyncio.Future[tuple[str, bool] | None] | None = None
        self.rejected.connect(lambda: self._resolve(None))

    def _ok(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None  # the box was made with an Ok button
        return button

    async def ask(self) -> tuple[str, bool] | None:
        """What was typed and whether it is the recovery key, or None when the owner cancels. The dialog
        stays up until closed."""
        self._answer = asyncio.get_running_loop().create_future()
        self.field.setEnabled(True)
        self._ok().setEnabled(bool(self.field.text()))
        self.show()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return await self._answer

    def wrong(self) -> None:
        """What was typed did not open the database: say so, clear it, ask again."""
        self.problem.setText(
            self.tr("That recovery key does not open this database. Check it for typos, then try again.")
            if self._recovery
            else self.tr(
                "That passphrase does not open this database. Check Caps Lock and the keyboard layout, then try again."
            )
        )
        self.problem.show()
        self.field.clear()

    def _use_recovery(self) -> None:
        self._recovery = True
        self.forgot.hide()
        self.explanation.setText(self.tr("Type the recovery key you saved at setup. You then choose a new passphrase."))
        self.field.setEchoMode(QLineEdit.EchoMode.Normal)
        self.field.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.field.clear()
        self.problem.hide()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if not self.field.text():
            return
        self.field.setEnabled(False)
        self._ok().setEnabled(False)
        self.problem.setText(self.tr("Unlocking…"))
        self.problem.show()
        self._resolve((self.field.text(), self._recovery))

    def _resolve(self, value: tuple[str, bool] | None) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(value)
