"""Light, dark or the system's look: one palette for the whole app (the delegates read it for their colours)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from monggo_desktop.domain.settings import Theme

_system_style: str | None = None


def apply_theme(app: QApplication, theme: Theme) -> None:
    global _system_style
    if _system_style is None:
        _system_style = app.style().name()
    if theme is Theme.SYSTEM:
        style = QStyleFactory.create(_system_style)
        app.setStyle(style)
        app.setPalette(style.standardPalette())
        return
    app.setStyle(QStyleFactory.create("Fusion"))  # Fusion follows a palette faithfully on every platform
    app.setPalette(dark_palette() if theme is Theme.DARK else app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1f2c33",
        QPalette.ColorRole.WindowText: "#e9edef",
        QPalette.ColorRole.Base: "#111b21",
        QPalette.ColorRole.AlternateBase: "#202c33",
        QPalette.ColorRole.Text: "#e9edef",
        QPalette.ColorRole.Button: "#2a3942",
        QPalette.ColorRole.ButtonText: "#e9edef",
        QPalette.ColorRole.Highlight: "#00a884",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8696a0",
        QPalette.ColorRole.ToolTipBase: "#202c33",
        QPalette.ColorRole.ToolTipText: "#e9edef",
        QPalette.ColorRole.Link: "#53bdeb",
        QPalette.ColorRole.Mid: "#3b4a54",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#667781"))
    return palette
