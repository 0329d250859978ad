"""Possible duplicates: groups of contacts that may be one person; pick the one to keep, see what a merge
would do, then merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.contacts import DuplicateGroup, MergePreview
from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel


class DuplicatesDialog(QDialog):
    def __init__(self, viewmodel: ContactsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._preview: MergePreview | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.explanation = QLabel(
            self.tr(
                "Choose two contacts of a group: the first one chosen is kept, the other is merged into it "
                "(its chats, messages, labels, notes and consent record move over)."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.groups = QTreeWidget(self)
        self.groups.setHeaderLabels([self.tr("Contact"), self.tr("Number"), self.tr("Labels")])
        self.groups.setSelectionMode(QTreeWidget.SelectionMode.MultiSelection)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self._order: list[int] = []
        self.groups.itemSelectionChanged.connect(self._selection_changed)
        self.merge_button.clicked.connect(self._merge)
        viewmodel.duplicates_loaded.connect(self.show_groups)
        viewmodel.merge_previewed.connect(self.show_preview)
        viewmodel.find_duplicates()
        self.resize(620, 460)

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups.clear()
        self._order = []
        self._preview = None
        self.merge_button.setEnabled(False)
        self.preview.setText("" if groups else self.tr("No possible duplicates found."))
        reasons = {"same number": self.tr("Same number"), "same name": self.tr("Same name")}
        for group in groups:
            top = QTreeWidgetItem([reasons.get(group.reason, group.reason)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in group.contacts:
                child = QTreeWidgetItem(
                    [row.name or row.phone_display, row.phone_display, ", ".join(label.name for label in row.labels)]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, row.contact_id)
                top.addChild(child)
            self.groups.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(self.groups.columnCount()):  # names and numbers whole, not cut beside empty space
            self.groups.resizeColumnToContents(column)

    def _selection_changed(self) -> None:
        chosen = [int(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.groups.selectedItems()]
        self._order = [c for c in self._order if c in chosen] + [c for c in chosen if c not in self._order]
        self._preview = None
        self.merge_button.setEnabled(False)
        if len(self._order) == 2:
            self._vm.preview_merge(self._order[0], self._order[1])
        else:
            self.preview.setText(self.tr("Choose the contact to keep, then the one to merge into it."))

    def show_preview(self, preview: MergePreview) -> None:
        if [preview.kept.id, preview.merged.id] != self._order:
            return
        self._preview = preview
        self.preview.setText(
            self.tr("Keeps {name}; moves {chats} with {messages} and {records}; labels afterwards: {labels}.").format(
                name=preview.name or preview.kept.phone_e164,
                chats=self.tr("%n chat(s)", "", preview.conversations_moved),
                messages=self.tr("%n message(s)", "", preview.messages_moved),
                records=self.tr("%n consent record(s)", "", preview.ledger_entries_moved),
                labels=", ".join(preview.labels) or "—",
            )
        )
        self.merge_button.setEnabled(True)

    def _merge(self) -> None:
        if self._preview is not None and self._preview.kept.id is not None and self._preview.merged.id is not None:
            self.merge_button.setEnabled(False)
            self._vm.merge(self._preview.kept.id, self._preview.merged.id)
