"""The main window: conversations on the left, the open chat on the right.

Imports inside functions: the chat panel, dialogs and banners load when first shown, after the first rows are
painted (benchmarks/cold_start.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.views import ConversationRow, LabelView, ListFilter, ListShow
from monggo_desktop.ui import keyboard
from monggo_desktop.ui.delegates.conversation_delegate import ConversationDelegate
from monggo_desktop.ui.icons import themed_icon
from monggo_desktop.ui.local_format import day_text
from monggo_desktop.ui.models.conversation_list_model import ConversationListModel
from monggo_desktop.ui.navigation import navigation_bar
from monggo_desktop.ui.new_chat import EmptyList
from monggo_desktop.ui.retention_indicator import RetentionIndicator
from monggo_desktop.ui.screens import (
    CONTACTS_SCREEN,
    PRIVACY_SCREEN,
    PROFILE_SCREEN,
    REPORTS_SCREEN,
    SCREENS,
    SETTINGS_SCREEN,
)
from monggo_desktop.ui.swatch import swatch
from monggo_desktop.ui.theme import set_banner
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from monggo_desktop.ui.viewmodels.status import StatusViewModel

if TYPE_CHECKING:
    from monggo_desktop.ui.chat_panel import ChatPanel
    from monggo_desktop.ui.lock_screen import ActivityWatch
    from monggo_desktop.ui.notice_banner import NoticeBanner
    from monggo_desktop.ui.receiving_indicator import ReceivingIndicator
    from monggo_desktop.ui.token_banner import TokenBanner
    from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel
    from monggo_desktop.ui.viewmodels.base import AsyncViewModel
    from monggo_desktop.ui.viewmodels.chat import ChatViewModel
    from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel
    from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel
    from monggo_desktop.ui.viewmodels.profile import ProfileViewModel
    from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel
    from monggo_desktop.ui.viewmodels.reports import ReportsViewModel
    from monggo_desktop.ui.viewmodels.settings import SettingsViewModel
    from monggo_desktop.ui.viewmodels.token import TokenViewModel


SPLIT_SIZES = (340, 760)  # the conversation list and the chat, at the window's first size


class MainWindow(QMainWindow):
    def __init__(
        self,
        conversations: ConversationListViewModel,
        chat: ChatViewModel,
        *,
        demo: bool = False,
        status: StatusViewModel | None = None,
        contacts: Callable[[], ContactsViewModel] | None = None,
        profile: Callable[[], ProfileViewModel] | None = None,
        settings: Callable[[], SettingsViewModel] | None = None,
        privacy: Callable[[], PrivacyViewModel] | None = None,
        reports: Callable[[], ReportsViewModel] | None = None,
        receiving: Callable[[], ReceivingViewModel] | None = None,
        token: Callable[[], TokenViewModel] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._conversations = conversations
        self._chat = chat
        chat.reading = self.reading_chat
        chat.started.connect(self.open_chat)  # "New chat"
        self._first_page = asyncio.Event()
        self._closing = False
        self._lock: AppLockViewModel | None = None
        self._activity: ActivityWatch | None = None
        self.setWindowTitle(self.tr("Monggo Pinarak"))
        self.resize(1100, 720)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, numbers and messages"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("listFilter")
        self.show_filter.setToolTip(self.tr("Which conversations to list"))
        self._fill_filter([])
        self.list_model = ConversationListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.list_model)
        self.empty_list = EmptyList(self.list_view)
        self.list_view.setItemDelegate(ConversationDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.viewport().installEventFilter(self)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        # The chat is built right after the first conversations are painted (or when first needed): its
        # modules and widgets are not part of the wait for the window.
        self._chat_panel: ChatPanel | None = None
        self._chat_placeholder = QLabel(self.tr("Choose a conversation on the left"), self)
        self._chat_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chat_placeholder.setEnabled(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_chat_button = QPushButton(self.tr("New chat…"), left)
        self.new_chat_button.clicked.connect(self.new_chat)
        left_layout.addWidget(self.new_chat_button)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.show_filter)
        left_layout.addWidget(self.list_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._chat_placeholder)
        self._splitter = splitter
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(list(SPLIT_SIZES))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel(
            self.tr("Demo: simulated customers and a simulated WhatsApp. Nothing leaves this computer."), central
        )
        self.banner.setObjectName("demoBanner")
        set_banner(self.banner, "warning")
        self.banner.setVisible(demo)
        layout.addWidget(self.banner)
        self.account_banner = QLabel(central)
        self.account_banner.setObjectName("accountClosedBanner")
        self.account_banner.setWordWrap(True)
        set_banner(self.account_banner, "danger")
        self.account_banner.hide()
        layout.addWidget(self.account_banner)
        self._banners = layout  # the token's banner goes here too, made after the first paint
        self.pages = QStackedWidget(central)
        self.pages.addWidget(splitter)
        # Each screen beside the chats: how to make its viewmodel (None: not in this window), and the viewmodels
        # made so far. Its page stands empty until it is first shown (screens.py).
        self._factories: dict[int, Callable[[], AsyncViewModel] | None] = {
            CONTACTS_SCREEN: contacts,
            PROFILE_SCREEN: profile,
            SETTINGS_SCREEN: settings,
            PRIVACY_SCREEN: privacy,
            REPORTS_SCREEN: reports,
        }
        self._viewmodels: dict[int, AsyncViewModel] = {}
        for _number in range(1, len(SCREENS)):
            self.pages.addWidget(QWidget(self.pages))
        body = QHBoxLayout()
        self.navigation, self.screen_actions = navigation_bar(central, self.show_screen)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.search.textChanged.connect(conversations.set_query)
        self.list_view.selectionModel().currentChanged.connect(self._open)
        conversations.rows_replaced.connect(self._rows_replaced)
        conversations.rows_appended.connect(self.list_model.append_page)
        conversations.rows_updated.connect(self._rows_updated)
        conversations.more_failed.connect(self.list_model.fetch_failed)
        conversations.error.connect(lambda text: self.statusBar().showMessage(text, 8000))
        conversations.labels_loaded.connect(self._fill_filter)
        self.show_filter.activated.connect(self._filter_chosen)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        keyboard.install(
            self,
            {
                "Ctrl+PgDown": lambda: self.step_chat(1),
                "Ctrl+PgUp": lambda: self.step_chat(-1),
                "Ctrl+Shift+R": lambda: self.chat_panel.reply_to_last(),
                "Ctrl+Shift+E": lambda: self.chat_panel.react_to_last(),
                "Ctrl+/": self.show_shortcuts,
                "Ctrl+N": self.new_chat,
            },
        )
        self.list_view.activated.connect(self._write_in_chat)  # Enter on a chat (or a double click)
        self.list_view.clicked.connect(self._write_in_chat)
        self.list_model.more_wanted.connect(conversations.load_more)
        conversations.reload()
        conversations.load_labels()
        self.retention = RetentionIndicator(self.statusBar())
        self.retention_label, self.retention_bar = self.retention.label, self.retention.progress
        if status is not None:
            status.setParent(self)
            status.retention.connect(self.show_retention)
        self._make_receiving = receiving  # the status bar's receiving line comes right after the first paint
        self._make_token = token
        self.token: TokenViewModel | None = None
        self.token_banner: TokenBanner | None = None
        self.notice_banner: NoticeBanner | None = None
        self.receiving: ReceivingViewModel | None = None
        self.receiving_indicator: ReceivingIndicator | None = None

    @property
    def chat_panel(self) -> ChatPanel:
        if self._chat_panel is None:
            from monggo_desktop.ui.chat_panel import ChatPanel

            panel = ChatPanel(self._chat, self)
            sizes = self._splitter.sizes() if self.isVisible() else list(SPLIT_SIZES)
            self._splitter.replaceWidget(1, panel)
            self._splitter.setStretchFactor(1, 1)  # a widget's own setting: the placeholder's went with it
            self._splitter.setSizes(sizes)  # the list keeps its width: the chat takes the placeholder's
            self._chat_placeholder.deleteLater()
            self._chat_panel = panel
        return self._chat_panel

    def _build_chat(self) -> None:
        if self._chat_panel is None and not self._closing:
            self.chat_panel  # noqa: B018 (built by being read)

    def attach_lock(self, lock: AppLockViewModel) -> None:
        """The app lock: a lock screen in place of everything, the idle clock fed by any input, Ctrl+L."""
        from monggo_desktop.ui.app_lock_dialog import AppLockDialog, LockAction, RecoveryKeyDialog
        from monggo_desktop.ui.lock_screen import ActivityWatch, LockScreen, WindowCurtain

        self._lock = lock
        self.lock_screen = LockScreen(self)
        screens = QStackedWidget(self)
        central = self.takeCentralWidget()
        assert central is not None  # made in __init__
        screens.addWidget(central)
        screens.addWidget(self.lock_screen)
        self.setCentralWidget(screens)
        self._curtain = WindowCurtain(self)
        self._activity = ActivityWatch(lock, self)
        _application().installEventFilter(self._activity)
        self.lock_action = QAction(themed_icon("lock"), self.tr("Lock"), self)
        self.lock_action.setObjectName("lockNow")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the app now (Ctrl+L)"))
        self.lock_action.triggered.connect(lock.lock_now)
        self.navigation.addSeparator()
        self.navigation.addAction(self.lock_action)
        self.lock_action.setVisible(lock.enabled)
        lock.enabled_changed.connect(self.lock_action.setVisible)
        lock.locked_changed.connect(self._show_locked)
        lock.unlock_refused.connect(self.lock_screen.refused)
        lock.reset_wanted.connect(lambda: AppLockDialog(lock, LockAction.RESET, self).open())
        lock.recovery_key_made.connect(lambda key: RecoveryKeyDialog(key, self).open())
        self.lock_screen.unlock_requested.connect(lock.unlock)
        self.lock_screen.recovery_requested.connect(lock.unlock_with_recovery)

    def _show_locked(self, locked: bool) -> None:
        screens = self.centralWidget()
        assert isinstance(screens, QStackedWidget)
        if locked:
            self._curtain.close()
            self.lock_screen.reset()
            screens.setCurrentWidget(self.lock_screen)
            self.statusBar().clearMessage()
            self.statusBar().hide()
            self.lock_screen.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.lock_screen.reset()  # the typed passphrase does not stay in a hidden field
            screens.setCurrentIndex(0)
            self.statusBar().show()
            self._curtain.open()
            self._chat.read_open_chat()  # unlocked: what arrived meanwhile is read now

    def shutdown(self) -> None:
        """Before the services stop: the viewmodels cancel their work and start no more."""
        self._closing = True
        if self._activity is not None:
            _application().removeEventFilter(self._activity)
        if self._lock is not None:
            self._lock.shutdown()
        self._conversations.shutdown()
        self._chat.shutdown()
        for viewmodel in self._viewmodels.values():  # every screen built so far
            viewmodel.shutdown()
        if self.receiving is not None:
            self.receiving.shutdown()
        if self.token is not None:
            self.token.shutdown()

    def show_account_closed(self, closed_at: datetime | None, purge_at: datetime | None = None) -> None:
        """A closed business account: say so above everything, with the day its data goes."""
        if closed_at is None or purge_at is None:
            self.account_banner.hide()
            return
        self.account_banner.setText(
            self.tr(
                "This business account was closed on {day}: nothing is received or sent. Its data is removed on "
                "{purge} unless you reopen it in Settings."
            ).format(day=day_text(closed_at.astimezone().date()), purge=day_text(purge_at.astimezone().date()))
        )
        self.account_banner.show()

    def open_chat(self, conversation_id: int) -> None:
        """From another screen (a contact's "Open chat"): to the chats, with that conversation open."""
        self.show_screen(0)
        self.search.clear()
        row = self.list_model.row_of(conversation_id)
        if row is not None:
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
        else:
            self.list_view.clearSelection()
            self._build_chat()
            self._chat.open(conversation_id)

    def show_retention(self, done: int, total: int, finished: bool) -> None:
        self.retention.show_progress(done, total, finished)

    def show_screen(self, number: int) -> None:
        self._build_screen(number)
        self.pages.setCurrentIndex(number)
        self.screen_actions[number].setChecked(True)
        self._chat.read_open_chat()

    def reading_chat(self) -> bool:
        """Whether the owner sees the open chat: the window in front, not minimised or locked, on the chats."""
        screens = self.centralWidget()
        unlocked = not isinstance(screens, QStackedWidget) or screens.currentIndex() == 0
        return self.isActiveWindow() and not self.isMinimized() and unlocked and self.pages.currentIndex() == 0

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange):
            self._chat.read_open_chat()  # back in front: what arrived meanwhile is read now

    def open_receiving_settings(self) -> None:
        """Settings, scrolled to Receiving: where every receiving problem is fixed."""
        self.show_screen(SETTINGS_SCREEN)
        show = getattr(self.settings_page, "show_receiving", None)
        if show is not None:
            show()

    def _build_screen(self, number: int) -> None:
        """A screen's viewmodel and page, made the first time it is opened (a faster start); a screen whose
        figures change loads again when opened again."""
        spec, make = SCREENS[number], self._factories.get(number)
        if spec.page is None or make is None:
            return
        built = self._viewmodels.get(number)
        if built is not None:
            reload = getattr(built, "load", None)
            if spec.reload_when_shown and reload is not None:
                reload()
            return
        viewmodel = make()
        viewmodel.setParent(self)
        self._viewmodels[number] = viewmodel
        page = spec.page(viewmodel, self.pages)
        self._wire(number, viewmodel, page)
        placeholder = self._page(number)
        self.pages.insertWidget(number, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _wire(self, number: int, viewmodel: AsyncViewModel, page: QWidget) -> None:
        """What a screen asks of the window."""
        if number == CONTACTS_SCREEN:
            page.chat_wanted.connect(self.open_chat)  # type: ignore[attr-defined]
            page.export_wanted.connect(self.export_customer)  # type: ignore[attr-defined]
        elif number == SETTINGS_SCREEN:
            from monggo_desktop.ui.theme import apply_theme

            viewmodel.theme_chosen.connect(lambda theme: apply_theme(_application(), theme))  # type: ignore[attr-defined]
            # What Enter does in the composer, and its quick replies, change as soon as they are saved.
            viewmodel.loaded.connect(lambda view: self._chat.set_enter_sends(view.settings.enter_sends))  # type: ignore[attr-defined]
            viewmodel.quick_replies_loaded.connect(self._chat.quick_replies_loaded)  # type: ignore[attr-defined]

    def export_customer(self, who: str) -> None:
        """One customer's data, exported from the privacy center with the customer filled in."""
        self.show_screen(PRIVACY_SCREEN)
        self._page(PRIVACY_SCREEN).open_export().contact.setText(who)  # type: ignore[attr-defined]

    @property
    def contacts_page(self) -> QWidget:
        return self._page(CONTACTS_SCREEN)

    @property
    def profile_page(self) -> QWidget:
        return self._page(PROFILE_SCREEN)

    @property
    def settings_page(self) -> QWidget:
        return self._page(SETTINGS_SCREEN)

    @property
    def reports_page(self) -> QWidget:
        return self._page(REPORTS_SCREEN)

    @property
    def _reports(self) -> AsyncViewModel | None:
        return self._viewmodels.get(REPORTS_SCREEN)

    def _fill_filter(self, labels: list[LabelView]) -> None:
        """All, unread, archived, then one entry per label; the current choice survives a refresh."""
        current = self.show_filter.currentData()
        self.show_filter.blockSignals(True)
        self.show_filter.clear()
        self.show_filter.addItem(self.tr("All chats"), ListFilter())
        self.show_filter.addItem(self.tr("Unread"), ListFilter(ListShow.UNREAD))
        self.show_filter.addItem(self.tr("Archived"), ListFilter(ListShow.ARCHIVED))
        for label in labels:
            self.show_filter.addItem(
                swatch(label.color), self.tr("Label: {name}").format(name=label.name), ListFilter(label=label.name)
            )
        found = self.show_filter.findData(current) if current is not None else 0
        self.show_filter.setCurrentIndex(max(0, found))
        self.show_filter.blockSignals(False)

    def _filter_chosen(self, position: int) -> None:
        chosen = self.show_filter.itemData(position)
        if isinstance(chosen, ListFilter):
            self._conversations.set_filter(chosen)

    def list_actions(self, row: ConversationRow, menu: QMenu) -> None:
        """The conversation's context menu: pin or unpin, archive or bring back."""
        pin_text = self.tr("Unpin") if row.pinned else self.tr("Pin to the top")
        menu.addAction(pin_text, lambda: self._conversations.set_pinned(row.conversation_id, not row.pinned))
        archive_text = self.tr("Move out of the archive") if row.archived else self.tr("Archive")
        menu.addAction(archive_text, lambda: self._conversations.set_archived(row.conversation_id, not row.archived))

    def _list_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        self.list_actions(index.data(ConversationListModel.RowRole), menu)
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def step_chat(self, step: int) -> None:
        """The next (or previous) chat in the list, opened; the focus stays where it is."""
        rows = self.list_model.rowCount()
        if rows:
            current = self.list_view.currentIndex().row()
            self.list_view.setCurrentIndex(self.list_model.index(min(max(current + step, 0), rows - 1), 0))

    def show_shortcuts(self) -> None:
        screens = [(keyboard.native(spec.shortcut), self.tr(spec.name)) for spec in SCREENS]
        dialog = keyboard.ShortcutsDialog(keyboard.every_key(screens), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_chat(self) -> None:
        from monggo_desktop.ui.new_chat import NewChatDialog

        dialog = NewChatDialog(self._chat, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write_in_chat(self, _index: QModelIndex) -> None:
        if self._chat.conversation_id is not None:
            self.chat_panel.composer.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list_view.viewport()
            and event.type() == QEvent.Type.Paint
            and self.list_model.rowCount()
            and not self._first_page.is_set()
        ):
            QTimer.singleShot(0, self._first_page_painted)  # once this paint of the first rows is done
        if (
            watched is self.list_view.viewport()
            and event.type() == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()  # type: ignore[attr-defined]
        ):
            self.list_view.doItemsLayout()  # rows are as wide as the list: never clipped, never scrolled
        # Down from the search box goes to the list, as in every messenger.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
            self.list_view.setFocus()
            if not self.list_view.currentIndex().isValid() and self.list_model.rowCount():
                self.list_view.setCurrentIndex(self.list_model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _first_page_painted(self) -> None:
        self._first_page.set()
        QTimer.singleShot(0, self._build_chat)
        QTimer.singleShot(0, self._build_receiving)
        QTimer.singleShot(0, self._build_token_banner)

    def _build_token_banner(self) -> None:
        """The access token's banner: shown when it stopped working or will within 7 days."""
        if self._make_token is None or self.token is not None or self._closing:
            return
        from monggo_desktop.ui.notice_banner import NoticeBanner
        from monggo_desktop.ui.token_banner import TokenBanner

        self.token = self._make_token()
        self.token.setParent(self)
        self.token_banner = TokenBanner(self.token, self)
        self._banners.insertWidget(2, self.token_banner)
        self.notice_banner = NoticeBanner(self.token, self)  # what Meta said about the account: same source
        self._banners.insertWidget(2, self.notice_banner)

    def _build_receiving(self) -> None:
        """Whether this computer can receive, always in the status bar, with the fix one click away."""
        if self._make_receiving is None or self.receiving is not None or self._closing:
            return
        from monggo_desktop.ui.receiving_indicator import ReceivingIndicator

        self.receiving = self._make_receiving()
        self.receiving.setParent(self)
        self.receiving_indicator = ReceivingIndicator(
            self.receiving, self.open_receiving_settings, self._note_unless_busy, self
        )
        self.statusBar().addPermanentWidget(self.receiving_indicator)

    def _note_unless_busy(self, text: str) -> None:
        """A passing note (receiving works again) must not cover a receipt or an error the owner is reading."""
        if not self.statusBar().currentMessage():
            self.statusBar().showMessage(text, 15000)

    async def first_page_shown(self, timeout: float = 2.0) -> None:
        """Wait until the first page of conversations has been painted (or ``timeout`` seconds): the app
        starts its slow work after that, so the owner sees their chats first."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._first_page.wait()

    def _page(self, number: int) -> QWidget:
        page = self.pages.widget(number)
        assert page is not None  # every screen has a page or its placeholder
        return page

    def _rows_replaced(self, rows: list[ConversationRow], has_more: bool) -> None:
        current = self._chat.conversation_id
        self.list_model.replace_all(rows, has_more)
        if not rows and not self._first_page.is_set():
            QTimer.singleShot(0, self._first_page_painted)  # nothing to paint: the page is as shown as it gets
        row = self.list_model.row_of(current) if current is not None else None
        if row is not None:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
            self.list_view.selectionModel().blockSignals(False)

    def _rows_updated(self, rows: list[ConversationRow]) -> None:
        """Rows shown that changed in place (a tick, a read chat): repainted where they are; one not shown (another
        filter, a later page) stays out."""
        for row in rows:
            if self.list_model.row_of(row.conversation_id) is not None:
                self.list_model.upsert(row)

    def _open(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._build_chat()  # before the page comes back, so the chat is there to receive it
            self._chat.open(int(current.data(ConversationListModel.IdRole)))


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # the window exists only inside the application
    return app
