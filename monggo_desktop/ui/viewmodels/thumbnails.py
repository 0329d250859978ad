"""Photo thumbnails: decrypted and decoded in memory on demand, kept in a small cache, never written to disk.

The cache is bounded by the bytes of its pixels (a phone photo's thumbnail is about 0.8 MB), not by a count.
The sizes of the pictures it let go are remembered apart (a few bytes each), so that the chat can measure
its rows without decoding any picture again; only rows being painted fetch theirs.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

log = logging.getLogger("monggo.ui")

THUMBNAIL_EDGE = 520  # twice the largest edge shown, so a thumbnail stays sharp on a high-DPI screen
CACHE_BYTES = 32 * 1024 * 1024  # about 40 photos: several screens of them
SIZES_KEPT = 4096  # more than the photos in the rows a chat keeps loaded


class ThumbnailCache(AsyncViewModel):
    ready = Signal(int)  # media id: its thumbnail (or the knowledge that there is none) is now known

    def __init__(self, load: Callable[[int], Awaitable[bytes]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
        self._bytes = 0
        self._sizes: OrderedDict[int, tuple[int, int]] = OrderedDict()
        self._asked: set[int] = set()
        self._unavailable: set[int] = set()

    def get(self, media_id: int) -> QPixmap | None:
        """The thumbnail when ready; a null pixmap when there is none (the file is gone or not a picture);
        otherwise None, and it is fetched (``ready`` says when)."""
        if media_id in self._unavailable:
            return QPixmap()
        pixmap = self._pixmaps.get(media_id)
        if pixmap is not None:
            self._pixmaps.move_to_end(media_id)
            return pixmap
        if media_id not in self._asked:
            self._asked.add(media_id)
            self.spawn(self._fetch(media_id))
        return None

    def size(self, media_id: int) -> QSize | None:
        """The thumbnail's size once it has been decoded (empty when there is none), without fetching it."""
        if media_id in self._unavailable:
            return QSize()
        known = self._sizes.get(media_id)
        return None if known is None else QSize(*known)

    @property
    def cached_bytes(self) -> int:
        return self._bytes

    async def _fetch(self, media_id: int) -> None:
        try:
            data = await self._load(media_id)
            pixmap = decode_thumbnail(data)
        except UserFacingError as exc:
            log.info("no thumbnail for a photo (%s)", type(exc).__name__)
            pixmap = None
        finally:
            self._asked.discard(media_id)
        if pixmap is None:
            self._unavailable.add(media_id)
        else:
            self._keep(media_id, pixmap)
        self.ready.emit(media_id)

    def _keep(self, media_id: int, pixmap: QPixmap) -> None:
        old = self._pixmaps.pop(media_id, None)
        if old is not None:
            self._bytes -= _cost(old)
        self._pixmaps[media_id] = pixmap
        self._bytes += _cost(pixmap)
        self._sizes[media_id] = pixmap.size().toTuple()
        self._sizes.move_to_end(media_id)
        if len(self._sizes) > SIZES_KEPT:
            self._sizes.popitem(last=False)
        while self._bytes > CACHE_BYTES and len(self._pixmaps) > 1:  # the newest stays, however large
            _media_id, dropped = self._pixmaps.popitem(last=False)
            self._bytes -= _cost(dropped)


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)


def decode_thumbnail(data: bytes) -> QPixmap | None:
    image = decode_image(data, THUMBNAIL_EDGE)
    return None if image is None else QPixmap.fromImage(image)


def decode_image(data: bytes, max_edge: int) -> QImage | None:
    """Decode at most ``max_edge`` pixels wide and high straight away (JPEG decodes scaled): a 12 MP photo
    costs little and never holds the window up."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if size.isValid() and (size.width() > max_edge or size.height() > max_edge):
        reader.setScaledSize(size.scaled(QSize(max_edge, max_edge), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image
