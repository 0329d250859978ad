"""The settings screen's state: load, save (checked first), the access token, the API version, quick replies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.services.account.settings import SettingsChanges, SettingsService, SettingsView
from monggo_desktop.services.messaging.quick_replies import QuickReplies
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

    def save(self, changes: SettingsChanges) -> None:
        """The screen's one Save: only what changed, all checked before anything is kept."""
        self.run(lambda: self._service.save_all(changes), lambda view: self._saved(view, changes))

    def _saved(self, view: Any, changes: SettingsChanges) -> None:
        before = self._route
        earlier = self._view.settings if self._view is not None else None
        self.loaded.emit(view)
        if changes.quick_replies is not None:
            self.quick_replies_loaded.emit(changes.quick_replies)
        if changes.settings is not None:
            self.theme_chosen.emit(view.settings.theme)
        later = view.settings
        if earlier is not None and _at_next_start(earlier) != _at_next_start(later):
            self.saved.emit(self.tr("Saved. The language and the receiver's own address change at the next start."))
        else:
            self.saved.emit(self.tr("Saved."))
        moved = before is not None and self._route != before
        if self.receiving is not None and (moved or changes.tunnel_token):
            self.receiving.change_route(RouteChoice.from_settings(later.stored()))

    @property
    def _route(self) -> tuple[object, ...] | None:
        view = self._view
        if view is None:
            return None
        s = view.settings
        return (s.route, s.public_url, s.tunnel_hostname, s.cloudflared_path, s.app_id)

    def _remember(self, view: Any) -> None:
        self._view = view

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


def _at_next_start(settings: AppSettings) -> tuple[object, ...]:
    """What a save keeps but the running app takes only when it starts again."""
    return (settings.language, settings.webhook_host, settings.webhook_port)
