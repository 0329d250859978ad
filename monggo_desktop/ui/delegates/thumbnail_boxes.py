"""Where a photo's thumbnail goes in a chat bubble: its box on screen, and what is known of the picture."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap

from monggo_desktop.domain.models import DownloadState
from monggo_desktop.domain.views import BubbleView

ThumbnailSource = Callable[[int], QPixmap | None]  # media id -> its decoded thumbnail, or None while loading
# media id -> the thumbnail's size when known without the picture (empty: none can be shown), or None
ThumbnailSizeSource = Callable[[int], QSize | None]

THUMB_MAX = 260
MIN_THUMB = 48
THUMB_PLACEHOLDER = QSize(220, 160)


def image_box(natural: QSize | None, max_content: int) -> QSize:
    """A thumbnail's size on screen: the picture scaled down to fit, or a placeholder while it loads."""
    limit = QSize(min(max_content, THUMB_MAX), THUMB_MAX)
    if natural is None or natural.isEmpty():
        return QSize(min(limit.width(), THUMB_PLACEHOLDER.width()), THUMB_PLACEHOLDER.height())
    if natural.width() <= limit.width() and natural.height() <= limit.height():
        return QSize(max(natural.width(), MIN_THUMB), max(natural.height(), MIN_THUMB))
    return natural.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio)


def shows_thumbnail(bubble: BubbleView) -> bool:
    """A photo or sticker whose file is here (downloaded, or our own upload)."""
    return (
        bubble.type in ("image", "sticker")
        and bubble.media_id is not None
        and bubble.media_state in (DownloadState.DONE, DownloadState.NONE)
    )


def picture_size(
    bubble: BubbleView, thumbnails: ThumbnailSource, sizes: ThumbnailSizeSource | None
) -> tuple[QSize | None, bool]:
    """The photo's size (None while unknown) and whether it shows as a thumbnail: not when it cannot be
    shown (file gone, not an image), which gets the chip instead.

    A size once known is asked of ``sizes`` without the picture: measuring every row of the chat then never
    fetches again the pictures the thumbnail cache has let go; only painting does, for the rows on screen.
    """
    if bubble.media_id is None or not shows_thumbnail(bubble):
        return None, False
    known = sizes(bubble.media_id) if sizes is not None else None
    if known is None:
        picture = thumbnails(bubble.media_id)
        known = None if picture is None else picture.size()  # a null pixmap's size is empty
    if known is None:
        return None, True  # still being decrypted: a placeholder
    return (None, False) if known.isEmpty() else (known, True)
