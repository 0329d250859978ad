"""Asking for the passphrase when the database is protected by one (no secure keyring on this computer)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Monggo Pinarak"))
        self.explanation = QLabel(
            self.tr("Your messages are encrypted with your passphrase. Type it to open them."), self
        )
        self.explanation.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.problem = QLabel(self)
        self.problem.setObjectName("unlockProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self._ok().setEnabled(bool(text)))
        self._ok().setEnabled(False)
        self._answer: asyncio.Future[str | None] | None = None
        self.rejected.connect(lambda: self._resolve(None))

    def _ok(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    async def ask(self) -> str | None:
        """The passphrase typed, or None when the owner cancels. The dialog stays up until ``done_unlocking``."""
        self._answer = asyncio.get_running_loop().create_future()
        self.field.setEnabled(True)
        self._ok().setEnabled(bool(self.field.text()))
        self.show()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return await self._answer

    def wrong(self) -> None:
        """The passphrase did not open the database: say so, clear it, ask again."""
        self.problem.setText(
            self.tr(
                "That passphrase does not open this database. Check Caps Lock and the keyboard layout, then try again."
            )
        )
        self.problem.show()
        self.field.clear()

    def _submit(self) -> None:
        if not self.field.text():
            return
        self.field.setEnabled(False)
        self._ok().setEnabled(False)
        self.problem.setText(self.tr("Unlocking…"))
        self.problem.show()
        self._resolve(self.field.text())

    def _resolve(self, value: str | None) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(value)
