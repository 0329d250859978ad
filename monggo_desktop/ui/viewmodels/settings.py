"""The settings screen's state: load, save (checked first), the access token, the API version, quick replies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.services.account.settings import SettingsService, SettingsView
from monggo_desktop.services.messaging.quick_replies import QuickReplies, QuickReply
from monggo_desktop.services.receiving.route import RouteChoice
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel
from monggo_desktop.ui.viewmodels.base import AsyncViewModel
from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel


class SettingsViewModel(AsyncViewModel):
    loaded = Signal(object)  # SettingsView
    quick_replies_loaded = Signal(list)  # QuickReply
    saved = Signal(str)  # what to tell the owner
    theme_chosen = Signal(object)  # Theme, to apply now
    error = Signal(str)

    def __init__(self, service: SettingsService, quick_replies: QuickReplies, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._quick_replies = quick_replies
        self._view: SettingsView | None = None
        self.loaded.connect(self._remember)
        self.app_lock: AppLockViewModel | None = None  # the app's lock, for its section of the screen
        self.receiving: ReceivingViewModel | None = None  # the receiving route, for its section

    def load(self) -> None:
        self.run(self._service.load, self.loaded.emit)
        self.run(self._quick_replies.load, self.quick_replies_loaded.emit)

    def save(self, settings: AppSettings) -> None:
        self.run(lambda: self._service.save(settings), self._saved)

    def _saved(self, view: Any) -> None:
        before = self._route
        self.loaded.emit(view)
        self.theme_chosen.emit(view.settings.theme)
        self.saved.emit(
            self.tr("Settings saved. The receiver's own address and the language change at the next start.")
        )
        if self.receiving is not None and before is not None and self._route != before:
            self.receiving.change_route(RouteChoice.from_settings(view.settings.stored()))

    @property
    def _route(self) -> tuple[object, ...] | None:
        view = self._view
        if view is None:
            return None
        s = view.settings
        return (s.route, s.public_url, s.tunnel_hostname, s.cloudflared_path, s.app_id)

    def _remember(self, view: Any) -> None:
        self._view = view

    def save_tunnel_token(self, token: str) -> None:
        def saved(_: object) -> None:
            self.saved.emit(self.tr("Tunnel token saved"))
            if self.receiving is not None and self._view is not None:
                self.receiving.change_route(RouteChoice.from_settings(self._view.settings.stored()))

        self.run(lambda: self._service.set_tunnel_token(token), saved)

    def set_api_version(self, version: str) -> None:
        self.run(
            lambda: self._service.set_api_version(version), lambda _: self.saved.emit(self.tr("API version saved"))
        )

    def replace_token(self, token: str) -> None:
        self.run(
            lambda: self._service.replace_token(token),
            lambda _: self.saved.emit(self.tr("Access token replaced: messages waiting to be sent go out now")),
        )

    def close_account(self) -> None:
        self.run(self._service.close_account, self._account_closed)

    def _account_closed(self, view: Any) -> None:
        self.loaded.emit(view)
        self.saved.emit(self.tr("The business account is closed: nothing is received or sent any more."))

    def reopen_account(self) -> None:
        self.run(self._service.reopen_account, self._account_reopened)

    def _account_reopened(self, view: Any) -> None:
        self.loaded.emit(view)
        self.saved.emit(self.tr("The business account is open again: receiving and sending go on."))

    def save_quick_replies(self, replies: list[QuickReply]) -> None:
        self.run(
            lambda: self._quick_replies.save(replies),
            lambda _: self.saved.emit(self.tr("Quick replies saved")),
        )
