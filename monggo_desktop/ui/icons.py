"""The window's icons (Tabler Icons, resources/icons/ui, MIT): line drawings painted in the theme's colours.

Each SVG draws with ``currentColor``. The engine picks the colour at paint time from the application's palette
(the text colour; the accent for a chosen navigation entry; the dimmed text colour when disabled), so the icons
follow a change of theme without being made again, and they are drawn at the screen's scale (sharp at 200 %).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton, QWidget

_FOLDER = "monggo_desktop.resources.icons"


@cache
def _svg(name: str) -> bytes:
    return (resources.files(_FOLDER) / "ui" / f"{name}.svg").read_bytes()


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(_svg(name).replace(b"currentColor", colour.encode()))


class ThemedIconEngine(QIconEngine):
    def __init__(self, name: str, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._name = name
        self._role = role  # the palette role of the icon's ordinary colour

    def colour(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        palette = QGuiApplication.palette()
        if mode is QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, self._role)
        if state is QIcon.State.On and self._role is not QPalette.ColorRole.HighlightedText:
            return palette.color(QPalette.ColorRole.Highlight)  # the chosen screen, in the accent colour
        return palette.color(self._role)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self._name, self.colour(mode, state).name()).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self._name, self._role)

    def key(self) -> str:
        return "monggo-themed-svg"


def themed_icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    """The icon ``name`` (a file in resources/icons/ui, without .svg), in the palette's colour for ``role``."""
    return QIcon(ThemedIconEngine(name, role))


def icon_button(name: str, tip: str, parent: QWidget | None = None, *, accent: bool = False) -> QToolButton:
    """A button that shows only its icon; ``tip`` is its tooltip and its name for screen readers. An accent
    button (Send) is a filled circle in the accent colour, its icon in the colour that reads on it."""
    button = QToolButton(parent)
    button.setIcon(themed_icon(name, QPalette.ColorRole.HighlightedText if accent else QPalette.ColorRole.ButtonText))
    button.setIconSize(QSize(22, 22))
    button.setText(tip)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAutoRaise(not accent)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if accent:
        button.setProperty("accent", True)  # the theme's style sheet fills it
    return button
