"""Exporting the data (rights of access and portability): the whole account or one customer, encrypted by
default with a passphrase; writing it unencrypted is warned about first. A progress bar and Cancel."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel


class ExportDialog(QDialog):
    def __init__(self, viewmodel: PrivacyViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._cancel: threading.Event | None = None
        self.setWindowTitle(self.tr("Export data"))
        self.target = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Empty: the whole account; or one customer's number"))
        self.encrypt = QCheckBox(self.tr("Encrypt the ZIP with a passphrase (AES-256)"), self)
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("At least 12 characters"))
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Save as"), where)
        form.addRow(self.tr("Whose data"), self.contact)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel_or_close)
        viewmodel.export_progress.connect(self._progress)
        viewmodel.exported.connect(self._done)
        viewmodel.export_failed.connect(self._failed)
        self.resize(520, 260)

    def start(self) -> None:
        if not self.target.text().strip():
            self.status.setText(self.tr("Choose where to save the export first."))
            return
        if not self.encrypt.isChecked():
            answer = QMessageBox.warning(
                self,
                self.tr("Export without encryption"),
                self.tr(
                    "The ZIP will hold names, numbers and messages that anyone who gets the file can read. "
                    "Keep it safe and delete it when done.\n\nWrite it unencrypted?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Writing the export…"))
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else ""
        self.passphrase.clear()  # the secret leaves the screen
        self._cancel = self._vm.export(self.target.text().strip(), self.contact.text().strip(), passphrase)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export"), "monggo-export.zip", "ZIP (*.zip)")
        if path:
            self.target.setText(path)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: object) -> None:
        self._cancel = None
        counts = result.counts  # type: ignore[attr-defined]
        how = self.tr("encrypted") if result.encrypted else self.tr("NOT encrypted")  # type: ignore[attr-defined]
        self.status.setText(
            self.tr("Exported {messages} of {contacts} ({how}) to {name}.").format(
                messages=self.tr("%n message(s)", "", counts.get("messages", 0)),
                contacts=self.tr("%n contact(s)", "", counts.get("contacts", 0)),
                how=how,
                name=result.path.name,  # type: ignore[attr-defined]
            )
        )
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _failed(self, text: str) -> None:
        self._cancel = None
        self.status.setText(text)
        self.bar.hide()
        self.export_button.setEnabled(True)

    def _cancel_or_close(self) -> None:
        if self._cancel is not None:
            self._cancel.set()  # the job stops after its page and removes its temporary file
            self.status.setText(self.tr("Stopping…"))
            return
        self.reject()
