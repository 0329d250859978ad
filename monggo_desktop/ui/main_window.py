"""The main window: conversations on the left, the open chat on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.ui.chat_panel import ChatPanel
from monggo_desktop.ui.delegates.conversation_delegate import ConversationDelegate
from monggo_desktop.ui.models.conversation_list_model import ConversationListModel
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel


class MainWindow(QMainWindow):
    def __init__(
        self,
        conversations: ConversationListViewModel,
        chat: ChatViewModel,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._chat = chat
        self.setWindowTitle(self.tr("Monggo Pinarak"))
        self.resize(1100, 720)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, numbers and messages"))
        self.search.setClearButtonEnabled(True)
        self.list_model = ConversationListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setItemDelegate(ConversationDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.chat_panel = ChatPanel(chat, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.chat_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel(
            self.tr("Demo: simulated customers and a simulated WhatsApp. Nothing leaves this computer."), central
        )
        self.banner.setObjectName("demoBanner")
        self.banner.setStyleSheet("background: #fff3cd; color: #6b4e00; padding: 6px; border-radius: 4px;")
        self.banner.setVisible(demo)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.search.textChanged.connect(conversations.set_query)
        self.list_view.selectionModel().currentChanged.connect(self._open)
        conversations.rows_replaced.connect(self._rows_replaced)
        conversations.rows_appended.connect(self.list_model.append_page)
        conversations.error.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.list_model.more_wanted.connect(conversations.load_more)
        conversations.reload()

    def shutdown(self) -> None:
        """Before the services stop: the viewmodels cancel their work and start no more."""
        self._conversations.shutdown()
        self._chat.shutdown()

    def _rows_replaced(self, rows: list, has_more: bool) -> None:
        current = self._chat.conversation_id
        self.list_model.replace_all(rows, has_more)
        row = self.list_model.row_of(current) if current is not None else None
        if row is not None:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
            self.list_view.selectionModel().blockSignals(False)

    def _open(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._chat.open(int(current.data(ConversationListModel.IdRole)))
