"""Steps the GUI tests share: open a conversation in the window, read its bubbles."""

from __future__ import annotations

from datetime import UTC, datetime


def open_conversation(qtbot, window, predicate) -> None:
    rows = window.list_model.rows()
    position = next(i for i, r in enumerate(rows) if predicate(r))
    window.list_view.setCurrentIndex(window.list_model.index(position, 0))
    wanted = rows[position].conversation_id
    qtbot.waitUntil(lambda: window.chat_panel.model.rowCount() > 0 and window._chat.conversation_id == wanted)


def bubbles(window):
    model = window.chat_panel.model
    return [model.bubble_at(i) for i in range(model.rowCount())]


def window_open(row) -> bool:
    return row.window_closes_at is not None and row.window_closes_at > datetime.now(UTC)
