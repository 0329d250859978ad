"""A change repaints what shows it and nothing more: a delivery tick in one chat repaints its row in the list
(not the whole list) and leaves another open chat alone; a new message reads the list again."""

from __future__ import annotations

import pytest

from monggo_desktop.domain.changes import Changes
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.ui.main_window import MainWindow
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from tests.gui.demo_helpers import open_conversation
from tests.integration.test_chat_services import NOW, seed

QUIET_MS = 600  # longer than both refresh debounces: what was going to be read again has been


@pytest.fixture
def shop(qtbot, qloop, db):  # type: ignore[no-untyped-def]
    account_id, ids = db.call(seed)
    services = chat_services(db, account_id)
    conversations, chat = ConversationListViewModel(services), ChatViewModel(services)
    window = MainWindow(conversations, chat)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 3, timeout=5_000)
    open_conversation(qtbot, window, lambda r: r.conversation_id == ids[0])
    qtbot.wait(QUIET_MS)  # opening marks the chat read, which repaints its row: let that pass
    yield window, services, conversations, chat, ids
    window.shutdown()
    services.feed.close()


def read_tick(db, wamid: str) -> None:  # type: ignore[no-untyped-def]
    message_id = db.call(lambda s: s.messages.get_by_wamid(wamid).id)
    db.call(lambda s: s.messages.apply_status(message_id, MessageStatus.READ, NOW, error_code=None, error_title=None))


def test_a_tick_in_another_chat_repaints_its_row_only(qtbot, db, shop):
    window, services, conversations, chat, ids = shop
    replaced: list[object] = []
    refreshed: list[object] = []
    conversations.rows_replaced.connect(lambda *args: replaced.append(args))
    chat.refreshed.connect(lambda *args: refreshed.append(args))
    read_tick(db, "wamid.1.3")  # the newest message of the second chat, ours: now read
    with qtbot.waitSignal(conversations.rows_updated, timeout=5_000) as updated:
        services.feed.announce(Changes.of_conversations([ids[1]]))
    [row] = updated.args[0]
    assert row.conversation_id == ids[1] and row.last_outbound_status is MessageStatus.READ
    position = window.list_model.row_of(ids[1])
    assert position is not None and window.list_model.row_at(position).last_outbound_status is MessageStatus.READ
    qtbot.wait(QUIET_MS)
    assert replaced == [] and refreshed == []  # neither the whole list nor the open chat was read again


def test_a_tick_in_the_open_chat_reads_that_chat_again(qtbot, db, shop):
    _window, services, _conversations, chat, ids = shop
    read_tick(db, "wamid.0.3")
    with qtbot.waitSignal(chat.refreshed, timeout=5_000) as refreshed:
        services.feed.announce(Changes.of_conversations([ids[0]]))
    _header, page = refreshed.args
    assert next(b for b in page if b.text == "pesan 0.3").status is MessageStatus.READ


def test_a_new_message_reads_the_list_and_its_labels_again(qtbot, shop):
    _window, services, conversations, _chat, ids = shop
    with (
        qtbot.waitSignal(conversations.rows_replaced, timeout=5_000),
        qtbot.waitSignal(conversations.labels_loaded, timeout=5_000),
    ):
        services.feed.announce(Changes.of_conversations([ids[2]], list_order=True))


def test_a_renamed_customer_s_new_name_reaches_the_open_chat_s_header(qtbot, db, shop):
    window, services, _conversations, chat, ids = shop

    def rename(store) -> None:  # type: ignore[no-untyped-def]
        contact_id = store.conversations.get(ids[0]).contact_id
        store.conn.execute("UPDATE contacts SET display_name = 'Ibu Sari (grosir)' WHERE id = ?", (contact_id,))

    db.call(rename)
    with qtbot.waitSignal(chat.refreshed, timeout=5_000):
        services.feed.changed_everything()  # as the contacts screen announces an edit
    assert window.chat_panel.title.text() == "Ibu Sari (grosir)"
