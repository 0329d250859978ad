"""The emoji button beside the message: the emoji a shop uses most, one click each into the message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QMenu, QToolButton, QWidget, QWidgetAction

from monggo_desktop.ui.icons import themed_icon

EMOJI = (
    "🙏", "😊", "😁", "👍", "👌", "🙌", "👏", "❤️", "😍", "🥰",
    "😂", "🤣", "😉", "😅", "🤔", "😢", "😭", "😮", "🎉", "🔥",
    "✅", "❌", "⏳", "📦", "🚚", "💰", "💳", "🛍️", "🧵", "🎁",
    "📷", "📍", "⭐", "✨", "💯", "🤝", "👋", "☀️", "🌙", "☕",
)  # fmt: skip
COLUMNS = 10


class EmojiButton(QToolButton):
    def __init__(self, insert: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Emoji"))
        self.setToolTip(self.tr("Emoji"))
        self.setAccessibleName(self.tr("Emoji"))
        self.setIcon(themed_icon("mood-smile"))
        self.setIconSize(QSize(22, 22))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        grid_holder = QWidget(menu)
        grid = QGridLayout(grid_holder)
        grid.setSpacing(2)
        self.choices: list[QToolButton] = []
        for index, emoji in enumerate(EMOJI):
            choice = QToolButton(grid_holder)
            choice.setText(emoji)
            choice.setAutoRaise(True)
            choice.clicked.connect(lambda _checked=False, e=emoji: self._chosen(e))
            grid.addWidget(choice, index // COLUMNS, index % COLUMNS)
            self.choices.append(choice)
        self._insert, self._menu = insert, menu
        action = QWidgetAction(menu)
        action.setDefaultWidget(grid_holder)
        menu.addAction(action)
        self.setMenu(menu)

    def _chosen(self, emoji: str) -> None:
        self._insert(emoji)
        self._menu.close()
