"""The window on the demo (real database, simulator over loopback): send, ticks, resend, the closed window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.privacy.retention import RetentionProgress
from monggo_desktop.ui.main_window import MainWindow
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from tests.gui.demo_helpers import bubbles, open_conversation, window_open


def test_the_demo_banner_and_the_conversations_show(demo_window):
    assert demo_window.banner.isVisible()
    assert all(r.title for r in demo_window.list_model.rows())


def test_sending_shows_the_bubble_at_once_then_the_ticks(qtbot, demo_window):
    open_conversation(qtbot, demo_window, window_open)
    inbound_before = sum(not b.outbound for b in bubbles(demo_window))
    composer = demo_window.chat_panel.composer
    qtbot.keyClicks(composer, "Halo dari jendela")
    qtbot.keyClick(composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(b.text == "Halo dari jendela" for b in bubbles(demo_window)), timeout=3_000)
    assert composer.toPlainText() == ""
    qtbot.waitUntil(
        lambda: next(b for b in bubbles(demo_window) if b.text == "Halo dari jendela").status is MessageStatus.READ,
        timeout=10_000,
    )
    # The simulated customer answers, and the answer appears in the open chat.
    qtbot.waitUntil(lambda: sum(not b.outbound for b in bubbles(demo_window)) > inbound_before, timeout=10_000)


def test_a_failed_message_shows_its_reason_and_resend_sends_it(qtbot, demo_window):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Maya Putri")
    panel = demo_window.chat_panel
    row = next(i for i, b in enumerate(bubbles(demo_window)) if b.status is MessageStatus.FAILED)
    assert "could not be delivered" in (panel.model.bubble_at(row).error or "")
    index = panel.model.index(row, 0)
    link = panel.delegate.resend_rect(panel.bubbles.visualRect(index), index)
    assert link is not None
    qtbot.mouseClick(panel.bubbles.viewport(), Qt.MouseButton.LeftButton, pos=link.center())
    message_id = panel.model.bubble_at(row).message_id
    qtbot.waitUntil(
        lambda: next(b for b in bubbles(demo_window) if b.message_id == message_id).status is MessageStatus.READ,
        timeout=10_000,
    )


def test_a_closed_window_turns_the_composer_into_the_template_picker(qtbot, demo_window, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: not window_open(r))
    panel = demo_window.chat_panel
    assert panel.composer.isHidden() and panel.send_button.isHidden()
    assert not panel.picker.isHidden() and "templates" in panel.picker.explanation.text()
    assert "closed" in panel.subtitle.text()
    picker = panel.picker
    qtbot.waitUntil(lambda: picker.current() is not None, timeout=10_000)  # synced from the simulator
    picker.choose(next(c for c in picker.choices() if c.parameters))
    choice = picker.current()
    assert not picker.send_button.isEnabled()  # every parameter must be filled first
    for number, field in enumerate(picker.fields()):
        qtbot.keyClicks(field, f"nilai{number}")
    assert all(f"nilai{n}" in picker.preview.text() for n in range(len(choice.parameters)))
    qtbot.mouseClick(picker.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.get("type") == "template" for m in demo_simulator.sent_messages), timeout=10_000)
    sent = next(m for m in demo_simulator.sent_messages if m.get("type") == "template")
    assert sent["template"]["name"] == choice.name
    qtbot.waitUntil(lambda: any(b.type == "template" for b in bubbles(demo_window)), timeout=5_000)


def test_search_narrows_the_list(qtbot, demo_window):
    qtbot.keyClicks(demo_window.search, "Yogyakarta")
    qtbot.waitUntil(lambda: demo_window.list_model.rowCount() == 1, timeout=3_000)
    assert demo_window.list_model.row_at(0).title == "Rina Kusuma"
    demo_window.search.clear()
    qtbot.waitUntil(lambda: demo_window.list_model.rowCount() == 6, timeout=3_000)


def test_an_attached_photo_is_uploaded_and_sent(qtbot, demo_window, demo_simulator, tmp_path):
    from monggo_desktop.services.demo_data import sample_png

    open_conversation(qtbot, demo_window, window_open)
    photo = tmp_path / "motif.png"
    photo.write_bytes(sample_png(32, 32))
    qtbot.keyClicks(demo_window.chat_panel.composer, "Motif terbaru")
    demo_window._chat.send_file(str(photo), demo_window.chat_panel.composer.toPlainText())
    qtbot.waitUntil(
        lambda: any(
            m.get("type") == "image" and m["image"].get("caption") == "Motif terbaru"
            for m in demo_simulator.sent_messages
        ),
        timeout=10_000,
    )
    assert demo_window.chat_panel.composer.toPlainText() == ""


def test_a_refused_file_is_explained_and_the_draft_kept(qtbot, demo_window, tmp_path):
    open_conversation(qtbot, demo_window, window_open)
    gif = tmp_path / "animasi.gif"
    gif.write_bytes(b"GIF89a")
    qtbot.keyClicks(demo_window.chat_panel.composer, "Lihat ini")
    demo_window._chat.send_file(str(gif), "Lihat ini")
    qtbot.waitUntil(lambda: not demo_window.chat_panel.problem.isHidden(), timeout=3_000)
    assert "does not accept" in demo_window.chat_panel.problem.text()
    assert demo_window.chat_panel.composer.toPlainText() == "Lihat ini"


def test_the_navigation_switches_screens_by_click_and_shortcut(qtbot, demo_window):
    assert [a.text() for a in demo_window.screen_actions] == [
        "Chats",
        "Contacts",
        "Profile",
        "Settings",
        "Privacy",
        "Reports",
    ]
    demo_window.screen_actions[4].trigger()
    assert demo_window.pages.currentWidget().heading.text() == "Privacy center"
    demo_window.screen_actions[3].trigger()
    assert demo_window.pages.currentWidget() is demo_window.settings_page  # built when first opened
    demo_window.activateWindow()
    qtbot.keyClick(demo_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_window.pages.currentIndex() == 4)
    assert demo_window.screen_actions[4].isChecked()
    qtbot.keyClick(demo_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_window.pages.currentIndex() == 0)


def test_retention_progress_shows_in_the_status_bar_while_it_runs(qtbot, demo_window, demo):
    assert not demo_window.retention_bar.isVisible()
    demo.services.feed.retention_progress(RetentionProgress(0, 4_000))
    assert (
        demo_window.retention_bar.isVisible()
        and demo_window.retention_label.text() == "Removing old messages: 0 of 4000"
    )
    demo.services.feed.retention_progress(RetentionProgress(2_000, 4_000))
    assert demo_window.retention_bar.value() == 2_000
    demo.services.feed.retention_progress(RetentionProgress(4_000, 4_000, finished=True))
    assert not demo_window.retention_bar.isVisible() and not demo_window.retention_label.isVisible()
    assert "Removed 4000 messages" in demo_window.statusBar().currentMessage()


def test_the_demo_ran_retention_at_start_and_it_found_nothing_old(qtbot, demo):
    qtbot.waitUntil(lambda: demo.engine.retention.last is not None, timeout=10_000)
    assert demo.engine.retention.last.total == 0  # the demo's history is all recent


def bare_window(qtbot, demo) -> MainWindow:
    window = MainWindow(ConversationListViewModel(demo.services), ChatViewModel(demo.services), demo=True)
    qtbot.addWidget(window)
    return window


def test_the_chat_is_built_once_the_first_conversations_are_painted(qtbot, demo):
    """The window's first paint waits only for the conversation list; the chat follows at once."""
    window = bare_window(qtbot, demo)
    try:
        assert window._chat_panel is None
        window.resize(1100, 720)
        window.show()
        qtbot.waitExposed(window)
        before = window._splitter.sizes()
        qtbot.waitUntil(lambda: window._first_page.is_set(), timeout=5_000)
        qtbot.waitUntil(lambda: window._chat_panel is not None, timeout=2_000)
        assert window.chat_panel.title.text() == "Choose a conversation on the left"
        assert window._splitter.widget(1) is window.chat_panel
        assert window._splitter.sizes()[0] == before[0]  # the list kept its width when the chat came
        qtbot.waitUntil(lambda: window.list_view.horizontalScrollBar().maximum() == 0, timeout=2_000)
    finally:
        window.shutdown()


def test_a_conversation_chosen_before_the_chat_was_built_opens_in_it(qtbot, demo):
    window = bare_window(qtbot, demo)  # never shown: nothing has built the chat
    try:
        qtbot.waitUntil(lambda: window.list_model.rowCount() == 6, timeout=5_000)
        assert window._chat_panel is None
        open_conversation(qtbot, window, window_open)
        assert window.chat_panel.title.text() == window.list_model.rows()[window.list_view.currentIndex().row()].title
    finally:
        window.shutdown()


def test_rows_follow_the_list_when_it_narrows(qtbot, demo_window):
    """Dragging the divider: the rows shrink with the list (times and badges stay in view, no sideways scroll)."""
    splitter = demo_window._splitter
    total = sum(splitter.sizes())
    splitter.setSizes([260, total - 260])
    viewport = demo_window.list_view.viewport()
    qtbot.waitUntil(lambda: viewport.width() < 260, timeout=2_000)
    index = demo_window.list_model.index(0, 0)
    qtbot.waitUntil(lambda: demo_window.list_view.visualRect(index).width() <= viewport.width(), timeout=2_000)
    assert demo_window.list_view.horizontalScrollBar().maximum() == 0


def test_the_list_keeps_its_width_when_the_chat_is_built_before_the_window_shows(qtbot, demo):
    window = bare_window(qtbot, demo)
    try:
        window.chat_panel  # noqa: B018 (built by being read, as by a conversation chosen at once)
        window.resize(1100, 720)
        window.show()
        qtbot.waitExposed(window)
        assert window._splitter.sizes()[0] == 340
    finally:
        window.shutdown()
