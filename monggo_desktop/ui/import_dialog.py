"""Importing contacts from a CSV or vCard file: a progress bar, Cancel, then what happened row by row."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel

REPORTS_SHOWN = 500  # a file full of bad rows still lists the first ones, and says how many there were


class ImportDialog(QDialog):
    def __init__(self, viewmodel: ContactsViewModel, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.status = QLabel(self.tr("Reading the file…"), self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first batch says how many entries there are
        self.reports = QListWidget(self)
        self.reports.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.reports, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self._cancel_or_close)
        viewmodel.import_progress.connect(self._progress)
        viewmodel.import_finished.connect(self._finished)
        viewmodel.error.connect(self._failed)
        self._done = False
        self._cancel: threading.Event = viewmodel.import_file(path)
        self.resize(480, 200)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Imported {done} of %n entries…", "", total).format(done=done))

    def _finished(self, result: object) -> None:
        self._done = True
        counts = {outcome.value: n for outcome, n in result.counts.items()}  # type: ignore[attr-defined]
        lead = self.tr("Import cancelled: what was imported is kept whole.") if result.cancelled else ""  # type: ignore[attr-defined]
        self.status.setText(
            " ".join(
                part
                for part in (
                    lead,
                    self.tr(
                        "{created} new, {merged} updated, {unchanged} unchanged, {skipped} skipped, {rejected} refused."
                    ).format(**counts),
                )
                if part
            )
        )
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        reports = result.reports  # type: ignore[attr-defined]
        if reports:
            self.reports.addItems([kept_text(str(r)) for r in reports[:REPORTS_SHOWN]])
            if len(reports) > REPORTS_SHOWN:
                self.reports.addItem(self.tr("… and {n} more").format(n=len(reports) - REPORTS_SHOWN))
            self.reports.show()
            self.resize(560, 420)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _failed(self, text: str) -> None:
        if not self._done:
            self._done = True
            self.status.setText(text)
            self.bar.setRange(0, 1)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _cancel_or_close(self) -> None:
        if self._done:
            self.reject()
            return
        self._cancel.set()
        self.status.setText(self.tr("Stopping after the rows in hand…"))
