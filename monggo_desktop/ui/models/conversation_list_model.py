"""The conversation list: rows in the order "pinned first, then newest first", paged from outside.

The rows come from an async viewmodel, so ``fetchMore`` only asks for a page (``more_wanted``) and the
viewmodel answers later with ``append_page``. Live changes (a new message, a tick) arrive through
``upsert``, which moves the row with ``beginMoveRows`` so the view keeps its selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from monggo_desktop.domain.views import ConversationRow
from monggo_desktop.ui.models.flat_list import FlatListModel

_Index = QModelIndex | QPersistentModelIndex


def order_key(row: ConversationRow) -> tuple[bool, bool, float, int]:
    """The list order as a sort key, the same as the database's: pinned, newest, then highest id first."""
    stamp = row.last_at.timestamp() if row.last_at is not None else 0.0
    return (not row.pinned, row.last_at is None, -stamp, -row.conversation_id)


class ConversationListModel(FlatListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    ROLE_NAMES: ClassVar[dict[int, bytes]] = {IdRole: b"conversationId", RowRole: b"row"}

    more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []
        self._positions: dict[int, int] | None = None  # conversation_id -> row, rebuilt after structural changes
        self._has_more = False
        self._fetching = False

    # Qt model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.phone_display
        if role == self.IdRole:
            return row.conversation_id
        if role == self.RowRole:
            return row
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True  # one outstanding request; append_page clears it
            self.more_wanted.emit()

    # Feeding the model ----------------------------------------------------------------------------

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def fetching(self) -> bool:
        return self._fetching

    def rows(self) -> list[ConversationRow]:
        return list(self._rows)

    def replace_all(self, rows: Iterable[ConversationRow], has_more: bool) -> None:
        """A fresh first page (start, search, filter change): reset, and forget any outstanding request."""
        self.beginResetModel()
        self._rows = _unique(rows)
        self._positions = None
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def fetch_failed(self) -> None:
        """The page asked for could not be loaded: the next ``fetchMore`` asks again."""
        self._fetching = False

    def append_page(self, rows: Iterable[ConversationRow], has_more: bool) -> None:
        """The answer to ``more_wanted``; an empty page with ``has_more`` after a failure allows a retry."""
        self._fetching = False
        self._has_more = has_more
        fresh: list[ConversationRow] = []
        for row in _unique(rows):
            if self.row_of(row.conversation_id) is None:
                fresh.append(row)
            else:
                self.upsert(row)  # it moved between pages (a new message arrived while paging)
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._positions = None
        self.endInsertRows()

    def upsert(self, row: ConversationRow) -> int | None:
        """Insert or update ``row`` at its place in the order; returns its row, or None when it is not shown.

        A row that sorts after the last loaded one while more pages exist is left to a later page,
        so paging never shows it twice or out of order.
        """
        current = self.row_of(row.conversation_id)
        if current is None:
            target = self._insertion_point(row, skip=None)
            if target == len(self._rows) and self._has_more:
                return None
            self.beginInsertRows(QModelIndex(), target, target)
            self._rows.insert(target, row)
            self._positions = None
            self.endInsertRows()
            return target
        if self._rows[current] == row:
            return current  # a refresh re-reads whole pages; unchanged rows cost nothing
        target = self._insertion_point(row, skip=current)
        if target == len(self._rows) - 1 and target != current and self._has_more:
            self.remove(row.conversation_id)
            return None
        if target != current:
            # Qt's destination is counted in the list before the move: one further down when moving down.
            destination = target + 1 if target > current else target
            self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), destination)
            del self._rows[current]
            self._rows.insert(target, row)
            self._positions = None
            self.endMoveRows()
        else:
            self._rows[current] = row
        changed = self.index(target, 0)
        self.dataChanged.emit(changed, changed, [])
        return target

    def remove(self, conversation_id: int) -> bool:
        position = self.row_of(conversation_id)
        if position is None:
            return False
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._positions = None
        self.endRemoveRows()
        return True

    def row_of(self, conversation_id: int) -> int | None:
        if self._positions is None:
            self._positions = {row.conversation_id: i for i, row in enumerate(self._rows)}
        return self._positions.get(conversation_id)

    def row_at(self, position: int) -> ConversationRow:
        return self._rows[position]

    def _insertion_point(self, row: ConversationRow, skip: int | None) -> int:
        """Where ``row`` goes in the list without the row at ``skip``: before the first row that sorts after it."""
        key = order_key(row)
        others = self._rows if skip is None else self._rows[:skip] + self._rows[skip + 1 :]
        low, high = 0, len(others)
        while low < high:
            middle = (low + high) // 2
            if order_key(others[middle]) < key:
                low = middle + 1
            else:
                high = middle
        return low


def _unique(rows: Iterable[ConversationRow]) -> list[ConversationRow]:
    """Rows with duplicate ids dropped (the last one wins in place of the first)."""
    seen: dict[int, int] = {}
    result: list[ConversationRow] = []
    for row in rows:
        if row.conversation_id in seen:
            result[seen[row.conversation_id]] = row
        else:
            seen[row.conversation_id] = len(result)
            result.append(row)
    return result
