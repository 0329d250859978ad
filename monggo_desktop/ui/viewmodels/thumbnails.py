"""Photo thumbnails: decrypted and decoded in memory on demand, kept in a small cache, never written to disk."""

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
CACHE_SIZE = 200


class ThumbnailCache(AsyncViewModel):
    ready = Signal(int)  # media id: its thumbnail (or the knowledge that there is none) is now known

    def __init__(self, load: Callable[[int], Awaitable[bytes]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
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
            self._pixmaps[media_id] = pixmap
            if len(self._pixmaps) > CACHE_SIZE:
                self._pixmaps.popitem(last=False)
        self.ready.emit(media_id)


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
