"""Starting a conversation: New chat (the button or Ctrl+N) takes a number and opens that customer's chat, a new
customer's with the templates (the only way to write first); a bad number or a landline is said under the number,
which stays as typed. An empty list says what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt

from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.ui.main_window import MainWindow
from monggo_desktop.ui.new_chat import NewChatDialog
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from tests.integration.test_chat_services import seed


def open_dialog(qtbot, window) -> NewChatDialog:  # type: ignore[no-untyped-def]
    window.new_chat_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(NewChatDialog)), timeout=5_000)
    return next(d for d in window.findChildren(NewChatDialog) if d.isVisible())


def test_a_new_customer_s_chat_opens_with_the_templates(qtbot, demo_window, demo):
    assert not demo_window.empty_list.label.isVisible()  # the demo has chats: nothing to say over them
    dialog = open_dialog(qtbot, demo_window)
    dialog.number.setText("0857-2020-3030")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.start_button.click()
    chat = demo_window._chat
    qtbot.waitUntil(lambda: chat.conversation_id is not None, timeout=5_000)
    panel = demo_window.chat_panel
    qtbot.waitUntil(lambda: panel.title.text() == "+62 857-2020-3030", timeout=5_000)
    assert panel.composer.isHidden()  # the 24-hour window is closed: templates only
    qtbot.waitUntil(lambda: any(r.conversation_id == chat.conversation_id for r in demo_window.list_model.rows()))


def test_an_existing_customer_s_number_opens_their_chat(qtbot, demo_window):
    sari = next(r for r in demo_window.list_model.rows() if r.title == "Sari Wulandari")
    dialog = open_dialog(qtbot, demo_window)
    dialog.number.setText("+62 812-3456-7801")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.start_button.click()
    qtbot.waitUntil(lambda: demo_window._chat.conversation_id == sari.conversation_id, timeout=5_000)
    assert demo_window.list_view.currentIndex().row() == demo_window.list_model.row_of(sari.conversation_id)


def test_a_bad_number_or_a_landline_is_said_under_the_number_and_kept(qtbot, demo_window):
    dialog = open_dialog(qtbot, demo_window)
    for typed, said in (("0812-12", "phone number"), ("0274 512345", "landline")):
        dialog.number.setText(typed)
        dialog.start_button.click()
        qtbot.waitUntil(lambda s=said: dialog.problem.isVisible() and s in dialog.problem.text(), timeout=5_000)
        assert dialog.isVisible() and dialog.number.text() == typed
    dialog.reject()


def test_ctrl_n_opens_new_chat(qtbot, demo_window):
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(demo_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in demo_window.findChildren(NewChatDialog)), timeout=5_000)
    next(d for d in demo_window.findChildren(NewChatDialog) if d.isVisible()).reject()


def test_an_empty_list_says_what_to_do_next(qtbot, qloop, db):
    account_id, _ids = db.call(lambda s: seed(s, conversations=0))
    services = chat_services(db, account_id)
    window = MainWindow(ConversationListViewModel(services), ChatViewModel(services))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.empty_list.label.isVisible(), timeout=5_000)
    assert "New chat" in window.empty_list.label.text()
    window.shutdown()


def choose(qtbot, dialog: NewChatDialog, typed: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``typed`` into the field, wait for the contact ``wanted`` in the list under it, and pick it."""
    qtbot.keyClicks(dialog.number, typed)
    qtbot.waitUntil(lambda: any(wanted in shown for shown in dialog.offered()), timeout=5_000)
    row = next(i for i, shown in enumerate(dialog.offered()) if wanted in shown)
    popup = dialog.popup()
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()


def test_part_of_a_contact_s_name_offers_them_and_choosing_opens_their_chat(qtbot, demo_window):
    sari = next(r for r in demo_window.list_model.rows() if r.title == "Sari Wulandari")
    dialog = open_dialog(qtbot, demo_window)
    choose(qtbot, dialog, "wulan", "Sari Wulandari")
    assert dialog.number.text() == "+6281234567801"  # the number, ready to open
    assert dialog.chosen.isVisible() and dialog.chosen.text() == "Sari Wulandari"
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.start_button.click()
    qtbot.waitUntil(lambda: demo_window._chat.conversation_id == sari.conversation_id, timeout=5_000)


def test_part_of_a_number_offers_the_contact_too(qtbot, demo_window):
    dialog = open_dialog(qtbot, demo_window)
    qtbot.keyClicks(dialog.number, "3456-7801")
    qtbot.waitUntil(lambda: any("Sari Wulandari" in shown for shown in dialog.offered()), timeout=5_000)
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, "zzzz")  # nobody: the list closes
    qtbot.waitUntil(lambda: dialog.offered() == [], timeout=5_000)
    dialog.reject()


def test_a_customer_known_only_by_their_username_is_offered_and_opened_by_their_bsuid(qtbot, demo_window, demo):
    from monggo_desktop.domain.models import Contact

    demo.engine.session.db.call(
        lambda s: s.contacts.add(
            Contact(phone_e164=None, profile_name="Rina Batik", user_id="ID.Rina8080", username="rina.batik")
        )
    )
    dialog = open_dialog(qtbot, demo_window)
    choose(qtbot, dialog, "@rina", "@rina.batik")
    assert dialog.number.text() == "ID.Rina8080"
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.start_button.click()
    panel = demo_window.chat_panel
    qtbot.waitUntil(lambda: panel.title.text() == "Rina Batik", timeout=5_000)


def test_an_unknown_username_is_said_under_the_field(qtbot, demo_window):
    dialog = open_dialog(qtbot, demo_window)
    dialog.number.setText("@nobody.here")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible() and "username" in dialog.problem.text(), timeout=5_000)
    assert dialog.isVisible() and dialog.number.text() == "@nobody.here"
    dialog.reject()
