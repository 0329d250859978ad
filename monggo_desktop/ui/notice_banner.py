"""A banner the owner cannot miss when Meta restricts, flags or rules on the account or its number; it stays
until dismissed (the notice itself is kept in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from monggo_desktop.domain.models import AccountNotice
from monggo_desktop.ui.notice_texts import notice_text
from monggo_desktop.ui.theme import set_banner
from monggo_desktop.ui.viewmodels.token import TokenViewModel


class NoticeBanner(QWidget):
    def __init__(self, viewmodel: TokenViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        set_banner(self, "danger")
        self._vm = viewmodel
        self._shown: AccountNotice | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.more = QLabel(self)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.more)
        row.addWidget(self.dismiss)
        self.dismiss.clicked.connect(self._dismiss)
        viewmodel.notices_changed.connect(self.show_notices)
        self.hide()

    def show_notices(self, notices: list[AccountNotice]) -> None:
        self._shown = notices[0] if notices else None
        self.setVisible(self._shown is not None)
        if self._shown is None:
            return
        self.text.setText(notice_text(self._shown))
        others = len(notices) - 1
        self.more.setText(self.tr("+%n more", "", others) if others else "")

    def _dismiss(self) -> None:
        if self._shown is not None and self._shown.id is not None:
            self._vm.dismiss(self._shown.id)
