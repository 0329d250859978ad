"""One conversation's bubbles, oldest at the top and newest at the bottom.

The newest page comes first (``set_newest``); older pages are asked for when the user scrolls to the
top (``request_older`` -> ``older_wanted``) and arrive through ``prepend_older``, inserted at row 0 so
the view keeps its current rows. Live changes (ticks, reactions, new messages) come through ``upsert``.

Paging keeps a window of ``window`` rows, however long the conversation: a page added at one end drops the
rows beyond the window at the other (far from what the user reads), and those come back through
``request_newer`` -> ``newer_wanted`` -> ``append_newer`` when the user scrolls down again. Memory stays
flat, and so does the view's layout pass, which measures every row after each change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from monggo_desktop.domain.views import BubbleView
from monggo_desktop.ui.models.flat_list import FlatListModel

_Index = QModelIndex | QPersistentModelIndex

WINDOW_ROWS = 600  # twelve pages of 50: many screens of bubbles, and a layout pass over them stays short


def local_day(moment: datetime) -> date:
    """The calendar day of ``moment`` on this computer's clock (aware times are converted, naive ones kept)."""
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def day_header_text(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("ChatModel", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("ChatModel", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _key(bubble: BubbleView) -> tuple[datetime, int]:
    return (bubble.at, bubble.message_id)


class ChatModel(FlatListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    BubbleRole = Qt.ItemDataRole.UserRole + 2
    DayHeaderRole = Qt.ItemDataRole.UserRole + 3
    ROLE_NAMES: ClassVar[dict[int, bytes]] = {IdRole: b"messageId", BubbleRole: b"bubble", DayHeaderRole: b"dayHeader"}

    older_wanted = Signal()
    newer_wanted = Signal()

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] | None = None, window: int | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today
        self._window = window or WINDOW_ROWS
        self._bubbles: list[BubbleView] = []
        self._positions: dict[int, int] | None = None  # message_id -> row, rebuilt after structural changes
        self._first_of_day: set[int] = set()  # message ids that carry a day header
        self._has_older = False
        self._older_requested = False
        self._has_newer = False  # rows below the bottom one were dropped (or not loaded yet)
        self._newer_requested = False

    # Qt model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bubbles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._bubbles):
            return None
        bubble = self._bubbles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return bubble.text or ""
        if role == self.IdRole:
            return bubble.message_id
        if role == self.BubbleRole:
            return bubble
        if role == self.DayHeaderRole:
            if bubble.message_id not in self._first_of_day:
                return None
            return day_header_text(local_day(bubble.at), self._today())
        return None

    # Paging ---------------------------------------------------------------------------------------

    @property
    def has_older(self) -> bool:
        return self._has_older

    def request_older(self) -> bool:
        """Ask for the page above the top row, once until it arrives; returns whether a request went out."""
        if not self._has_older or self._older_requested:
            return False
        self._older_requested = True
        self.older_wanted.emit()
        return True

    def older_failed(self) -> None:
        """The older page could not be loaded: allow ``request_older`` again."""
        self._older_requested = False

    @property
    def has_newer(self) -> bool:
        return self._has_newer

    def request_newer(self) -> bool:
        """Ask for the page below the bottom row (dropped earlier), once until it arrives."""
        if not self._has_newer or self._newer_requested:
            return False
        self._newer_requested = True
        self.newer_wanted.emit()
        return True

    def newer_failed(self) -> None:
        """The newer page could not be loaded: allow ``request_newer`` again."""
        self._newer_requested = False

    def set_newest(self, bubbles: Iterable[BubbleView], has_older: bool) -> None:
        """A conversation was opened (or reloaded): show its newest page."""
        self.beginResetModel()
        self._bubbles = sorted(_unique(bubbles), key=_key)
        self._positions = None
        self._first_of_day = self._compute_first_of_day()
        self._has_older = has_older
        self._older_requested = False
        self._has_newer = False
        self._newer_requested = False
        self.endResetModel()

    def prepend_older(self, bubbles: Iterable[BubbleView], has_older: bool) -> None:
        """The answer to ``older_wanted``; an empty page with ``has_older`` after a failure allows a retry."""
        self._older_requested = False
        self._has_older = has_older
        fresh = sorted((b for b in _unique(bubbles) if self.row_of(b.message_id) is None), key=_key)
        top = _key(self._bubbles[0]) if self._bubbles else None
        above = [b for b in fresh if top is None or _key(b) < top]
        if above:
            self.beginInsertRows(QModelIndex(), 0, len(above) - 1)
            self._bubbles[0:0] = above
            self._positions = None
            self.endInsertRows()
            self._refresh_day_headers()
        for bubble in fresh[len(above) :]:
            self.upsert(bubble)  # overlaps the loaded range (a message came in while paging)
        self._drop_beyond_window(at_top=False)

    def append_newer(self, bubbles: Iterable[BubbleView], has_newer: bool) -> None:
        """The answer to ``newer_wanted``: rows below the bottom one; the oldest beyond the window go."""
        self._newer_requested = False
        fresh = sorted((b for b in _unique(bubbles) if self.row_of(b.message_id) is None), key=_key)
        bottom = _key(self._bubbles[-1]) if self._bubbles else None
        below = [b for b in fresh if bottom is None or _key(b) > bottom]
        if below:
            end = len(self._bubbles)
            self.beginInsertRows(QModelIndex(), end, end + len(below) - 1)
            self._bubbles.extend(below)
            self._positions = None
            self.endInsertRows()
            self._refresh_day_headers()
        self._has_newer = has_newer
        for bubble in fresh[: len(fresh) - len(below)]:
            self.upsert(bubble)  # overlaps the loaded range (a message came in while paging)
        self._drop_beyond_window(at_top=True)

    def upsert(self, bubble: BubbleView) -> int | None:
        """Update a bubble in place, or insert a new one at its time; None when it belongs to unloaded history."""
        current = self.row_of(bubble.message_id)
        if current is not None and self._bubbles[current] == bubble:
            return current  # a refresh re-reads whole pages; unchanged bubbles cost nothing
        if current is not None and _key(self._bubbles[current]) == _key(bubble):
            self._bubbles[current] = bubble
            changed = self.index(current, 0)
            self.dataChanged.emit(changed, changed, [])
            return current
        target = self._insertion_point(bubble, skip=current)
        if current is None and self._bubbles:
            if target == 0 and self._has_older:
                return None
            if target == len(self._bubbles) and self._has_newer:
                return None  # below the bottom row while newer rows are not loaded: its page brings it
        if current is None:
            self.beginInsertRows(QModelIndex(), target, target)
            self._bubbles.insert(target, bubble)
            self._positions = None
            self.endInsertRows()
        else:
            if target != current:
                destination = target + 1 if target > current else target
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), destination)
                del self._bubbles[current]
                self._bubbles.insert(target, bubble)
                self._positions = None
                self.endMoveRows()
            else:
                self._bubbles[current] = bubble
            changed = self.index(target, 0)
            self.dataChanged.emit(changed, changed, [])
        self._refresh_day_headers()
        return target

    def row_of(self, message_id: int) -> int | None:
        if self._positions is None:
            self._positions = {b.message_id: i for i, b in enumerate(self._bubbles)}
        return self._positions.get(message_id)

    def media_changed(self, media_id: int) -> list[QModelIndex]:
        """A photo's thumbnail arrived: its rows are painted again (and returned, to be measured again)."""
        changed = []
        for row, bubble in enumerate(self._bubbles):
            if bubble.media_id == media_id:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [self.BubbleRole])
                changed.append(index)
        return changed

    def bubble_at(self, row: int) -> BubbleView:
        return self._bubbles[row]

    def oldest_id(self) -> int | None:
        """The top row's message id: where the next older page starts."""
        return self._bubbles[0].message_id if self._bubbles else None

    def newest_id(self) -> int | None:
        """The bottom row's message id: where the next newer page starts."""
        return self._bubbles[-1].message_id if self._bubbles else None

    # Internals ------------------------------------------------------------------------------------

    def _drop_beyond_window(self, *, at_top: bool) -> None:
        """Keep at most ``window`` rows: drop the excess at the top (the user went down) or at the bottom."""
        excess = len(self._bubbles) - self._window
        if excess <= 0:
            return
        first, last = (0, excess - 1) if at_top else (self._window, len(self._bubbles) - 1)
        self.beginRemoveRows(QModelIndex(), first, last)
        del self._bubbles[first : last + 1]
        self._positions = None
        self.endRemoveRows()
        if at_top:
            self._has_older = True
        else:
            self._has_newer = True
        self._refresh_day_headers()

    def _insertion_point(self, bubble: BubbleView, skip: int | None) -> int:
        key = _key(bubble)
        others = self._bubbles if skip is None else self._bubbles[:skip] + self._bubbles[skip + 1 :]
        low, high = 0, len(others)
        while low < high:
            middle = (low + high) // 2
            if _key(others[middle]) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def _compute_first_of_day(self) -> set[int]:
        first: set[int] = set()
        previous: date | None = None
        for bubble in self._bubbles:
            day = local_day(bubble.at)
            if day != previous:
                first.add(bubble.message_id)
            previous = day
        return first

    def _refresh_day_headers(self) -> None:
        """Tell the view about rows that gained or lost their day header (their height changes)."""
        before, self._first_of_day = self._first_of_day, self._compute_first_of_day()
        for message_id in before ^ self._first_of_day:
            row = self.row_of(message_id)
            if row is not None:
                changed = self.index(row, 0)
                self.dataChanged.emit(changed, changed, [self.DayHeaderRole])


def _unique(bubbles: Iterable[BubbleView]) -> list[BubbleView]:
    by_id: dict[int, BubbleView] = {}
    for bubble in bubbles:
        by_id[bubble.message_id] = bubble
    return list(by_id.values())
