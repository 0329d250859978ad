"""The contacts table: pages of rows fetched as the view scrolls, sorted by the database, not in memory.

``sort`` does not reorder rows itself: it asks for a fresh first page in the new order (``sort_wanted``),
so 100,000 contacts sort as fast as 100. Updated rows (an edit, a label) replace theirs in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from monggo_desktop.domain.contacts import ContactRow, ContactSort
from monggo_desktop.domain.models import LegalBasis
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_CTX = "ContactTableModel"

NAME, PHONE, LABELS, LAST_MESSAGE, CONSENT, MARKETING = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Number"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Labels"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Last message"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Consent"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Marketing"),
)
SORTABLE = {NAME: ContactSort.NAME, PHONE: ContactSort.PHONE, LAST_MESSAGE: ContactSort.LAST_MESSAGE}
_BASIS = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("ContactTableModel", "consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("ContactTableModel", "contract"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("ContactTableModel", "legitimate interest"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def consent_text(row: ContactRow) -> str:
    basis = _tr(_BASIS[row.legal_basis]) if row.legal_basis else ""
    state = {
        "given": QCoreApplication.translate("ContactTableModel", "given"),
        "withdrawn": QCoreApplication.translate("ContactTableModel", "withdrawn"),
    }.get(row.consent or "", "")
    return " · ".join(part for part in (basis, state) if part) or QCoreApplication.translate(
        "ContactTableModel", "not recorded"
    )


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return (
        str(QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat))
        + f" {local:%H:%M}"
    )


class ContactTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    ROLE_NAMES: ClassVar[dict[int, bytes]] = {IdRole: b"contactId", RowRole: b"row"}

    more_wanted = Signal()
    sort_wanted = Signal(object, bool)  # ContactSort, descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._positions: dict[int, int] | None = None
        self._has_more = False
        self._fetching = False

    # Qt model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return _tr(_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or not 0 <= index.column() < len(_HEADERS):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == LABELS:
            return ", ".join(label.name for label in row.labels) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.blocked:
            # a blocked contact reads as set aside, in the theme's faint colour
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.DecorationRole and column == LABELS and row.labels:
            return QColor(row.labels[0].color)
        if role == self.IdRole:
            return row.contact_id
        if role == self.RowRole:
            return row
        return None

    def _display(self, row: ContactRow, column: int) -> str:
        if column == NAME:
            name = row.name or row.phone_display
            blocked = QCoreApplication.translate("ContactTableModel", "{name} (blocked)")
            return blocked.format(name=name) if row.blocked else name
        if column == PHONE:
            return row.phone_display
        if column == LABELS:
            return ", ".join(label.name for label in row.labels)
        if column == LAST_MESSAGE:
            return when_text(row.last_at)
        if column == CONSENT:
            return consent_text(row)
        return (
            QCoreApplication.translate("ContactTableModel", "opted out")
            if row.marketing_opt_out
            else QCoreApplication.translate("ContactTableModel", "allowed")
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in SORTABLE:
            self.sort_wanted.emit(SORTABLE[column], order == Qt.SortOrder.DescendingOrder)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit()

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role, name in self.ROLE_NAMES.items():
            names[role] = QByteArray(name)
        return names

    # Feeding the model ----------------------------------------------------------------------------

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def replace_all(self, rows: Iterable[ContactRow], has_more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._positions = None
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def append_page(self, rows: Iterable[ContactRow], has_more: bool) -> None:
        self._fetching = False
        self._has_more = has_more
        fresh = [r for r in rows if self.row_of(r.contact_id) is None]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._positions = None
        self.endInsertRows()

    def update_row(self, row: ContactRow) -> None:
        position = self.row_of(row.contact_id)
        if position is not None and self._rows[position] != row:
            self._rows[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(_HEADERS) - 1), [])

    def remove(self, contact_id: int) -> None:
        position = self.row_of(contact_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._positions = None
        self.endRemoveRows()

    def row_of(self, contact_id: int) -> int | None:
        if self._positions is None:
            self._positions = {r.contact_id: i for i, r in enumerate(self._rows)}
        return self._positions.get(contact_id)

    def row_at(self, position: int) -> ContactRow:
        return self._rows[position]
