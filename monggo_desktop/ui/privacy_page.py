"""The privacy center: what is kept and for how long, what the next retention run removes, the last runs,
the deletion receipts, and what Meta keeps on its side. Counts and dates only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.services.privacy import PrivacyOverview
from monggo_desktop.ui.export_dialog import ExportDialog
from monggo_desktop.ui.models.contact_table_model import when_text
from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel


def kept_label(what: str) -> str:
    labels = {
        "messages": QCoreApplication.translate("PrivacyPage", "Messages, with their files and search entries"),
        "closed_accounts": QCoreApplication.translate("PrivacyPage", "Account data after the account is closed"),
        "backups": QCoreApplication.translate("PrivacyPage", "Encrypted backups"),
        "logs": QCoreApplication.translate("PrivacyPage", "Log files"),
        "usage_events": QCoreApplication.translate("PrivacyPage", "Usage analytics"),
    }
    return labels.get(what, what)


def counted(counts: dict[str, int]) -> str:
    names = {
        "messages": QCoreApplication.translate("PrivacyPage", "messages"),
        "media_files": QCoreApplication.translate("PrivacyPage", "files"),
        "webhook_bodies": QCoreApplication.translate("PrivacyPage", "webhook bodies"),
        "closed_accounts": QCoreApplication.translate("PrivacyPage", "closed accounts"),
        "usage_events": QCoreApplication.translate("PrivacyPage", "usage events"),
        "backups": QCoreApplication.translate("PrivacyPage", "backups"),
        "log_files": QCoreApplication.translate("PrivacyPage", "log files"),
        "conversations": QCoreApplication.translate("PrivacyPage", "chats"),
        "contacts": QCoreApplication.translate("PrivacyPage", "contacts"),
        "consent_entries": QCoreApplication.translate("PrivacyPage", "consent entries"),
    }
    parts = [f"{n:,} {names.get(k, k)}" for k, n in counts.items() if n]
    return ", ".join(parts) or QCoreApplication.translate("PrivacyPage", "nothing")


def state_word(value: str) -> str:
    words = {
        "done": QCoreApplication.translate("PrivacyPage", "done"),
        "cancelled": QCoreApplication.translate("PrivacyPage", "stopped; continued at the next start"),
        "failed": QCoreApplication.translate("PrivacyPage", "failed; tried again tomorrow"),
        "running": QCoreApplication.translate("PrivacyPage", "running"),
        "recorded": QCoreApplication.translate("PrivacyPage", "recorded"),
        "executed": QCoreApplication.translate("PrivacyPage", "executed"),
        "verified": QCoreApplication.translate("PrivacyPage", "done and checked"),
    }
    return words.get(value, value)


class PrivacyPage(QScrollArea):
    def __init__(self, viewmodel: PrivacyViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.heading = QLabel(self.tr("Privacy center"), body)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.kept = _table(body, [self.tr("What"), self.tr("Kept for"), self.tr("The policy allows")])
        self.next_run = QLabel(body)
        self.next_run.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Remove it now"), body)
        self.export_button = QPushButton(self.tr("Export data…"), body)
        self.runs = _table(body, [self.tr("Run"), self.tr("Outcome"), self.tr("Removed")])
        self.receipts = _table(body, [self.tr("Requested"), self.tr("Done"), self.tr("State"), self.tr("Deleted")])
        self.meta_note = QLabel(
            self.tr(
                "Meta keeps the content of Cloud API messages on its side for up to 30 days to deliver them, and "
                "a media id sent by WhatsApp stops working after 7 days (files are downloaded and kept encrypted "
                "here before that). Deleting here does not reach what Meta keeps."
            ),
            body,
        )
        self.meta_note.setWordWrap(True)
        self.message = QLabel(body)
        self.message.setWordWrap(True)

        kept_box = _group(body, self.tr("What is kept, and for how long"), self.kept)
        next_box = QGroupBox(self.tr("The next retention run (at every start and daily)"), body)
        next_layout = QHBoxLayout(next_box)
        next_layout.addWidget(self.next_run, 1)
        next_layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addWidget(kept_box)
        layout.addWidget(next_box)
        layout.addWidget(_group(body, self.tr("Last retention runs"), self.runs))
        layout.addWidget(
            _group(body, self.tr("Deletion requests (receipts keep a hash of the number only)"), self.receipts)
        )
        layout.addWidget(_group(body, self.tr("What Meta keeps"), self.meta_note))
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.run_button.clicked.connect(self._run)
        self.export_button.clicked.connect(self.open_export)
        viewmodel.loaded.connect(self.show_overview)
        viewmodel.ran.connect(
            lambda counts: self._say(self.tr("Removed: {what}.").format(what=counted(counts.as_dict())))
        )
        viewmodel.error.connect(self._say)
        viewmodel.load()

    def show_overview(self, overview: PrivacyOverview) -> None:
        self.run_button.setEnabled(True)
        _fill(
            self.kept,
            [
                [kept_label(k.what), self.tr("{n} days").format(n=k.days), self.tr("{n} days").format(n=k.policy_days)]
                for k in overview.kept
            ],
        )
        self.next_run.setText(self.tr("Past its period now: {what}.").format(what=counted(overview.next_run.as_dict())))
        _fill(self.runs, [[when_text(r.started_at), state_word(r.outcome), counted(r.counts)] for r in overview.runs])
        _fill(
            self.receipts,
            [
                [when_text(r.requested_at), when_text(r.executed_at), state_word(r.state.value), counted(r.counts)]
                for r in overview.receipts
            ],
        )

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self._vm, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _ran(self, counts: object) -> None:
        self._say(self.tr("Removed: {what}.").format(what=counted(counts.as_dict())))  # type: ignore[attr-defined]

    def _run(self) -> None:
        self.run_button.setEnabled(False)
        self._vm.run_retention()

    def _say(self, text: str) -> None:
        self.message.setText(text)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setMinimumHeight(120)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def _group(parent: QWidget, title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
