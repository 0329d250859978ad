"""A label's colour as a small square icon, for menus, combo boxes and lists."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
