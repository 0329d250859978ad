"""Status colours that read in both themes: problem and good text, banners and the template preview take their
colours from the scheme (one property per widget, one rule in the style sheet), never from a colour written
into a widget; and no new colour literal creeps into the widgets' code."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from monggo_desktop.domain.models import AccountNotice
from monggo_desktop.domain.settings import Theme
from monggo_desktop.ui.passphrase_hint import problem_label
from monggo_desktop.ui.theme import DARK, LIGHT, Scheme, apply_theme, set_tone

UI = Path(__file__).resolve().parents[2] / "monggo_desktop" / "ui"
# These choose their colours by the palette at paint time, or draw fixed artwork (the app's icon, the badge).
ALLOWED = {"theme.py", "charts.py", "tray.py", "app_icon.py"}
COLOUR = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|\brgba?\(")


@pytest.fixture
def themed(qapp):  # type: ignore[no-untyped-def]
    """The app in the dark scheme, and as it was afterwards (other tests paint with the default palette)."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, Theme.DARK)
    yield qapp
    from PySide6.QtWidgets import QStyleFactory

    apply_theme(qapp, Theme.LIGHT)  # the module's current scheme back to the light one
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def _luminance(colour: str) -> float:
    c = QColor(colour)
    channels = [v / 255 for v in (c.red(), c.green(), c.blue())]
    linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_computed_as_wcag_says():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_tone_reads_on_its_background(scheme: Scheme):
    pairs = [
        (scheme.problem, scheme.window),
        (scheme.problem, scheme.base),
        (scheme.good, scheme.window),
        (scheme.good, scheme.base),
        (scheme.warning_text, scheme.warning_bg),
        (scheme.danger_text, scheme.danger_bg),
        (scheme.text, scheme.bubble_out),
    ]
    for fore, back in pairs:
        assert contrast(fore, back) >= 4.5, (fore, back)


def near(pixel: QColor, colour: str, tolerance: int = 6) -> bool:
    want = QColor(colour)
    return all(abs(a - b) <= tolerance for a, b in zip(pixel.getRgb()[:3], want.getRgb()[:3], strict=True))


def pixels(image: QImage, colour: str, tolerance: int = 6) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if near(image.pixelColor(x, y), colour, tolerance)
    )


def test_a_problem_line_is_painted_in_the_dark_schemes_problem_colour(qtbot, themed):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = problem_label(holder)
    label.setText("Wrong passphrase")
    QVBoxLayout(holder).addWidget(label)
    label.show()
    holder.show()
    qtbot.waitExposed(holder)
    assert label.property("tone") == "problem"
    image = label.grab().toImage()
    assert pixels(image, DARK.problem) > 10  # the letters, in the light red
    assert pixels(image, LIGHT.problem, 20) == 0  # not the dark red that disappears on the dark window
    assert near(image.pixelColor(1, 1), DARK.window)

    set_tone(label, "good")
    assert pixels(label.grab().toImage(), DARK.good) > 10
    set_tone(label, None)
    assert label.property("tone") is None
    assert pixels(label.grab().toImage(), DARK.text) > 10

    set_tone(label, "problem")
    apply_theme(themed, Theme.LIGHT)  # the same label follows a change of theme
    assert pixels(label.grab().toImage(), LIGHT.problem) > 10


def test_banners_are_dark_with_light_text_in_the_dark_theme(qtbot, demo_window, themed):
    def seen(widget: QWidget) -> QImage:
        """The widget as the window paints it (a widget's own grab fills its background whatever it says)."""
        place = widget.mapTo(demo_window, QPoint(0, 0))
        return demo_window.grab(QRect(place, widget.size())).toImage()

    banner = demo_window.banner  # the demo's own banner
    qtbot.waitUntil(banner.isVisible)
    image = seen(banner)
    assert near(image.pixelColor(3, image.height() // 2), DARK.warning_bg)
    assert pixels(image, DARK.warning_text, 40) > 10

    qtbot.waitUntil(lambda: demo_window.notice_banner is not None)
    notice = demo_window.notice_banner
    notice.show_notices([AccountNotice(field="account_update", event="ACCOUNT_RESTRICTION", id=1)])
    qtbot.waitUntil(notice.isVisible)
    image = seen(notice)
    assert near(image.pixelColor(4, image.height() // 2), DARK.danger_bg)  # a plain QWidget paints it too
    assert pixels(seen(notice.text), DARK.danger_text, 40) > 10


def colour_literals(path: Path) -> list[str]:
    """The colours written in ``path``'s strings (comments and names do not count)."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            found += [f"{path.name}:{token.start[0]}: {m.group(0)}" for m in COLOUR.finditer(token.string)]
    return found


def test_the_scan_finds_a_written_colour(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('label.setStyleSheet("color: #c62828;")  # not #abc here\nX = "rgba(0, 0, 0, 14)"\n')
    assert len(colour_literals(sample)) == 2


def test_no_widget_writes_its_own_colour():
    files = [
        path for path in UI.rglob("*.py") if path.name not in ALLOWED and "delegates" not in path.relative_to(UI).parts
    ]
    assert len(files) > 10
    found = [hit for path in files for hit in colour_literals(path)]
    assert not found, "colours belong in theme.py's schemes: " + ", ".join(found)
