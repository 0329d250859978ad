"""The window shown until the conversation screens land, and the qasync bootstrap around it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from monggo_desktop.app import run_gui
from monggo_desktop.services.demo import start_demo
from monggo_desktop.ui.placeholder_window import PlaceholderWindow


def test_the_window_shows_its_title_and_lines(qtbot):
    window = PlaceholderWindow("Demo mode", ["first line", "second line"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.heading.text() == "Demo mode"
    assert window.body.text() == "first line\nsecond line"
    assert window.windowTitle() == "Monggo Pinarak"
    assert not window.grab().isNull()


def test_the_demo_database_is_seeded_and_thrown_away():
    env = start_demo()
    try:
        assert env.summary.conversations == 5 and env.summary.messages == 10
        assert env.db.call(lambda s: s.messages.count()) == env.summary.messages
        assert env.db.call(lambda s: len(s.conversations.recent())) == env.summary.conversations
        assert not env.db.path.read_bytes().startswith(b"SQLite format 3")
    finally:
        env.close()
    assert not env.root.exists()


def test_the_app_starts_in_demo_mode_shows_a_window_and_quits_cleanly(qapp, tmp_path):
    shown: list[str] = []

    def look_then_quit() -> None:
        shown.extend(
            w.heading.text()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PlaceholderWindow) and w.isVisible()
        )
        QApplication.quit()

    QTimer.singleShot(300, look_then_quit)
    assert run_gui(demo=True, data_dir=None, lang=None) == 0
    assert shown == ["Demo mode"]


def test_the_app_explains_a_data_directory_that_is_not_set_up(qapp, tmp_path):
    texts: list[str] = []

    def look_then_quit() -> None:
        texts.extend(
            w.body.text() for w in QApplication.topLevelWidgets() if isinstance(w, PlaceholderWindow) and w.isVisible()
        )
        QApplication.quit()

    QTimer.singleShot(300, look_then_quit)
    assert run_gui(demo=False, data_dir=tmp_path / "empty", lang=None) == 0
    assert texts and "monggo-desktop setup" in texts[-1]
