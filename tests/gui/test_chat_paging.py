"""The chat panel pages through a long conversation: the reader keeps their place, the loaded rows stay a
window, and scrolling back down brings the dropped rows back. A real database, offscreen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint

from monggo_desktop.domain.models import Account, Contact
from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.ui.chat_panel import ChatPanel
from monggo_desktop.ui.models import chat_model
from monggo_desktop.ui.viewmodels.chat import ChatViewModel

MESSAGES = 260
WINDOW = 100


def seed(store) -> tuple[int, int, list[int]]:  # type: ignore[no-untyped-def]
    account = store.accounts.add(
        Account(phone_number_id="1065", waba_id="1022", api_base_url="http://127.0.0.1:1", api_version="v25.0")
    )
    contact = store.contacts.add(Contact(phone_e164="+6281234567001", profile_name="Pelanggan"))
    conversation = store.conversations.get_or_create(account.id, contact.id)
    base = int((datetime.now(UTC) - timedelta(days=3)).timestamp() * 1000)
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO messages (conversation_id, direction, type, body, status, created_at)"
            " VALUES (?, 'in', 'text', ?, 'received', ?)",
            [
                (conversation.id, f"Pesan {i}: batik tulis motif parang" + " kawung" * (i % 7), base + i * 60_000)
                for i in range(MESSAGES)
            ],
        )
    ids = [r[0] for r in store.conn.execute("SELECT id FROM messages ORDER BY created_at")]
    return account.id, conversation.id, ids


@pytest.fixture
def panel(qtbot, qloop, db, monkeypatch):
    monkeypatch.setattr(chat_model, "WINDOW_ROWS", WINDOW)
    account_id, conversation_id, ids = db.call(seed)
    vm = ChatViewModel(chat_services(db, account_id))
    widget = ChatPanel(vm)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    with qtbot.waitSignal(vm.opened, timeout=5_000):
        vm.open(conversation_id)
    widget.message_ids = ids  # type: ignore[attr-defined]
    yield widget
    vm.shutdown()


def top_row(panel: ChatPanel) -> tuple[int, int]:
    """The message at the top of the view and where its row starts on screen."""
    view = panel.bubbles
    index = view.indexAt(QPoint(view.viewport().width() // 2, 0))
    return index.data(chat_model.ChatModel.IdRole), view.visualRect(index).top()


def test_an_older_page_keeps_the_reader_where_they_were(qtbot, panel):
    bar = panel.bubbles.verticalScrollBar()
    bar.setValue(bar.minimum() + 1)  # just below the top of the newest page
    before = top_row(panel)
    assert before[0] == panel.model.oldest_id()
    with qtbot.waitSignal(panel._vm.older_loaded, timeout=5_000):
        bar.setValue(bar.minimum())  # the top: the next page is asked for
    assert top_row(panel) == (before[0], before[1] + 1)  # the same bubble, in place: the new rows are above
    assert panel.model.oldest_id() != before[0] and bar.value() > bar.minimum()


def test_scrolling_to_either_end_pages_through_a_window_of_rows(qtbot, panel):
    bar, model, ids = panel.bubbles.verticalScrollBar(), panel.model, panel.message_ids
    while model.has_older:
        with qtbot.waitSignal(panel._vm.older_loaded, timeout=5_000):
            bar.setValue(bar.minimum() + 1)
            bar.setValue(bar.minimum())
        assert model.rowCount() <= WINDOW
    assert model.oldest_id() == ids[0] and model.has_newer  # the newest rows were let go
    while model.has_newer:
        with qtbot.waitSignal(panel._vm.newer_loaded, timeout=5_000):
            bar.setValue(bar.maximum() - 1)
            bar.setValue(bar.maximum())
        assert model.rowCount() <= WINDOW
    assert model.newest_id() == ids[-1] and model.has_older
    assert [model.bubble_at(r).message_id for r in range(model.rowCount())] == ids[-model.rowCount() :]
