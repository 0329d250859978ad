"""The window shown until the conversation screens land, and the qasync bootstrap around it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from monggo_desktop.app import run_gui
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


def test_the_app_explains_a_data_directory_that_is_not_set_up(qapp, tmp_path):
    texts: list[str] = []

    def look_then_quit() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlaceholderWindow) and w.isVisible()]
        if shown:
            texts.extend(w.body.text() for w in shown)
            poll.stop()
            QApplication.quit()

    poll = QTimer(interval=50)
    poll.timeout.connect(look_then_quit)
    poll.start()
    assert run_gui(demo=False, data_dir=tmp_path / "empty", lang=None) == 0
    assert texts and "monggo-desktop setup" in texts[-1]
