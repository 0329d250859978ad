"""The privacy center's state: the overview, a retention run on request, exports, backups, the security
self-check and deletion confirmations."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.models import DeletionRequest, utc_now
from monggo_desktop.services.privacy.center import PrivacyService
from monggo_desktop.ui.deletion_confirmation import as_pdf, as_text, confirmation_for
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

T = TypeVar("T")


class PrivacyViewModel(AsyncViewModel):
    loaded = Signal(object)  # PrivacyOverview
    ran = Signal(object)  # RetentionCounts of a run asked for here
    export_progress = Signal(int, int)  # work done, work in all: only grows (from the database thread)
    exported = Signal(object)  # ExportResult
    export_failed = Signal(str)
    backed_up = Signal(object)  # BackupResult of "Back up now"
    backup_failed = Signal(str)
    audited = Signal(object)  # AuditReport
    audit_failed = Signal(str)
    confirmation_saved = Signal(str)  # the file's name
    confirmation_failed = Signal(str)
    error = Signal(str)

    def __init__(self, service: PrivacyService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service

    def shutdown(self) -> None:
        super().shutdown()
        self._service.close()

    def load(self) -> None:
        self.run(self._service.overview, self.loaded.emit, key="overview")

    def export(self, out: str, contact: str, passphrase: str) -> threading.Event:
        """Start an export; set the returned event to cancel it (no file is left then)."""
        cancel = threading.Event()
        work = functools.partial(
            self._service.export,
            Path(out),
            contact=contact,
            passphrase=passphrase,
            cancel=cancel,
            progress=self.export_progress.emit,
        )
        self.run(work, self._and_load(self.exported.emit), say=self.export_failed.emit)  # the export is listed now
        return cancel

    def run_retention(self) -> None:
        self.run(self._service.run_retention, self._and_load(self.ran.emit))

    def back_up_now(self) -> None:
        # The new file, or the failed attempt, is listed.
        self.run(
            self._service.back_up_now, self._and_load(self.backed_up.emit), say=self._and_load(self.backup_failed.emit)
        )

    def run_audit(self) -> None:
        """The security self-check, on a thread of its own: it reads the whole database."""
        self.run(self._service.run_audit, self.audited.emit, say=self.audit_failed.emit)

    def save_confirmation(self, receipt: DeletionRequest, business: str, path: str) -> None:
        """The receipt as a confirmation: a PDF when ``path`` ends in .pdf, else a text file (UTF-8)."""
        target = Path(path)
        confirmation = confirmation_for(receipt, business, written_at=utc_now())
        data = as_pdf(confirmation) if target.suffix.lower() == ".pdf" else as_text(confirmation).encode("utf-8")
        self.run(
            lambda: self._service.save_file(target, data),
            lambda saved: self.confirmation_saved.emit(saved.name),
            say=self.confirmation_failed.emit,
        )

    def _and_load(self, emit: Callable[[T], None]) -> Callable[[T], None]:
        """``emit``, then the overview read again (what was just done is listed in it)."""

        def then(value: T) -> None:
            emit(value)
            self.load()

        return then
