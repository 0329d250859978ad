"""`start` on a data directory with nothing set up: the wizard instead of the not-ready window; what it returns
decides what opens (the app it set up, the demo, or nothing)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from monggo_desktop.app import start
from monggo_desktop.cloud.simulator import Simulator
from monggo_desktop.services.session import Unlocker
from monggo_desktop.ui.setup_wizard import SetupWizard
from tests.gui.wizard_helpers import Driver, running_simulator

Commit, Next, Finish = (
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
)


@pytest.fixture
def simulator(qtbot, qloop) -> Iterator[Simulator]:  # type: ignore[no-untyped-def]
    with running_simulator(qtbot) as sim:
        yield sim


def the_wizard() -> SetupWizard | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()), None)


def attach(qtbot, started) -> Driver:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: the_wizard() is not None or started.done(), timeout=10_000)
    wizard = the_wizard()
    assert wizard is not None, started.result()
    driver = Driver.__new__(Driver)  # the app runs the wizard; the driver only clicks
    driver.qtbot, driver.wizard, driver.outcome = qtbot, wizard, started
    return driver


def stop(qtbot, running) -> None:  # type: ignore[no-untyped-def]
    running.window.shutdown()
    running.window.close()
    stopped = asyncio.ensure_future(running.stop())
    qtbot.waitUntil(stopped.done, timeout=15_000)


def test_cancelling_the_wizard_ends_the_app_and_writes_nothing(qtbot, qloop, data_dir, secure_keyring, keyring_service):
    started = asyncio.ensure_future(
        start(demo=False, data_dir=data_dir.root, unlocker=Unlocker(secure_keyring, keyring_service))
    )
    driver = attach(qtbot, started)
    qtbot.keyClick(driver.wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(started.done, timeout=5_000)
    assert started.result() is None
    assert not data_dir.root.exists()


def test_the_set_up_account_opens_after_the_wizard(
    qtbot, qloop, simulator: Simulator, data_dir, secure_keyring, keyring_service
):
    started = asyncio.ensure_future(
        start(demo=False, data_dir=data_dir.root, unlocker=Unlocker(secure_keyring, keyring_service))
    )
    driver = attach(qtbot, started)
    driver.to_check(simulator.base_url)
    driver.wait_checked()
    driver.click(Commit)
    qtbot.waitUntil(driver.wizard.save.isComplete, timeout=20_000)
    driver.click(Next)
    driver.wizard.recovery.confirm.setChecked(True)
    driver.click(Next)
    driver.click(Finish)
    qtbot.waitUntil(started.done, timeout=15_000)
    running = started.result()
    try:
        assert type(running.window).__name__ == "MainWindow"
        assert the_wizard() is None
    finally:
        stop(qtbot, running)


def test_try_the_demo_instead_opens_the_demo(qtbot, qloop, data_dir, secure_keyring, keyring_service):
    started = asyncio.ensure_future(
        start(demo=False, data_dir=data_dir.root, unlocker=Unlocker(secure_keyring, keyring_service))
    )
    driver = attach(qtbot, started)
    qtbot.mouseClick(driver.wizard.intro.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.done, timeout=30_000)
    running = started.result()
    try:
        assert type(running.window).__name__ == "MainWindow"
        assert not data_dir.root.exists()  # the demo keeps its data elsewhere
    finally:
        stop(qtbot, running)
