"""The app's icon: the PNG sizes rendered from ``resources/icons/monggo-desktop.svg`` (tools/make_icons.py).

PNG rather than the SVG itself, so that drawing the icon needs neither QtSvg nor an image format plugin.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_ICONS = "monggo_desktop.resources.icons"


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files(_ICONS)
    for size in SIZES:
        entry = folder / f"monggo-desktop-{size}.png"
        if isinstance(entry, Path):
            icon.addFile(str(entry), QSize(size, size))  # read only when that size is first drawn
        else:  # a package that is not a folder on disk
            pixmap = QPixmap()
            pixmap.loadFromData(entry.read_bytes(), "PNG")
            icon.addPixmap(pixmap)
    return icon
