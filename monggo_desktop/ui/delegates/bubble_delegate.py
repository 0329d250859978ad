"""Chat bubbles: inbound on the left, ours on the right, with ticks, quotes, media chips and reactions.

All geometry comes from one function (``_layout``) that paint, sizeHint and the Resend hit test share,
so what is drawn is what is clicked. Layouts are cached per message, width and content.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from monggo_desktop.domain.models import DownloadState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import BubbleView
from monggo_desktop.ui.delegates.bubble_texts import (
    NOT_SENT,
    RESEND,
    UNCERTAIN,
    body_text,
    chip_texts,
    media_kind,
    meta_text,
    quote_text,
    tr,
)
from monggo_desktop.ui.delegates.marks import (
    ERROR_RED,
    LINK_BLUE,
    TICK_BLUE,
    TICK_GREY,
    paint_media_glyph,
    paint_status_mark,
    read_role,
    status_mark_width,
)
from monggo_desktop.ui.delegates.thumbnail_boxes import (
    ThumbnailSizeSource,
    ThumbnailSource,
    image_box,
    picture_size,
    shows_thumbnail,
)
from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.models.chat_model import ChatModel

_Index = QModelIndex | QPersistentModelIndex


_SIDE = 12  # bubbles keep this far from the view's edges
_ROW_GAP = 2
_PAD_X, _PAD_Y = 9, 6
_RADIUS = 8
_MAX_SHARE = 0.7
_GLYPH = 32
_CHIP_H = 42
_MIN_CONTENT = 16
_CACHE_SIZE = 1024  # rows whose layout (with its laid-out text) is kept: the chat holds at most 600


@dataclass(frozen=True, slots=True)
class _Colours:
    bubble: QColor
    outline: QColor
    text: QColor
    meta: QColor
    tint: QColor  # quote blocks, chips
    accent: QColor  # the quote bar, glyph backgrounds
    header_bg: QColor
    header_text: QColor
    pill_bg: QColor

    @classmethod
    def of(cls, palette: QPalette, outbound: bool) -> _Colours:
        if palette.color(QPalette.ColorRole.Base).lightness() < 128:
            return cls(
                QColor("#005c4b" if outbound else "#202c33"), QColor(0, 0, 0, 0), QColor("#e9edef"),
                QColor("#8696a0"), QColor(255, 255, 255, 20), QColor("#06cf9c"), QColor("#182229"),
                QColor("#8696a0"), QColor("#202c33"),
            )  # fmt: skip
        return cls(
            QColor("#d9fdd3" if outbound else "#ffffff"), QColor(0, 0, 0, 28), QColor("#111b21"),
            QColor("#667781"), QColor(0, 0, 0, 14), QColor("#06cf9c"), QColor("#ffffff"),
            QColor("#54656f"), QColor("#ffffff"),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Fonts:
    body: QFont
    italic: QFont
    small: QFont
    link: QFont

    @classmethod
    def of(cls, base: QFont) -> _Fonts:
        italic, small = QFont(base), QFont(base)
        italic.setItalic(True)
        if base.pointSizeF() > 0:
            small.setPointSizeF(base.pointSizeF() * 0.85)
        else:
            small.setPixelSize(max(8, int(base.pixelSize() * 0.85)))
        link = QFont(small)
        link.setUnderline(True)
        return cls(base, italic, small, link)


@dataclass(slots=True)
class _Layout:
    """Where everything of one row goes, relative to the row's top-left corner."""

    height: int
    bubble: QRect
    header: QRect | None = None
    quote: QRect | None = None
    quote_lines: tuple[str, ...] = ()
    chip: QRect | None = None
    image: QRect | None = None  # a photo's thumbnail, in place of the chip
    chip_title: str = ""
    chip_note: str = ""
    text_pos: QPoint | None = None
    text_width: int = 0
    text_layout: QTextLayout | None = None  # laid out once for the measure, kept for every paint
    meta: QRect = field(default_factory=QRect)
    time: str = ""
    reactions: list[tuple[QRect, str, bool]] = field(default_factory=list)
    note: QRect | None = None
    resend: QRect | None = None


@dataclass(frozen=True, slots=True)
class _Cached:
    """A row's layout with what it was made from."""

    bubble: BubbleView
    header: str | None
    thumbnail: bool
    size: tuple[int, int] | None
    layout: _Layout

    def matches(self, bubble: BubbleView, header: str | None, thumbnail: bool, size: tuple[int, int] | None) -> bool:
        return (
            (self.bubble is bubble or self.bubble == bubble)
            and self.header == header
            and self.thumbnail == thumbnail
            and self.size == size
        )


def _text_layout(text: str, font: QFont, width: int) -> QTextLayout:
    # QTextLayout breaks lines at U+2028 only: a customer's line breaks (and ours) become those.
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _quote_lines(text: str, font: QFont, width: int) -> tuple[str, ...]:
    """At most two lines of the quoted message, the second one elided."""
    flat = " ".join(text.split())
    layout = _text_layout(flat, font, width)
    if layout.lineCount() <= 2:
        return tuple(flat[ln.textStart() : ln.textStart() + ln.textLength()].strip() for ln in _lines(layout))
    first = layout.lineAt(0)
    head = flat[: first.textLength()].strip()
    rest = flat[first.textLength() :].strip()
    return head, QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)


def _lines(layout: QTextLayout) -> list[QTextLine]:
    return [layout.lineAt(i) for i in range(layout.lineCount())]


def _layout(
    width: int,
    bubble: BubbleView,
    header: str | None,
    fonts: _Fonts,
    picture: QSize | None = None,
    *,
    thumbnail: bool = False,
) -> _Layout:
    body_fm, small = QFontMetrics(fonts.body), QFontMetrics(fonts.small)
    y = _ROW_GAP
    header_rect = None
    if header:
        w, h = small.horizontalAdvance(header) + 20, small.height() + 8
        header_rect = QRect((width - w) // 2, y + 6, w, h)
        y = header_rect.bottom() + 1 + 8
    max_bubble = int(width * _MAX_SHARE)
    max_content = max(_MIN_CONTENT, max_bubble - 2 * _PAD_X)
    meta_h = small.height()
    mark_w = status_mark_width(bubble.status, meta_h * 0.8) if bubble.outbound else 0.0
    time = meta_text(bubble)
    meta_w = small.horizontalAdvance(time) + (int(mark_w) + 4 if mark_w else 0)

    text, italic = body_text(bubble)
    text_natural = text_height = last_w = 0
    layout = None
    if text:
        layout = _text_layout(text, fonts.italic if italic else fonts.body, max_content)
        lines = _lines(layout)
        text_natural = int(max(ln.naturalTextWidth() for ln in lines) + 0.999)
        text_height = int(layout.boundingRect().height() + 0.999)
        last_w = int(lines[-1].naturalTextWidth() + 0.999)
    thumb = image_box(picture, max_content) if thumbnail else None
    kind = None if thumb is not None else media_kind(bubble)
    chip_title, chip_note = chip_texts(bubble, kind) if kind else ("", "")
    # 18 px of padding and glyph gap, plus 6 because elidedText rounds differently from horizontalAdvance.
    chip_natural = _GLYPH + 24 + max(body_fm.horizontalAdvance(chip_title), small.horizontalAdvance(chip_note))
    quoted = quote_text(bubble)
    quote_natural = small.horizontalAdvance(" ".join((quoted or "").split())) + 16

    inline_meta = bool(text) and last_w + 8 + meta_w <= max_content
    wanted = max(meta_w, text_natural, last_w + 8 + meta_w if inline_meta else 0)
    wanted = max(wanted, chip_natural if kind else 0, quote_natural if quoted else 0)
    wanted = max(wanted, thumb.width() if thumb is not None else 0)
    content_w = min(max(wanted, _MIN_CONTENT), max_content)

    result = _Layout(
        height=0,
        bubble=QRect(),
        chip_title=chip_title,
        chip_note=chip_note,
        text_width=max_content,
        text_layout=layout,
        time=time,
    )
    cy = _PAD_Y
    if quoted:
        result.quote_lines = _quote_lines(quoted, fonts.small, max(_MIN_CONTENT, content_w - 16))
        quote_h = 8 + len(result.quote_lines) * small.height()
        result.quote = QRect(_PAD_X, cy, content_w, quote_h)
        cy += quote_h + 4
    if kind:
        result.chip = QRect(_PAD_X, cy, content_w, _CHIP_H)
        cy += _CHIP_H + 4
    if thumb is not None:
        result.image = QRect(_PAD_X + (content_w - thumb.width()) // 2, cy, thumb.width(), thumb.height())
        cy += thumb.height() + 4
    if text:
        result.text_pos = QPoint(_PAD_X, cy)
        cy += text_height
    if inline_meta:
        result.meta = QRect(_PAD_X + content_w - meta_w, cy - meta_h, meta_w, meta_h)
    else:
        result.meta = QRect(_PAD_X + content_w - meta_w, cy + 2, meta_w, meta_h)
        cy += meta_h + 2
    cy += _PAD_Y
    bubble_w = content_w + 2 * _PAD_X
    left = width - _SIDE - bubble_w if bubble.outbound else _SIDE
    left = max(0, min(left, width - bubble_w))  # never past the view's edge on a narrow view
    shift = QPoint(left, y)
    result.bubble = QRect(left, y, bubble_w, cy)
    for name in ("quote", "chip", "image", "meta"):
        rect = getattr(result, name)
        if rect is not None:
            setattr(result, name, rect.translated(shift))
    if result.text_pos is not None:
        result.text_pos = result.text_pos + shift
    y = result.bubble.bottom() + 1

    if bubble.reactions:
        counts = Counter(r.emoji for r in bubble.reactions)
        mine = {r.emoji for r in bubble.reactions if r.mine}
        x = result.bubble.left() + 8
        pills = []
        for emoji, count in counts.items():
            label = emoji if count == 1 else f"{emoji} {count}"
            pill = QRect(0, y + 2, small.horizontalAdvance(label) + 14, small.height() + 6)
            pills.append((pill, label, emoji in mine))
        if bubble.outbound:  # right-aligned under our own bubbles
            x = result.bubble.right() - 8 - sum(p[0].width() + 4 for p in pills) + 4
        for rect, label, is_mine in pills:
            rect.moveLeft(x)
            result.reactions.append((rect, label, is_mine))
            x += rect.width() + 4
        y += small.height() + 10

    note = _note_text(bubble)
    if note is not None:
        box_left = width - _SIDE - max_bubble if bubble.outbound else _SIDE
        height = small.boundingRect(QRect(0, 0, max_bubble, 10_000), Qt.TextFlag.TextWordWrap, note).height()
        result.note = QRect(max(0, box_left), y + 2, max_bubble, height)
        y = result.note.bottom() + 1
        if bubble.status is MessageStatus.FAILED:
            link_w = QFontMetrics(fonts.link).horizontalAdvance(tr(RESEND)) + 2
            link_left = result.bubble.right() - link_w + 1 if bubble.outbound else result.bubble.left()
            result.resend = QRect(link_left, y + 2, link_w, small.height())
            y = result.resend.bottom() + 1
    result.header = header_rect
    result.height = y + _ROW_GAP
    return result


def _note_text(bubble: BubbleView) -> str | None:
    if bubble.status is MessageStatus.FAILED:
        return kept_text(bubble.error) if bubble.error else tr(NOT_SENT)
    if bubble.status is MessageStatus.UNCERTAIN:
        return tr(UNCERTAIN)
    return None


class BubbleDelegate(QStyledItemDelegate):
    """Paints ``ChatModel`` rows; ``resend_hit`` tells the window when a click lands on a Resend link."""

    def __init__(
        self,
        parent: QObject | None = None,
        thumbnails: ThumbnailSource | None = None,
        thumbnail_sizes: ThumbnailSizeSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._thumbnail_sizes = thumbnail_sizes
        self._cache: OrderedDict[tuple[int, int, str], _Cached] = OrderedDict()
        self._font: QFont | None = None  # the view's font, remembered for hit tests outside paint
        self._font_key = ""
        self._fonts: dict[str, _Fonts] = {}
        self._colours: dict[tuple[int, bool], _Colours] = {}

    # Geometry -------------------------------------------------------------------------------------

    def _layout_for(self, width: int, index: _Index, font: QFont | None = None) -> _Layout | None:
        bubble = read_role(index, ChatModel.BubbleRole)
        if not isinstance(bubble, BubbleView):
            return None
        header = read_role(index, ChatModel.DayHeaderRole)
        if font is not None and font != self._font:  # comparing is cheap; a font's key() is not
            self._font = QFont(font)
            self._font_key = self._font.key()
        base = self._font or QApplication.font()
        font_key = self._font_key if self._font is not None else base.key()
        header = header if isinstance(header, str) else None
        natural, thumbnail = self._picture_size(bubble)
        size = None if natural is None else natural.toTuple()
        # One entry per row and width. The whole bubble is checked too (not just its text): ticks, reactions
        # and errors change the size. A bubble that has not changed is the same object, so that check is
        # usually an identity test.
        key = (bubble.message_id, width, font_key)
        cached = self._cache.get(key)
        if cached is not None and cached.matches(bubble, header, thumbnail, size):
            self._cache.move_to_end(key)
            return cached.layout
        layout = _layout(width, bubble, header, self._fonts_of(base), natural, thumbnail=thumbnail)
        self._cache[key] = _Cached(bubble, header, thumbnail, size, layout)
        self._cache.move_to_end(key)
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return layout

    def _fonts_of(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            if len(self._fonts) > 8:  # a font changes with the settings, rarely
                self._fonts.clear()
            fonts = self._fonts[key] = _Fonts.of(font)
        return fonts

    def _colours_of(self, palette: QPalette, outbound: bool) -> _Colours:
        key = (palette.cacheKey(), outbound)
        colours = self._colours.get(key)
        if colours is None:
            if len(self._colours) > 8:  # palettes change with the theme, rarely
                self._colours.clear()
            colours = self._colours[key] = _Colours.of(palette, outbound)
        return colours

    def _picture_size(self, bubble: BubbleView) -> tuple[QSize | None, bool]:
        if self._thumbnails is None:
            return None, False
        return picture_size(bubble, self._thumbnails, self._thumbnail_sizes)

    def _picture(self, bubble: BubbleView) -> QPixmap | None:
        if self._thumbnails is None or bubble.media_id is None or not shows_thumbnail(bubble):
            return None
        return self._thumbnails(bubble.media_id)

    def image_hit(self, option_rect: QRect, index: _Index, pos: QPoint) -> bool:
        """Whether ``pos`` (view coordinates) lands on a photo's thumbnail or a file's chip."""
        layout = self._layout_for(option_rect.width(), index)
        if layout is None:
            return False
        target = layout.image or layout.chip
        return target is not None and target.translated(option_rect.topLeft()).contains(pos)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = _available_width(option)
        layout = self._layout_for(width, index, option.font)
        if layout is None:
            return super().sizeHint(option, index)
        return QSize(width, layout.height)

    def bubble_rect(self, option_rect: QRect, index: _Index) -> QRect | None:
        """The bubble itself within the row at ``option_rect`` (for context menus and the like)."""
        layout = self._layout_for(option_rect.width(), index)
        return None if layout is None else layout.bubble.translated(option_rect.topLeft())

    def resend_rect(self, option_rect: QRect, index: _Index) -> QRect | None:
        layout = self._layout_for(option_rect.width(), index)
        if layout is None or layout.resend is None:
            return None
        return layout.resend.translated(option_rect.topLeft())

    def resend_hit(self, option_rect: QRect, index: _Index, pos: QPoint | QPointF) -> bool:
        """Whether a click at ``pos`` (view coordinates) hits the Resend link under a failed bubble."""
        rect = self.resend_rect(option_rect, index)
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        return rect is not None and rect.adjusted(-4, -3, 4, 3).contains(point)  # a little slack for the finger

    # Painting -------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        bubble = read_role(index, ChatModel.BubbleRole)
        layout = self._layout_for(option.rect.width(), index, option.font)
        if layout is None or not isinstance(bubble, BubbleView):
            super().paint(painter, option, index)
            return
        fonts = self._fonts_of(option.font)
        colours = self._colours_of(option.palette, bubble.outbound)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(option.rect.topLeft())
        if option.state & QStyle.StateFlag.State_Selected:
            selected = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            selected.setAlpha(50)
            painter.fillRect(QRect(0, 0, option.rect.width(), layout.height), selected)
        header = read_role(index, ChatModel.DayHeaderRole)
        if layout.header is not None and isinstance(header, str):
            self._paint_pill(painter, layout.header, header, fonts.small, colours.header_bg, colours.header_text)
        painter.setPen(QPen(colours.outline, 1) if colours.outline.alpha() else Qt.PenStyle.NoPen)
        painter.setBrush(colours.bubble)
        painter.drawRoundedRect(QRectF(layout.bubble).adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)
        if layout.quote is not None:
            self._paint_quote(painter, layout, fonts.small, colours)
        if layout.chip is not None:
            self._paint_chip(painter, layout, bubble, fonts, colours)
        if layout.image is not None:
            self._paint_image(painter, layout.image, self._picture(bubble), colours)
        if layout.text_layout is not None and layout.text_pos is not None:
            _text, italic = body_text(bubble)
            painter.setPen(colours.meta if italic else colours.text)
            layout.text_layout.draw(painter, QPointF(layout.text_pos))
        self._paint_meta(painter, layout.meta, layout.time, bubble, fonts.small, colours.meta)
        for rect, label, mine in layout.reactions:
            border = TICK_BLUE if mine else colours.outline
            self._paint_pill(painter, rect, label, fonts.small, colours.pill_bg, colours.text, border)
        if layout.note is not None:
            failed = bubble.status is MessageStatus.FAILED
            painter.setFont(fonts.small)
            painter.setPen(ERROR_RED if failed else colours.meta)
            align = Qt.AlignmentFlag.AlignRight if bubble.outbound else Qt.AlignmentFlag.AlignLeft
            painter.drawText(layout.note, int(align | Qt.TextFlag.TextWordWrap), _note_text(bubble) or "")
        if layout.resend is not None:
            painter.setFont(fonts.link)
            painter.setPen(LINK_BLUE)
            painter.drawText(layout.resend, int(Qt.AlignmentFlag.AlignCenter), tr(RESEND))
        painter.restore()

    @staticmethod
    def _paint_pill(
        painter: QPainter, rect: QRect, text: str, font: QFont, fill: QColor, ink: QColor, border: QColor | None = None
    ) -> None:
        painter.setPen(QPen(border, 1) if border is not None and border.alpha() else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = rect.height() / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    @staticmethod
    def _paint_quote(painter: QPainter, layout: _Layout, font: QFont, colours: _Colours) -> None:
        rect = layout.quote
        assert rect is not None
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.tint)
        painter.drawRoundedRect(QRectF(rect), 5, 5)
        painter.setBrush(colours.accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
        painter.setFont(font)
        painter.setPen(colours.meta)
        line_h = QFontMetrics(font).height()
        for i, line in enumerate(layout.quote_lines):
            line_rect = QRect(rect.left() + 10, rect.top() + 4 + i * line_h, rect.width() - 16, line_h)
            painter.drawText(line_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)

    @staticmethod
    def _paint_chip(painter: QPainter, layout: _Layout, bubble: BubbleView, fonts: _Fonts, colours: _Colours) -> None:
        rect = layout.chip
        assert rect is not None
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.tint)
        painter.drawRoundedRect(QRectF(rect), 6, 6)
        glyph = QRectF(rect.left() + 5, rect.top() + (rect.height() - _GLYPH) / 2, _GLYPH, _GLYPH)
        failed = bubble.media_state is DownloadState.FAILED
        paint_media_glyph(painter, glyph, media_kind(bubble) or "", ERROR_RED if failed else colours.accent)
        left = int(glyph.right()) + 8
        text_w = max(0, rect.right() - left - 4)
        body_fm = QFontMetrics(fonts.body)
        title = body_fm.elidedText(layout.chip_title, Qt.TextElideMode.ElideMiddle, text_w)
        painter.setFont(fonts.body)
        painter.setPen(colours.text)
        if not layout.chip_note:
            painter.drawText(QRect(left, rect.top(), text_w, rect.height()), int(Qt.AlignmentFlag.AlignVCenter), title)
            return
        small_h = QFontMetrics(fonts.small).height()
        top = rect.top() + (rect.height() - body_fm.height() - small_h) // 2
        painter.drawText(QRect(left, top, text_w, body_fm.height()), int(Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(fonts.small)
        painter.setPen(ERROR_RED if failed else colours.meta)
        note = QFontMetrics(fonts.small).elidedText(layout.chip_note, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(QRect(left, top + body_fm.height(), text_w, small_h), int(Qt.AlignmentFlag.AlignVCenter), note)

    @staticmethod
    def _paint_image(painter: QPainter, rect: QRect, picture: QPixmap | None, colours: _Colours) -> None:
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(rect), 6, 6)
        painter.save()
        painter.setClipPath(clip)
        if picture is None or picture.isNull():  # still being decrypted: a quiet box with the photo glyph
            painter.fillRect(rect, colours.tint)
            glyph = QRectF(rect.center().x() - _GLYPH / 2, rect.center().y() - _GLYPH / 2, _GLYPH, _GLYPH)
            paint_media_glyph(painter, glyph, "image", colours.accent)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(rect, picture)
        painter.restore()

    @staticmethod
    def _paint_meta(painter: QPainter, rect: QRect, time: str, bubble: BubbleView, font: QFont, ink: QColor) -> None:
        painter.setFont(font)
        painter.setPen(ink)
        mark_h = rect.height() * 0.8
        mark_w = status_mark_width(bubble.status, mark_h) if bubble.outbound else 0.0
        text_rect = QRect(rect.left(), rect.top(), rect.width() - (int(mark_w) + 4 if mark_w else 0), rect.height())
        right_middle = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(text_rect, right_middle, time)
        if mark_w:
            mark = QRectF(rect.right() + 1 - mark_w, rect.top() + (rect.height() - mark_h) / 2, mark_w, mark_h)
            paint_status_mark(painter, mark, bubble.status, TICK_GREY)


def _available_width(option: QStyleOptionViewItem) -> int:
    """The width a row may take: the view's viewport (rows never scroll sideways), else the option's rect."""
    view = option.widget
    if isinstance(view, QAbstractItemView):
        spacing = view.spacing() if hasattr(view, "spacing") else 0
        return max(1, view.viewport().width() - 2 * spacing)
    return max(1, option.rect.width())
