"""Photo thumbnails: the cache is bounded by its pixels' bytes, and the chat measures its rows from the sizes
it remembers, so pictures the cache let go are fetched again only to be painted."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from monggo_desktop.domain.models import Direction, DownloadState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import BubbleView
from monggo_desktop.services.demo_data import sample_png
from monggo_desktop.ui.delegates.bubble_delegate import BubbleDelegate
from monggo_desktop.ui.models.chat_model import ChatModel
from monggo_desktop.ui.viewmodels import thumbnails
from monggo_desktop.ui.viewmodels.thumbnails import ThumbnailCache

PICTURE = sample_png(320, 240)
PICTURE_BYTES = 320 * 240 * 4


def test_the_cache_keeps_pictures_up_to_its_bytes_and_remembers_their_sizes(qtbot, qloop, monkeypatch):
    monkeypatch.setattr(thumbnails, "CACHE_BYTES", 2 * PICTURE_BYTES)
    loads: list[int] = []

    async def load(media_id: int) -> bytes:
        loads.append(media_id)
        return PICTURE

    cache = ThumbnailCache(load)
    for media_id in (1, 2, 3):
        assert cache.get(media_id) is None and cache.size(media_id) is None  # unknown: fetched
        qtbot.waitUntil(lambda m=media_id: cache.get(m) is not None, timeout=5_000)
    assert cache.cached_bytes == 2 * PICTURE_BYTES  # the first one went
    assert cache.size(1) == QSize(320, 240)  # its size is still known, without the picture
    assert loads == [1, 2, 3]
    assert cache.get(1) is None  # painting it again fetches it again
    qtbot.waitUntil(lambda: cache.get(1) is not None, timeout=5_000)
    assert loads == [1, 2, 3, 1] and cache.cached_bytes == 2 * PICTURE_BYTES
    cache.shutdown()


def test_rows_are_measured_from_a_known_size_without_the_picture(qapp):
    asked: list[int] = []

    def picture(media_id: int) -> QPixmap | None:
        asked.append(media_id)
        return None

    model = ChatModel()
    photo = BubbleView(
        message_id=1,
        direction=Direction.INBOUND,
        type="image",
        text=None,
        at=datetime.now().astimezone(),
        status=MessageStatus.RECEIVED,
        media_id=7,
        media_mime="image/jpeg",
        media_state=DownloadState.DONE,
    )
    model.set_newest([photo], has_older=False)
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.rect = QRect(0, 0, 480, 10)
    index = model.index(0, 0)
    loading = BubbleDelegate(thumbnails=picture).sizeHint(option, index).height()
    assert asked == [7]  # nothing known: the picture is asked for (and a placeholder measured meanwhile)
    asked.clear()
    known = BubbleDelegate(thumbnails=picture, thumbnail_sizes=lambda _m: QSize(320, 240))
    assert known.sizeHint(option, index).height() != loading and asked == []
    gone = BubbleDelegate(thumbnails=picture, thumbnail_sizes=lambda _m: QSize())  # none can be shown: the chip
    assert gone.sizeHint(option, index).height() < loading and asked == []
