"""Starting a conversation: "New chat…" (Ctrl+N) asks for the customer's WhatsApp number and opens their chat
(a new customer's opens with the templates, the only way to write first); and what the empty list says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView, QWidget

from monggo_desktop.ui.passphrase_hint import problem_label
from monggo_desktop.ui.viewmodels.chat import ChatViewModel


class NewChatDialog(QDialog):
    """The number; it closes once the chat is open. A mistake is said under the number, which stays as typed."""

    def __init__(self, chat: ChatViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chat = chat
        self.setWindowTitle(self.tr("New chat"))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("0812-3456-7890 or +62 812-3456-7890"))
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
        form.addRow("", self.problem)
        form.addRow(hint)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.number.textEdited.connect(lambda _text: self.problem.hide())
        chat.started.connect(self._started)
        chat.start_failed.connect(self._failed)

    def submit(self) -> None:
        self.problem.hide()
        self.start_button.setEnabled(False)
        self._chat.start(self.number.text())

    def done(self, result: int) -> None:
        self._chat.started.disconnect(self._started)
        self._chat.start_failed.disconnect(self._failed)
        super().done(result)

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
