"""A table whose last columns show only while they fit: the columns that matter stay whole, and the window
never needs a horizontal scroll bar for what is also shown elsewhere (a contact's consent, in its detail)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class FittingColumns(QObject):
    """Hides the columns from ``optional_from`` on, right to left, while the table is too narrow for them."""

    def __init__(self, table: QTableView, optional_from: int) -> None:
        super().__init__(table)
        self._table = table
        self._optional_from = optional_from
        table.installEventFilter(self)
        model = table.model()
        signals = (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged)
        signals += (model.headerDataChanged,)  # type: ignore[assignment]
        for signal in signals:
            signal.connect(self.refit_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit_soon()
        return False

    def refit_soon(self) -> None:
        QTimer.singleShot(0, self, self.refit)  # after the layout has given the table its width

    def width_of(self, column: int) -> int:
        """What the column needs: its set width if the user may drag it, else its contents or its title."""
        header = self._table.horizontalHeader()
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Interactive:
            return self._table.columnWidth(column) if not self._table.isColumnHidden(column) else 120
        return max(self._table.sizeHintForColumn(column), header.sectionSizeHint(column))

    def refit(self) -> None:
        table = self._table
        room = table.viewport().width()
        needed = sum(self.width_of(c) for c in range(self._optional_from))
        room_left = True
        for column in range(self._optional_from, table.model().columnCount()):
            width = self.width_of(column)
            shown = room_left and needed + width <= room  # in order: none shows after one that does not fit
            table.setColumnHidden(column, not shown)
            needed += width if shown else 0
            room_left = shown
