"""What Enter does in the message, as the owner sets it on Settings > General: Enter sends and Shift+Enter breaks
the line (the default), or Enter breaks the line and Ctrl+Enter sends. Saved, it applies at once; kept, it is
read when the chat is next built; the Send button's tooltip names the key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from monggo_desktop.domain.settings import KEYS, AppSettings
from monggo_desktop.ui.chat_panel import ChatPanel
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from tests.gui.demo_helpers import bubbles, open_conversation, window_open

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def sent(window, text: str) -> bool:  # type: ignore[no-untyped-def]
    return any(b.text == text for b in bubbles(window))


def save_enter_sends(qtbot, window, on: bool) -> None:  # type: ignore[no-untyped-def]
    window.show_screen(3)
    settings = window.settings_page
    qtbot.waitUntil(lambda: settings._view is not None, timeout=5_000)
    settings.enter_sends.setChecked(on)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in settings.message.text(), timeout=5_000)
    window.show_screen(0)


def test_by_default_enter_sends_and_shift_enter_breaks_the_line(qtbot, demo_window, demo):
    assert AppSettings().enter_sends is True
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    composer = panel.composer
    assert panel.send_button.toolTip() == "Send (Enter)" == panel.send_button.accessibleName()
    qtbot.keyClicks(composer, "Baris satu")
    qtbot.keyClick(composer, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(composer, "baris dua")
    assert composer.toPlainText() == "Baris satu\nbaris dua"  # a new line, nothing sent
    qtbot.keyClick(composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sent(demo_window, "Baris satu\nbaris dua"), timeout=5_000)
    assert composer.toPlainText() == ""


def test_when_set_off_enter_breaks_the_line_and_ctrl_enter_sends_at_once(qtbot, demo_window, demo):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    composer = panel.composer
    save_enter_sends(qtbot, demo_window, False)
    qtbot.waitUntil(lambda: not composer.enter_sends, timeout=5_000)  # applied on Save, no restart
    assert panel.send_button.toolTip() == "Send (Ctrl+Enter)" == panel.send_button.accessibleName()
    stored = demo.engine.session.db.call(lambda s: s.settings.get(KEYS["enter_sends"]))
    assert stored is False

    composer.setFocus()
    qtbot.keyClicks(composer, "Satu")
    qtbot.keyClick(composer, Qt.Key.Key_Return)
    qtbot.keyClicks(composer, "dua")
    assert composer.toPlainText() == "Satu\ndua" and not sent(demo_window, "Satu\ndua")
    qtbot.keyClick(composer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: sent(demo_window, "Satu\ndua"), timeout=5_000)
    assert composer.toPlainText() == ""

    save_enter_sends(qtbot, demo_window, True)
    qtbot.waitUntil(lambda: composer.enter_sends, timeout=5_000)
    assert panel.send_button.toolTip() == "Send (Enter)"


def test_the_kept_setting_is_read_when_the_chat_is_built(qtbot, demo_window, demo):
    db = demo.engine.session.db
    db.call(lambda s: s.settings.set(KEYS["enter_sends"], False))
    chat = ChatViewModel(demo_window._chat._services)
    panel = ChatPanel(chat)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.composer.enter_sends, timeout=5_000)
    assert "Ctrl+Enter" in panel.send_button.toolTip()
    chat.shutdown()
