"""The app lock on the demo window (real database re-keyed, real keyring, simulator over loopback): the idle
clock locks it, nothing personal shows while locked, messages still come and go, the passphrase or the
recovery key opens it again."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.security import recovery_key
from monggo_desktop.services.account.app_lock import AppLock
from monggo_desktop.services.session import Unlocker
from monggo_desktop.ui.app_lock_dialog import AppLockDialog
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel
from tests.gui.demo_helpers import open_conversation, window_open

PASSPHRASE = "lumpia semarang enak sekali"
IDLE_MINUTES = 5


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def locked_demo(qtbot, demo, demo_window, secure_keyring, keyring_service):
    """The demo window with the app lock turned on (a real re-key) and a clock the test moves."""
    session = demo.engine.session
    setup_key = session.db.key
    assert isinstance(setup_key, RawKey)
    lock = AppLock(session, Unlocker(secure_keyring, keyring_service))
    turned_on = asyncio.ensure_future(lock.turn_on(PASSPHRASE))
    qtbot.waitUntil(turned_on.done, timeout=10_000)
    assert turned_on.result().enabled
    clock = FakeClock()
    viewmodel = AppLockViewModel(lock, idle_minutes=IDLE_MINUTES, clock=clock)
    demo_window.attach_lock(viewmodel)
    return demo_window, viewmodel, clock, recovery_key.encode(setup_key)


def visible_texts(window: QWidget) -> str:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
    return "\n".join(texts)


def test_idle_time_locks_the_window_and_nothing_personal_shows(qtbot, locked_demo):
    window, viewmodel, clock, _ = locked_demo
    rows = window.list_model.rows()
    personal = [r.title for r in rows] + [r.preview for r in rows if r.preview]
    open_conversation(qtbot, window, window_open)
    clock.now += IDLE_MINUTES * 60 - 1
    viewmodel.check_idle()
    assert not viewmodel.locked  # a second short of the idle time

    clock.now += 1
    viewmodel.check_idle()
    assert viewmodel.locked
    assert window.lock_screen.isVisible()
    assert not window.list_view.isVisible() and not window.chat_panel.isVisible()
    shown = visible_texts(window)
    assert "locked" in shown
    leaked = [text for text in personal if text and text in shown]
    assert leaked == []


def test_input_keeps_the_app_open(qtbot, locked_demo):
    window, viewmodel, clock, _ = locked_demo
    clock.now += IDLE_MINUTES * 60 - 10
    qtbot.keyClick(window.search, Qt.Key.Key_A)  # the owner is still there
    clock.now += 30
    viewmodel.check_idle()
    assert not viewmodel.locked


def test_a_wrong_passphrase_is_refused_and_the_right_one_opens(qtbot, locked_demo):
    window, viewmodel, _, _ = locked_demo
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert viewmodel.locked
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase, "lumpia semarang asin")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not the app lock passphrase" in screen.problem.text(), timeout=10_000)
    assert viewmodel.locked
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not viewmodel.locked, timeout=10_000)
    assert window.list_view.isVisible() and not screen.isVisible()
    assert screen.passphrase.text() == ""  # nothing typed is kept


def test_other_windows_are_hidden_while_locked_and_come_back(qtbot, locked_demo):
    window, viewmodel, _, _ = locked_demo
    dialog = QDialog(window)
    dialog.setWindowTitle("Detail")
    dialog.show()
    qtbot.waitExposed(dialog)
    viewmodel.lock_now()
    assert not dialog.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not viewmodel.locked, timeout=10_000)
    assert dialog.isVisible()
    dialog.close()


def test_messages_go_out_and_come_in_while_locked(qtbot, demo, locked_demo):
    window, viewmodel, _, _ = locked_demo
    open_conversation(qtbot, window, window_open)
    db = demo.engine.session.db
    inbound = "SELECT count(*) FROM messages WHERE direction = 'in'"
    before = db.call(lambda s: s.conn.execute(inbound).fetchone()[0])
    qtbot.keyClicks(window.chat_panel.composer, "Sebentar ya kak")
    qtbot.keyClick(window.chat_panel.composer, Qt.Key.Key_Return)
    viewmodel.lock_now()  # the simulated customer answers while the app is locked
    qtbot.waitUntil(lambda: db.call(lambda s: s.conn.execute(inbound).fetchone()[0]) > before, timeout=15_000)
    assert viewmodel.locked
    sent = db.call(lambda s: s.conn.execute("SELECT status FROM messages WHERE body = 'Sebentar ya kak'").fetchone())
    assert sent is not None and sent[0] in ("sent", "delivered", "read")


def test_the_recovery_key_opens_it_and_a_new_passphrase_is_chosen(qtbot, locked_demo):
    window, viewmodel, _, shown = locked_demo
    viewmodel.lock_now()
    screen = window.lock_screen
    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.recovery, recovery_key.encode(RawKey.generate()))
    qtbot.keyClick(screen.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not this database's recovery key" in screen.problem.text(), timeout=10_000)
    screen.recovery.clear()
    qtbot.keyClicks(screen.recovery, shown.lower())
    qtbot.keyClick(screen.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not viewmodel.locked, timeout=10_000)

    def reset_dialog() -> AppLockDialog | None:
        found = [w for w in window.findChildren(AppLockDialog) if w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: reset_dialog() is not None, timeout=5_000)
    dialog = reset_dialog()
    new = "kata sandi yang baru sekali"
    qtbot.keyClicks(dialog.first, new)
    assert not dialog.ok.isEnabled()  # the repetition is missing
    qtbot.keyClicks(dialog.second, new)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    viewmodel.lock_now()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)  # the forgotten one works no more
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not the app lock passphrase" in screen.problem.text(), timeout=10_000)
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, new)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not viewmodel.locked, timeout=10_000)
