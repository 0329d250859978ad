"""One row of the conversation list, messenger style: avatar, name, time, last message, unread badge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from monggo_desktop.domain.views import ConversationRow, LabelView
from monggo_desktop.ui.delegates.marks import TICK_GREY, paint_status_mark, read_role, status_mark_width
from monggo_desktop.ui.models.conversation_list_model import ConversationListModel

_Index = QModelIndex | QPersistentModelIndex

ROW_HEIGHT = 72
AVATAR = 48
_MARGIN = 12
_MAX_CHIPS = 2
_CHIP_TEXT_MAX = 90
BADGE_GREEN = QColor("#25d366")
UNREAD_TIME = QColor("#1fa855")
# Saturated enough for white initials to stay readable on every one of them.
_AVATAR_HEX = ("#e57373", "#f06292", "#ba68c8", "#7986cb", "#4fc3f7", "#4db6ac", "#81c784", "#ffb74d", "#a1887f")
AVATAR_COLOURS = tuple(QColor(c) for c in (*_AVATAR_HEX, "#90a4ae"))


def initials(title: str) -> str:
    """Up to two letters from the first words of a name; empty for a bare phone number."""
    letters = [word[0] for word in title.split() if word[:1].isalpha()]
    return "".join(letters[:2]).upper()


def avatar_colour(contact_id: int) -> QColor:
    return AVATAR_COLOURS[contact_id % len(AVATAR_COLOURS)]


def list_time_text(at: datetime | None, now: datetime) -> str:
    """HH:mm today, the weekday within the last week, else the locale's short date."""
    if at is None:
        return ""
    local = at.astimezone() if at.tzinfo is not None else at
    today = (now.astimezone() if now.tzinfo is not None else now).date()
    days = (today - local.date()).days
    if days <= 0:
        return f"{local:%H:%M}"
    if days < 7:
        return QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now().astimezone())

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(max(0, option.rect.width()), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = read_role(index, ConversationListModel.RowRole)
        if not isinstance(row, ConversationRow):
            super().paint(painter, option, index)
            return
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if selected or option.state & QStyle.StateFlag.State_MouseOver:  # a tint: the row stays readable
            tint = QColor(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Text))
            tint.setAlpha(46 if selected else 16)
            painter.fillRect(rect, tint)
        ink = palette.color(QPalette.ColorRole.Text)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)

        avatar = QRectF(rect.left() + _MARGIN, rect.top() + (ROW_HEIGHT - AVATAR) / 2, AVATAR, AVATAR)
        _paint_avatar(painter, avatar, row, option.font)

        left = int(avatar.right()) + _MARGIN
        right = rect.right() - _MARGIN
        title_font, small = QFont(option.font), _small(option.font)
        title_font.setBold(row.unread > 0)
        title_fm, small_fm = QFontMetrics(title_font), QFontMetrics(small)
        top_line = QRect(left, rect.top() + 12, max(0, right - left), title_fm.height())
        bottom_line = QRect(left, rect.top() + 40, max(0, right - left), max(title_fm.height(), small_fm.height() + 4))

        when = list_time_text(row.last_at, self._now())
        when_w = small_fm.horizontalAdvance(when)
        painter.setFont(small)
        painter.setPen(UNREAD_TIME if row.unread and not selected else faint)
        painter.drawText(top_line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), when)
        painter.setFont(title_font)
        painter.setPen(ink)
        chips = label_chips(row.labels, small_fm)
        chips_w = sum(w + 4 for _, _, w in chips)
        title_w = max(0, top_line.width() - when_w - 8 - chips_w)
        title = title_fm.elidedText(row.title, Qt.TextElideMode.ElideRight, title_w)
        title_rect = QRect(left, top_line.top(), title_w, top_line.height())
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignVCenter), title)
        chip_x = left + title_fm.horizontalAdvance(title) + 6
        chip_h = small_fm.height() + 2
        painter.setFont(small)
        for text, colour, width in chips:
            chip = QRect(chip_x, top_line.top() + (top_line.height() - chip_h) // 2, width, chip_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(chip), 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
            chip_x += width + 4

        preview_right = right
        if row.unread > 0:
            badge = _badge_rect(bottom_line, small_fm, row.unread)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_GREEN)
            painter.drawRoundedRect(QRectF(badge), badge.height() / 2, badge.height() / 2)
            bold_small = QFont(small)
            bold_small.setBold(True)
            painter.setFont(bold_small)
            painter.setPen(QColor("white"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), _badge_text(row.unread))
            preview_right = badge.left() - 8
        if row.pinned:
            pin = QRectF(preview_right - small_fm.height(), bottom_line.top(), small_fm.height(), bottom_line.height())
            _paint_pin(painter, pin, faint)
            preview_right = int(pin.left()) - 6

        x = left
        if row.last_outbound_status is not None:
            mark_h = small_fm.height() * 0.8
            mark_w = status_mark_width(row.last_outbound_status, mark_h)
            if mark_w:
                mark = QRectF(x, bottom_line.top() + (bottom_line.height() - mark_h) / 2, mark_w, mark_h)
                paint_status_mark(painter, mark, row.last_outbound_status, faint if selected else TICK_GREY)
                x += int(mark_w) + 4
        painter.setFont(option.font)
        painter.setPen(faint)
        preview_w = max(0, preview_right - x)
        preview = QFontMetrics(option.font).elidedText(
            _preview_text(row), Qt.TextElideMode.ElideRight, preview_w
        )  # one line even when the message has several
        painter.drawText(
            QRect(x, bottom_line.top(), preview_w, bottom_line.height()), int(Qt.AlignmentFlag.AlignVCenter), preview
        )

        if not selected:  # a hairline between rows, starting under the text like messengers do
            divider = QColor(palette.color(QPalette.ColorRole.Mid))
            divider.setAlpha(70)
            painter.setPen(QPen(divider, 1))
            painter.drawLine(left, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


def label_chips(labels: tuple[LabelView, ...], fm: QFontMetrics) -> list[tuple[str, QColor, int]]:
    """At most two labels as (text, colour, width) chips, then "+N" for the rest."""
    chips = []
    for label in labels[:_MAX_CHIPS]:
        text = fm.elidedText(label.name, Qt.TextElideMode.ElideRight, _CHIP_TEXT_MAX)
        chips.append((text, QColor(label.color), fm.horizontalAdvance(text) + 10))
    if len(labels) > _MAX_CHIPS:
        more = f"+{len(labels) - _MAX_CHIPS}"
        chips.append((more, QColor("#78909c"), fm.horizontalAdvance(more) + 10))
    return chips


def _paint_pin(painter: QPainter, rect: QRectF, ink: QColor) -> None:
    """A push pin, drawn: a round head and a needle, leaning like the messengers' pin."""
    painter.save()
    size = min(rect.width(), rect.height()) * 0.8
    cx, cy = rect.center().x(), rect.center().y()
    painter.translate(cx, cy)
    painter.rotate(45)
    painter.setPen(QPen(ink, max(1.2, size * 0.1), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(0, size * 0.05), QPointF(0, size * 0.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(QRectF(-size * 0.22, -size * 0.5, size * 0.44, size * 0.45), size * 0.1, size * 0.1)
    painter.drawRect(QRectF(-size * 0.35, -size * 0.08, size * 0.7, size * 0.13))
    painter.restore()


def _small(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.85)
    else:
        small.setPixelSize(max(8, int(font.pixelSize() * 0.85)))
    return small


def _badge_text(unread: int) -> str:
    return "99+" if unread > 99 else str(unread)


def _badge_rect(line: QRect, fm: QFontMetrics, unread: int) -> QRect:
    height = fm.height() + 4
    width = max(height, fm.horizontalAdvance(_badge_text(unread)) + 12)
    return QRect(line.right() + 1 - width, line.top() + (line.height() - height) // 2, width, height)


def _paint_avatar(painter: QPainter, rect: QRectF, row: ConversationRow, base: QFont) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(row.contact_id))
    painter.drawEllipse(rect)
    letters = initials(row.title)
    white = QColor("white")
    if letters:
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(int(rect.height() * 0.38))
        painter.setFont(font)
        painter.setPen(white)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), letters)
        return
    # No name, only a number: a person silhouette instead of digits.
    s, x, y = rect.width(), rect.left(), rect.top()
    path = QPainterPath()
    path.addEllipse(QPointF(x + s * 0.5, y + s * 0.38), s * 0.16, s * 0.16)
    path.addEllipse(QRectF(x + s * 0.22, y + s * 0.6, s * 0.56, s * 0.4))
    clip = QPainterPath()
    clip.addEllipse(rect)
    painter.setBrush(white)
    painter.drawPath(path.intersected(clip))


def kind_label(kind: str | None) -> str:
    """What a message without text is, in the reader's language."""
    labels = {
        "image": QCoreApplication.translate("ConversationDelegate", "📷 Photo"),
        "video": QCoreApplication.translate("ConversationDelegate", "🎬 Video"),
        "audio": QCoreApplication.translate("ConversationDelegate", "🎤 Audio"),
        "document": QCoreApplication.translate("ConversationDelegate", "📄 Document"),
        "sticker": QCoreApplication.translate("ConversationDelegate", "Sticker"),
        "location": QCoreApplication.translate("ConversationDelegate", "📍 Location"),
        "contacts": QCoreApplication.translate("ConversationDelegate", "👤 Contact"),
        "template": QCoreApplication.translate("ConversationDelegate", "Template"),
        "order": QCoreApplication.translate("ConversationDelegate", "🛒 Order"),
        "unsupported": QCoreApplication.translate("ConversationDelegate", "Unsupported message"),
    }
    return labels.get(kind or "", kind or "")


def _preview_text(row: ConversationRow) -> str:
    """The last message on one line; ours are marked "You:" in the reader's language."""
    text = " ".join(row.preview.split()) or kind_label(row.preview_kind)
    if row.last_outbound_status is not None and text:
        return QCoreApplication.translate("ConversationDelegate", "You: {text}").format(text=text)
    return text
