"""Child process of cold_start.py: start one window, print "painted" once it has been painted, then quit.

``bare``: QApplication and a QMainWindow holding a label; painted when the label is.
``app DATA_DIR``: the app as `monggo-desktop --data-dir DATA_DIR --lang en` starts it (cli.main, run_gui,
the real composition); painted when the conversation list's viewport is painted holding rows (not the empty
list shown before the first page comes back from the database). Standard input holds one JSON line:
``{"memory_keyring": [[service, user, secret], ...]}`` gives the app an in-memory keyring with those entries
(env_keyring.py: made on the app's unlocking thread, where the app makes its keyring), and
``{"memory_keyring": null}`` leaves the system keyring to the app (MONGGO_KEYRING_SERVICE names the service).

Both watch paint events with the same event filter, installed on the one widget whose paint counts (the
label; the conversation list's viewport, as soon as the app has built its window), and report from a
zero-time timer queued by the paint event, so the paint has finished when "painted" is printed. (An
application-wide filter would see every event of every widget the app builds, and make each of them a call
into Python that the app itself never pays for.)
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def __init__(self, wanted: Callable[[QWidget], bool]) -> None:
        super().__init__()
        self._wanted = wanted
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self._wanted(watched)
        ):
            self._seen = True
            QTimer.singleShot(0, self._report)  # runs after this paint event has been handled
        return False

    def _report(self) -> None:
        print("painted", flush=True)
        for window in QApplication.topLevelWidgets():  # as a user closes it: the app's own clean shutdown
            window.close()


def bare() -> int:
    from PySide6.QtWidgets import QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)  # the app's size
    label = QLabel("Monggo Pinarak", window)
    window.setCentralWidget(label)
    painted = FirstPaint(lambda widget: widget is label)
    label.installEventFilter(painted)
    window.show()
    return app.exec()


def app(data_dir: str) -> int:
    from PySide6.QtWidgets import QListView

    from monggo_desktop import cli

    entries = json.loads(sys.stdin.readline())["memory_keyring"]
    if entries is not None:  # loaded by the keyring library when the app first asks for a keyring
        os.environ["PYTHON_KEYRING_BACKEND"] = "env_keyring.EnvKeyring"
        os.environ["MONGGO_BENCH_KEYRING"] = json.dumps(entries)

    def conversation_list_with_rows(widget: QWidget) -> bool:
        view = widget.parent()
        return (
            isinstance(view, QListView)
            and type(view.model()).__name__ == "ConversationListModel"
            and view.model().rowCount() > 0
        )

    QApplication(sys.argv[:1])  # run_gui uses this instance
    painted = FirstPaint(conversation_list_with_rows)
    watch_window(painted)
    return cli.main(["--data-dir", data_dir, "--lang", "en"])


def watch_window(painted: FirstPaint) -> None:
    """Put ``painted`` on the conversation list's viewport once the app has built its window, before it is
    shown."""
    from monggo_desktop import app

    build = app._start_account

    async def built(*args, **kwargs):  # type: ignore[no-untyped-def]
        running = await build(*args, **kwargs)
        if running is not None:
            running.window.list_view.viewport().installEventFilter(painted)
        return running

    app._start_account = built


if __name__ == "__main__":
    raise SystemExit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
