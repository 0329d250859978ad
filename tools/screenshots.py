"""Render the app's windows offscreen to PNG files, to look at them as a user would.

Usage: .venv/bin/python tools/screenshots.py [OUT_DIR]   (default build/screenshots)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtWidgets import QApplication

from monggo_desktop import app as app_module
from monggo_desktop.ui.placeholder_window import PlaceholderWindow


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    closers: list = []
    try:
        title, lines = app_module.describe(demo=True, data_dir=None, unlocker=None, closers=closers)
        window = PlaceholderWindow(title, lines)
        window.show()
        qt_app.processEvents()
        path = out / "demo-window.png"
        window.grab().save(str(path))
        print(path)
    finally:
        for close in closers:
            close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
