"""The access token's health for the window's banner, and a new token saved from it (sending resumes)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.changes import Changes, Subscribe
from monggo_desktop.services.account.token_health import TokenService
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


class TokenViewModel(AsyncViewModel):
    changed = Signal(object)  # TokenHealth
    notices_changed = Signal(list)  # the AccountNotices not dismissed yet, newest first
    saved = Signal(str)
    error = Signal(str)

    def __init__(self, service: TokenService, subscribe: Subscribe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        subscribe(self._changed)  # the engine's token check and the sender's pauses announce themselves so
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.account or changes.sender or changes.everything:
            self.refresh()

    def refresh(self) -> None:
        self.run(self._service.health, self.changed.emit)
        self.run(self._service.notices, self.notices_changed.emit)

    def dismiss(self, notice_id: int) -> None:
        self.run(lambda: self._service.dismiss(notice_id), lambda _: self.refresh())

    def replace(self, token: str) -> None:
        def done(_: object) -> None:
            self.saved.emit(self.tr("New access token saved: sending goes on"))
            self.refresh()

        self.run(lambda: self._service.replace(token), done)
