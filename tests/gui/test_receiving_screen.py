"""Whether this computer can receive, as the owner sees it: the status bar's line and its Fix button, and
Settings → Receiving with Test and the route choice; on the demo (the simulator plays Meta, registration
included)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from monggo_desktop.domain.receiving import Phase, Route
from monggo_desktop.services.account.settings import SettingsService
from monggo_desktop.services.receiving.control import ReceivingControl
from monggo_desktop.ui.main_window import SETTINGS_SCREEN, MainWindow
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel
from monggo_desktop.ui.viewmodels.settings import SettingsViewModel


@pytest.fixture
def window(qtbot, demo):  # type: ignore[no-untyped-def]
    services = demo.services
    control = ReceivingControl()
    control.attach(demo.engine.receiving)

    def settings() -> SettingsViewModel:
        viewmodel = SettingsViewModel(
            SettingsService(demo.engine.session.db, demo.engine.account.id, demo.engine.session.credentials),
            services.quick_replies,
        )
        viewmodel.receiving = ReceivingViewModel(control)
        return viewmodel

    shown = MainWindow(
        ConversationListViewModel(services),
        ChatViewModel(services),
        demo=True,
        settings=settings,
        receiving=lambda: ReceivingViewModel(control),
    )
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.list_model.rowCount() == 6, timeout=5_000)
    qtbot.waitUntil(lambda: shown.receiving_indicator is not None)  # made right after the first rows are painted
    yield shown
    shown.shutdown()


def test_the_status_bar_says_whether_messages_can_arrive(qtbot, window, demo):
    indicator = window.receiving_indicator
    assert indicator is not None
    qtbot.waitUntil(lambda: demo.engine.receiving.state.can_receive, timeout=10_000)
    qtbot.waitUntil(
        lambda: "waiting for the first message" in indicator.label.text() or "Receiving" in indicator.label.text()
    )
    assert not indicator.fix.isVisible()
    # Once per start: what WhatsApp could not deliver while the computer was off is on its way.
    assert "retries them for up to 7 days" in window.statusBar().currentMessage()

    future = asyncio.ensure_future(demo.simulator.customer_message("6281234567004", "Halo, buka?"))
    qtbot.waitUntil(future.done, timeout=5_000)
    qtbot.waitUntil(lambda: "last message just now" in indicator.label.text(), timeout=10_000)
    assert "Receiving through your address" in indicator.label.text()


def test_a_problem_is_said_and_fix_opens_settings_receiving(qtbot, window, demo, monkeypatch, tmp_path):
    from monggo_desktop.services.receiving.route import RouteChoice

    monkeypatch.delenv("MONGGO_CLOUDFLARED", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    changed = asyncio.ensure_future(demo.engine.receiving.change_route(RouteChoice(Route.AUTO)))
    qtbot.waitUntil(changed.done, timeout=5_000)
    indicator = window.receiving_indicator
    assert indicator is not None
    qtbot.waitUntil(lambda: "cloudflared is not installed" in indicator.label.text(), timeout=10_000)
    assert indicator.fix.isVisible()
    assert "winget install --id Cloudflare.cloudflared" in indicator.label.toolTip()
    qtbot.mouseClick(indicator.fix, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == SETTINGS_SCREEN
    section = window.settings_page.receiving
    qtbot.waitUntil(lambda: "cloudflared is not installed" in section.state.text())
    assert "brew install cloudflared" in section.detail.text()


def test_settings_test_and_turning_receiving_off(qtbot, window, demo):
    qtbot.waitUntil(lambda: demo.engine.receiving.state.can_receive, timeout=10_000)
    window.show_screen(SETTINGS_SCREEN)
    page = window.settings_page
    section = page.receiving
    qtbot.waitUntil(lambda: section.fields.chosen() is Route.OWN)  # the demo's route, as the settings hold it
    assert section.fields.own_url.text().startswith("http://127.0.0.1:")

    qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.test_button.isEnabled() and "reaches this computer" in section.test_result.text())

    section.fields.set_route(Route.OFF)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo.engine.receiving.state.phase is Phase.OFF, timeout=10_000)
    qtbot.waitUntil(lambda: demo.simulator.number_override is None, timeout=10_000)
    assert "Receiving is off" in window.receiving_indicator.label.text()
    assert window.receiving_indicator.fix.text() == "Turn on…"
