"""A banner above everything when the access token stopped working or will within 7 days: the steps to a
token that keeps working, and a field to paste the new one (sending resumes when it is saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from monggo_desktop.domain.meta_token import TokenHealth, TokenVerdict
from monggo_desktop.ui.passphrase_hint import secret_field
from monggo_desktop.ui.theme import set_banner
from monggo_desktop.ui.token_texts import health_text, system_user_steps
from monggo_desktop.ui.viewmodels.token import TokenViewModel


class TokenBanner(QWidget):
    def __init__(self, viewmodel: TokenViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenBanner")
        self._vm = viewmodel
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.steps = QLabel(system_user_steps(), self)
        self.steps.setWordWrap(True)
        self.token: QLineEdit = secret_field(self)
        self.token.setPlaceholderText(self.tr("Paste the new access token"))
        self.save = QPushButton(self.tr("Save token"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.headline)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.save.clicked.connect(self._save)
        self.token.returnPressed.connect(self._save)
        viewmodel.changed.connect(self.show_health)
        viewmodel.saved.connect(self.message.setText)
        viewmodel.error.connect(self.message.setText)
        self.hide()

    def show_health(self, health: TokenHealth) -> None:
        self.setVisible(health.needs_action)
        set_banner(self, "danger" if health.verdict is TokenVerdict.EXPIRED else "warning")
        self.headline.setText(health_text(health))
        if not health.needs_action:
            self.message.clear()

    def _save(self) -> None:
        token = self.token.text()
        self.token.clear()  # the secret leaves the screen at once
        self.message.clear()
        self._vm.replace(token)
