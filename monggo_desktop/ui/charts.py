"""Charts drawn with QPainter (the app ships PySide6-Essentials, without QtCharts): bars per day in two
series, horizontal bars with labels, and a weekday x hour heat map.

Each chart takes plain numbers and labels, and takes its colours from the palette at every paint, so it reads
in light and dark themes alike and follows a theme change. Hovering a bar or a cell shows its figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PAD = 8
BAR_GAP = 0.25  # of a day's slot, between days


@dataclass(frozen=True, slots=True)
class Colours:
    text: QColor
    faint: QColor
    grid: QColor
    base: QColor
    window: QColor
    inbound: QColor
    outbound: QColor
    failure: QColor
    accent: QColor

    @classmethod
    def of(cls, palette: QPalette) -> Colours:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(40)
        # Hues that keep their contrast on either background: lighter tints on dark, deeper ones on light.
        return cls(
            text=palette.color(QPalette.ColorRole.Text),
            faint=palette.color(QPalette.ColorRole.PlaceholderText),
            grid=grid,
            base=palette.color(QPalette.ColorRole.Base),
            window=palette.color(QPalette.ColorRole.Window),
            inbound=QColor("#64b5f6" if dark else "#1e6fc4"),
            outbound=QColor("#5fd39a" if dark else "#1f8a55"),
            failure=QColor("#ef7a72" if dark else "#c62828"),
            accent=QColor("#f0a53a" if dark else "#d9822b"),
        )


def nice_ticks(maximum: int, most: int = 5) -> list[int]:
    """Round axis values from 0 to at least ``maximum``: steps of 1, 2 or 5 times a power of ten."""
    if maximum <= 0:
        return [0, 1]
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if -(-maximum // step) <= most:
                return list(range(0, -(-maximum // step) * step + 1, step))
        magnitude *= 10


def _blend(low: QColor, high: QColor, amount: float) -> QColor:
    amount = max(0.0, min(1.0, amount))
    return QColor.fromRgbF(
        low.redF() + (high.redF() - low.redF()) * amount,
        low.greenF() + (high.greenF() - low.greenF()) * amount,
        low.blueF() + (high.blueF() - low.blueF()) * amount,
    )


class _Chart(QWidget):
    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tip_at(self, pos: QPoint) -> str:
        return ""

    def _empty(self, painter: QPainter, colours: Colours) -> None:
        painter.setPen(colours.faint)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)


class BarChart(_Chart):
    """Two series of bars side by side per category (messages in and out per day), with a y axis and a legend."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        self.labels: list[str] = []
        self.tips: list[str] = []
        self.series: list[tuple[str, list[int]]] = []
        self.setMinimumHeight(220)

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], tips: Sequence[str]) -> None:
        self.labels = list(labels)
        self.tips = list(tips)
        self.series = [(name, list(values)) for name, values in series]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def _plot(self, metrics: QFontMetrics) -> QRect:
        ticks = nice_ticks(self._maximum())
        left = PAD + max(metrics.horizontalAdvance(str(t)) for t in ticks) + PAD
        top = PAD + metrics.height() + PAD  # the legend
        return QRect(
            left, top, max(1, self.width() - left - PAD), max(1, self.height() - top - metrics.height() - PAD * 2)
        )

    def _maximum(self) -> int:
        return max((v for _name, values in self.series for v in values), default=0)

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = Colours.of(self.palette())
        if not self.labels or self._maximum() == 0:
            self._empty(painter, colours)
            return
        metrics = QFontMetrics(self.font())
        plot = self._plot(metrics)
        ticks = nice_ticks(self._maximum())
        top_value = ticks[-1]
        for tick in ticks:  # grid lines and the y axis's numbers
            y = plot.bottom() - round(plot.height() * tick / top_value)
            painter.setPen(colours.grid)
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(colours.faint)
            painter.drawText(
                QRect(0, y - metrics.height() // 2, plot.left() - PAD, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
        slot = plot.width() / len(self.labels)
        bar = slot * (1 - BAR_GAP) / max(1, len(self.series))
        fills = (colours.inbound, colours.outbound)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, (_name, values) in enumerate(self.series):
            painter.setBrush(fills[number % len(fills)])
            for index, value in enumerate(values):
                height = plot.height() * value / top_value
                x = plot.left() + index * slot + slot * BAR_GAP / 2 + number * bar
                painter.drawRect(QRectF(x, plot.bottom() - height, max(bar, 1.0), height))
        # Day labels, as many as fit without touching.
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + PAD
        every = max(1, -(-widest // max(1, int(slot))))
        painter.setPen(colours.faint)
        for index in range(0, len(self.labels), every):
            x = plot.left() + index * slot
            painter.drawText(
                QRectF(x - widest / 2 + slot / 2, plot.bottom() + PAD / 2, widest, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.labels[index],
            )
        x = plot.right()
        for number in reversed(range(len(self.series))):  # the legend, right-aligned above the plot
            name = self.series[number][0]
            x -= metrics.horizontalAdvance(name)
            painter.setPen(colours.text)
            painter.drawText(QPoint(x, PAD + metrics.ascent()), name)
            x -= metrics.height() + PAD // 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fills[number % len(fills)])
            painter.drawRect(QRect(x, PAD + 2, metrics.height() - 4, metrics.height() - 4))
            x -= PAD * 2

    def tip_at(self, pos: QPoint) -> str:
        if not self.labels or self._maximum() == 0:
            return ""
        plot = self._plot(QFontMetrics(self.font()))
        if not plot.contains(pos):
            return ""
        index = int((pos.x() - plot.left()) / (plot.width() / len(self.labels)))
        return self.tips[index] if 0 <= index < len(self.tips) else ""


class HorizontalBarChart(_Chart):
    """One bar per label, longest first (failed sends by reason, templates by category), the count at its end.

    Each label is written whole above its bar, wrapped onto more lines when it must: a failure reason is a
    sentence, and a cut one says nothing."""

    BAR = 14
    GAP = 10  # between one row's bar and the next row's label

    def __init__(self, empty_text: str, colour: str = "accent", parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        self.items: list[tuple[str, int]] = []
        self.colour = colour  # a Colours field
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.heightForWidth(320))

    def set_data(self, items: Sequence[tuple[str, int]]) -> None:
        self.items = list(items)
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 320)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self._rows(width)
        return (rows[-1][1].bottom() + PAD) if rows else self.BAR * 2 + PAD * 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = self.heightForWidth(self.width())
        if height != self.minimumHeight():  # the labels wrap anew at the new width
            self.setMinimumHeight(height)
        super().resizeEvent(event)

    def _rows(self, width: int) -> list[tuple[QRect, QRect]]:
        """Each item's label box and bar box at this width."""
        metrics = QFontMetrics(self.font())
        number_width = max((metrics.horizontalAdvance(str(count)) for _, count in self.items), default=0)
        text_width = max(1, width - PAD * 2)
        rows = []
        top = PAD
        for label, _count in self.items:
            wrapped = metrics.boundingRect(QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, label)
            label_box = QRect(PAD, top, text_width, wrapped.height())
            bar_box = QRect(PAD, label_box.bottom() + 4, max(1, text_width - number_width - PAD), self.BAR)
            rows.append((label_box, bar_box))
            top = bar_box.bottom() + self.GAP
        return rows

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = Colours.of(self.palette())
        if not self.items:
            self._empty(painter, colours)
            return
        most = max(count for _, count in self.items) or 1
        for (label, count), (label_box, bar_box) in zip(self.items, self._rows(self.width()), strict=True):
            painter.setPen(colours.text)
            painter.drawText(label_box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, label)
            length = bar_box.width() * count / most
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(getattr(colours, self.colour))
            painter.drawRoundedRect(QRectF(bar_box.left(), bar_box.top(), max(length, 2.0), bar_box.height()), 3, 3)
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(bar_box.left() + length + PAD / 2, bar_box.top() - 4, PAD * 6, bar_box.height() + 8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )

    def tip_at(self, pos: QPoint) -> str:
        for (label, count), (label_box, bar_box) in zip(self.items, self._rows(self.width()), strict=True):
            if label_box.top() <= pos.y() <= bar_box.bottom():
                return f"{label}: {count}"
        return ""


class HeatMap(_Chart):
    """Rows (weekdays) x columns (hours), each cell tinted from the background to the accent by its count."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values: list[list[int]] = []
        self.tip_text = "{row} {column}: {value}"
        self.value_text: Callable[[int], str] = str  # a cell's value in words ("3 messages")
        self.setMinimumHeight(200)

    def set_data(self, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[int]]) -> None:
        self.rows, self.columns = list(rows), list(columns)
        self.values = [list(v) for v in values]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def _grid(self, metrics: QFontMetrics) -> QRect:
        left = PAD + max((metrics.horizontalAdvance(r) for r in self.rows), default=0) + PAD
        return QRect(left, PAD, max(1, self.width() - left - PAD), max(1, self.height() - metrics.height() - PAD * 3))

    def _maximum(self) -> int:
        return max((v for row in self.values for v in row), default=0)

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        colours = Colours.of(self.palette())
        if not self.values or self._maximum() == 0:
            self._empty(painter, colours)
            return
        metrics = QFontMetrics(self.font())
        grid = self._grid(metrics)
        width, height = grid.width() / len(self.columns), grid.height() / len(self.rows)
        most = self._maximum()
        floor = _blend(colours.window, colours.text, 0.08)  # an empty cell still shows as a cell
        for r, label in enumerate(self.rows):
            painter.setPen(colours.faint)
            painter.drawText(
                QRectF(0, grid.top() + r * height, grid.left() - PAD, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            for c in range(len(self.columns)):
                value = self.values[r][c]
                colour = floor if value == 0 else _blend(floor, colours.accent, 0.15 + 0.85 * value / most)
                painter.fillRect(
                    QRectF(grid.left() + c * width + 1, grid.top() + r * height + 1, width - 2, height - 2), colour
                )
        painter.setPen(colours.faint)
        step = 3 if width * 3 >= metrics.horizontalAdvance("00") + PAD else 6
        for c in range(0, len(self.columns), step):
            painter.drawText(
                QRectF(grid.left() + c * width - width, grid.bottom() + PAD / 2, width * 3, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.columns[c],
            )

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if not self.values:
            return None
        grid = self._grid(QFontMetrics(self.font()))
        if not grid.contains(pos):
            return None
        c = int((pos.x() - grid.left()) / (grid.width() / len(self.columns)))
        r = int((pos.y() - grid.top()) / (grid.height() / len(self.rows)))
        return (r, c) if 0 <= r < len(self.rows) and 0 <= c < len(self.columns) else None

    def tip_at(self, pos: QPoint) -> str:
        cell = self.cell_at(pos)
        if cell is None:
            return ""
        r, c = cell
        return self.tip_text.format(row=self.rows[r], column=self.columns[c], value=self.value_text(self.values[r][c]))
