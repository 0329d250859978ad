"""The reports screen: pictures of a period's messages, computed on this computer (nothing is sent anywhere).

A period picker with quick choices, big numbers (first-response times, delivery and read rates), messages per
day, failed sends by reason, templates by category and the busiest hours; "Export PNG…" saves the sheet as
shown, "Export CSV…" the figures behind it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.reports import HOURS, Report
from monggo_desktop.ui.charts import BarChart, HeatMap, HorizontalBarChart
from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.viewmodels.reports import ReportsViewModel


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class Figure(QWidget):
    """A big number with what it means under it, and a smaller line of context."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.detail = _quiet(QLabel(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 24, 0)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class ReportsPage(QWidget):
    notice = Signal(str)  # what the status bar was told (saved, or why not)

    def __init__(self, viewmodel: ReportsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._locale = QLocale()
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(viewmodel.today()))
        self.week_button = QPushButton(self.tr("Last 7 days"), self)
        self.month_button = QPushButton(self.tr("Last 30 days"), self)
        self.this_month_button = QPushButton(self.tr("This month"), self)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.last)
        for button in (self.week_button, self.month_button, self.this_month_button):
            bar.addWidget(button)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.csv_button)
        note = _quiet(
            QLabel(self.tr("Computed on this computer from the messages it holds. Nothing is sent anywhere."), self)
        )

        self.sheet = self._build_sheet()
        scroll = QScrollArea(self)
        scroll.setWidget(self.sheet)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)

        self._show_range(viewmodel.first, viewmodel.last)
        self.first.dateChanged.connect(self._range_edited)
        self.last.dateChanged.connect(self._range_edited)
        self.week_button.clicked.connect(lambda: viewmodel.last_days(7))
        self.month_button.clicked.connect(lambda: viewmodel.last_days(30))
        self.this_month_button.clicked.connect(viewmodel.this_month)
        self.png_button.clicked.connect(self.ask_png)
        self.csv_button.clicked.connect(self.ask_csv)
        viewmodel.range_changed.connect(self._show_range)
        viewmodel.report_ready.connect(self.show_report)
        viewmodel.busy.connect(lambda busy: self.status.setText(self.tr("Computing…") if busy else ""))
        viewmodel.error.connect(self._notice)
        viewmodel.saved.connect(lambda name: self._notice(self.tr("Saved {name}").format(name=name)))
        self.csv_button.setEnabled(False)
        self.png_button.setEnabled(False)

    def _build_sheet(self) -> QWidget:
        sheet = QWidget(self)
        sheet.setObjectName("reportSheet")
        sheet.setAutoFillBackground(True)  # the exported picture gets the window's background, not transparency
        self.title = QLabel(sheet)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel(self.tr("No messages in this period"), sheet)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _quiet(self.empty)
        self.empty.setMinimumHeight(120)
        self.median = Figure(self.tr("Median first response"), sheet)
        self.p90 = Figure(self.tr("90% answered within"), sheet)
        self.delivery = Figure(self.tr("Delivered"), sheet)
        self.read = Figure(self.tr("Read (of delivered)"), sheet)
        self.usage = Figure(self.tr("App opened"), sheet)
        self.ads = Figure(self.tr("Chats from your ads"), sheet)
        self.per_day = BarChart(self.tr("No messages in this period"), sheet)
        self.failed = HorizontalBarChart(self.tr("No failed sends"), "failure", sheet)
        self.templates = HorizontalBarChart(self.tr("No templates sent"), "accent", sheet)
        self.heat = HeatMap(self.tr("No customer messages"), sheet)
        self.heat.tip_text = self.tr("{row} {column}:00: {value}")
        self.heat.value_text = lambda value: self.tr("%n message(s)", "", value)

        figures = QHBoxLayout()
        for figure in (self.median, self.p90, self.delivery, self.read, self.ads, self.usage):
            figures.addWidget(figure)
        figures.addStretch(1)
        self.charts = QWidget(sheet)
        grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        grid.addWidget(_heading(self.tr("Messages per day"), self.charts), 0, 0, 1, 2)
        grid.addWidget(self.per_day, 1, 0, 1, 2)
        grid.addWidget(_heading(self.tr("Failed sends by reason"), self.charts), 2, 0)
        grid.addWidget(_heading(self.tr("Templates sent by category"), self.charts), 2, 1)
        grid.addWidget(self.failed, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.templates, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_heading(self.tr("Busiest hours (customer messages)"), self.charts), 4, 0, 1, 2)
        grid.addWidget(self.heat, 5, 0, 1, 2)
        layout = QVBoxLayout(sheet)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(figures)
        layout.addWidget(self.empty)
        layout.addWidget(self.charts)
        layout.addStretch(1)
        return sheet

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._vm.refresh()  # each visit shows the figures as they are now

    # From the viewmodel --------------------------------------------------------------------------

    def _show_range(self, first: date, last: date) -> None:
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def show_report(self, report: Report) -> None:
        locale = self._locale
        last = report.end - timedelta(days=1)
        self.title.setText(
            self.tr("{first} – {last}").format(
                first=locale.toString(_qdate(report.start), QLocale.FormatType.LongFormat),
                last=locale.toString(_qdate(last), QLocale.FormatType.LongFormat),
            )
        )
        self.empty.setVisible(report.empty)
        self.charts.setVisible(not report.empty)
        response = report.response
        self.median.show_value(
            self._minutes(response.median),
            self.tr("{n} of %n turn(s) answered", "", response.turns).format(n=response.answered),
        )
        self.p90.show_value(self._minutes(response.p90))
        delivery = report.delivery
        self.delivery.show_value(
            self._percent(delivery.delivery_rate),
            self.tr("{n} sent, {failed} failed").format(n=delivery.sent, failed=delivery.failed),
        )
        self.read.show_value(
            self._percent(delivery.read_rate),
            self.tr("{n} of {total} delivered").format(n=delivery.read, total=delivery.delivered),
        )
        self.ads.show_value(str(report.from_ads), self.tr("click-to-WhatsApp ads"))
        self.usage.setVisible(report.usage is not None)
        if report.usage is not None:
            self.usage.show_value(str(report.usage.app_opens), self.tr("on %n day(s)", "", report.usage.days_used))
        self.per_day.set_data(
            [locale.toString(_qdate(d.day), "d MMM") for d in report.days],
            [(self.tr("In"), [d.inbound for d in report.days]), (self.tr("Out"), [d.outbound for d in report.days])],
            [
                self.tr("{day}: {inbound} in, {outbound} out").format(
                    day=locale.toString(_qdate(d.day), QLocale.FormatType.ShortFormat),
                    inbound=d.inbound,
                    outbound=d.outbound,
                )
                for d in report.days
            ],
        )
        self.failed.set_data(
            [(kept_text(s.label) if s.label else self.tr("Unknown reason"), s.count) for s in report.failed_by_reason]
        )
        self.templates.set_data(
            [(s.label or self.tr("Unknown template"), s.count) for s in report.templates_by_category]
        )
        self.heat.set_data(
            [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)],  # Qt: 1 is Monday
            [f"{hour:02d}" for hour in range(HOURS)],
            report.busiest_hours,
        )
        self.csv_button.setEnabled(True)
        self.png_button.setEnabled(True)

    def _minutes(self, value: timedelta | None) -> str:
        if value is None:
            return "–"
        minutes = value.total_seconds() / 60
        if minutes < 60:
            return self.tr("{n} min").format(n=self._locale.toString(minutes, "f", 1 if minutes < 10 else 0))
        hours, rest = divmod(round(minutes), 60)
        return self.tr("{h} h {m} min").format(h=hours, m=rest)

    def _percent(self, rate: float | None) -> str:
        return "–" if rate is None else self._locale.toString(rate * 100, "f", 1) + " %"

    def _notice(self, text: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if status is not None:
            status().showMessage(text, 8000)
        self.notice.emit(text)

    # User actions ----------------------------------------------------------------------------------

    def _range_edited(self) -> None:
        self._vm.set_range(_date(self.first.date()), _date(self.last.date()))

    def _suggested(self, suffix: str) -> str:
        return str(Path.home() / f"monggo-report-{self._vm.first.isoformat()}-{self._vm.last.isoformat()}.{suffix}")

    def ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report as a picture"), self._suggested("png"), self.tr("PNG pictures (*.png)")
        )
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report's figures"), self._suggested("csv"), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path if path.lower().endswith(".csv") else path + ".csv")

    def export_png(self, path: str) -> None:
        """The sheet as shown (title, numbers and charts) as a PNG picture."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.sheet.grab().save(buffer, "PNG")
        buffer.close()
        self._vm.export_png(bytes(data.data()), path)

    def export_csv(self, path: str) -> None:
        self._vm.export_csv(path)


def _quiet(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, which every theme keeps readable but quieter."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
