"""The reports screen on the demo (a real database with the demo's day): charts with data, the period picker,
the exports, the usage analytics switch, and colours that read in a dark theme."""

from __future__ import annotations

import stat
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog

from monggo_desktop.domain.reports import ANALYTICS_SETTING
from monggo_desktop.services.reports import ReportsService
from monggo_desktop.ui.charts import Colours, nice_ticks
from monggo_desktop.ui.main_window import REPORTS_SCREEN, MainWindow
from monggo_desktop.ui.reports_page import ReportsPage
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from monggo_desktop.ui.viewmodels.reports import ReportsViewModel


@pytest.fixture
def window(qtbot, demo):
    services = demo.services
    window = MainWindow(
        ConversationListViewModel(services),
        ChatViewModel(services),
        demo=True,
        reports=lambda: ReportsViewModel(ReportsService(demo.engine.session.db)),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 6, timeout=5_000)
    yield window
    window.shutdown()


def open_reports(qtbot, window) -> ReportsPage:
    assert not isinstance(window.reports_page, ReportsPage)  # built only when first opened
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == REPORTS_SCREEN)
    page = window.reports_page
    assert isinstance(page, ReportsPage) and window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page._vm.report is not None, timeout=5_000)
    return page


def test_the_screen_draws_the_demo_days_messages(qtbot, window):
    page = open_reports(qtbot, window)
    report = page._vm.report
    assert len(report.days) == 7 and report.days[-1].day == date.today()
    assert report.inbound >= 8 and report.outbound >= 7  # six questions, two follow-ups; answers and a photo
    assert page.charts.isVisible() and not page.empty.isVisible()
    ins, outs = page.per_day.series[0][1], page.per_day.series[1][1]
    assert sum(ins) == report.inbound and sum(outs) == report.outbound
    assert sum(map(sum, page.heat.values)) == report.inbound
    assert page.failed.items == [("The message could not be delivered: the number may not use WhatsApp", 1)]
    assert page.median.value.text() == "3.0 min"  # every demo question was answered three minutes later
    assert page.delivery.value.text().endswith("%") and page.usage.isHidden()  # usage analytics are off
    picture = page.sheet.grab().toImage()
    assert picture.width() > 300 and picture.height() > 300


def test_changing_the_period_recomputes(qtbot, window):
    page = open_reports(qtbot, window)
    vm = page._vm
    with qtbot.waitSignal(vm.report_ready, timeout=5_000) as shown:
        page.first.setDate(QDate(2020, 1, 6))
        page.last.setDate(QDate(2020, 1, 12))
    assert shown.args[0].start == date(2020, 1, 6) and shown.args[0].empty
    assert page.empty.isVisible() and not page.charts.isVisible()
    assert page.empty.text() == "No messages in this period"

    with qtbot.waitSignal(vm.report_ready, timeout=5_000) as shown:
        qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert len(shown.args[0].days) == 30 and not shown.args[0].empty
    assert page.first.date() == QDate.currentDate().addDays(-29) and page.charts.isVisible()

    with qtbot.waitSignal(vm.report_ready, timeout=5_000) as shown:
        qtbot.mouseClick(page.this_month_button, Qt.MouseButton.LeftButton)
    assert shown.args[0].start == date.today().replace(day=1)

    with qtbot.waitSignal(vm.report_ready, timeout=5_000) as shown:  # the wrong way round: swapped
        vm.set_range(date.today(), date.today() - timedelta(days=2), now=True)
    assert len(shown.args[0].days) == 3


def test_export_png_and_csv_write_files_for_the_owner_only(qtbot, window, tmp_path, monkeypatch):
    page = open_reports(qtbot, window)
    picture, figures = tmp_path / "report.png", tmp_path / "report.csv"
    with qtbot.waitSignal(page.notice, timeout=5_000) as told:
        page.export_png(str(picture))
    assert told.args[0] == "Saved report.png"
    assert picture.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert stat.S_IMODE(picture.stat().st_mode) == 0o600

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "report"), ""))
    with qtbot.waitSignal(page.notice, timeout=5_000):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)  # the dialog's name gets its extension
    text = figures.read_text("utf-8")
    assert text.startswith("section,item,series,value\n")
    assert f"messages_per_day,{date.today().isoformat()},in," in text
    assert "Sari" not in text and "+62" not in text  # counts, not customers
    assert stat.S_IMODE(figures.stat().st_mode) == 0o600

    with qtbot.waitSignal(page.notice, timeout=5_000) as told:
        page.export_csv(str(tmp_path / "no-such-folder" / "report.csv"))
    assert "could not be written" in told.args[0]
    assert window.statusBar().currentMessage() == told.args[0]


def test_usage_figures_appear_only_with_usage_analytics_on(qtbot, window, demo):
    page = open_reports(qtbot, window)
    assert page.usage.isHidden()
    db = demo.engine.session.db
    db.call(lambda s: s.settings.set(ANALYTICS_SETTING, True))
    with qtbot.waitSignal(page._vm.report_ready, timeout=5_000) as shown:
        page._vm.refresh()
    assert shown.args[0].usage is not None and not page.usage.isHidden()
    assert page.usage.value.text() == "0"  # nothing records app opens in the demo


def test_charts_take_their_colours_from_the_palette(qtbot):
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Text, QColor("#111111"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    on_light, on_dark = Colours.of(light), Colours.of(dark)
    for name in ("inbound", "outbound", "failure", "accent"):
        assert getattr(on_dark, name).lightness() > getattr(on_light, name).lightness(), name
        assert abs(getattr(on_dark, name).lightness() - on_dark.base.lightness()) > 80, name
    assert on_dark.text == QColor("#eeeeee")
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(230) == [0, 50, 100, 150, 200, 250]


def test_the_sheet_paints_in_a_dark_theme(qtbot, window):
    page = open_reports(qtbot, window)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1b"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    page.sheet.setPalette(dark)
    image = page.sheet.grab().toImage()
    assert image.pixelColor(2, 2).lightness() < 64  # the background follows the theme
    heat = page.heat.grab().toImage()
    assert any(
        heat.pixelColor(x, y).lightness() > 100 for x in range(0, heat.width(), 7) for y in range(0, heat.height(), 7)
    )


def test_a_failure_reason_is_written_whole_and_wraps_instead_of_being_cut(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    page = open_reports(qtbot, window)
    chart = page.failed
    [(reason, _count)] = chart.items
    metrics = QFontMetrics(chart.font())
    narrow = metrics.horizontalAdvance(reason) // 2  # half the sentence's width: it needs two lines or more
    assert chart.heightForWidth(narrow) > chart.heightForWidth(metrics.horizontalAdvance(reason) * 2)
    chart.setFixedWidth(narrow)
    qtbot.waitUntil(lambda: chart.height() >= chart.heightForWidth(narrow))  # the layout gives the lines room
    picture = chart.grab().toImage()
    inked_rows = {y for y in range(picture.height()) for x in range(0, picture.width(), 3)
                  if picture.pixelColor(x, y).lightness() < 100}  # fmt: skip
    assert max(inked_rows) - min(inked_rows) > 2 * metrics.height()  # two lines of text and the bar below
