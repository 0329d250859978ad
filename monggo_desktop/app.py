"""Composition root: settings, vault, database, services, then the UI on a qasync event loop."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.services.session import Unlocker


def run_gui(*, demo: bool, data_dir: Path | None, lang: str | None, unlocker: Unlocker | None = None) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # qasync tries PyQt first otherwise
    import qasync
    from PySide6.QtWidgets import QApplication

    from monggo_desktop import APP_NAME, __version__
    from monggo_desktop.ui.placeholder_window import PlaceholderWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)

    closers: list = []
    title, lines = describe(demo=demo, data_dir=data_dir, unlocker=unlocker, closers=closers)
    window = PlaceholderWindow(title, lines)

    async def show_until_quit() -> int:
        done = asyncio.Event()
        app.aboutToQuit.connect(done.set)
        window.show()
        await done.wait()
        return 0

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            return runner.run(show_until_quit())
    finally:
        for close in closers:
            close()


def describe(*, demo: bool, data_dir: Path | None, unlocker: Unlocker | None, closers: list) -> tuple[str, list[str]]:
    """What the placeholder window says: the demo's data, or the state of the user's data directory."""
    if demo:
        from monggo_desktop.services.demo import start_demo

        env = start_demo()
        closers.append(env.close)
        s = env.summary
        return (
            "Demo mode",
            [
                f"A throw-away encrypted database with {s.contacts} customers, {s.conversations} conversations "
                f"and {s.messages} messages.",
                "The conversation screens arrive with the next release; the data here vanishes when you close "
                "this window.",
            ],
        )
    from monggo_desktop.services.session import unlock
    from monggo_desktop.storage.data_dir import DataDirectory, default_data_dir

    if unlocker is None:
        import keyring

        unlocker = Unlocker(keyring_backend=keyring.get_keyring())

    directory = DataDirectory((data_dir or default_data_dir()).absolute())
    try:
        with unlock(directory, unlocker) as session:
            accounts = session.db.call(lambda s: s.accounts.list())
    except UserFacingError as exc:
        return ("Monggo Pinarak is not ready", [str(exc)[:1].upper() + str(exc)[1:] + "."])
    return (
        "Monggo Pinarak",
        [
            f"Your encrypted data is unlocked: {len(accounts)} WhatsApp number(s) set up.",
            "The conversation screens arrive with the next release.",
        ],
    )
