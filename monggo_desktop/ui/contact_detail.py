"""The contact's detail: name, labels, notes and custom fields to edit; consent, blocking, the way into a
chat, and the history of edits and of consent, read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.contacts import ContactDetail, ContactEdit
from monggo_desktop.domain.customer_ids import handle
from monggo_desktop.domain.models import ConsentEvent, ConsentKind, ContactChange, LegalBasis
from monggo_desktop.domain.phone import display_international
from monggo_desktop.ui.models.contact_table_model import when_text
from monggo_desktop.ui.theme import set_tone


def ledger_line(event: ConsentEvent) -> str:
    kinds = {
        ConsentKind.LEGAL_BASIS: QCoreApplication.translate("ContactDetailPanel", "legal basis: {basis}"),
        ConsentKind.CONSENT_GIVEN: QCoreApplication.translate("ContactDetailPanel", "consent given"),
        ConsentKind.CONSENT_WITHDRAWN: QCoreApplication.translate("ContactDetailPanel", "consent withdrawn"),
        ConsentKind.MARKETING_OPT_OUT: QCoreApplication.translate("ContactDetailPanel", "opted out of marketing"),
        ConsentKind.MARKETING_OPT_IN: QCoreApplication.translate("ContactDetailPanel", "marketing allowed again"),
    }
    sources = {
        "manual": QCoreApplication.translate("ContactDetailPanel", "recorded here"),
        "import": QCoreApplication.translate("ContactDetailPanel", "from an import"),
        "customer_reply": QCoreApplication.translate("ContactDetailPanel", "the customer's reply"),
        "webhook": QCoreApplication.translate("ContactDetailPanel", "WhatsApp's preference notice"),
    }
    what = kinds[event.kind].format(basis=basis_text(event.legal_basis))
    return f"{when_text(event.at)} · {what} · {sources[event.source.value]}"


def basis_text(basis: LegalBasis | None) -> str:
    names = {
        LegalBasis.CONSENT: QCoreApplication.translate("ContactDetailPanel", "consent"),
        LegalBasis.CONTRACT: QCoreApplication.translate("ContactDetailPanel", "contract"),
        LegalBasis.LEGITIMATE_INTEREST: QCoreApplication.translate("ContactDetailPanel", "legitimate interest"),
    }
    return names.get(basis, "") if basis else ""


def history_line(change: ContactChange) -> str:
    fields = {
        "display_name": QCoreApplication.translate("ContactDetailPanel", "name"),
        "notes": QCoreApplication.translate("ContactDetailPanel", "notes"),
        "labels": QCoreApplication.translate("ContactDetailPanel", "labels"),
        "custom_fields": QCoreApplication.translate("ContactDetailPanel", "custom fields"),
        "blocked": QCoreApplication.translate("ContactDetailPanel", "blocked"),
        "merged_with": QCoreApplication.translate("ContactDetailPanel", "merged with another contact"),
    }
    names = ", ".join(fields.get(name, name) for name in sorted(change.changes))
    return QCoreApplication.translate("ContactDetailPanel", "{when} · changed: {fields}").format(
        when=when_text(change.at), fields=names
    )


class ContactDetailPanel(QWidget):
    save_requested = Signal(object)  # ContactEdit
    consent_requested = Signal(object, object)  # ConsentKind, LegalBasis | None
    blocked_requested = Signal(bool)
    chat_requested = Signal()
    forget_requested = Signal()
    export_requested = Signal(str)  # the customer's number (or BSUID): a copy of their data (right of access)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ContactDetail | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.number = QLabel(self)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chat_button = QPushButton(self.tr("Open chat"), self)
        self.block_button = QPushButton(self)
        self.forget_button = QPushButton(self.tr("Delete all data of this customer…"), self)
        set_tone(self.forget_button, "problem")
        self.export_button = QPushButton(self.tr("Export this customer's data…"), self)

        self.name = QLineEdit(self)
        self.labels = QLineEdit(self)
        self.labels.setPlaceholderText(self.tr("Labels, separated by commas"))
        self._label_names = QStringListModel(self)
        completer = QCompleter(self._label_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.labels.setCompleter(completer)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        self.fields = QTableWidget(0, 2, self)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.fields.setMaximumHeight(130)
        self.add_field_button = QPushButton(self.tr("Add a field"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("contactProblem")
        set_tone(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("Not recorded"), None)
        for basis in LegalBasis:
            self.basis.addItem(basis_text(basis), basis)
        self.consent_given = QPushButton(self.tr("Consent given"), self)
        self.consent_withdrawn = QPushButton(self.tr("Consent withdrawn"), self)
        self.opt_out = QCheckBox(self.tr("Opted out of marketing messages"), self)
        self.ledger = QListWidget(self)
        self.ledger.setMaximumHeight(110)
        self.history = QListWidget(self)
        self.history.setMaximumHeight(110)
        for listing in (self.ledger, self.history):
            listing.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.number.setWordWrap(True)
        top = QVBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.number)
        actions = QHBoxLayout()
        actions.addWidget(self.chat_button)
        actions.addWidget(self.block_button)
        actions.addStretch(1)
        top.addLayout(actions)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Custom fields"), self.fields)
        form.addRow("", self.add_field_button)
        consent = QGroupBox(self.tr("Consent (UU PDP, GDPR)"), self)  # Indonesia's law first: the shop's own
        consent_layout = QVBoxLayout(consent)
        consent_form = QFormLayout()
        consent_form.addRow(self.tr("Legal basis"), self.basis)
        consent_layout.addLayout(consent_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.consent_given)
        buttons.addWidget(self.consent_withdrawn)
        buttons.addStretch(1)
        consent_layout.addLayout(buttons)
        consent_layout.addWidget(self.opt_out)
        consent_layout.addWidget(QLabel(self.tr("Ledger"), consent))
        consent_layout.addWidget(self.ledger)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.problem, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(save_row)
        layout.addWidget(consent)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history)
        # What a customer may ask for, one under the other (the panel is narrow): a copy of their data, or its deletion.
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.save_button.clicked.connect(self._save)
        self.add_field_button.clicked.connect(lambda: self.fields.insertRow(self.fields.rowCount()))
        self.chat_button.clicked.connect(self.chat_requested)
        self.forget_button.clicked.connect(self.forget_requested)
        self.export_button.clicked.connect(self._export)
        self.block_button.clicked.connect(
            lambda: self.blocked_requested.emit(not (self._detail and self._detail.contact.blocked))
        )
        self.basis.activated.connect(self._basis_chosen)
        self.consent_given.clicked.connect(lambda: self.consent_requested.emit(ConsentKind.CONSENT_GIVEN, None))
        self.consent_withdrawn.clicked.connect(lambda: self.consent_requested.emit(ConsentKind.CONSENT_WITHDRAWN, None))
        self.opt_out.clicked.connect(
            lambda on: self.consent_requested.emit(
                ConsentKind.MARKETING_OPT_OUT if on else ConsentKind.MARKETING_OPT_IN, None
            )
        )
        self.setEnabled(False)
        self.heading.setText(self.tr("Choose a contact"))

    def set_label_names(self, names: list[str]) -> None:
        self._label_names.setStringList(names)

    def _export(self) -> None:
        contact = self._detail.contact if self._detail is not None else None
        who = contact.phone_e164 or contact.user_id if contact is not None else None
        if who:
            self.export_requested.emit(who)

    def show_detail(self, detail: ContactDetail) -> None:
        self._detail = detail
        contact = detail.contact
        self.setEnabled(True)
        self.problem.hide()
        known_as = handle(contact.username, contact.user_id)
        number = display_international(contact.phone_e164) if contact.phone_e164 else ""
        self.heading.setText(contact.display_name or contact.profile_name or number or known_as)
        whatsapp = self.tr(" · WhatsApp name: {name}").format(name=contact.profile_name) if contact.profile_name else ""
        if not number:
            number = self.tr("{handle} (no number shared)").format(handle=known_as)
        elif contact.username:
            whatsapp += f" · @{contact.username}"
        self.number.setText(number + whatsapp)
        self.block_button.setText(self.tr("Unblock") if contact.blocked else self.tr("Block"))
        self.name.setText(contact.display_name)
        self.name.setPlaceholderText(contact.profile_name or self.tr("A name for this customer"))
        self.labels.setText(", ".join(contact.labels))
        self.notes.setPlainText(contact.notes)
        self.fields.setRowCount(0)
        for key, value in contact.custom_fields.items():
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            self.fields.setItem(row, 0, QTableWidgetItem(key))
            self.fields.setItem(row, 1, QTableWidgetItem(value))
        self.basis.setCurrentIndex(max(0, self.basis.findData(contact.legal_basis)))
        self.opt_out.setChecked(contact.marketing_opt_out)
        self.ledger.clear()
        self.ledger.addItems([ledger_line(e) for e in reversed(detail.ledger)] or [self.tr("Nothing recorded yet")])
        self.history.clear()
        self.history.addItems([history_line(c) for c in detail.history] or [self.tr("No edits yet")])

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def current_edit(self) -> ContactEdit:
        fields = []
        for row in range(self.fields.rowCount()):
            key, value = self.fields.item(row, 0), self.fields.item(row, 1)
            fields.append((key.text() if key else "", value.text() if value else ""))
        return ContactEdit(
            display_name=self.name.text(),
            notes=self.notes.toPlainText(),
            labels=tuple(part for part in self.labels.text().split(",")),
            custom_fields=tuple(fields),
        )

    def _save(self) -> None:
        self.problem.hide()
        self.save_requested.emit(self.current_edit())

    def _basis_chosen(self, position: int) -> None:
        basis = self.basis.itemData(position)
        if isinstance(basis, LegalBasis):
            self.consent_requested.emit(ConsentKind.LEGAL_BASIS, basis)
