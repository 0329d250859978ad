"""Driving the setup wizard in the GUI tests: the simulator on the test's qasync loop, and a driver that clicks."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.services.setup.check import SetupFlow
from monggo_desktop.ui.setup_wizard import CHECK, CREDENTIALS, INTRO, SetupOutcome, SetupWizard
from monggo_desktop.ui.viewmodels.setup import SetupViewModel

TOKEN = "EAAG-wizard-token-0123456789"
APP_SECRET = "wizard-app-secret-0123"
PASSPHRASE_TEXT = "soto ayam lamongan pedas"
CONFIG = SimulatorConfig(access_token=TOKEN, verified_name="Warung Bu Sri")

Next, Commit, Finish, Cancel, Back = (
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.BackButton,
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_simulator(qtbot, config: SimulatorConfig = CONFIG) -> Iterator[Simulator]:  # type: ignore[no-untyped-def]
    """The simulator on the test's loop (the ``qloop`` fixture must be active); only TOKEN is accepted."""
    sim = Simulator(dataclasses.replace(config))
    started = asyncio.ensure_future(sim.start())
    qtbot.waitUntil(started.done, timeout=5_000)
    yield sim
    stopped = asyncio.ensure_future(sim.stop())
    qtbot.waitUntil(stopped.done, timeout=5_000)


class Driver:
    """Clicks through the wizard the way the owner does."""

    def __init__(self, qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.wizard = wizard
        self.outcome = asyncio.ensure_future(wizard.run())
        qtbot.waitUntil(wizard.isVisible, timeout=5_000)

    def click(self, which: QWizard.WizardButton) -> None:
        button = self.wizard.button(which)
        assert button.isVisible() and button.isEnabled(), f"{which} is not clickable"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def enabled(self, which: QWizard.WizardButton) -> bool:
        button = self.wizard.button(which)
        return button.isVisible() and button.isEnabled()

    def fill(self, base_url: str, **values: str) -> None:
        page = self.wizard.credentials
        fields = {
            "phone_number_id": CONFIG.phone_number_id,
            "waba_id": CONFIG.waba_id,
            "access_token": TOKEN,
            "app_secret": APP_SECRET,
            **values,
        }
        page.advanced.setChecked(True)  # the ids and the API base are "advanced": typed only once it is open
        for name, text in fields.items():
            getattr(page, name).clear()
            self.qtbot.keyClicks(getattr(page, name), text)
        page.api_base.setText(base_url)

    def to_check(self, base_url: str, **values: str) -> None:
        assert self.wizard.currentId() == INTRO
        self.click(Next)
        assert self.wizard.currentId() == CREDENTIALS and not self.enabled(Next)  # nothing typed yet
        self.fill(base_url, **values)
        self.click(Next)
        assert self.wizard.currentId() == CHECK

    def wait_checked(self) -> None:
        check = self.wizard.check
        self.qtbot.waitUntil(check.again.isEnabled, timeout=30_000)  # "Test again" comes back when WhatsApp answered

    def result(self) -> SetupOutcome:
        self.qtbot.waitUntil(self.outcome.done, timeout=5_000)
        return self.outcome.result()


def open_wizard(qtbot, data_dir, unlocker, executor, port: int | None = None) -> Driver:  # type: ignore[no-untyped-def]
    flow = SetupFlow(data_dir, unlocker, executor, webhook_port=port or free_port())
    wizard = SetupWizard(SetupViewModel(flow))
    qtbot.addWidget(wizard)
    return Driver(qtbot, wizard)
