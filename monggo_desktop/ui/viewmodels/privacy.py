"""The privacy center's state: the overview, a retention run on request, exports, backups, the security
self-check and deletion confirmations."""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.domain.models import DeletionRequest, utc_now
from monggo_desktop.services.privacy import PrivacyService
from monggo_desktop.ui.deletion_confirmation import as_pdf, as_text, confirmation_for
from monggo_desktop.ui.sentences import sentence
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


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
        self.spawn(self._load())

    async def _load(self) -> None:
        try:
            self.loaded.emit(await self._service.overview())
        except UserFacingError as exc:
            self.error.emit(sentence(exc))

    def export(self, out: str, contact: str, passphrase: str) -> threading.Event:
        """Start an export; set the returned event to cancel it (no file is left then)."""
        cancel = threading.Event()
        self.spawn(self._export(Path(out), contact, passphrase, cancel))
        return cancel

    async def _export(self, out: Path, contact: str, passphrase: str, cancel: threading.Event) -> None:
        try:
            result = await self._service.export(
                out, contact=contact, passphrase=passphrase, cancel=cancel, progress=self.export_progress.emit
            )
        except UserFacingError as exc:
            self.export_failed.emit(sentence(exc))
            return
        self.exported.emit(result)
        await self._load()  # the export is listed now

    def run_retention(self) -> None:
        self.spawn(self._run())

    async def _run(self) -> None:
        try:
            self.ran.emit(await self._service.run_retention())
        except UserFacingError as exc:
            self.error.emit(sentence(exc))
            return
        await self._load()

    def back_up_now(self) -> None:
        self.spawn(self._back_up())

    async def _back_up(self) -> None:
        await self._attempt(self._service.back_up_now, self.backed_up, self.backup_failed)
        await self._load()  # the new file, or the failed attempt, is listed

    def run_audit(self) -> None:
        """The security self-check, on a thread of its own: it reads the whole database."""
        self.spawn(self._attempt(self._service.run_audit, self.audited, self.audit_failed))

    def save_confirmation(self, receipt: DeletionRequest, business: str, path: str) -> None:
        """The receipt as a confirmation: a PDF when ``path`` ends in .pdf, else a text file (UTF-8)."""
        target = Path(path)
        confirmation = confirmation_for(receipt, business, written_at=utc_now())
        data = as_pdf(confirmation) if target.suffix.lower() == ".pdf" else as_text(confirmation).encode("utf-8")

        async def save() -> str:
            return (await self._service.save_file(target, data)).name

        self.spawn(self._attempt(save, self.confirmation_saved, self.confirmation_failed))

    @staticmethod
    async def _attempt(work: Callable[[], Awaitable[Any]], done: SignalInstance, failed: SignalInstance) -> None:
        """``work``'s result on ``done``, or a user mistake (one sentence) on ``failed``; a bug is reported."""
        try:
            result = await work()
        except UserFacingError as exc:
            failed.emit(sentence(exc))
            return
        done.emit(result)
