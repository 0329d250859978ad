"""A chat the owner is looking at is read: a customer's message arriving in the open chat, with the window in front
on the chats screen, leaves its unread count at zero and sends the read receipt (the customer's blue ticks). While
the owner looks elsewhere (another screen) it stays unread, and is read when they come back."""

from __future__ import annotations

import asyncio

from monggo_desktop.ui.screens import SCREENS
from tests.gui.demo_helpers import bubbles, open_conversation, window_open

CONTACTS_SCREEN = next(i for i, spec in enumerate(SCREENS) if spec.name == "Contacts")


def customer_of(demo, conversation_id: int) -> str:  # type: ignore[no-untyped-def]
    def wa_id(store) -> str:  # type: ignore[no-untyped-def]
        conversation = store.conversations.get(conversation_id)
        return store.contacts.get(conversation.contact_id).wa_id

    return demo.engine.session.db.call(wa_id)


def write(qtbot, demo, wa_id: str, text: str) -> str:  # type: ignore[no-untyped-def]
    sent = asyncio.ensure_future(demo.simulator.customer_message(wa_id, text))
    qtbot.waitUntil(sent.done, timeout=5_000)
    return sent.result()


def unread(window, conversation_id: int) -> int:  # type: ignore[no-untyped-def]
    position = window.list_model.row_of(conversation_id)
    return -1 if position is None else window.list_model.row_at(position).unread


def in_front(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def test_a_message_in_the_chat_on_screen_is_read_at_once_with_its_receipt(qtbot, demo_window, demo):
    in_front(qtbot, demo_window)
    open_conversation(qtbot, demo_window, window_open)
    conversation_id = demo_window._chat.conversation_id
    qtbot.waitUntil(lambda: unread(demo_window, conversation_id) == 0, timeout=5_000)
    wamid = write(qtbot, demo, customer_of(demo, conversation_id), "Kak, kainnya sudah sampai?")
    qtbot.waitUntil(lambda: any(b.text == "Kak, kainnya sudah sampai?" for b in bubbles(demo_window)), timeout=10_000)
    qtbot.waitUntil(lambda: any(r.get("message_id") == wamid for r in demo.simulator.read_receipts), timeout=10_000)
    qtbot.wait(500)  # the list's refresh after the arrival has come and gone
    assert unread(demo_window, conversation_id) == 0


def test_a_message_that_arrives_while_the_owner_looks_elsewhere_waits_until_they_are_back(qtbot, demo_window, demo):
    in_front(qtbot, demo_window)
    open_conversation(qtbot, demo_window, window_open)
    conversation_id = demo_window._chat.conversation_id
    demo_window.show_screen(CONTACTS_SCREEN)
    assert not demo_window.reading_chat()
    wamid = write(qtbot, demo, customer_of(demo, conversation_id), "Ongkirnya berapa?")
    qtbot.waitUntil(lambda: unread(demo_window, conversation_id) == 1, timeout=10_000)
    assert not any(r.get("message_id") == wamid for r in demo.simulator.read_receipts)
    demo_window.show_screen(0)  # back to the chats: the chat is in front of them again
    qtbot.waitUntil(lambda: unread(demo_window, conversation_id) == 0, timeout=10_000)
    qtbot.waitUntil(lambda: any(r.get("message_id") == wamid for r in demo.simulator.read_receipts), timeout=10_000)


def test_opening_a_seeded_demo_chat_with_unread_messages_sends_receipts_the_simulator_takes(qtbot, demo_window, demo):
    """The demo's past is known to its simulator as Meta knows what a number received: reading it is accepted."""
    in_front(qtbot, demo_window)
    rows = demo_window.list_model.rows()
    unread_row = next(r for r in rows if r.unread > 0)
    open_conversation(qtbot, demo_window, lambda r: r.conversation_id == unread_row.conversation_id)
    qtbot.waitUntil(lambda: unread(demo_window, unread_row.conversation_id) == 0, timeout=10_000)
    received = demo.engine.session.db.call(
        lambda s: [
            w
            for (w,) in s.conn.execute(
                "SELECT wamid FROM messages WHERE conversation_id = ? AND direction = 'in'",
                (unread_row.conversation_id,),
            )
        ]
    )
    qtbot.waitUntil(
        lambda: any(r.get("message_id") in received for r in demo.simulator.read_receipts), timeout=10_000
    )
