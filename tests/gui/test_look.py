"""The look of the window on the demo: icons over the navigation's names, drawn in the theme's colours and sharp
at 200 %; icon buttons with names a screen reader says; a composer that grows with its text and then scrolls;
one scheme per theme that the palette, the style sheet and the chat's wallpaper all follow."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from monggo_desktop.domain.settings import Theme
from monggo_desktop.ui.composer import MOST_LINES
from monggo_desktop.ui.theme import DARK, LIGHT, apply_theme
from tests.gui.demo_helpers import open_conversation, window_open


@pytest.fixture
def themed(qapp):  # type: ignore[no-untyped-def]
    """The app in the light scheme, and as it was afterwards (other tests paint with the default palette)."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, Theme.LIGHT)
    yield qapp
    from PySide6.QtWidgets import QStyleFactory

    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def ink(image: QImage) -> QColor:
    """The colour most of an icon's drawn (opaque) pixels have."""
    counts: Counter[int] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                counts[pixel.rgb()] += 1
    assert counts, "the icon drew nothing"
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_each_screen_has_an_icon_over_its_name_in_the_themes_colours(qtbot, demo_window, themed):
    bar = demo_window.navigation
    assert isinstance(bar, QToolBar) and bar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    names = [action.text() for action in demo_window.screen_actions]
    assert names == ["Chats", "Contacts", "Profile", "Settings", "Privacy", "Reports"]
    palette = QApplication.palette()
    for action in demo_window.screen_actions:
        icon = action.icon()
        assert not icon.isNull()
        plain = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal, QIcon.State.Off).toImage()
        chosen = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal, QIcon.State.On).toImage()
        assert ink(plain) == palette.color(QPalette.ColorRole.ButtonText)
        assert ink(chosen) == palette.color(QPalette.ColorRole.Highlight)  # the screen shown, in the accent


def test_icons_are_drawn_at_the_screens_scale(qtbot, demo_window, themed):
    icon = demo_window.screen_actions[0].icon()
    sharp = icon.pixmap(QSize(24, 24), 2.0)
    assert sharp.deviceIndependentSize().toSize() == QSize(24, 24)
    assert sharp.size() == QSize(48, 48) and sharp.devicePixelRatio() == 2.0  # drawn anew, not scaled up


def test_the_composers_buttons_are_icons_with_names(qtbot, demo_window, themed):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    for button in (panel.send_button, panel.attach_button, panel.emoji_button):
        assert not button.icon().isNull()
        assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
        assert button.accessibleName() and button.toolTip() == button.accessibleName()
    assert "Enter" in panel.send_button.toolTip()
    picture = panel.send_button.grab().toImage()
    middle_left = picture.pixelColor(picture.width() // 2 - 12, picture.height() // 2)  # beside the icon
    assert middle_left == QColor(LIGHT.accent)  # a round button filled with the accent


def test_the_composer_grows_with_its_text_then_scrolls(qtbot, demo_window, themed):
    open_conversation(qtbot, demo_window, window_open)
    composer = demo_window.chat_panel.composer
    qtbot.waitUntil(lambda: composer.isVisible())
    one = composer.height()
    composer.setPlainText("Baik kak.\nStok masih ada.\nOngkir Rp 18.000.")
    qtbot.waitUntil(lambda: composer.height() > one)
    three = composer.height()
    assert composer.lines_shown() == 3
    assert composer.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    composer.setPlainText("\n".join(f"baris {n}" for n in range(20)))
    qtbot.waitUntil(lambda: composer.lines_shown() == MOST_LINES)
    tallest = composer.height()
    assert tallest > three
    assert composer.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAsNeeded  # the rest scrolls
    composer.clear()
    qtbot.waitUntil(lambda: composer.height() == one)


def test_one_scheme_per_theme_colours_the_palette_the_wallpaper_and_the_list(qtbot, demo_window, themed):
    open_conversation(qtbot, demo_window, window_open)
    bubbles = demo_window.chat_panel.bubbles

    def wallpaper() -> QColor:
        qtbot.wait(50)
        return bubbles.viewport().grab().toImage().pixelColor(2, bubbles.viewport().height() - 3)

    assert wallpaper() == QColor(LIGHT.wallpaper)
    apply_theme(themed, Theme.DARK)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert palette.color(QPalette.ColorRole.Highlight) == QColor(DARK.accent)
    assert wallpaper() == QColor(DARK.wallpaper)
    icon = demo_window.screen_actions[1].icon()  # the same icon object, painted in the new scheme's colours
    assert ink(icon.pixmap(QSize(24, 24), 1.0).toImage()) == QColor(DARK.text)
    apply_theme(themed, Theme.LIGHT)
    assert wallpaper() == QColor(LIGHT.wallpaper)
