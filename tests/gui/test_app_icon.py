"""The app's icon and its Linux desktop entry: every size is there and drawn, the window and the tray use it,
and the .desktop file names what the app calls itself."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

from PySide6.QtGui import QImage

from monggo_desktop.app import DESKTOP_FILE, application
from monggo_desktop.ui.app_icon import SIZES, app_icon
from monggo_desktop.ui.i18n import remove_translators
from monggo_desktop.ui.tray import ICON_SIZE, app_pixmap

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "monggo_desktop" / "resources" / "icons"
DESKTOP_ENTRY = ROOT / "resources" / "linux" / f"{DESKTOP_FILE}.desktop"


def test_every_size_is_a_drawn_square(qapp):
    for size in SIZES:
        image = QImage(str(ICONS / f"monggo-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 3).alpha() == 255  # the bubble
        assert image.pixelColor(size - 1, 0).alpha() == 0  # a transparent corner
    assert [size.width() for size in app_icon().availableSizes()] == list(SIZES)


def test_the_application_and_the_tray_use_the_icon(qapp):
    try:
        app = application("en")
        assert not app.windowIcon().isNull()
        assert app.desktopFileName() == DESKTOP_FILE
    finally:
        remove_translators()
    assert app_pixmap().toImage() == app_icon().pixmap(ICON_SIZE, ICON_SIZE).toImage()


def test_the_desktop_entry_starts_the_app_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Monggo Pinarak"
    assert section["Exec"] == section["Icon"] == section["StartupWMClass"] == DESKTOP_FILE
    validator = shutil.which("desktop-file-validate")
    if validator is not None:  # desktop-file-utils, where installed
        result = subprocess.run([validator, str(DESKTOP_ENTRY)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
