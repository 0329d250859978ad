"""The privacy center's state: the overview, and a retention run on request."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.services.privacy import PrivacyService
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


class PrivacyViewModel(AsyncViewModel):
    loaded = Signal(object)  # PrivacyOverview
    ran = Signal(object)  # RetentionCounts of a run asked for here
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

    def run_retention(self) -> None:
        self.spawn(self._run())

    async def _run(self) -> None:
        try:
            self.ran.emit(await self._service.run_retention())
        except UserFacingError as exc:
            self.error.emit(str(exc))
            return
        await self._load()
