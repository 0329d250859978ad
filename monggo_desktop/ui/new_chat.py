"""Starting a conversation: "New chat…" (Ctrl+N) asks for the customer's WhatsApp number, or a name, number or
@username of a contact to pick from, and opens their chat (a new customer's opens with the templates, the only
way to write first); and what the empty list says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from monggo_desktop.services.messaging.chat_reads import CustomerChoice
from monggo_desktop.ui.passphrase_hint import problem_label
from monggo_desktop.ui.viewmodels.chat import ChatViewModel

REACH_ROLE = Qt.ItemDataRole.UserRole + 1  # what goes into the field: the number, or a username-only's BSUID
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class NewChatDialog(QDialog):
    """The number, or a contact picked by name; it closes once the chat is open. A mistake is said under the
    number, which stays as typed."""

    def __init__(self, chat: ChatViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chat = chat
        self.setWindowTitle(self.tr("New chat"))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("A contact's name, or 0812-3456-7890"))
        self._choices = QStandardItemModel(self)
        self.completer = QCompleter(self)  # set on the field by hand: the contacts are found as the owner types
        self.completer.setModel(self._choices)
        self.completer.setWidget(self.number)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(REACH_ROLE)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("hint")
        self.chosen.hide()
        self.problem = problem_label(self)
        hint = QLabel(
            self.tr("WhatsApp lets a business write first only with an approved template: the chat opens with them."),
            self,
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(self.tr("Open chat"), QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout(self)
        form.addRow(self.tr("Customer's WhatsApp number"), self.number)
        form.addRow("", self.chosen)
        form.addRow("", self.problem)
        form.addRow(hint)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.number.textEdited.connect(self._typed)
        self.completer.activated.connect(self._choose)
        chat.started.connect(self._started)
        chat.start_failed.connect(self._failed)
        chat.customers_found.connect(self._offer)

    def popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def offered(self) -> list[str]:
        """The contacts the list under the field shows now (empty when it is closed)."""
        if not self.popup().isVisible():
            return []
        return [self._choices.item(row).text() for row in range(self._choices.rowCount())]

    def submit(self) -> None:
        self.problem.hide()
        self.start_button.setEnabled(False)
        self._chat.start(self.number.text())

    def done(self, result: int) -> None:
        self._chat.started.disconnect(self._started)
        self._chat.start_failed.disconnect(self._failed)
        self._chat.customers_found.disconnect(self._offer)
        super().done(result)

    def _typed(self, text: str) -> None:
        self.problem.hide()
        self.chosen.hide()
        self._chat.find_customers(text)

    def _offer(self, choices: list[CustomerChoice]) -> None:
        self._choices.clear()
        for choice in choices:
            item = QStandardItem(f"{choice.name}  ·  {choice.shown}" if choice.name else choice.shown)
            item.setData(choice.reach, REACH_ROLE)
            item.setData(choice.name or choice.shown, NAME_ROLE)
            item.setEditable(False)
            self._choices.appendRow(item)
        if not choices or not self.isVisible():
            self.popup().hide()
            return
        self.completer.complete()

    def _choose(self, reach: str) -> None:
        """A contact picked from the list: their number (or BSUID) in the field, their name under it."""
        found = self._choices.match(self._choices.index(0, 0), REACH_ROLE, reach, 1, Qt.MatchFlag.MatchExactly)
        self.number.setText(reach)
        if found:
            self.chosen.setText(found[0].data(NAME_ROLE))
            self.chosen.show()
        self.number.setFocus()

    def _started(self, _conversation_id: int) -> None:
        self.accept()

    def _failed(self, text: str) -> None:
        self.start_button.setEnabled(True)
        self.problem.setText(text)
        self.problem.show()
        self.number.setFocus()
        self.number.selectAll()


class EmptyList(QObject):
    """Says what to do next where the conversation list is empty (a fresh account), over the list itself."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.label = QLabel(
            self.tr(
                "No chats yet.\n\nStart one with New chat (Ctrl+N), or wait: a customer who writes to your"
                " WhatsApp number appears here. The status bar says whether this computer can receive."
            ),
            view.viewport(),
        )
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setEnabled(False)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def update(self) -> None:
        self.label.setVisible(self._view.model().rowCount() == 0)
        self.label.setGeometry(self._view.viewport().rect().adjusted(12, 12, -12, -12))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
