"""The real app (not the demo) run the way `monggo-desktop` runs it: a set-up data directory, the simulator in
its own process, the window shown, templates synced in the same run, closing the window ends it cleanly."""

from __future__ import annotations

import re
import subprocess
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from monggo_desktop.app import run_gui
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.services.setup.first_setup import SetupRequest, set_up
from monggo_desktop.storage.data_dir import DataDirectory
from monggo_desktop.ui.main_window import MainWindow
from tests.integration.helpers import cli_environment

PASSPHRASE = "gudeg jogja manis sekali"


def test_the_app_opens_syncs_templates_and_closes_cleanly(qapp, tmp_path, secure_keyring, keyring_service):
    simulator = subprocess.Popen(
        [sys.executable, "-m", "monggo_desktop", "simulator", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_environment(xdg_root=None),
    )
    try:
        assert simulator.stdout is not None
        url = re.search(r"http://127\.0\.0\.1:\d+", simulator.stdout.readline()).group(0)  # type: ignore[union-attr]
        data = DataDirectory(tmp_path / "data")
        unlocker = Unlocker(secure_keyring, keyring_service, passphrase=Passphrase(PASSPHRASE))
        request = SetupRequest(
            phone_number_id="106540352242922",
            waba_id="102290129340398",
            access_token="EAAG-app-run",
            app_secret="app-run-secret-0123456789",
            verify_token="verify-app-run",
            api_base_url=url,
        )
        set_up(data, unlocker, request)
        seen: list[str] = []

        def close_once_synced() -> None:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            if not windows:
                return
            with unlock(data, unlocker) as session:
                synced = session.db.call(lambda s: s.templates.for_account(1, sendable_only=True))
            if synced:
                windows[0].show_screen(2)  # the business profile, through the client the app made after showing
                profile = windows[0].profile_page.source.text()
                if not profile.startswith("Up to date with WhatsApp") and time.monotonic() < give_up:
                    return
                seen.append(windows[0].windowTitle())
                seen.append(profile.split(" as of ")[0])
                poll.stop()
                windows[0].close()  # as the owner does: the app shuts down cleanly and run_gui returns

        give_up = time.monotonic() + 30  # a profile that never loads fails the test rather than hanging it
        poll = QTimer(interval=100)
        poll.timeout.connect(close_once_synced)
        poll.start()
        assert run_gui(demo=False, data_dir=data.root, lang="en", unlocker=unlocker) == 0
        assert seen == ["Monggo Pinarak", "Up to date with WhatsApp"]
        with unlock(data, unlocker) as session:  # closed cleanly: it opens again, whole
            assert session.db.integrity_problems() == []
    finally:
        simulator.terminate()
        simulator.wait(10)
        if simulator.stdout is not None:
            simulator.stdout.close()
