"""The reports screen's state: the period (first and last day, both shown), the report computed for it, and
the exports. The latest period wins: choosing another one while a report is being computed drops the old one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from monggo_desktop.domain.reports import Report
from monggo_desktop.services.reports import ReportsService
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

RANGE_DEBOUNCE_MS = 250  # typing a date fires a change per keystroke: compute once it settles


class ReportsViewModel(AsyncViewModel):
    range_changed = Signal(object, object)  # first day, last day (dates)
    report_ready = Signal(object)  # Report
    busy = Signal(bool)
    error = Signal(str)
    saved = Signal(str)  # the file name written

    def __init__(
        self, service: ReportsService, *, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self.last = today()
        self.first = self.last - timedelta(days=6)
        self.report: Report | None = None
        self._timer = QTimer(self, singleShot=True, interval=RANGE_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

    def shutdown(self) -> None:
        self._timer.stop()
        super().shutdown()

    def today(self) -> date:
        return self._today()

    # The period ---------------------------------------------------------------------------------

    def set_range(self, first: date, last: date, *, now: bool = False) -> None:
        """Both days included; given the wrong way round, they are swapped."""
        first, last = min(first, last), max(first, last)
        if (first, last) != (self.first, self.last):
            self.first, self.last = first, last
            self.range_changed.emit(first, last)
        if now:
            self._timer.stop()
            self.refresh()
        else:
            self._timer.start()

    def last_days(self, days: int) -> None:
        today = self._today()
        self.set_range(today - timedelta(days=days - 1), today, now=True)

    def this_month(self) -> None:
        today = self._today()
        self.set_range(today.replace(day=1), today, now=True)

    def refresh(self) -> None:
        self._timer.stop()
        first, last = self.first, self.last
        self.busy.emit(True)
        # The latest period wins; a dropped period's end says nothing of the next one's (it is cancelled unsaid).
        self.run(
            lambda: self._service.report(first, last + timedelta(days=1)),
            lambda report: self._ready(first, last, report),
            key="report",
            failed=lambda: self.busy.emit(False),
        )

    def _ready(self, first: date, last: date, report: Report) -> None:
        self.busy.emit(False)
        if (first, last) == (self.first, self.last):
            self.report = report
            self.report_ready.emit(report)

    # Exports --------------------------------------------------------------------------------------

    def export_csv(self, path: str) -> None:
        report = self.report
        if report is not None:
            target = Path(path)
            self.run(lambda: self._service.export_csv(report, target), lambda _: self.saved.emit(target.name))

    def export_png(self, png: bytes, path: str) -> None:
        target = Path(path)
        self.run(lambda: self._service.save_picture(png, target), lambda _: self.saved.emit(target.name))
