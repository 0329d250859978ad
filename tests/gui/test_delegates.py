"""The delegates: every case paints into an image without warnings, stays inside its row, and the
pixels show what they should (ticks, badge, Resend link); size hints follow the content."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from monggo_desktop.domain.models import Direction, DownloadState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import BubbleView, ConversationRow, ReactionView
from monggo_desktop.ui.delegates.bubble_delegate import BubbleDelegate
from monggo_desktop.ui.delegates.conversation_delegate import (
    BADGE_GREEN,
    ROW_HEIGHT,
    ConversationDelegate,
    avatar_colour,
    initials,
    list_time_text,
)
from monggo_desktop.ui.delegates.marks import ERROR_RED, LINK_BLUE, TICK_BLUE, TICK_GREY
from monggo_desktop.ui.models.chat_model import ChatModel
from monggo_desktop.ui.models.conversation_list_model import ConversationListModel

NOW = datetime(2026, 11, 25, 15, 30).astimezone()
BACKGROUND = QColor("#efeae2")  # the chat wallpaper colour the window is expected to use
MARGIN = 20  # painted around each row, so a stroke outside the row shows up
OUT, IN = Direction.OUTBOUND, Direction.INBOUND
S = MessageStatus


def bubble(
    direction: Direction = OUT, status: MessageStatus = S.SENT, text: str | None = "Siap kak", **kw
) -> BubbleView:
    fields = {"message_id": 1, "type": "text", "at": NOW - timedelta(minutes=5)} | kw
    return BubbleView(direction=direction, status=status, text=text, **fields)


def media(kind: str, mime: str, state: DownloadState | None, **kw) -> BubbleView:
    name = "invoice-november-2026.pdf" if kind == "document" else None
    return bubble(
        IN, S.RECEIVED, None, type=kind, media_id=7, media_mime=mime, media_name=name, media_state=state, **kw
    )


LONG = "Pesanan kakak sudah kami kirim hari ini, nomor resinya menyusul ya. " * 6
CASES: dict[str, BubbleView] = {
    **{f"{d.value}-{s.value}": bubble(d, s) for d in Direction for s in MessageStatus},
    "failed-with-reason": bubble(status=S.FAILED, error="Message undeliverable: the number is not on WhatsApp"),
    "long-text": bubble(text=LONG),
    "unbroken-word": bubble(text="https://example.com/" + "x" * 300),
    "several-lines": bubble(IN, S.RECEIVED, "baris satu\nbaris dua\n\nbaris empat"),
    "empty-text": bubble(IN, S.RECEIVED, ""),
    "quoted-short": bubble(quoted_text="Ada warna merah?"),
    "quoted-long": bubble(IN, S.RECEIVED, "Ya", quoted_text=LONG),
    "reaction-mine": bubble(IN, S.RECEIVED, reactions=(ReactionView("👍", True),)),
    "reactions-same": bubble(reactions=(ReactionView("❤️", True), ReactionView("❤️", False))),
    "reactions-two": bubble(IN, S.RECEIVED, reactions=(ReactionView("😂", False), ReactionView("🙏", True))),
    "unsupported": bubble(IN, S.RECEIVED, None, type="unsupported"),
    "unknown-type": bubble(IN, S.RECEIVED, None, type="order"),
    "location": bubble(IN, S.RECEIVED, None, type="location"),
    "location-named": bubble(IN, S.RECEIVED, "Toko Monggo, Jl. Malioboro 1", type="location"),
    "contacts": bubble(IN, S.RECEIVED, None, type="contacts"),
    "document-unnamed": bubble(OUT, S.DELIVERED, None, type="document", media_state=DownloadState.NONE),
    "photo-caption-outbound": bubble(OUT, S.PENDING, "Ini fotonya", type="image", media_state=DownloadState.NONE),
    "everything": bubble(
        status=S.FAILED,
        text=LONG,
        error="Rate limit hit",
        quoted_text="Kapan dikirim?",
        type="document",
        media_name="a-very-long-file-name-that-will-not-fit-the-chip-at-all-" * 3 + ".pdf",
        media_state=DownloadState.FAILED,
        reactions=(ReactionView("👍", False),),
    ),
}
for _kind, _mime in (
    ("image", "image/jpeg"),
    ("video", "video/mp4"),
    ("audio", "audio/ogg; codecs=opus"),
    ("audio", "audio/mpeg"),
    ("document", "application/pdf"),
    ("sticker", "image/webp"),
):
    for _state in (None, *DownloadState):
        CASES[f"{_kind}-{_mime.split('/')[1][:4]}-{_state}"] = media(_kind, _mime, _state)


def chat_model(*bubbles: BubbleView, today: date | None = None) -> ChatModel:
    model = ChatModel(today=lambda: today or NOW.date())
    numbered = [replace(b, message_id=i + 1, at=b.at + timedelta(seconds=i)) for i, b in enumerate(bubbles)]
    model.set_newest(numbered, has_older=False)
    return model


def render(
    delegate: QStyledItemDelegate, model, row: int, width: int, state: QStyle.StateFlag = QStyle.StateFlag.State_None
) -> tuple[QImage, QRect]:
    """Paint one row at (MARGIN, MARGIN) of an image MARGIN larger on every side; returns it and the row rect."""
    index = model.index(row, 0)
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.palette = QApplication.palette()
    option.state = QStyle.StateFlag.State_Enabled | state
    option.rect = QRect(MARGIN, MARGIN, width, 10)
    hint = delegate.sizeHint(option, index)
    assert hint.width() <= width
    option.rect = QRect(MARGIN, MARGIN, width, hint.height())
    image = QImage(width + 2 * MARGIN, hint.height() + 2 * MARGIN, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image, QRect(option.rect)  # a copy: option.rect dies with the option


def count(image: QImage, colour: QColor, rect: QRect | None = None, tolerance: int = 20) -> int:
    """Pixels within ``tolerance`` of ``colour`` in ``rect`` (Format_RGB32 is B, G, R, 0xff in memory)."""
    area = (rect or image.rect()).intersected(image.rect())
    if area.isEmpty():
        return 0
    data, stride = bytes(image.constBits()), image.bytesPerLine()
    ranges = [(c - tolerance, c + tolerance) for c in (colour.blue(), colour.green(), colour.red())]
    (b0, b1), (g0, g1), (r0, r1) = ranges
    hits = 0
    for y in range(area.top(), area.bottom() + 1):
        line = data[y * stride + 4 * area.left() : y * stride + 4 * (area.right() + 1)]
        hits += sum(
            1
            for b, g, r in zip(line[0::4], line[1::4], line[2::4], strict=True)
            if b0 <= b <= b1 and g0 <= g <= g1 and r0 <= r <= r1
        )
    return hits


def outside(image: QImage, rect: QRect) -> int:
    """Pixels painted in the margins around the row's rect."""
    w, h = image.width(), image.height()
    strips = [
        QRect(0, 0, w, rect.top()),
        QRect(0, rect.bottom() + 1, w, h - rect.bottom() - 1),
        QRect(0, rect.top(), rect.left(), rect.height()),
        QRect(rect.right() + 1, rect.top(), w - rect.right() - 1, rect.height()),
    ]
    return sum(s.width() * s.height() - count(image, BACKGROUND, s, 0) for s in strips)


@pytest.fixture
def british() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


# Bubbles ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [480, 150])
@pytest.mark.parametrize("name", list(CASES))
def test_every_bubble_paints_inside_its_row(qapp, name, width):
    model = chat_model(CASES[name])
    delegate = BubbleDelegate()
    image, rect = render(delegate, model, 0, width)
    box = delegate.bubble_rect(rect, model.index(0, 0))
    assert box is not None and rect.contains(box)
    assert box.width() <= int(width * 0.7)
    assert outside(image, rect) == 0
    fill = QColor("#d9fdd3") if CASES[name].outbound else QColor("#ffffff")
    assert count(image, fill, box, tolerance=0) > box.width() * box.height() // 4
    side = box.right() > rect.center().x() if CASES[name].outbound else box.left() < rect.center().x()
    assert side


def test_ticks_show_the_delivery_status(qapp):
    def tick_pixels(status: MessageStatus) -> tuple[int, int, int]:
        model = chat_model(bubble(OUT, status, "ok"))
        delegate = BubbleDelegate()
        image, rect = render(delegate, model, 0, 400)
        box = delegate.bubble_rect(rect, model.index(0, 0))
        return count(image, TICK_GREY, box, 12), count(image, TICK_BLUE, box, 30), count(image, ERROR_RED, box, 30)

    grey, blue, red = {}, {}, {}
    for status in (S.PENDING, S.SENT, S.DELIVERED, S.READ, S.PLAYED, S.FAILED, S.UNCERTAIN):
        grey[status], blue[status], red[status] = tick_pixels(status)
    assert all(blue[s] > 5 for s in (S.READ, S.PLAYED))
    assert all(blue[s] == 0 for s in (S.PENDING, S.SENT, S.DELIVERED, S.FAILED, S.UNCERTAIN))
    assert all(grey[s] > 3 for s in (S.PENDING, S.SENT, S.DELIVERED, S.UNCERTAIN))
    assert grey[S.DELIVERED] > grey[S.SENT]  # two ticks, not one
    assert red[S.FAILED] > 10 and all(red[s] == 0 for s in red if s is not S.FAILED)
    inbound = chat_model(bubble(IN, S.RECEIVED, "ok"))
    image, _rect = render(BubbleDelegate(), inbound, 0, 400)
    assert count(image, TICK_BLUE, tolerance=30) == 0 and count(image, ERROR_RED, tolerance=30) == 0


def test_a_failed_bubble_shows_its_reason_in_red_under_the_bubble(qapp):
    model = chat_model(bubble(status=S.FAILED, error="Rate limit hit"))
    delegate = BubbleDelegate()
    image, rect = render(delegate, model, 0, 400)
    box = delegate.bubble_rect(rect, model.index(0, 0))
    below = QRect(rect.left(), box.bottom() + 1, rect.width(), rect.bottom() - box.bottom())
    assert count(image, ERROR_RED, below, 40) > 10
    assert count(image, LINK_BLUE, below, 40) > 5


def test_size_hints_follow_the_content_and_never_exceed_the_view(qapp):
    delegate = BubbleDelegate()

    def hint(b: BubbleView, width: int = 480, row: int = 0) -> int:
        model = chat_model(b, b)  # the same bubble twice, a second apart: only the first has a day header
        option = QStyleOptionViewItem()
        option.font = QApplication.font()
        option.rect = QRect(0, 0, width, 10)
        size = delegate.sizeHint(option, model.index(row, 0))
        assert size.width() == width
        return size.height()

    plain = bubble()
    assert hint(replace(plain, text=LONG), row=1) > hint(plain, row=1) + 30
    assert hint(replace(plain, text=LONG), width=240) > hint(replace(plain, text=LONG), width=900)
    assert hint(replace(plain, quoted_text="Kapan?")) > hint(plain)
    assert hint(replace(plain, reactions=(ReactionView("👍", False),))) > hint(plain)
    assert hint(replace(plain, status=S.FAILED)) > hint(replace(plain, status=S.UNCERTAIN)) > hint(plain)
    assert hint(plain, row=0) > hint(plain, row=1)
    # A customer's line breaks are line breaks (QTextLayout needs U+2028 for them): four lines, not one.
    assert hint(replace(plain, text="baris satu\nbaris dua\n\nbaris empat"), row=1) > hint(plain, row=1) + 40
    assert hint(media("document", "application/pdf", DownloadState.PENDING)) > hint(bubble(IN, S.RECEIVED, "x"))
    for width in (200, 480, 900):
        model = chat_model(replace(plain, text=LONG))
        rect = QRect(0, 0, width, hint(replace(plain, text=LONG), width))
        box = delegate.bubble_rect(rect, model.index(0, 0))
        assert box is not None and int(width * 0.6) <= box.width() <= int(width * 0.7)


def test_a_changed_bubble_is_measured_again(qapp):
    delegate = BubbleDelegate()
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.rect = QRect(0, 0, 480, 10)
    model = chat_model(bubble(status=S.SENT))
    before = delegate.sizeHint(option, model.index(0, 0)).height()
    model.upsert(replace(model.bubble_at(0), status=S.FAILED, error="Rate limit hit"))
    assert delegate.sizeHint(option, model.index(0, 0)).height() > before


def test_resend_hit_is_true_on_the_drawn_link_only(qapp):
    model = chat_model(bubble(status=S.FAILED, error="Rate limit hit"), bubble(status=S.SENT))
    delegate = BubbleDelegate()
    image, rect = render(delegate, model, 0, 480)
    index = model.index(0, 0)
    link = delegate.resend_rect(rect, index)
    assert link is not None and rect.contains(link)
    assert count(image, LINK_BLUE, link, 40) > 5  # the link is really drawn there
    assert delegate.resend_hit(rect, index, link.center())
    assert delegate.resend_hit(rect, index, link.topLeft())
    box = delegate.bubble_rect(rect, index)
    assert not delegate.resend_hit(rect, index, box.center())
    assert not delegate.resend_hit(rect, index, QPoint(rect.left() + 2, link.center().y()))
    assert not delegate.resend_hit(rect, index, link.center() + QPoint(0, 30))
    sent = model.index(1, 0)
    assert delegate.resend_rect(rect, sent) is None
    assert not delegate.resend_hit(rect, sent, link.center())


def test_in_a_list_view_the_rows_are_as_tall_as_hinted_and_resend_is_hit(qtbot):
    model = chat_model(*(CASES[name] for name in ("in-received", "quoted-short", "failed-with-reason", "long-text")))
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = BubbleDelegate(view)
    view.setItemDelegate(delegate)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # bubbles rewrap when the view's width changes
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.resize(520, 900)
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()
    option = _view_option(view)
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        assert rect.width() == view.viewport().width()
        assert rect.height() == delegate.sizeHint(option, model.index(row, 0)).height()
    failed = model.index(2, 0)
    link = delegate.resend_rect(view.visualRect(failed), failed)
    assert link is not None and delegate.resend_hit(view.visualRect(failed), failed, link.center())
    assert view.indexAt(link.center()) == failed


def _view_option(view: QListView) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.widget = view
    return option


class RecordingTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        self.asked.add((context, source))
        return ""  # no translation: Qt keeps the source text

    def isEmpty(self) -> bool:
        return False


def test_visible_strings_go_through_the_translator(qapp, british):
    translator = RecordingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        model = chat_model(
            *CASES.values(), bubble(IN, S.RECEIVED, "kemarin", at=NOW - timedelta(days=1)), today=NOW.date()
        )
        delegate = BubbleDelegate()
        for row in range(model.rowCount()):
            render(delegate, model, row, 480)
    finally:
        QCoreApplication.removeTranslator(translator)
    expected = {
        "Photo", "Video", "Audio", "Voice message", "Document", "Sticker", "Location", "Contact card",
        "Downloading…", "Download failed", "This message type is not supported here", "May not have been sent",
        "Not sent", "Resend",
    }  # fmt: skip
    assert {("BubbleDelegate", text) for text in expected} <= translator.asked
    assert {("ChatModel", "Today"), ("ChatModel", "Yesterday")} <= translator.asked


# Conversation rows -----------------------------------------------------------------------------------


def row(**kw) -> ConversationRow:
    fields = {
        "conversation_id": 1,
        "contact_id": 3,
        "title": "Budi Santoso",
        "phone_e164": "+6281234567890",
        "preview": "You: Siap kak, pesanan sudah dikirim hari ini ya",
        "last_at": NOW - timedelta(minutes=3),
        "unread": 0,
        "last_outbound_status": None,
    } | kw
    return ConversationRow(**fields)


def list_model(*rows: ConversationRow) -> ConversationListModel:
    model = ConversationListModel()
    model.replace_all(rows, has_more=False)
    return model


@pytest.mark.parametrize(
    "case",
    [
        row(),
        row(unread=3),
        row(unread=250, title="A name so long that it can never fit next to the time in the row at all"),
        row(title="+62 812-3456-7890"),
        row(last_at=None, preview=""),
        row(preview="baris satu\nbaris dua"),
        *(row(last_outbound_status=s) for s in MessageStatus),
    ],
)
@pytest.mark.parametrize("state", ["plain", "selected", "hover"])
def test_every_conversation_row_paints_inside_its_72_px(qapp, case, state):
    flags = {
        "plain": QStyle.StateFlag.State_None,
        "selected": QStyle.StateFlag.State_Selected,
        "hover": QStyle.StateFlag.State_MouseOver,
    }
    delegate = ConversationDelegate(now=lambda: NOW)
    image, rect = render(delegate, list_model(case), 0, 360, flags[state])
    assert rect.height() == ROW_HEIGHT
    assert outside(image, rect) == 0
    avatar_edge = QPoint(rect.left() + 12 + 6, rect.top() + ROW_HEIGHT // 2)  # inside the circle, off the letters
    assert image.pixelColor(avatar_edge) == avatar_colour(case.contact_id)
    background = image.pixelColor(rect.right() - 1, rect.top() + 3)
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    assert (background == BACKGROUND) == (state == "plain")
    if state == "selected":  # a tint of the accent, not the accent itself: the row's text stays readable
        a = 46 / 255
        pairs = zip(BACKGROUND.getRgb()[:3], highlight.getRgb()[:3], strict=True)
        blend = [round(b * (1 - a) + h * a) for b, h in pairs]
        assert background != highlight and list(background.getRgb()[:3]) == pytest.approx(blend, abs=2)


def test_the_badge_and_ticks_show_in_the_conversation_list(qapp):
    delegate = ConversationDelegate(now=lambda: NOW)

    def pixels(case: ConversationRow, colour: QColor, tolerance: int = 20) -> int:
        image, _rect = render(delegate, list_model(case), 0, 360)
        return count(image, colour, tolerance=tolerance)

    assert pixels(row(unread=5), BADGE_GREEN, 0) > 60
    assert pixels(row(unread=0), BADGE_GREEN, 0) == 0
    assert pixels(row(last_outbound_status=S.READ), TICK_BLUE, 30) > 5
    assert pixels(row(last_outbound_status=S.DELIVERED), TICK_BLUE, 30) == 0
    assert pixels(row(last_outbound_status=S.FAILED), ERROR_RED, 30) > 10
    assert pixels(row(last_outbound_status=None), TICK_GREY, 12) < pixels(
        row(last_outbound_status=S.SENT), TICK_GREY, 12
    )


def test_a_row_is_72_px_high_at_any_width(qapp):
    delegate = ConversationDelegate()
    option = QStyleOptionViewItem()
    for width in (0, 240, 1200):
        option.rect = QRect(0, 0, width, 10)
        size = delegate.sizeHint(option, list_model(row()).index(0, 0))
        assert (size.width(), size.height()) == (width, ROW_HEIGHT)


def test_initials_and_avatar_colours():
    assert initials("Budi Santoso") == "BS"
    assert initials("siti") == "S"
    assert initials("Ani Budi Cahya") == "AB"
    assert initials("+62 812-3456-7890") == ""
    assert initials("   ") == ""
    assert avatar_colour(12) == avatar_colour(12)
    assert len({avatar_colour(i).name() for i in range(10)}) == 10


def test_list_times_are_clock_weekday_or_date(qapp, british):
    today_morning = NOW.replace(hour=9, minute=5)
    assert list_time_text(today_morning, NOW) == "09:05"
    assert list_time_text(NOW - timedelta(days=2), NOW) == "Monday"
    assert list_time_text(NOW - timedelta(days=6), NOW) == "Thursday"
    assert list_time_text(NOW - timedelta(days=10), NOW) == "15/11/2026"
    assert list_time_text(None, NOW) == ""


def test_our_last_message_is_marked_you_in_the_readers_language():
    from monggo_desktop.ui.delegates.conversation_delegate import _preview_text

    assert _preview_text(row(preview="Siap kak", last_outbound_status=MessageStatus.READ)) == "You: Siap kak"
    assert _preview_text(row(preview="Halo", last_outbound_status=None)) == "Halo"


def test_a_message_without_text_is_named_by_its_type():
    from monggo_desktop.ui.delegates.conversation_delegate import _preview_text

    assert _preview_text(row(preview="", preview_kind="image")) == "📷 Photo"


def test_what_a_bubble_says_about_edits_deletions_ads_forwards_the_phone_and_calls(qapp):
    from datetime import UTC, datetime

    from monggo_desktop.domain.models import Direction
    from monggo_desktop.domain.status import MessageStatus
    from monggo_desktop.domain.views import BubbleView
    from monggo_desktop.ui.delegates.bubble_texts import body_text, media_kind, meta_text

    at = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)

    def bubble(**fields):  # type: ignore[no-untyped-def]
        base = {"message_id": 1, "direction": Direction.INBOUND, "type": "text", "text": "Halo", "at": at}
        return BubbleView(**{**base, "status": MessageStatus.RECEIVED, **fields})

    assert body_text(bubble(revoked=True, type="image", text=None)) == ("The customer deleted this message", True)
    assert media_kind(bubble(revoked=True, type="image", text=None)) is None  # no chip: the file is gone
    assert meta_text(bubble(edited=True)).startswith("edited · ")
    assert "from the phone" in meta_text(bubble(from_phone=True, direction=Direction.OUTBOUND))
    assert body_text(bubble(ad_headline="Batik tulis diskon")) == ("From your ad: Batik tulis diskon\nHalo", False)
    assert body_text(bubble(forwarded="many"))[0].startswith("↪↪ Forwarded many times\n")
    assert body_text(bubble(type="call", text=None, call_seconds=125)) == ("Call, 2:05", True)
    assert body_text(bubble(type="call", text=None, call_status="FAILED")) == ("Missed call", True)


def test_the_template_picker_says_when_meta_rates_a_template_low(qapp):
    """A `message_template_quality_update` lowers a template's rating: the picker says so before it is sent."""
    from monggo_desktop.domain.views import TemplateChoice
    from monggo_desktop.ui.template_picker import TemplatePicker

    picker = TemplatePicker()
    good = TemplateChoice("order_update", "id", "UTILITY", "Pesanan {{1}} dikirim", ("1",), quality="GREEN")
    red = TemplateChoice("promo_diskon", "id", "MARKETING", "Diskon!", (), quality="RED")
    picker.set_choices([red, good])
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())] == [
        "Orders and service (utility)",  # a heading per category, orders first
        "order_update (id)",
        "Offers and news (marketing)",
        "promo_diskon (id) · low quality",
    ]
    assert picker.current() == good  # the first template, not a heading


def test_template_values_are_named_and_the_preview_shows_meta_s_samples_until_typed(qapp):
    from monggo_desktop.domain.views import TemplateChoice
    from monggo_desktop.ui.template_picker import TemplatePicker

    picker = TemplatePicker()
    named = TemplateChoice(
        "table_reminder",
        "en_US",
        "UTILITY",
        "Hi {{customer_name}}, your order is ready on {{date}}.",
        ("customer_name", "date"),
        examples=("Sari", "Friday 19:00"),
    )
    numbered = TemplateChoice("order_update", "id", "UTILITY", "Pesanan {{1}} dikirim", ("1",), examples=("#1042",))
    picker.set_choices([named, numbered])
    picker.choose(named)
    labels = [picker.form.itemAt(row, picker.form.ItemRole.LabelRole).widget().text() for row in range(2)]
    assert labels == ["Customer name", "Date"]  # by what they are, not {{1}}
    assert picker.fields()[0].placeholderText() == "For example: Sari"
    assert picker.preview.text() == "Hi Sari, your order is ready on Friday 19:00."
    picker.fields()[0].setText("Budi")
    assert picker.preview.text() == "Hi Budi, your order is ready on Friday 19:00."
    assert not picker.send_button.isEnabled()  # every value typed first: a sample is never sent
    picker.choose(numbered)
    assert picker.form.itemAt(0, picker.form.ItemRole.LabelRole).widget().text() == "Value 1"
    assert picker.preview.text() == "Pesanan #1042 dikirim"


def test_the_template_picker_starts_on_a_template_in_the_windows_language(qapp):
    from monggo_desktop.domain.views import TemplateChoice
    from monggo_desktop.ui.i18n import install_translator
    from monggo_desktop.ui.template_picker import TemplatePicker

    english = TemplateChoice("appointment_reminder", "en_US", "UTILITY", "Hi {{1}}", ("1",))
    indonesian = TemplateChoice("order_update", "id", "UTILITY", "Halo {{1}}", ("1",))
    install_translator(qapp, "id")  # the autouse fixture puts English back afterwards
    picker = TemplatePicker()
    picker.set_choices([english, indonesian])
    assert picker.current() == indonesian  # though "appointment_reminder" sorts first
    install_translator(qapp, "en")
    picker.set_choices([english, indonesian])
    assert picker.current() == english
