"""The privacy center's state: the overview, a retention run on request, and exports."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.services.privacy import PrivacyService
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


class PrivacyViewModel(AsyncViewModel):
    loaded = Signal(object)  # PrivacyOverview
    ran = Signal(object)  # RetentionCounts of a run asked for here
    export_progress = Signal(int, int)  # messages written, messages in the export (from the database thread)
    exported = Signal(object)  # ExportResult
    export_failed = Signal(str)
    error = Signal(str)

    def __init__(self, service: PrivacyService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service

    def load(self) -> None:
        self.spawn(self._load())

    async def _load(self) -> None:
        try:
            self.loaded.emit(await self._service.overview())
        except UserFacingError as exc:
            self.error.emit(str(exc))

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
            self.export_failed.emit(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return
        self.exported.emit(result)

    def run_retention(self) -> None:
        self.spawn(self._run())

    async def _run(self) -> None:
        try:
            self.ran.emit(await self._service.run_retention())
        except UserFacingError as exc:
            self.error.emit(str(exc))
            return
        await self._load()
