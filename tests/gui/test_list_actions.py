"""The conversation list on the demo: pin, archive, the filters, label chips and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from monggo_desktop.domain.labels import LABEL_COLOURS, next_label_color


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.title for r in window.list_model.rows()]


def row_of(window, title: str):  # type: ignore[no-untyped-def]
    return next(r for r in window.list_model.rows() if r.title == title)


def choose_filter(window, text: str) -> None:  # type: ignore[no-untyped-def]
    position = window.show_filter.findText(text)
    assert position >= 0, [window.show_filter.itemText(i) for i in range(window.show_filter.count())]
    window.show_filter.setCurrentIndex(position)
    window.show_filter.activated.emit(position)


def trigger(window, title: str, action_text: str) -> None:  # type: ignore[no-untyped-def]
    menu = QMenu()
    window.list_actions(row_of(window, title), menu)
    next(a for a in menu.actions() if a.text() == action_text).trigger()


def test_pinning_puts_a_conversation_on_top_and_unpinning_puts_it_back(qtbot, demo_window):
    last = titles(demo_window)[-1]
    trigger(demo_window, last, "Pin to the top")
    qtbot.waitUntil(lambda: titles(demo_window)[0] == last, timeout=5_000)
    assert row_of(demo_window, last).pinned
    trigger(demo_window, last, "Unpin")
    qtbot.waitUntil(lambda: titles(demo_window)[-1] == last, timeout=5_000)


def test_archiving_hides_a_conversation_behind_the_archived_filter(qtbot, demo_window):
    trigger(demo_window, "Budi Santoso", "Archive")
    qtbot.waitUntil(lambda: "Budi Santoso" not in titles(demo_window), timeout=5_000)
    assert len(titles(demo_window)) == 5
    choose_filter(demo_window, "Archived")
    qtbot.waitUntil(lambda: titles(demo_window) == ["Budi Santoso"], timeout=5_000)
    trigger(demo_window, "Budi Santoso", "Move out of the archive")
    qtbot.waitUntil(lambda: titles(demo_window) == [], timeout=5_000)
    choose_filter(demo_window, "All chats")
    qtbot.waitUntil(lambda: "Budi Santoso" in titles(demo_window), timeout=5_000)


def test_the_unread_and_label_filters(qtbot, demo_window):
    qtbot.waitUntil(lambda: demo_window.show_filter.findText("Label: Grosir") >= 0, timeout=5_000)
    choose_filter(demo_window, "Unread")
    qtbot.waitUntil(lambda: len(titles(demo_window)) < 6, timeout=5_000)
    assert titles(demo_window) and all(r.unread > 0 for r in demo_window.list_model.rows())
    choose_filter(demo_window, "Label: Pelanggan tetap")
    qtbot.waitUntil(lambda: sorted(titles(demo_window)) == ["Rina Kusuma", "Sari Wulandari"], timeout=5_000)


def test_rows_carry_their_labels_each_in_its_own_colour(demo_window):
    sari, rina = row_of(demo_window, "Sari Wulandari"), row_of(demo_window, "Rina Kusuma")
    assert [label.name for label in sari.labels] == ["Pelanggan tetap"]
    assert sari.labels == rina.labels  # one label, one colour, wherever it shows
    colours = {row_of(demo_window, t).labels[0].color for t in ("Sari Wulandari", "Budi Santoso", "Daniel Moore")}
    assert len(colours) == 3 and colours <= set(LABEL_COLOURS)
    assert row_of(demo_window, "Maya Putri").labels == ()


def test_a_new_label_takes_the_least_used_colour():
    assert next_label_color([]) == LABEL_COLOURS[0]
    assert next_label_color([LABEL_COLOURS[0], LABEL_COLOURS[1].upper()]) == LABEL_COLOURS[2]
    assert next_label_color([*LABEL_COLOURS, LABEL_COLOURS[0]]) == LABEL_COLOURS[1]


def test_find_focuses_search_and_down_moves_into_the_list(qtbot, demo_window):
    demo_window.activateWindow()
    demo_window.list_view.setFocus()
    qtbot.keySequence(demo_window, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.waitUntil(demo_window.search.hasFocus)
    qtbot.keyClick(demo_window.search, Qt.Key.Key_Down)
    assert demo_window.list_view.hasFocus()
    assert demo_window.list_view.currentIndex().row() == 0
    qtbot.waitUntil(lambda: demo_window._chat.conversation_id == demo_window.list_model.rows()[0].conversation_id)
