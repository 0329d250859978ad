"""The privacy center: the security self-check, what is kept and for how long, what the next retention run
removes, the backups, the exports made, the deletion receipts (each can be saved as a confirmation), the last
runs, and what Meta keeps on its side. Counts, dates and file names only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.models import DeletionRequest, utc_now
from monggo_desktop.services.privacy.center import PrivacyOverview
from monggo_desktop.ui.export_dialog import ExportDialog
from monggo_desktop.ui.models.contact_table_model import when_text
from monggo_desktop.ui.privacy_sections import AuditBox, BackupsBox, fill_table, group_box, make_table
from monggo_desktop.ui.privacy_texts import counted, kept_label, state_word
from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel

__all__ = ["PrivacyPage", "counted", "kept_label", "state_word"]


class PrivacyPage(QScrollArea):
    def __init__(self, viewmodel: PrivacyViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._overview: PrivacyOverview | None = None
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.heading = QLabel(self.tr("Privacy center"), body)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.export_button = QPushButton(self.tr("Export data…"), body)
        self.audit = AuditBox(body)
        self.kept = make_table(body, [self.tr("What"), self.tr("Kept for"), self.tr("The policy allows")])
        self.next_run = QLabel(body)
        self.next_run.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Remove it now"), body)
        self.backups = BackupsBox(body)
        self.exports = make_table(body, [self.tr("Made"), self.tr("Whose data"), self.tr("Encrypted"), self.tr("File")])
        self.receipts = make_table(
            body, [self.tr("Requested"), self.tr("Done"), self.tr("State"), self.tr("Deleted")], selectable=True
        )
        self.confirm_button = QPushButton(self.tr("Save confirmation…"), body)
        self.confirm_button.setEnabled(False)
        self.confirm_status = QLabel(body)
        self.confirm_status.setWordWrap(True)
        self.runs = make_table(body, [self.tr("Run"), self.tr("Outcome"), self.tr("Removed")])
        self.meta_note = QLabel(
            self.tr(
                "Meta keeps the content of Cloud API messages on its side for up to 30 days to deliver them, and "
                "a media id sent by WhatsApp stops working after 7 days (files are downloaded and kept encrypted "
                "here before that). Deleting a customer here also deletes the files sent to them from Meta's servers "
                "when Meta can be reached; the rest of what Meta keeps is beyond reach from here."
            ),
            body,
        )
        self.meta_note.setWordWrap(True)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self._lay_out(body)

        self.audit.run_button.clicked.connect(self.run_audit)
        self.run_button.clicked.connect(self._run)
        self.backups.back_up_button.clicked.connect(self.back_up)
        self.export_button.clicked.connect(self.open_export)
        self.confirm_button.clicked.connect(self.ask_where_to_save)
        self.receipts.itemSelectionChanged.connect(
            lambda: self.confirm_button.setEnabled(self.selected_receipt() is not None)
        )
        viewmodel.loaded.connect(self.show_overview)
        viewmodel.ran.connect(
            lambda counts: self._say(self.tr("Removed: {what}.").format(what=counted(counts.as_dict())))
        )
        viewmodel.backed_up.connect(
            lambda result: self.backups.say(self.tr("Backed up to {name}.").format(name=result.path.name))
        )
        viewmodel.backup_failed.connect(self.backups.say)
        viewmodel.audited.connect(lambda report: self.audit.show_report(report, utc_now()))
        viewmodel.audit_failed.connect(self.audit.failed)
        viewmodel.confirmation_saved.connect(
            lambda name: self.confirm_status.setText(self.tr("Saved as {name}.").format(name=name))
        )
        viewmodel.confirmation_failed.connect(self.confirm_status.setText)
        viewmodel.error.connect(self._failed)
        viewmodel.load()
        self.run_audit()

    def _lay_out(self, body: QWidget) -> None:
        next_box = QGroupBox(self.tr("The next retention run (at every start and daily)"), body)
        next_layout = QHBoxLayout(next_box)
        next_layout.addWidget(self.next_run, 1)
        next_layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignTop)
        receipts_box = group_box(
            body, self.tr("Deletion requests (receipts keep a hash of the number only)"), self.receipts
        )
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_status, 1)
        confirm_row.addWidget(self.confirm_button)
        box_layout = receipts_box.layout()
        assert isinstance(box_layout, QVBoxLayout)  # section_box lays its contents out in a column
        box_layout.addLayout(confirm_row)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.audit)
        layout.addWidget(group_box(body, self.tr("What is kept, and for how long"), self.kept))
        layout.addWidget(next_box)
        layout.addWidget(self.backups)
        layout.addWidget(group_box(body, self.tr("Exports made"), self.exports))
        layout.addWidget(receipts_box)
        layout.addWidget(group_box(body, self.tr("Last retention runs"), self.runs))
        layout.addWidget(group_box(body, self.tr("What Meta keeps"), self.meta_note))
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_overview(self, overview: PrivacyOverview) -> None:
        self._overview = overview
        self.run_button.setEnabled(True)
        fill_table(
            self.kept,
            [
                [kept_label(k.what), self.tr("%n day(s)", "", k.days), self.tr("%n day(s)", "", k.policy_days)]
                for k in overview.kept
            ],
        )
        self.next_run.setText(self.tr("Past its period now: {what}.").format(what=counted(overview.next_run.as_dict())))
        if overview.backups is not None:
            self.backups.show_backups(overview.backups)
        fill_table(
            self.exports,
            [
                [
                    when_text(e.made_at),
                    self.tr("the whole account") if e.whole_account else self.tr("one customer"),
                    self.tr("yes") if e.encrypted else self.tr("NO"),
                    e.file_name if e.file_name is not None else self.tr("(name removed with the customer's data)"),
                ]
                for e in overview.exports
            ],
        )
        fill_table(
            self.receipts,
            [
                [when_text(r.requested_at), when_text(r.executed_at), state_word(r.state.value), counted(r.counts)]
                for r in overview.receipts
            ],
        )
        fill_table(
            self.runs, [[when_text(r.started_at), state_word(r.outcome), counted(r.counts)] for r in overview.runs]
        )
        self.confirm_button.setEnabled(self.selected_receipt() is not None)

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self._vm, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def run_audit(self) -> None:
        self.audit.running()
        self._vm.run_audit()

    def back_up(self) -> None:
        self.backups.working()
        self._vm.back_up_now()

    def selected_receipt(self) -> DeletionRequest | None:
        rows = self.receipts.selectionModel().selectedRows()
        if self._overview is None or not rows or rows[0].row() >= len(self._overview.receipts):
            return None
        return self._overview.receipts[rows[0].row()]

    def ask_where_to_save(self) -> None:
        receipt = self.selected_receipt()
        if receipt is None:
            return
        pdf, text = self.tr("PDF document (*.pdf)"), self.tr("Text file (*.txt)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the deletion confirmation"), f"deletion-{receipt.id}.pdf", f"{pdf};;{text}"
        )
        if not path:
            return
        if not path.lower().endswith((".pdf", ".txt")):
            path += ".txt" if chosen == text else ".pdf"
        self.save_confirmation(receipt, path)

    def save_confirmation(self, receipt: DeletionRequest, path: str) -> None:
        """Write the receipt's confirmation: a PDF for a .pdf name, else text."""
        business = self._overview.business_name if self._overview is not None else ""
        self._vm.save_confirmation(receipt, business, path)

    def _run(self) -> None:
        self.run_button.setEnabled(False)
        self._vm.run_retention()

    def _failed(self, text: str) -> None:
        self._say(text)
        self.run_button.setEnabled(True)

    def _say(self, text: str) -> None:
        self.message.setText(text)
