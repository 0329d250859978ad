"""The settings screen on the demo: saved and read back, a bad value refused with its reason, a new access
token resumes sending, and turning usage analytics off deletes what was recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt

from monggo_desktop.domain.models import UsageEvent
from monggo_desktop.domain.settings import AppSettings, Theme
from monggo_desktop.domain.status import MessageStatus
from tests.gui.demo_helpers import bubbles, open_conversation


def page(qtbot, window):  # type: ignore[no-untyped-def]
    window.show_screen(3)
    settings = window.settings_page
    qtbot.waitUntil(lambda: settings._view is not None, timeout=5_000)
    return settings


def stored(demo) -> AppSettings:  # type: ignore[no-untyped-def]
    return AppSettings.from_stored(demo.engine.session.db.call(lambda s: s.settings.all()))


def test_settings_are_saved_and_read_back(qtbot, demo_window, demo):
    settings = page(qtbot, demo_window)
    settings.port.setValue(9443)
    settings.retention["messages"].setValue(14)
    settings.theme.setCurrentIndex(settings.theme.findData(Theme.DARK))
    settings.notifications.setChecked(False)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Settings saved" in settings.message.text(), timeout=5_000)
    saved = stored(demo)
    assert (saved.webhook_port, saved.retention_days["messages"], saved.theme, saved.notifications) == (
        9443, 14, Theme.DARK, False
    )  # fmt: skip
    assert settings.retention["messages"].maximum() == 30  # the policy's period cannot be exceeded here


def test_a_bad_public_url_is_refused_and_nothing_is_saved(qtbot, demo_window, demo):
    settings = page(qtbot, demo_window)
    before = stored(demo).public_url  # the demo's own address (its route is "my own address")
    settings.public_url.setText("http://toko.example/webhook")
    settings.port.setValue(9999)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "https://" in settings.message.text(), timeout=5_000)
    assert stored(demo).webhook_port == 8787 and stored(demo).public_url == before


def test_quick_replies_are_edited_here(qtbot, demo_window, demo):
    settings = page(qtbot, demo_window)
    qtbot.waitUntil(lambda: settings.replies.rowCount() == 4, timeout=5_000)
    settings.replies.removeRow(0)
    qtbot.mouseClick(settings.save_replies_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Quick replies saved" in settings.message.text(), timeout=5_000)
    saved = demo.engine.session.db.call(lambda s: s.settings.get("quick_replies"))
    assert len(saved) == 3


def test_a_new_access_token_resumes_sending(qtbot, demo_window, demo, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    demo_simulator.faults.expired_token = True
    panel = demo_window.chat_panel
    qtbot.keyClicks(panel.composer, "Menunggu token baru")
    qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo.engine.sender.state.paused, timeout=10_000)
    demo_simulator.faults.expired_token = False
    settings = page(qtbot, demo_window)
    settings.token.setText("EAAG-a-fresh-token-0123456789")
    qtbot.mouseClick(settings.token_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Access token replaced" in settings.message.text(), timeout=5_000)
    assert settings.token.text() == ""  # the secret left the screen
    qtbot.waitUntil(
        lambda: any(
            b.text == "Menunggu token baru" and b.status is not MessageStatus.PENDING for b in bubbles(demo_window)
        ),
        timeout=10_000,
    )
    assert not demo.engine.sender.state.paused


def test_turning_usage_analytics_off_deletes_what_was_recorded(qtbot, demo_window, demo):
    db = demo.engine.session.db
    db.call(lambda s: s.settings.set("analytics.enabled", True))
    db.call(lambda s: s.usage_events.add(UsageEvent("app_started")))
    settings = page(qtbot, demo_window)
    assert settings.analytics.isChecked() and settings.analytics_count.text() == "1 usage event recorded"
    settings.analytics.setChecked(False)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.analytics_count.text() == "0 usage events recorded", timeout=5_000)
    assert db.call(lambda s: s.conn.execute("SELECT count(*) FROM usage_events").fetchone()[0]) == 0


def test_closing_the_account_is_confirmed_shown_and_can_be_undone(qtbot, demo_window, demo, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def confirm(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    settings = page(qtbot, demo_window)
    qtbot.mouseClick(settings.close_account_button, Qt.MouseButton.LeftButton)
    assert "90 days" in asked[0] and "export" in asked[0]
    qtbot.waitUntil(lambda: demo_window.account_banner.isVisible(), timeout=5_000)
    assert "removed on" in demo_window.account_banner.text()
    qtbot.waitUntil(settings.reopen_account_button.isVisible, timeout=5_000)
    assert not settings.close_account_button.isVisible()
    qtbot.mouseClick(settings.reopen_account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not demo_window.account_banner.isVisible(), timeout=5_000)
    assert demo.engine.session.db.call(lambda s: s.accounts.get(demo.engine.account.id)).closed_at is None
