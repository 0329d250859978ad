"""Drawn marks shared by the chat bubbles and the conversation list: delivery ticks and media glyphs.

Drawn with QPainter so they need no icon font and follow the theme's colours.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from monggo_desktop.domain.status import MessageStatus

_Index = QModelIndex | QPersistentModelIndex

TICK_GREY = QColor("#8696a0")
TICK_BLUE = QColor("#53bdeb")
ERROR_RED = QColor("#e53935")
LINK_BLUE = QColor("#027eb5")

DOUBLE_TICK = {MessageStatus.DELIVERED, MessageStatus.READ, MessageStatus.PLAYED}
MARKED = DOUBLE_TICK | {MessageStatus.PENDING, MessageStatus.SENT, MessageStatus.FAILED, MessageStatus.UNCERTAIN}


def read_role(index: _Index, role: int) -> Any:
    """``index.data(role)`` asked of the model itself: a Python model answers without a QVariant round trip."""
    model = index.model()
    return None if model is None else model.data(index, role)


def status_mark_width(status: MessageStatus | None, height: float) -> float:
    if status in DOUBLE_TICK:
        return height * 1.35
    return height if status in MARKED else 0.0


def paint_status_mark(painter: QPainter, rect: QRectF, status: MessageStatus | None, grey: QColor) -> None:
    """The delivery mark of an outbound message: clock, one or two ticks, or a failure/uncertain sign."""
    if status not in MARKED:
        return
    h, x, y = rect.height(), rect.left(), rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(grey, max(1.2, h * 0.11), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    if status is MessageStatus.PENDING:
        painter.setPen(pen)
        dial = QRectF(x + h * 0.1, y + h * 0.1, h * 0.8, h * 0.8)
        painter.drawEllipse(dial)
        centre = dial.center()
        painter.drawPolyline([QPointF(centre.x(), y + h * 0.28), centre, QPointF(x + h * 0.68, centre.y())])
    elif status is MessageStatus.FAILED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ERROR_RED)
        painter.drawEllipse(QRectF(x + h * 0.05, y + h * 0.05, h * 0.9, h * 0.9))
        painter.setPen(QPen(QColor("white"), max(1.5, h * 0.13), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x + h * 0.5, y + h * 0.25), QPointF(x + h * 0.5, y + h * 0.56))
        painter.drawPoint(QPointF(x + h * 0.5, y + h * 0.74))
    elif status is MessageStatus.UNCERTAIN:
        painter.setPen(pen)
        painter.drawEllipse(QRectF(x + h * 0.08, y + h * 0.08, h * 0.84, h * 0.84))
        font = QFont(painter.font())
        font.setPixelSize(max(6, int(h * 0.7)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(x, y, h, h), Qt.AlignmentFlag.AlignCenter, "?")
    else:
        pen.setColor(TICK_BLUE if status in (MessageStatus.READ, MessageStatus.PLAYED) else grey)
        painter.setPen(pen)
        offsets = (0.0, h * 0.38) if status in DOUBLE_TICK else (0.0,)
        for dx in offsets:
            painter.drawPolyline(
                [QPointF(x + dx + h * 0.1, y + h * 0.55), QPointF(x + dx + h * 0.36, y + h * 0.8),
                 QPointF(x + dx + h * 0.92, y + h * 0.22)]
            )  # fmt: skip
    painter.restore()


def paint_media_glyph(painter: QPainter, rect: QRectF, kind: str, tint: QColor) -> None:
    """A small drawn icon (no icon font needed): picture, play, microphone, page, pin or person."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint)
    painter.drawRoundedRect(rect, 6, 6)
    s, x, y = rect.width(), rect.left(), rect.top()
    path = QPainterPath()

    def polygon(*points: tuple[float, float]) -> None:  # in fractions of the glyph's size
        path.addPolygon(QPolygonF([QPointF(x + s * px, y + s * py) for px, py in points]))
        path.closeSubpath()

    if kind in ("image", "sticker"):
        polygon((0.2, 0.75), (0.42, 0.45), (0.58, 0.62), (0.68, 0.5), (0.8, 0.75))
        path.addEllipse(QPointF(x + s * 0.68, y + s * 0.3), s * 0.08, s * 0.08)
    elif kind == "video":
        polygon((0.38, 0.28), (0.72, 0.5), (0.38, 0.72))
    elif kind in ("audio", "voice"):
        path.addRoundedRect(QRectF(x + s * 0.4, y + s * 0.2, s * 0.2, s * 0.38), s * 0.1, s * 0.1)
        path.addRect(QRectF(x + s * 0.47, y + s * 0.62, s * 0.06, s * 0.14))
        path.addRect(QRectF(x + s * 0.36, y + s * 0.74, s * 0.28, s * 0.05))
    elif kind == "location":
        path.addEllipse(QPointF(x + s * 0.5, y + s * 0.4), s * 0.18, s * 0.18)
        polygon((0.35, 0.48), (0.5, 0.8), (0.65, 0.48))
    elif kind == "contacts":
        path.addEllipse(QPointF(x + s * 0.5, y + s * 0.36), s * 0.14, s * 0.14)
        path.addRoundedRect(QRectF(x + s * 0.26, y + s * 0.56, s * 0.48, s * 0.22), s * 0.1, s * 0.1)
    else:  # a page with a folded corner
        polygon((0.28, 0.18), (0.58, 0.18), (0.72, 0.32), (0.72, 0.82), (0.28, 0.82))
    painter.setBrush(QColor("white"))
    painter.drawPath(path)
    painter.restore()
