"""Starting on a database protected by a passphrase: the dialog asks, a wrong one is said, cancel ends the app."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from monggo_desktop.app import start
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.services.session import Unlocker
from monggo_desktop.services.setup.first_setup import set_up
from monggo_desktop.ui.passphrase_dialog import PassphraseDialog
from tests.integration.helpers import SETUP_REQUEST as REQUEST

PASSPHRASE = "rendang padang pedas sekali"


@pytest.fixture
def protected(data_dir, secure_keyring, keyring_service):  # type: ignore[no-untyped-def]
    unlocker = Unlocker(secure_keyring, keyring_service, passphrase=Passphrase(PASSPHRASE))
    set_up(data_dir, unlocker, REQUEST)
    return data_dir.root, Unlocker(secure_keyring, keyring_service)


def the_dialog() -> PassphraseDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible()), None)


def test_a_wrong_passphrase_is_said_and_the_right_one_opens_the_window(qtbot, qloop, protected):
    folder, unlocker = protected
    started = asyncio.ensure_future(start(demo=False, data_dir=folder, unlocker=unlocker))
    qtbot.waitUntil(lambda: the_dialog() is not None, timeout=5_000)
    dialog = the_dialog()
    assert not dialog._ok().isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.field, "rendang padang manis")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open this database" in dialog.problem.text(), timeout=10_000)
    assert dialog.field.text() == "" and dialog.field.isEnabled()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(started.done, timeout=10_000)
    running = started.result()
    try:
        assert type(running.window).__name__ == "MainWindow"
        assert the_dialog() is None
    finally:
        running.window.shutdown()
        running.window.close()
        stopped = asyncio.ensure_future(running.stop())
        qtbot.waitUntil(stopped.done, timeout=10_000)


def test_cancelling_the_passphrase_opens_nothing(qtbot, qloop, protected):
    folder, unlocker = protected
    started = asyncio.ensure_future(start(demo=False, data_dir=folder, unlocker=unlocker))
    qtbot.waitUntil(lambda: the_dialog() is not None, timeout=5_000)
    qtbot.keyClick(the_dialog(), Qt.Key.Key_Escape)
    qtbot.waitUntil(started.done, timeout=5_000)
    assert started.result() is None
