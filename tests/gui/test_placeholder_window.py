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


def test_the_app_explains_a_data_directory_it_cannot_open(qapp, tmp_path, secure_keyring, keyring_service):
    """Set up in keyring mode, started where no safe keyring answers: the not-ready window says why."""
    from keyring.backends import fail

    from monggo_desktop.services.session import Unlocker
    from monggo_desktop.services.setup.first_setup import SetupRequest, set_up
    from monggo_desktop.storage.data_dir import DataDirectory

    data = DataDirectory(tmp_path / "data")
    request = SetupRequest(
        phone_number_id="106540352242922",
        waba_id="102290129340398",
        access_token="EAAG-not-ready-token",
        app_secret="not-ready-app-secret",
        verify_token="not-ready-verify",
        api_base_url="http://127.0.0.1:9",
    )
    set_up(data, Unlocker(secure_keyring, keyring_service), request)
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
    unlocker = Unlocker(fail.Keyring(), keyring_service)
    assert run_gui(demo=False, data_dir=data.root, lang=None, unlocker=unlocker) == 0
    assert texts and "no system keyring is available" in texts[-1]


def test_the_app_offers_the_setup_wizard_when_nothing_is_set_up(qapp, tmp_path):
    from monggo_desktop.ui.setup_wizard import SetupWizard

    seen: list[str] = []

    def look_then_cancel() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
        if shown:
            seen.append(shown[0].windowTitle())
            poll.stop()
            shown[0].reject()  # cancelled: run_gui ends, nothing was written

    poll = QTimer(interval=50)
    poll.timeout.connect(look_then_cancel)
    poll.start()
    assert run_gui(demo=False, data_dir=tmp_path / "empty", lang=None) == 0
    assert seen == ["Set up Monggo Pinarak"]
    assert not (tmp_path / "empty").exists()
