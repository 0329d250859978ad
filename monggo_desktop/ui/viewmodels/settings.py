"""The settings screen's state: load, save (checked first), the access token, the API version, quick replies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.services.desktop import DesktopServices
from monggo_desktop.services.quick_replies import QuickReply
from monggo_desktop.services.settings import SettingsService
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


class SettingsViewModel(AsyncViewModel):
    loaded = Signal(object)  # SettingsView
    quick_replies_loaded = Signal(list)  # QuickReply
    saved = Signal(str)  # what to tell the owner
    theme_chosen = Signal(object)  # Theme, to apply now
    error = Signal(str)

    def __init__(self, service: SettingsService, desktop: DesktopServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._desktop = desktop
        self.app_lock: AppLockViewModel | None = None  # the app's lock, for its section of the screen

    def load(self) -> None:
        self.run_then(self._service.load, self.loaded.emit)
        self.run_then(self._desktop.quick_replies, self.quick_replies_loaded.emit)

    def save(self, settings: AppSettings) -> None:
        self.run_then(lambda: self._service.save(settings), self._saved)

    def _saved(self, view: Any) -> None:
        self.loaded.emit(view)
        self.theme_chosen.emit(view.settings.theme)
        self.saved.emit(self.tr("Settings saved. The webhook receiver and the language change at the next start."))

    def set_api_version(self, version: str) -> None:
        self.run_then(
            lambda: self._service.set_api_version(version), lambda _: self.saved.emit(self.tr("API version saved"))
        )

    def replace_token(self, token: str) -> None:
        self.run_then(
            lambda: self._service.replace_token(token),
            lambda _: self.saved.emit(self.tr("Access token replaced: messages waiting to be sent go out now")),
        )

    def close_account(self) -> None:
        self.run_then(self._service.close_account, self._account_closed)

    def _account_closed(self, view: Any) -> None:
        self.loaded.emit(view)
        self.saved.emit(self.tr("The business account is closed: nothing is received or sent any more."))

    def reopen_account(self) -> None:
        self.run_then(self._service.reopen_account, self._account_reopened)

    def _account_reopened(self, view: Any) -> None:
        self.loaded.emit(view)
        self.saved.emit(self.tr("The business account is open again: receiving and sending go on."))

    def save_quick_replies(self, replies: list[QuickReply]) -> None:
        self.run_then(
            lambda: self._desktop.save_quick_replies(replies),
            lambda _: self.saved.emit(self.tr("Quick replies saved")),
        )
