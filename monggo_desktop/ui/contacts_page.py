"""The contacts screen: a sortable table that pages in as it scrolls, search and a label filter, bulk
labels on a selection, and the detail of the contact chosen."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.contacts import ContactRow, LabelInfo
from monggo_desktop.domain.models import DeletionRequest
from monggo_desktop.ui.contact_detail import ContactDetailPanel
from monggo_desktop.ui.duplicates_dialog import DuplicatesDialog
from monggo_desktop.ui.fitting_columns import FittingColumns
from monggo_desktop.ui.import_dialog import ImportDialog
from monggo_desktop.ui.labels_dialog import LabelsDialog
from monggo_desktop.ui.models.contact_table_model import CONSENT, ContactTableModel
from monggo_desktop.ui.passphrase_hint import problem_label
from monggo_desktop.ui.swatch import swatch
from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel


class AddContactDialog(QDialog):
    """The number and the name; it closes only once the contact is made. A mistake is said under its field and
    nothing typed is lost."""

    def __init__(self, viewmodel: ContactsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self.setWindowTitle(self.tr("New contact"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("0812-3456-7890 or +62 812-3456-7890"))
        self.phone_problem = problem_label(self)
        self.name = QLineEdit(self)
        self.name_problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("WhatsApp number"), self.phone)
        form.addRow("", self.phone_problem)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_problem)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.phone.textEdited.connect(lambda _text: self.phone_problem.hide())
        self.name.textEdited.connect(lambda _text: self.name_problem.hide())
        viewmodel.added.connect(self._added)
        viewmodel.add_failed.connect(self._failed)

    def submit(self) -> None:
        self.phone_problem.hide()
        self.name_problem.hide()
        self.buttons.setEnabled(False)  # one request at a time; the answer enables it again
        self._vm.add(self.phone.text(), self.name.text())

    def done(self, result: int) -> None:
        self._vm.added.disconnect(self._added)
        self._vm.add_failed.disconnect(self._failed)
        super().done(result)

    def _added(self, _contact_id: int) -> None:
        self.accept()

    def _failed(self, field: str, text: str) -> None:
        self.buttons.setEnabled(True)
        label, entry = (self.phone_problem, self.phone) if field == "phone" else (self.name_problem, self.name)
        label.setText(text)
        label.show()
        entry.setFocus()
        entry.selectAll()


class ContactsPage(QWidget):
    chat_wanted = Signal(int)  # a conversation to open on the chats screen
    export_wanted = Signal(str)  # one customer's data to export, from the privacy center

    def __init__(self, viewmodel: ContactsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._labels: list[LabelInfo] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names and numbers"))
        self.search.setClearButtonEnabled(True)
        self.label_filter = QComboBox(self)
        self.label_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.total = QLabel(self)
        self.add_button = QPushButton(self.tr("New contact…"), self)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.labels_action = more.addAction(self.tr("Labels…"), self.manage_labels)
        self.duplicates_action = more.addAction(self.tr("Possible duplicates…"), self.show_duplicates)
        more.addSeparator()
        self.import_action = more.addAction(self.tr("Import from a file…"), self.choose_import)
        self.export_action = more.addAction(self.tr("Export to a file…"), self.choose_export)
        self.more_button.setMenu(more)
        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        # The name, the number, the labels and the last message fit at 1100 px; consent and marketing show
        # while there is room (they are in the detail too). The number and the dates are never cut.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 170), (2, 120)):  # many labels are cut here and all shown in the detail
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.columns = FittingColumns(self.table, optional_from=CONSENT)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail = ContactDetailPanel(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(340)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.label_filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.more_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.total)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search.textChanged.connect(viewmodel.set_text)
        self.label_filter.activated.connect(lambda i: viewmodel.set_label(self.label_filter.itemData(i)))
        self.model.sort_wanted.connect(viewmodel.set_sort)
        self.model.more_wanted.connect(viewmodel.load_more)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.customContextMenuRequested.connect(self._menu)
        self.add_button.clicked.connect(self.add_contact)
        viewmodel.exported.connect(
            lambda result: self._notice(
                self.tr("Exported %n contact(s) to {name}", "", result.contacts).format(name=result.path.name)
            )
        )
        viewmodel.rows_replaced.connect(self._rows_replaced)
        viewmodel.rows_appended.connect(self.model.append_page)
        viewmodel.labels_loaded.connect(self._labels_loaded)
        viewmodel.detail_loaded.connect(self.detail.show_detail)
        viewmodel.error.connect(self._error)
        viewmodel.saved.connect(self._notice)
        viewmodel.chat_wanted.connect(self.chat_wanted)
        self.detail.save_requested.connect(viewmodel.save)
        self.detail.consent_requested.connect(viewmodel.record_consent)
        self.detail.blocked_requested.connect(viewmodel.set_blocked)
        self.detail.chat_requested.connect(self._open_chat)
        self.detail.forget_requested.connect(self.confirm_forget)
        self.detail.export_requested.connect(self.export_wanted)
        viewmodel.forgotten.connect(self._forgotten)
        viewmodel.reload()
        viewmodel.load_labels()

    # From the viewmodel --------------------------------------------------------------------------

    def _rows_replaced(self, rows: list[ContactRow], has_more: bool, total: int) -> None:
        current = self._vm.open_contact
        self.model.replace_all(rows, has_more)
        self.total.setText(self.tr("%n contact(s)", "", total))
        position = self.model.row_of(current) if current is not None else None
        if position is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.selectionModel().blockSignals(False)

    def _labels_loaded(self, labels: list[LabelInfo]) -> None:
        self._labels = list(labels)
        chosen = self.label_filter.currentData()
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("All labels"), None)
        for label in self._labels:
            self.label_filter.addItem(swatch(label.color), label.name, label.name)
        self.label_filter.setCurrentIndex(max(0, self.label_filter.findData(chosen)))
        self.detail.set_label_names([label.name for label in self._labels])

    def _error(self, text: str) -> None:
        if self.detail.isEnabled():
            self.detail.show_problem(text)
        self._notice(text)

    def _notice(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 6000)

    # User actions ----------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._vm.open(int(current.data(ContactTableModel.IdRole)))

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(row).contact_id for row in sorted(rows)]

    def selection_actions(self, menu: QMenu) -> None:
        """Bulk labels on the selected contacts, and the chat of the current one."""
        chosen = self.selected_ids()
        if not chosen:
            return
        if len(chosen) == 1:
            menu.addAction(self.tr("Open chat"), lambda: self._vm.open_chat(chosen[0]))
        add = menu.addMenu(self.tr("Add label"))
        remove = menu.addMenu(self.tr("Remove label"))
        for label in self._labels:
            add.addAction(swatch(label.color), label.name, lambda i=label.id: self._vm.label_contacts(i, chosen, True))
            remove.addAction(
                swatch(label.color), label.name, lambda i=label.id: self._vm.label_contacts(i, chosen, False)
            )
        add.setEnabled(bool(self._labels))
        remove.setEnabled(bool(self._labels))

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.selection_actions(menu)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def confirm_forget(self) -> None:
        """The right to deletion, asked for by the customer: confirmed, then done at once."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete all data of this customer"),
            self.tr(
                "The contact, their chats, messages, files, labels, notes and consent record are deleted now and "
                "cannot be brought back. A receipt keeps only a scrambled form of the number, the times and how "
                "much was deleted.\n\nDelete everything about this customer?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._vm.forget_contact()

    def _forgotten(self, receipt: DeletionRequest) -> None:
        self.detail.setEnabled(False)
        self.detail.heading.setText(self.tr("Choose a contact"))
        self._notice(
            self.tr(
                "Deleted: %n message(s) and everything else about the customer. Receipt {id}.",
                "",
                receipt.counts.get("messages", 0),
            ).format(
                id=receipt.id,
            )
        )

    def _open_chat(self) -> None:
        if self._vm.open_contact is not None:
            self._vm.open_chat(self._vm.open_contact)

    def add_contact(self) -> None:
        dialog = AddContactDialog(self._vm, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def manage_labels(self) -> None:
        dialog = LabelsDialog(self._vm, self._labels, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_duplicates(self) -> None:
        dialog = DuplicatesDialog(self._vm, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), "", self.tr("Contacts (*.csv *.vcf *.vcard)")
        )
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> ImportDialog:
        dialog = ImportDialog(self._vm, path, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), "contacts.csv", self.tr("CSV (*.csv);;vCard (*.vcf)")
        )
        if path:
            self._vm.export_file(path)
