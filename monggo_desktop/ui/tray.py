"""The tray icon: the unread count on a badge, a menu, and desktop notifications while the window is not in front."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from monggo_desktop.domain.views import NewInbound
from monggo_desktop.services.messaging.notifications import FeedState
from monggo_desktop.ui.app_icon import app_icon
from monggo_desktop.ui.counted_texts import counted
from monggo_desktop.ui.delegates.conversation_delegate import kind_label
from monggo_desktop.ui.viewmodels.notifications import NotificationsViewModel

ICON_SIZE = 64
BADGE_RED = QColor("#e53935")
NOTIFICATION_MS = 8000
_PREVIEW_CHARS = 160


def badge_text(unread: int) -> str:
    """What the badge says: nothing at zero, and "99+" where more digits would not fit."""
    if unread <= 0:
        return ""
    return "99+" if unread > 99 else str(unread)


def app_pixmap(size: int = ICON_SIZE) -> QPixmap:
    """The app's icon at ``size`` pixels, the same as the window's."""
    return app_icon().pixmap(size, size)


def badge_pixmap(unread: int, size: int = ICON_SIZE) -> QPixmap:
    """The app's mark with the unread count on a red badge in the top right corner (none at zero)."""
    pixmap = app_pixmap(size)
    text = badge_text(unread)
    if not text:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(size * (0.34 if len(text) < 3 else 0.27))))
    painter.setFont(font)
    height = size * 0.54
    width = max(height, painter.fontMetrics().horizontalAdvance(text) + size * 0.16)
    rect = QRectF(size - width, 0, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_RED)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setPen(QColor("white"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return pixmap


def notification_texts(state: FeedState) -> list[tuple[str, str]]:
    """(title, text) of each notification for new messages: one per conversation, a summary when many.

    With the app lock on there is no name, number or message text in them, only how many.
    """
    batch = state.batch
    words = counted()
    if state.locked or not batch.conversations:
        title = (
            QCoreApplication.translate("TrayIcon", "New message")
            if batch.messages == 1
            else QCoreApplication.translate("TrayIcon", "New messages")
        )
        return [(title, words.you_have_new_messages(batch.messages))]
    if batch.customers > len(batch.conversations):
        title = QCoreApplication.translate("TrayIcon", "Monggo Pinarak")
        text = QCoreApplication.translate("TrayIcon", "{messages} from {customers}").format(
            messages=words.new_messages(batch.messages), customers=words.customers(batch.customers)
        )
        return [(title, text)]
    return [(_conversation_title(c), _preview(c)) for c in batch.conversations]


def _conversation_title(new: NewInbound) -> str:
    if new.count == 1:
        return new.title
    return f"{new.title} ({counted().new_messages(new.count)})"


def _preview(new: NewInbound) -> str:
    text = " ".join((new.text or "").split()) or kind_label(new.type)
    return text if len(text) <= _PREVIEW_CHARS else text[: _PREVIEW_CHARS - 1] + "…"


class TrayIcon(QSystemTrayIcon):
    """Lives as long as ``window``, its parent. Without a system tray (offscreen, some desktops) it stays hidden but
    still counts and still decides what to notify: ``notified`` tells, whether or not a bubble could be shown."""

    notified = Signal(str, str)  # title, text

    def __init__(self, notifications: NotificationsViewModel, window: QWidget) -> None:
        super().__init__(window)
        self.notifications = notifications
        notifications.setParent(self)
        self._window = window
        self.unread = 0
        self._plain_icon = QIcon(app_pixmap())

        self._menu = QMenu(window)  # the tray does not own its menu: the window does
        self.show_action = self._menu.addAction(self.tr("Show Monggo Pinarak"))
        self.enabled_action = self._menu.addAction(self.tr("Notify me of new messages"))
        self.enabled_action.setCheckable(True)
        self.enabled_action.setChecked(True)
        self._menu.addSeparator()
        self.quit_action = self._menu.addAction(self.tr("Quit"))
        self.setContextMenu(self._menu)

        self.show_action.triggered.connect(self.show_window)
        self.enabled_action.triggered.connect(notifications.set_enabled)  # the user's click only, not setChecked
        self.quit_action.triggered.connect(window.close)  # the window's close runs the clean shutdown
        self.activated.connect(self._activated)
        self.messageClicked.connect(self.show_window)
        notifications.unread_changed.connect(self._show_unread)
        notifications.enabled_changed.connect(self.enabled_action.setChecked)
        notifications.arrived.connect(self._arrived)

        self._show_unread(0)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.show()
        notifications.refresh()  # the first look: the count, and the watermark for what is new from now on

    def shutdown(self) -> None:
        """Before the services stop: no more reads, and the icon leaves the tray."""
        self.notifications.shutdown()
        self.hide()

    def show_window(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def window_in_front(self) -> bool:
        window = self._window
        return window.isVisible() and not window.isMinimized() and window.isActiveWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _show_unread(self, unread: int) -> None:
        self.unread = unread
        self.setIcon(QIcon(badge_pixmap(unread)))
        if unread > 0:
            self.setToolTip(self.tr("Monggo Pinarak — {count} unread").format(count=unread))
        else:
            self.setToolTip(self.tr("Monggo Pinarak"))

    def _arrived(self, state: FeedState) -> None:
        if self.window_in_front():
            return  # the list and the open chat show it already
        for title, text in notification_texts(state):
            self._notify(title, text)

    def _notify(self, title: str, text: str) -> None:
        if self.isVisible() and self.supportsMessages():
            self.showMessage(title, text, self._plain_icon, NOTIFICATION_MS)
        self.notified.emit(title, text)
