"""Turning the app lock on, changing it and turning it off from the settings screen's section; and starting
the app with the lock on, opened with the recovery key."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from monggo_desktop.app import start
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.security import vault_config
from monggo_desktop.services.account.app_lock import AppLock
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.services.setup.first_setup import set_up
from monggo_desktop.ui.app_lock_dialog import AppLockDialog
from monggo_desktop.ui.app_lock_section import AppLockSection
from monggo_desktop.ui.passphrase_dialog import PassphraseDialog
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel
from tests.integration.helpers import SETUP_REQUEST

FIRST = "nasi goreng kampung pedas"
SECOND = "soto ayam lamongan hangat"


def _dialog(parent) -> AppLockDialog | None:
    found = [w for w in parent.findChildren(AppLockDialog) if w.isVisible()]
    return found[0] if found else None


def _fill(qtbot, dialog: AppLockDialog, *, current: str | None = None, new: str | None = None) -> None:
    if current is not None:
        qtbot.keyClicks(dialog.current, current)
    if new is not None:
        qtbot.keyClicks(dialog.first, new)
        qtbot.keyClicks(dialog.second, new)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_turn_on_change_and_turn_off_from_the_settings(qtbot, demo, secure_keyring, keyring_service):
    lock = AppLock(demo.engine.session, Unlocker(secure_keyring, keyring_service))
    viewmodel = AppLockViewModel(lock, idle_minutes=10)
    section = AppLockSection(viewmodel, QSpinBox())
    qtbot.addWidget(section)
    section.show()
    assert section.turn_on_button.isVisible() and not section.change_button.isVisible()
    assert "Off" in section.state.text()

    qtbot.mouseClick(section.turn_on_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(section) is not None)
    dialog = _dialog(section)
    qtbot.keyClicks(dialog.first, "short")
    assert not dialog.ok.isEnabled() and "more characters" in dialog.hint.text()
    dialog.first.clear()
    _fill(qtbot, dialog, new=FIRST)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: "On" in section.state.text())
    assert viewmodel.enabled
    assert section.change_button.isVisible() and section.turn_off_button.isVisible()

    qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(section) is not None)
    dialog = _dialog(section)
    _fill(qtbot, dialog, current="not the current one", new=SECOND)
    qtbot.waitUntil(lambda: "current passphrase is not right" in dialog.problem.text(), timeout=10_000)
    assert dialog.isVisible()
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, FIRST)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert lock.check(SECOND) and not lock.check(FIRST)

    qtbot.mouseClick(section.turn_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(section) is not None)
    _fill(qtbot, _dialog(section), current=SECOND)
    qtbot.waitUntil(section.turn_on_button.isVisible, timeout=15_000)  # after the change is reported
    assert not viewmodel.enabled
    viewmodel.shutdown()


def _the_passphrase_dialog() -> PassphraseDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible()), None)


def test_starting_a_locked_app_with_the_recovery_key(qtbot, qloop, data_dir, secure_keyring, keyring_service):
    unlocker = Unlocker(secure_keyring, keyring_service)
    result = set_up(
        data_dir,
        unlocker,
        SETUP_REQUEST,
    )
    with unlock(data_dir, unlocker) as session:
        done = asyncio.ensure_future(AppLock(session, unlocker).turn_on(FIRST))
        qtbot.waitUntil(done.done, timeout=10_000)
        done.result()

    started = asyncio.ensure_future(start(demo=False, data_dir=data_dir.root, unlocker=unlocker))
    qtbot.waitUntil(lambda: _the_passphrase_dialog() is not None, timeout=5_000)
    dialog = _the_passphrase_dialog()
    assert dialog.forgot.isVisible()
    qtbot.mouseClick(dialog.forgot, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.field, "AAAAA-BBBBB")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "recovery key does not open" in dialog.problem.text(), timeout=10_000)
    qtbot.keyClicks(dialog.field, result.recovery_key)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(started.done, timeout=15_000)
    running = started.result()
    try:
        window = running.window
        qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=5_000)
        _fill(qtbot, _dialog(window), new=SECOND)
        qtbot.waitUntil(lambda: _dialog(window) is None, timeout=15_000)
    finally:
        window.shutdown()
        window.close()
        stopped = asyncio.ensure_future(running.stop())
        qtbot.waitUntil(stopped.done, timeout=10_000)
    assert vault_config.read(data_dir.vault_config).app_lock
    with unlock(data_dir, Unlocker(secure_keyring, keyring_service, Passphrase(SECOND))) as session:
        assert session.db.call(lambda s: s.settings.get("app_lock.enabled")) is True
