"""The settings screen on the demo: one Save, enabled once something changed, keeps every part (settings, the API
version, quick replies) or, on any mistake, nothing; a new access token resumes sending; turning usage analytics
off deletes what was recorded; closing the account sits in a part of its own, away from the token."""

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
    qtbot.waitUntil(lambda: "Saved" in settings.message.text(), timeout=5_000)
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


def test_save_is_enabled_only_once_something_changed_and_again_after_saving(qtbot, demo_window, demo):
    settings = page(qtbot, demo_window)
    qtbot.waitUntil(lambda: settings.replies.rowCount() == 4, timeout=5_000)
    assert not settings.save_button.isEnabled()  # as loaded: nothing to save
    settings.region.setText("MY")
    assert settings.save_button.isEnabled()
    settings.region.setText("ID")
    assert not settings.save_button.isEnabled()  # back as it was
    settings.token.setText("EAAG-not-saved-by-save-0123456789")
    assert not settings.save_button.isEnabled()  # the access token is replaced by its own button
    settings.replies.removeRow(0)
    assert settings.save_button.isEnabled()
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.message.text() == "Saved.", timeout=5_000)
    assert not settings.save_button.isEnabled()


def test_one_save_keeps_the_api_version_and_quick_replies_with_the_settings(qtbot, demo_window, demo):
    settings = page(qtbot, demo_window)
    qtbot.waitUntil(lambda: settings.replies.rowCount() == 4, timeout=5_000)
    settings.replies.removeRow(0)
    settings.api_version.setText("v24.0")
    settings.notifications.setChecked(False)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in settings.message.text(), timeout=5_000)
    db = demo.engine.session.db
    assert len(db.call(lambda s: s.settings.get("quick_replies"))) == 3
    assert db.call(lambda s: s.accounts.get(demo.engine.account.id)).api_version == "v24.0"
    assert stored(demo).notifications is False


def test_a_mistake_in_one_part_keeps_nothing_of_the_others(qtbot, demo_window, demo):
    settings = page(qtbot, demo_window)
    qtbot.waitUntil(lambda: settings.replies.rowCount() == 4, timeout=5_000)
    db = demo.engine.session.db
    replies_before = db.call(lambda s: s.settings.get("quick_replies"))
    settings.replies.removeRow(0)
    settings.notifications.setChecked(False)
    settings.api_version.setText("25")  # not a version
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "v25.0" in settings.message.text(), timeout=5_000)
    assert db.call(lambda s: s.settings.get("quick_replies")) == replies_before
    assert stored(demo).notifications is True
    assert settings.save_button.isEnabled()  # what was typed is still there, to be put right


def test_closing_the_account_is_a_part_of_its_own_and_every_field_says_why_it_matters(qtbot, demo_window):
    from PySide6.QtWidgets import QLabel

    settings = page(qtbot, demo_window)
    names = [settings.nav.item(i).text() for i in range(settings.nav.count())]
    assert names[-1] == "Account" and "Receiving messages" in names
    account = settings.stack.widget(names.index("Account"))
    assert account.isAncestorOf(settings.close_account_button) and account.isAncestorOf(settings.token)
    general = settings.stack.widget(0)
    assert not general.isAncestorOf(settings.close_account_button)
    token_y = settings.token.mapTo(account.widget(), settings.token.rect().topLeft()).y()
    close_y = settings.close_account_button.mapTo(account.widget(), settings.close_account_button.rect().topLeft()).y()
    hints = account.findChildren(QLabel, "hint")
    assert close_y > token_y and len(hints) >= 4  # the token, the version, the app id, closing
    assert any("profile photo" in label.text() for label in hints)
    receiving_hints = [label.text() for label in settings.receiving.findChildren(QLabel, "hint")]
    assert any("127.0.0.1" in text for text in receiving_hints)


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
    settings.nav.setCurrentRow(settings.nav.count() - 1)  # Account, the last part
    qtbot.mouseClick(settings.close_account_button, Qt.MouseButton.LeftButton)
    assert "90 days" in asked[0] and "export" in asked[0]
    qtbot.waitUntil(lambda: demo_window.account_banner.isVisible(), timeout=5_000)
    assert "removed on" in demo_window.account_banner.text()
    qtbot.waitUntil(settings.reopen_account_button.isVisible, timeout=5_000)
    assert not settings.close_account_button.isVisible()
    qtbot.mouseClick(settings.reopen_account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not demo_window.account_banner.isVisible(), timeout=5_000)
    assert demo.engine.session.db.call(lambda s: s.accounts.get(demo.engine.account.id)).closed_at is None


def test_quick_replies_saved_here_are_offered_in_the_open_chat_at_once(qtbot, demo_window, demo):
    from PySide6.QtWidgets import QTableWidgetItem

    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    settings = page(qtbot, demo_window)
    qtbot.waitUntil(lambda: settings.replies.rowCount() == 4, timeout=5_000)
    row = settings.replies.rowCount()
    settings.replies.insertRow(row)
    settings.replies.setItem(row, 0, QTableWidgetItem("kawung"))
    settings.replies.setItem(row, 1, QTableWidgetItem("Motif kawung ready ukuran M dan L"))
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in settings.message.text(), timeout=5_000)
    demo_window.show_screen(0)
    composer = demo_window.chat_panel.composer
    composer.setFocus()
    qtbot.keyClicks(composer, "/kaw")
    assert composer.quick_reply_shown() == ["kawung"]
