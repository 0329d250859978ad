"""What a chat bubble says, in the reader's language: its text or placeholder, the line above it (an ad, a
forward), the small line under it (edited, from the phone, the time), a call, a file's chip."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.models import DownloadState
from monggo_desktop.domain.views import BubbleView, OrderView
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP
from monggo_desktop.ui.local_format import count_text, money_text

_CTX = "BubbleDelegate"


_KIND_LABELS = {
    "image": QT_TRANSLATE_NOOP("BubbleDelegate", "Photo"),
    "video": QT_TRANSLATE_NOOP("BubbleDelegate", "Video"),
    "audio": QT_TRANSLATE_NOOP("BubbleDelegate", "Audio"),
    "voice": QT_TRANSLATE_NOOP("BubbleDelegate", "Voice message"),
    "document": QT_TRANSLATE_NOOP("BubbleDelegate", "Document"),
    "sticker": QT_TRANSLATE_NOOP("BubbleDelegate", "Sticker"),
    "location": QT_TRANSLATE_NOOP("BubbleDelegate", "Location"),
    "contacts": QT_TRANSLATE_NOOP("BubbleDelegate", "Contact card"),
}
_DOWNLOADING = QT_TRANSLATE_NOOP("BubbleDelegate", "Downloading…")
_DOWNLOAD_FAILED = QT_TRANSLATE_NOOP("BubbleDelegate", "Download failed")
_UNSUPPORTED = QT_TRANSLATE_NOOP("BubbleDelegate", "This message type is not supported here")
UNCERTAIN = QT_TRANSLATE_NOOP("BubbleDelegate", "May not have been sent")
NOT_SENT = QT_TRANSLATE_NOOP("BubbleDelegate", "Not sent")
RESEND = QT_TRANSLATE_NOOP("BubbleDelegate", "Resend")
_REVOKED = QT_TRANSLATE_NOOP("BubbleDelegate", "The customer deleted this message")
_REVOKED_OURS = QT_TRANSLATE_NOOP("BubbleDelegate", "This message was deleted")
_EDITED = QT_TRANSLATE_NOOP("BubbleDelegate", "edited")
_FROM_PHONE = QT_TRANSLATE_NOOP("BubbleDelegate", "from the phone")
_FORWARDED = QT_TRANSLATE_NOOP("BubbleDelegate", "↪ Forwarded")
_FORWARDED_MANY = QT_TRANSLATE_NOOP("BubbleDelegate", "↪↪ Forwarded many times")
_FROM_AD = QT_TRANSLATE_NOOP("BubbleDelegate", "From your ad: {headline}")
_CALL = QT_TRANSLATE_NOOP("BubbleDelegate", "Call")
_CALL_LASTED = QT_TRANSLATE_NOOP("BubbleDelegate", "Call, {minutes}:{seconds:02d}")
_CALL_MISSED = QT_TRANSLATE_NOOP("BubbleDelegate", "Missed call")
_ORDER = QT_TRANSLATE_NOOP("BubbleDelegate", "🛒 Order: {pieces}, {total}")
_ONE_PIECE = QT_TRANSLATE_NOOP("BubbleDelegate", "1 piece")
_PIECES = QT_TRANSLATE_NOOP("BubbleDelegate", "{n} pieces")


def quote_text(bubble: BubbleView) -> str | None:
    """The quoted message's text, or what it is ("Photo") when it has none."""
    if bubble.quoted_text:
        return bubble.quoted_text
    if bubble.quoted_kind in _KIND_LABELS:
        return tr(_KIND_LABELS[bubble.quoted_kind])
    return None


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# What a bubble shows ------------------------------------------------------------------------------


def media_kind(bubble: BubbleView) -> str | None:
    """The chip kind of a bubble (its glyph and label), or None for a text bubble."""
    if bubble.revoked:
        return None  # its file is gone with it
    if bubble.type == "audio" and (bubble.media_mime or "").startswith("audio/ogg"):
        return "voice"  # WhatsApp voice notes are Opus in Ogg; other audio is a file
    return bubble.type if bubble.type in _KIND_LABELS else None


def time_text(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{local:%H:%M}"


def meta_text(bubble: BubbleView) -> str:
    """The small line under a bubble: the time, and whether it was edited or sent from the phone."""
    parts = [tr(_EDITED)] if bubble.edited else []
    if bubble.from_phone:
        parts.append(tr(_FROM_PHONE))
    return " · ".join([*parts, time_text(bubble.at)])


def body_text(bubble: BubbleView) -> tuple[str | None, bool]:
    """The bubble's text, and whether it is our own italic placeholder."""
    if bubble.revoked:
        return tr(_REVOKED_OURS if bubble.outbound else _REVOKED), True
    if bubble.type == "call":
        return call_text(bubble), True
    origin = _origin(bubble)
    if bubble.order is not None:  # a cart from the catalogue: what and how much, then the customer's note
        origin = "\n".join(line for line in (origin, order_text(bubble.order)) if line)
    if bubble.text:
        return (f"{origin}\n{bubble.text}" if origin else bubble.text), False
    if bubble.order is not None:
        return origin, False
    if bubble.type == "unsupported" or (media_kind(bubble) is None and bubble.type != "text"):
        return tr(_UNSUPPORTED), True
    return origin or None, bool(origin)


def order_text(order: OrderView) -> str:
    """ "🛒 Order: 3 pieces, Rp 55.000" in the reader's language and number style."""
    # Two texts, not a %n plural: lupdate reads plurals only from tr() of a QObject, and Indonesian has one form.
    pieces = tr(_ONE_PIECE) if order.items == 1 else tr(_PIECES).format(n=count_text(order.items))
    total = money_text(order.total, order.currency) if order.currency else count_text(round(order.total))
    return tr(_ORDER).format(pieces=pieces, total=total)


def _origin(bubble: BubbleView) -> str:
    """Where a message came from, said above its text: an ad, or a forward."""
    lines = []
    if bubble.ad_headline:
        lines.append(tr(_FROM_AD).format(headline=bubble.ad_headline))
    if bubble.forwarded:
        lines.append(tr(_FORWARDED_MANY if bubble.forwarded == "many" else _FORWARDED))
    return "\n".join(lines)


def call_text(bubble: BubbleView) -> str:
    if bubble.call_seconds:
        minutes, seconds = divmod(bubble.call_seconds, 60)
        return tr(_CALL_LASTED).format(minutes=minutes, seconds=seconds)
    if bubble.call_status and bubble.call_status.upper() != "COMPLETED":
        return tr(_CALL_MISSED)
    return tr(_CALL)


def chip_texts(bubble: BubbleView, kind: str) -> tuple[str, str]:
    title = bubble.media_name if kind == "document" and bubble.media_name else tr(_KIND_LABELS[kind])
    note = {DownloadState.PENDING: tr(_DOWNLOADING), DownloadState.FAILED: tr(_DOWNLOAD_FAILED)}
    return title, note.get(bubble.media_state, "") if bubble.media_state else ""
