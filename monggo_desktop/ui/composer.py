"""The message editor: Enter sends and Shift+Enter breaks the line (or, as the owner may set, Enter breaks the line
and Ctrl+Enter sends); ``/`` offers the saved quick replies.

Also the bar above it that shows which message is being answered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from monggo_desktop.services.messaging.quick_replies import QuickReply, matching

SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
MOST_LINES = 6  # the editor grows with its text up to this many lines, then scrolls
_POPUP_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape)


class Composer(QPlainTextEdit):
    send_requested = Signal()
    attachments_pasted = Signal(list)  # Attachment: copied files or a picture, to preview before they are sent
    cancel_requested = Signal()  # Escape with nothing else to close: drop the reply being written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._replies: list[QuickReply] = []
        self.enter_sends = True  # False: Enter breaks the line and Ctrl+Enter sends
        self._choices = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self._choices)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(SHORTCUT_ROLE)
        self.completer.setMaxVisibleItems(8)
        self.completer.activated.connect(self.insert_quick_reply)
        self.setTabChangesFocus(True)  # Tab leaves the message, as in every form; a tab character is never sent
        layout = self.document().documentLayout()
        assert layout is not None  # a QPlainTextEdit's document always has one
        layout.documentSizeChanged.connect(self._fit)
        self._fit()

    def lines_shown(self) -> int:
        """How many lines of text the editor is tall now (1 when empty)."""
        layout = self.document().documentLayout()
        assert layout is not None
        return max(1, min(MOST_LINES, int(layout.documentSize().height())))

    def _fit(self) -> None:
        """As tall as its text (a QPlainTextEdit's document size is counted in lines), within 1 and MOST_LINES."""
        chrome = self.height() - self.viewport().height()  # the frame and the style's padding, once laid out
        if not 0 <= chrome <= 4 * self.fontMetrics().lineSpacing():
            chrome = 2 * self.frameWidth()  # not laid out yet: the frame alone, until it is shown
        lines = self.lines_shown()
        text = lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin()) + 4
        self.setVerticalScrollBarPolicy(  # a scroll bar only once the text is taller than the editor may grow
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines >= MOST_LINES else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setFixedHeight(text + chrome)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit)  # laid out now: the style's padding is known

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit)  # a new theme's padding, or a new font's line height

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def set_quick_replies(self, replies: list[QuickReply]) -> None:
        self._replies = list(replies)

    def quick_reply_shown(self) -> list[str]:
        """The shortcuts the popup offers now (empty when it is closed)."""
        if not self._popup().isVisible():
            return []
        return [self._choices.item(row).data(SHORTCUT_ROLE) for row in range(self._choices.rowCount())]

    def insert_quick_reply(self, shortcut: str) -> None:
        """Replace the ``/word`` being typed by the snippet saved under ``shortcut``."""
        reply = next((r for r in self._replies if r.shortcut == shortcut), None)
        start = self._slash_start()
        if reply is None or start is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(start, cursor.MoveMode.KeepAnchor)
        cursor.insertText(reply.text)
        self.setTextCursor(cursor)
        self._popup().hide()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """A pasted file or picture goes to the preview, not into the text; text is pasted as text."""
        from monggo_desktop.ui.attachment_preview import from_mime

        attachments = from_mime(source) if (source.hasImage() or source.hasUrls()) else []
        if attachments:
            self.attachments_pasted.emit(attachments)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup()
        if popup.isVisible() and event.key() in _POPUP_KEYS:
            if event.key() == Qt.Key.Key_Escape:
                popup.hide()
            else:  # Enter or Tab takes the highlighted snippet, or the first one
                row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
                item = self._choices.item(max(0, row))
                if item is not None:
                    self.insert_quick_reply(item.data(SHORTCUT_ROLE))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._sends(event.modifiers()):
            self.send_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
            return
        super().keyPressEvent(event)
        self._offer_quick_replies()

    def _sends(self, modifiers: Qt.KeyboardModifier) -> bool:
        """Whether Enter with ``modifiers`` sends; otherwise it breaks the line."""
        if self.enter_sends:
            return not modifiers & Qt.KeyboardModifier.ShiftModifier
        return bool(modifiers & Qt.KeyboardModifier.ControlModifier)

    def _slash_start(self) -> int | None:
        """Where the ``/word`` under the cursor starts: at the start of the text or after a space."""
        cursor = self.textCursor()
        text = self.toPlainText()[: cursor.position()]
        start = max(text.rfind(" "), text.rfind("\n"), text.rfind("\t")) + 1
        return start if text[start:].startswith("/") else None

    def _offer_quick_replies(self) -> None:
        start = self._slash_start()
        found = [] if start is None or not self._replies else matching(self._replies, self._typed_after(start))
        if not found:
            self._popup().hide()
            return
        self._choices.clear()
        for reply in found:
            first_line = reply.text.splitlines()[0] if reply.text else ""
            item = QStandardItem(f"/{reply.shortcut}  —  {first_line[:60]}")
            item.setData(reply.shortcut, SHORTCUT_ROLE)
            item.setEditable(False)
            self._choices.appendRow(item)
        rect = self.cursorRect()
        rect.setWidth(min(self.width(), 420))
        self.completer.complete(rect)
        self._popup().setCurrentIndex(self._choices.index(0, 0))

    def _typed_after(self, start: int) -> str:
        return self.toPlainText()[start + 1 : self.textCursor().position()]


class ReplyBar(QFrame):
    """ "Replying to …" above the editor, with a button to drop the reply."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBar")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Do not reply to this message (Esc)"))
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.cancelled)
        self.hide()

    def show_target(self, who: str, text: str) -> None:
        flat = " ".join(text.split())
        self.label.setText(self.tr("Replying to {who}: {text}").format(who=who, text=flat[:120]))
        self.show()
