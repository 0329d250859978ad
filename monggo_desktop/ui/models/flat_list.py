"""What the app's flat list models share: selectable leaf items and named roles."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt


class FlatListModel(QAbstractListModel):
    """A list of enabled, selectable items with no children; subclasses name their roles in ROLE_NAMES."""

    ROLE_NAMES: ClassVar[dict[int, bytes]] = {}

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role, name in self.ROLE_NAMES.items():
            names[role] = QByteArray(name)
        return names
