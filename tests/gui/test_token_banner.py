"""A token that keeps working, as the owner sees it: Settings says until when; the window's banner warns 7 days
before and when Meta refused it, with the steps and a field for the new one; sending resumes when it is saved.
On the demo (the simulator plays Meta)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from monggo_desktop.domain.meta_token import EXPIRY_SETTING
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account.settings import SettingsService
from monggo_desktop.services.account.token_health import TokenService
from monggo_desktop.ui.main_window import SETTINGS_SCREEN, MainWindow
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from monggo_desktop.ui.viewmodels.settings import SettingsViewModel
from monggo_desktop.ui.viewmodels.token import TokenViewModel
from tests.gui.demo_helpers import open_conversation


@pytest.fixture
def window(qtbot, demo):  # type: ignore[no-untyped-def]
    services, engine = demo.services, demo.engine
    db, account = engine.session.db, engine.account.id

    def settings_service() -> SettingsService:
        return SettingsService(db, account, engine.session.credentials, on_new_token=engine.sender.resume)

    shown = MainWindow(
        ConversationListViewModel(services),
        ChatViewModel(services),
        demo=True,
        settings=lambda: SettingsViewModel(settings_service(), services.quick_replies),
        token=lambda: TokenViewModel(
            TokenService(db, settings_service(), lambda: services.feed.sender_state), services.feed.subscribe
        ),
    )
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.list_model.rowCount() == 6, timeout=5_000)
    qtbot.waitUntil(lambda: shown.token_banner is not None)  # made right after the first rows are painted
    # The engine asked Meta at start: the demo's token never expires.
    qtbot.waitUntil(lambda: db.call(lambda s: s.settings.get(EXPIRY_SETTING)) == 0, timeout=10_000)
    yield shown
    shown.shutdown()


def test_a_token_ending_within_a_week_is_warned_about_in_the_window_and_in_settings(qtbot, window, demo):
    banner = window.token_banner
    assert banner is not None and not banner.isVisible()
    soon = int((datetime.now(UTC) + timedelta(days=3)).timestamp())
    demo.engine.session.db.call(lambda s: s.settings.set(EXPIRY_SETTING, soon))
    window.token.refresh()
    qtbot.waitUntil(banner.isVisible)
    assert "stops working on" in banner.headline.text() and "System users" in banner.steps.text()
    window.show_screen(SETTINGS_SCREEN)
    qtbot.waitUntil(lambda: "stops working on" in window.settings_page.token_state.text())
    assert "System users" in window.settings_page.token_state.text()


def test_a_refused_token_is_a_banner_and_the_new_one_pasted_there_resumes_sending(qtbot, window, demo):
    open_conversation(qtbot, window, lambda r: r.title == "Budi Santoso")
    demo.simulator.faults.expired_token = True
    qtbot.keyClicks(window.chat_panel.composer, "Token habis?")
    qtbot.keyClick(window.chat_panel.composer, Qt.Key.Key_Return)
    banner = window.token_banner
    qtbot.waitUntil(lambda: banner.isVisible() and "refused the access token" in banner.headline.text(), timeout=10_000)
    demo.simulator.faults.expired_token = False
    qtbot.keyClicks(banner.token, "EAAG-a-fresh-token-0123456789")
    qtbot.mouseClick(banner.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert banner.token.text() == ""  # the secret left the screen
    assert not demo.engine.sender.state.paused
    assert demo.engine.session.credentials.get(SecretName.ACCESS_TOKEN) == "EAAG-a-fresh-token-0123456789"


def test_a_restriction_from_meta_is_a_banner_that_stays_until_dismissed(qtbot, window, demo):
    """Meta's `account_update` (as pywa's test data shows it), through the simulator, the receiver and the inbox."""
    banner = window.notice_banner
    assert banner is not None and not banner.isVisible()
    restriction = [{"restriction_type": "RESTRICTED_BIZ_INITIATED_MESSAGING", "expiration": 1893456000}]
    sent = asyncio.ensure_future(demo.simulator.account_update("ACCOUNT_RESTRICTION", restriction_info=restriction))
    qtbot.waitUntil(sent.done, timeout=5_000)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "restricted this business account (RESTRICTED_BIZ_INITIATED_MESSAGING)" in banner.text.text()
    assert "2030" in banner.text.text()  # until when, in the window's language
    qtbot.mouseClick(banner.dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5_000)
    assert demo.engine.session.db.call(lambda s: s.account_notices.open()) == []
