"""Keyboard paths: Up/Down move through the chats with the focus kept in the list (the chat follows), Enter there
goes to the message, Tab leaves the message, Ctrl+PgDown/PgUp change chats, Ctrl+Shift+R replies to the customer's
last message, and Ctrl+/ lists every key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from monggo_desktop.ui.keyboard import ShortcutsDialog, native
from tests.gui.demo_helpers import open_conversation, window_open


def focused(window, widget) -> bool:  # type: ignore[no-untyped-def]
    return QApplication.focusWidget() is widget


def in_front(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def test_arrows_move_through_the_chats_and_keep_the_focus_in_the_list(qtbot, demo_window):
    in_front(qtbot, demo_window)
    listing = demo_window.list_view
    listing.setFocus()
    listing.setCurrentIndex(demo_window.list_model.index(0, 0))
    chat = demo_window._chat
    for expected in (1, 2, 3):
        qtbot.keyClick(listing, Qt.Key.Key_Down)
        wanted = demo_window.list_model.row_at(expected).conversation_id
        qtbot.waitUntil(lambda w=wanted: chat.conversation_id == w, timeout=5_000)
        qtbot.waitUntil(lambda w=wanted: demo_window.chat_panel.title.text() != "", timeout=5_000)
        qtbot.wait(50)  # the chat's page has come back and been shown
        assert focused(demo_window, listing)  # a second Down still moves in the list
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert focused(demo_window, demo_window.chat_panel.composer)


def test_tab_leaves_the_message_and_types_no_tab(qtbot, demo_window):
    in_front(qtbot, demo_window)
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    composer = demo_window.chat_panel.composer
    composer.setFocus()
    qtbot.keyClicks(composer, "Halo")
    qtbot.keyClick(composer, Qt.Key.Key_Tab)
    assert composer.toPlainText() == "Halo"
    assert not focused(demo_window, composer)


def test_ctrl_page_down_and_up_change_chats_and_ctrl_shift_r_replies_to_the_last_customer_message(qtbot, demo_window):
    in_front(qtbot, demo_window)
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    start = demo_window.list_view.currentIndex().row()
    qtbot.keyClick(demo_window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.list_view.currentIndex().row() == start + 1
    qtbot.keyClick(demo_window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.list_view.currentIndex().row() == start
    wanted = demo_window.list_model.row_at(start).conversation_id
    qtbot.waitUntil(lambda: demo_window._chat.conversation_id == wanted, timeout=5_000)
    panel = demo_window.chat_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.title.text() == "Sari Wulandari", timeout=5_000)
    qtbot.keyClick(demo_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.reply_bar.isVisible()
    last_customer = next(
        panel.model.bubble_at(r)
        for r in range(panel.model.rowCount() - 1, -1, -1)
        if not panel.model.bubble_at(r).outbound
    )
    assert panel._reply_to == last_customer


def test_ctrl_slash_lists_every_key(qtbot, demo_window):
    in_front(qtbot, demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in demo_window.findChildren(ShortcutsDialog)), timeout=5_000)
    dialog = next(d for d in demo_window.findChildren(ShortcutsDialog) if d.isVisible())
    keys = dialog.keys()
    for expected in ("Ctrl+PgDown", "Ctrl+Shift+R", "Ctrl+/", "Ctrl+1", "Shift+Return", "Tab"):
        assert native(expected) in keys
    dialog.reject()


def test_ctrl_shift_e_offers_the_reactions_for_the_customer_s_last_message(qtbot, demo_window, demo_simulator):
    in_front(qtbot, demo_window)
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    menu = panel.react_to_last()
    assert menu is not None and [a.text() for a in menu.actions()][:2] == ["👍", "❤️"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: any(m.get("type") == "reaction" for m in demo_simulator.sent_messages), timeout=10_000)
    sent = next(m for m in demo_simulator.sent_messages if m.get("type") == "reaction")
    assert sent["reaction"]["emoji"] == "👍"
