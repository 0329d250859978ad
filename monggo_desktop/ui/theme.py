"""Light, dark or the system's choice of the two: one palette per scheme, and one style sheet made from it.

Everything the window paints takes its colours from here: widgets through the palette and the style sheet
(hover and chosen states, the round Send button, the composer, the chat's wallpaper), the delegates and the
charts through the palette at paint time. So a change of theme restyles the whole window at once, and the
light and the dark scheme differ only in their colours, never in their shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from monggo_desktop.domain.settings import Theme


@dataclass(frozen=True, slots=True)
class Scheme:
    window: str  # the window's background, around the panes
    base: str  # lists, fields, the chat list
    text: str
    faint: str  # secondary text, hints, placeholders, disabled text
    accent: str  # the chosen screen, the selection, the Send button
    on_accent: str  # text and icons on the accent
    line: str  # borders and separators
    wallpaper: str  # behind the chat's bubbles
    button: str
    link: str
    problem: str  # text that says something is wrong; readable (4.5:1) on window and base
    good: str  # text that says something worked
    warning_bg: str  # banners that ask for attention soon
    warning_text: str
    danger_bg: str  # banners that say something stopped working
    danger_text: str
    bubble_out: str  # an outgoing message, as the template preview shows it


LIGHT = Scheme(
    window="#f0f2f5", base="#ffffff", text="#111b21", faint="#667781", accent="#008069", on_accent="#ffffff",
    line="#d1d7db", wallpaper="#efeae2", button="#ffffff", link="#027eb5", problem="#c62828", good="#1b7f3b",
    warning_bg="#fff3cd", warning_text="#6b4e00", danger_bg="#fdecea", danger_text="#8a1c1c",
    bubble_out="#d9fdd3",
)  # fmt: skip
DARK = Scheme(
    window="#1f2c33", base="#111b21", text="#e9edef", faint="#8696a0", accent="#00a884", on_accent="#111b21",
    line="#3b4a54", wallpaper="#0b141a", button="#2a3942", link="#53bdeb", problem="#f28b82", good="#5fd39a",
    warning_bg="#4d3d12", warning_text="#f5d98a", danger_bg="#5c1f1f", danger_text="#ffc9c4",
    bubble_out="#005c4b",
)  # fmt: skip

Tone = Literal["problem", "good"]
BannerKind = Literal["warning", "danger"]

_theme: Theme = Theme.SYSTEM
_following = False  # listening to the system's changes of colour scheme


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Fusion (it follows a palette faithfully on every platform), the scheme's palette and its style sheet.
    The system's choice follows the system when it changes from light to dark or back."""
    global _theme
    _theme = theme
    scheme = scheme_for(theme)
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette_of(scheme))
    app.setStyleSheet(style_sheet(scheme))
    global _following
    if not _following:
        _following = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _system_changed(app))


def _system_changed(app: QApplication) -> None:
    if _theme is Theme.SYSTEM:
        apply_theme(app, Theme.SYSTEM)


def scheme_for(theme: Theme) -> Scheme:
    if theme is Theme.SYSTEM:
        return DARK if QGuiApplication.styleHints().colorScheme() is Qt.ColorScheme.Dark else LIGHT
    return DARK if theme is Theme.DARK else LIGHT


def palette_of(scheme: Scheme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.base,
        role.AlternateBase: scheme.window,
        role.Text: scheme.text,
        role.Button: scheme.button,
        role.ButtonText: scheme.text,
        role.Highlight: scheme.accent,
        role.HighlightedText: scheme.on_accent,
        role.PlaceholderText: scheme.faint,
        role.ToolTipBase: scheme.base,
        role.ToolTipText: scheme.text,
        role.Link: scheme.link,
        role.Mid: scheme.line,
        role.Midlight: scheme.line,
        role.Light: scheme.base,
        role.Dark: scheme.line,
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(scheme.faint))
    return palette


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colour ``widget``'s text as a problem, as good news, or plainly (None); the scheme's style sheet
    says which colour, so the text stays readable in both themes and follows a change of theme."""
    _set_property(widget, "tone", tone)


def set_banner(widget: QWidget, kind: BannerKind) -> None:
    """Give ``widget`` the scheme's warning or danger background, with matching text on its labels."""
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget paints no background
    if _set_property(widget, "banner", kind):
        for child in widget.findChildren(QWidget):  # "[banner] QLabel" rules colour the labels inside
            _repolish(child)


def _set_property(widget: QWidget, name: str, value: str | None) -> bool:
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    _repolish(widget)  # selectors on properties are matched at polish time only
    return True


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _tint(colour: str, alpha: int) -> str:
    c = QColor(colour)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


def style_sheet(scheme: Scheme) -> str:
    """States and shapes the palette alone cannot give: hover, chosen, round buttons, the growing composer."""
    hover = _tint(scheme.text, 22)
    chosen = _tint(scheme.accent, 46)
    pressed = QColor(scheme.accent).darker(115).name()
    return f"""
QToolBar#navigation {{ border: none; spacing: 2px; padding: 2px; }}
QToolBar#navigation QToolButton {{
    border: none; border-radius: 10px; padding: 6px 2px; min-width: 68px; color: {scheme.text};
}}
QToolBar#navigation QToolButton:hover {{ background: {hover}; }}
QToolBar#navigation QToolButton:checked {{ background: {chosen}; color: {scheme.accent}; font-weight: bold; }}
QToolButton {{ border-radius: 8px; padding: 4px; }}
QToolButton:hover {{ background: {hover}; }}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QToolButton[accent="true"] {{
    background: {scheme.accent}; border: none; border-radius: 21px; min-width: 34px; min-height: 34px;
}}
QToolButton[accent="true"]:hover {{ background: {pressed}; }}
QToolButton[accent="true"]:disabled {{ background: {scheme.line}; }}
QPushButton {{
    border: 1px solid {scheme.line}; border-radius: 8px; padding: 5px 14px; background: {scheme.button};
}}
QPushButton:hover {{ background: {hover}; }}
QPushButton:default {{ border-color: {scheme.accent}; }}
QPushButton:disabled {{ color: {scheme.faint}; }}
QPlainTextEdit#composer {{
    border: 1px solid {scheme.line}; border-radius: 12px; padding: 2px 10px; background: {scheme.base};
}}
QPlainTextEdit#composer:focus {{ border-color: {scheme.accent}; }}
QListView#bubbles {{ background: {scheme.wallpaper}; border: none; }}
QListWidget#settingsNav {{ border: none; background: transparent; outline: 0; }}
QListWidget#settingsNav::item {{ padding: 8px 10px; border-radius: 8px; color: {scheme.text}; }}
QListWidget#settingsNav::item:hover {{ background: {hover}; }}
QListWidget#settingsNav::item:selected {{ background: {chosen}; color: {scheme.text}; }}
QLabel#hint {{ color: {scheme.faint}; }}
*[tone="problem"], QLabel#hint[tone="problem"] {{ color: {scheme.problem}; }}
*[tone="good"], QLabel#hint[tone="good"] {{ color: {scheme.good}; }}
*[banner="warning"] {{ background: {scheme.warning_bg}; color: {scheme.warning_text}; border-radius: 4px; }}
*[banner="warning"] QLabel {{ color: {scheme.warning_text}; }}
*[banner="danger"] {{ background: {scheme.danger_bg}; color: {scheme.danger_text}; border-radius: 4px; }}
*[banner="danger"] QLabel {{ color: {scheme.danger_text}; }}
QLabel[banner] {{ padding: 6px; }}
QWidget#replyBar {{ border-left: 3px solid {scheme.accent}; background: {_tint(scheme.text, 14)}; }}
QLabel#templatePreview {{
    background: {scheme.bubble_out}; color: {scheme.text}; border-radius: 6px; padding: 8px;
}}
QLabel#profilePhoto {{ border: 1px solid {scheme.line}; border-radius: 4px; }}
"""
