"""The window's keyboard paths: the shortcuts beyond each widget's own keys, and the list of every one (Ctrl+/).

Up and Down move in the conversation list and keep the focus there (the chat follows); Enter there goes to the
composer; Tab leaves the composer. The rest are shortcuts on the window, named here once: what they do and the
list the owner reads are the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Keyboard"


@dataclass(frozen=True, slots=True)
class Key:
    keys: str  # in Qt's portable form ("Ctrl+PgDown"); shown in the platform's words
    what: str  # translated in the "Keyboard" context


# Keys that belong to a widget (the list's arrows, the composer's Enter): listed, not installed here.
WIDGET_KEYS: tuple[Key, ...] = (
    Key("Up", QT_TRANSLATE_NOOP("Keyboard", "Previous chat in the list (the list keeps the focus)")),
    Key("Down", QT_TRANSLATE_NOOP("Keyboard", "Next chat in the list (the list keeps the focus)")),
    Key("Return", QT_TRANSLATE_NOOP("Keyboard", "In the list: write in the open chat. In the message: send it")),
    Key("Shift+Return", QT_TRANSLATE_NOOP("Keyboard", "A new line in the message")),
    Key("Ctrl+Return", QT_TRANSLATE_NOOP("Keyboard", "Send the message when Enter is set to start a new line")),
    Key("Tab", QT_TRANSLATE_NOOP("Keyboard", "Leave the message for the next field")),
    Key("Esc", QT_TRANSLATE_NOOP("Keyboard", "Close the quick replies, or stop replying to a message")),
    Key("/", QT_TRANSLATE_NOOP("Keyboard", "At the start of a word in the message: the quick replies")),
)
# Installed on the window by ``install``, each with the window's method of the same row.
WINDOW_KEYS: tuple[Key, ...] = (
    Key("Ctrl+PgDown", QT_TRANSLATE_NOOP("Keyboard", "Next chat")),
    Key("Ctrl+PgUp", QT_TRANSLATE_NOOP("Keyboard", "Previous chat")),
    Key("Ctrl+Shift+R", QT_TRANSLATE_NOOP("Keyboard", "Reply to the customer's last message")),
    Key("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Keyboard", "React to the customer's last message")),
    Key("Ctrl+N", QT_TRANSLATE_NOOP("Keyboard", "New chat: write to a customer by their number")),
    Key("Ctrl+F", QT_TRANSLATE_NOOP("Keyboard", "Search the chats")),
    Key("Ctrl+/", QT_TRANSLATE_NOOP("Keyboard", "This list of keys")),
)


def install(window: QWidget, actions: dict[str, Callable[[], object]]) -> list[QShortcut]:
    """The window's shortcuts, each calling ``actions[keys]``; a row without an action is only listed."""
    made = []
    for key in WINDOW_KEYS:
        action = actions.get(key.keys)
        if action is None:
            continue
        shortcut = QShortcut(QKeySequence(key.keys), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)
        made.append(shortcut)
    return made


def every_key(screens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(keys as the platform writes them, what they do) for the list: the widgets', the window's, the screens'."""
    rows = [(native(key.keys), QCoreApplication.translate(CONTEXT, key.what)) for key in (*WIDGET_KEYS, *WINDOW_KEYS)]
    return rows + screens


def native(keys: str) -> str:
    """Keys as the platform writes them (Ctrl on Linux and Windows, ⌘ on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def keys(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]
