"""Managing labels: create, rename, recolour and delete; each change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.contacts import LabelInfo
from monggo_desktop.ui.swatch import swatch
from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel


class LabelsDialog(QDialog):
    def __init__(self, viewmodel: ContactsViewModel, labels: list[LabelInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self.setWindowTitle(self.tr("Labels"))
        self.listing = QListWidget(self)
        self.new_button = QPushButton(self.tr("New…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.colour_button = QPushButton(self.tr("Colour…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        side = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.colour_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.listing, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.new_button.clicked.connect(self._new)
        self.rename_button.clicked.connect(self._rename)
        self.colour_button.clicked.connect(self._recolour)
        self.delete_button.clicked.connect(self._delete)
        viewmodel.labels_loaded.connect(self.show_labels)
        self.show_labels(labels)
        self.resize(420, 320)

    def show_labels(self, labels: list[LabelInfo]) -> None:
        chosen = self.current()
        self.listing.clear()
        for label in labels:
            item = QListWidgetItem(
                swatch(label.color), self.tr("{name} (%n contact(s))", "", label.contacts).format(name=label.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, label)
            self.listing.addItem(item)
            if chosen is not None and label.id == chosen.id:
                self.listing.setCurrentItem(item)

    def current(self) -> LabelInfo | None:
        item = self.listing.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return info if isinstance(info, LabelInfo) else None

    def _new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New label"), self.tr("Name"))
        if ok and name.strip():
            self._vm.create_label(name)

    def _rename(self) -> None:
        label = self.current()
        if label is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename label"), self.tr("Name"), text=label.name)
        if ok and name.strip() and name.strip() != label.name:
            self._vm.rename_label(label.id, name)

    def _recolour(self) -> None:
        label = self.current()
        if label is None:
            return
        colour = QColorDialog.getColor(QColor(label.color), self, self.tr("Label colour"))
        if colour.isValid():
            self._vm.recolor_label(label.id, colour.name())

    def _delete(self) -> None:
        label = self.current()
        if label is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete label"),
            self.tr(
                "Delete the label {name}? It is taken off %n contact(s); the contacts stay.", "", label.contacts
            ).format(name=label.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._vm.delete_label(label.id)
