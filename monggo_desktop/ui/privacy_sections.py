"""Parts of the privacy center: the security self-check, the backups, and the tables the page is made of."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.privacy import BackupOutcome
from monggo_desktop.services.privacy.audit import AuditReport
from monggo_desktop.services.privacy.center import BackupsOverview
from monggo_desktop.ui.models.contact_table_model import when_text
from monggo_desktop.ui.privacy_texts import backup_failure_text, finding_text, size_text
from monggo_desktop.ui.theme import set_tone

SHOWN_ROWS = 6  # a table taller than this scrolls within itself


class AuditBox(QGroupBox):
    """The security self-check's outcome: all checks pass, or each finding with what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Security self-check"), parent)
        self.summary = QLabel(self.tr("Checking…"), self)
        self.summary.setWordWrap(True)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        set_tone(self.findings, "problem")
        self.findings.hide()
        self.run_button = QPushButton(self.tr("Run again"), self)
        self.run_button.setEnabled(False)
        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.findings)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignTop)

    def running(self) -> None:
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the encryption, the key, the files and the connections…"))

    def show_report(self, report: AuditReport, at: datetime) -> None:
        self.run_button.setEnabled(True)
        if report.clean:
            self.summary.setText(
                self.tr("All {n} checks pass ({when}): the data is encrypted, its key is safe, no file is open to"
                        " others or unencrypted, and the connections are protected.").format(
                    n=len(report.checks), when=when_text(at))
            )  # fmt: skip
            self.findings.hide()
            return
        found = self.tr("The self-check found %n problem(s) ({when}):", "", len(report.findings))
        self.summary.setText(found.format(when=when_text(at)))
        self.findings.setText("\n".join(f"• {finding_text(f)}" for f in report.findings))
        self.findings.show()

    def failed(self, why: str) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("The self-check could not run: {why}").format(why=why))
        self.findings.hide()


class BackupsBox(QGroupBox):
    """The backup files, when the next one is made, the last failure if the newest attempt failed, and a
    button for one now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups (encrypted, each kept 90 days)"), parent)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.failure = QLabel(self)
        self.failure.setWordWrap(True)
        set_tone(self.failure, "problem")
        self.failure.hide()
        self.back_up_button = QPushButton(self.tr("Back up now"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()  # until "Back up now" has something to say
        self.files = make_table(self, [self.tr("Made"), self.tr("Size"), self.tr("File")])
        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.next_label)
        text.addWidget(self.failure)
        top.addLayout(text, 1)
        top.addWidget(self.back_up_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.files)
        layout.addWidget(self.status)

    def working(self) -> None:
        self.back_up_button.setEnabled(False)
        self.say(self.tr("Making a backup…"))

    def say(self, text: str) -> None:
        """The outcome of "Back up now", under the list it changed."""
        self.status.setText(text)
        self.status.show()

    def show_backups(self, backups: BackupsOverview) -> None:
        self.back_up_button.setEnabled(True)
        self.next_label.setText(
            self.tr("A backup is made every day while the app runs; the next one is due {when}.").format(
                when=when_text(backups.next_due)
            )
        )
        newest = backups.runs[0] if backups.runs else None
        if newest is not None and newest.outcome is BackupOutcome.FAILED:
            self.failure.setText(
                self.tr("The last backup, {when}, failed: {why}. It is tried again in an hour.").format(
                    when=when_text(newest.started_at), why=backup_failure_text(newest.reason)
                )
            )
            self.failure.show()
        else:
            self.failure.hide()
        fill_table(self.files, [[when_text(f.made_at), size_text(f.size), f.name] for f in backups.files])


def make_table(parent: QWidget, headers: list[str], *, selectable: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if selectable:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    else:
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    _fit(table)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    _fit(table)


def group_box(parent: QWidget, title: str, *content: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    for widget in content:
        layout.addWidget(widget)
    return box


def _fit(table: QTableWidget) -> None:
    """As tall as its rows (one empty row at least, SHOWN_ROWS at most): the page scrolls, not each table."""
    rows = min(max(table.rowCount(), 1), SHOWN_ROWS)
    height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth())
