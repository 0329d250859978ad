"""The conversation list: pages of rows, search as you type (the latest query wins), and on a change only what
changed: a delivery tick or a read chat repaints its row, a new message reads the list again."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from monggo_desktop.domain.changes import NOTHING, Changes
from monggo_desktop.domain.views import ConversationRow, ListFilter, Page
from monggo_desktop.services.messaging.chat_reads import CONVERSATION_PAGE
from monggo_desktop.services.messaging.chat_services import ChatServices
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

log = logging.getLogger("monggo.ui")

SEARCH_DEBOUNCE_MS = 150
REFRESH_DEBOUNCE_MS = 120  # changes are read once they pause this long (a burst is read once, after it)


class ConversationListViewModel(AsyncViewModel):
    rows_replaced = Signal(list, bool)  # rows, has_more
    rows_appended = Signal(list, bool)
    rows_updated = Signal(list)  # ConversationRow: these rows as they are now, each in its place
    labels_loaded = Signal(list)  # LabelView, for the filter
    error = Signal(str)
    more_failed = Signal()  # the next page could not be loaded

    def __init__(self, services: ChatServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._query = ""
        self._filter = ListFilter()
        self._loaded = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self._pending = NOTHING  # what changed since the last refresh
        services.feed.subscribe(self._changed)

    def shutdown(self) -> None:
        self._search_timer.stop()
        self._refresh_timer.stop()
        super().shutdown()

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        self._query = text.strip()
        self._search_timer.start()

    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    def set_filter(self, list_filter: ListFilter) -> None:
        """Which conversations to list (a search looks through all of them, archived included)."""
        self._filter = list_filter
        self._loaded = 0
        self.reload()

    def load_labels(self) -> None:
        self.run(self._services.reads.labels, self.labels_loaded.emit, key="labels")

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.run(lambda: self._services.actions.set_pinned(conversation_id, pinned))

    def set_archived(self, conversation_id: int, archived: bool) -> None:
        self.run(lambda: self._services.actions.set_archived(conversation_id, archived))

    def _changed(self, changes: Changes) -> None:
        self._pending = self._pending | changes
        self._refresh_timer.start()

    def _refresh(self) -> None:
        changes, self._pending = self._pending, NOTHING
        if changes.needs_list() or (changes.conversations and self._query):
            self.reload()  # rows came, went or moved; or a search, whose matches may have changed
        elif changes.conversations:
            self.run(
                lambda: self._services.reads.conversation_rows(changes.conversations),
                self.rows_updated.emit,
                key="row updates",
            )
        if changes.needs_list() or changes.labels:
            self.load_labels()

    def reload(self) -> None:
        self.run(self._reload, key="rows")  # the latest query wins

    def load_more(self) -> None:
        if not self._query:
            self.run(
                lambda: self._services.reads.conversations(offset=self._loaded, list_filter=self._filter),
                self._appended,
                failed=self.more_failed.emit,  # the list asks again when scrolled
            )

    async def _reload(self) -> None:
        if self._query:
            rows = await self._services.reads.search(self._query)
            self._loaded = 0
            self.rows_replaced.emit(rows, False)
            return
        page = await self._services.reads.conversations(
            limit=max(self._loaded, CONVERSATION_PAGE), list_filter=self._filter
        )
        self._loaded = len(page.items)
        self.rows_replaced.emit(page.items, page.has_more)

    def _appended(self, page: Page[ConversationRow]) -> None:
        self._loaded += len(page.items)
        self.rows_appended.emit(page.items, page.has_more)
