"""The business profile screen's state: the profile shown (local copy first, then WhatsApp's), saving, and a
new photo cropped to a square before it is uploaded."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRect, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.profile import ProfileFields, ProfileSnapshot
from monggo_desktop.services.account.profile import ProfileService
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

PHOTO_SIDE = 640  # WhatsApp shows profile photos square; 640 px is the size Meta recommends
PHOTO_QUALITY = 90
# Decoding a large photo takes longer than the 50 ms the UI may stall: it runs on a thread of our own
# (qasync's default executor is a QThread pool that must not outlive the application).
_PHOTO_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-photo")


def square_photo(path: str, side: int = PHOTO_SIDE) -> bytes:
    """The picture at ``path`` cropped to its centred square, scaled down to ``side`` pixels, as a JPEG.

    QImage (unlike QPixmap) may be used off the GUI thread.
    """
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo taken upright stays upright
    image = reader.read()
    if image.isNull():
        raise InvalidInputError(
            QCoreApplication.translate("ProfileViewModel", "that file is not a picture this app can read")
        )
    edge = min(image.width(), image.height())
    square = image.copy(QRect((image.width() - edge) // 2, (image.height() - edge) // 2, edge, edge))
    if edge > side:
        square = square.scaled(
            side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    square = square.convertToFormat(QImage.Format.Format_RGB888)  # JPEG has no transparency
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    square.save(buffer, "JPEG", PHOTO_QUALITY)  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
    buffer.close()
    return bytes(data.data())


class ProfileViewModel(AsyncViewModel):
    loaded = Signal(object)  # ProfileSnapshot (the local copy, then WhatsApp's)
    saved = Signal(str)  # what to tell the owner ("Saved")
    error = Signal(str)  # why a load, a save or an upload did not happen
    busy = Signal(bool)
    photo_ready = Signal(bytes)  # the cropped JPEG that "Use this photo" would upload, for the preview

    def __init__(self, service: ProfileService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.snapshot: ProfileSnapshot | None = None
        self.photo: bytes | None = None
        self._working = 0

    def load(self) -> None:
        """The local copy at once, then WhatsApp's (or the copy again, saying why it is not fresh)."""
        self.run(self._service.cached, self._cached_then_fresh, failed=self.reload)

    def _cached_then_fresh(self, cached: ProfileSnapshot | None) -> None:
        if cached is not None and self.snapshot is None:
            self._show(cached)
        self.reload()

    def reload(self) -> None:
        self._do(self._service.load, self._show)

    def save(self, fields: ProfileFields) -> None:
        self._do(lambda: self._service.save(fields), self._saved)

    def prepare_photo(self, path: str) -> None:
        self._do(lambda: asyncio.get_running_loop().run_in_executor(_PHOTO_WORKER, square_photo, path), self._ready)

    def upload_photo(self) -> None:
        photo = self.photo
        if photo is not None:
            self._do(lambda: self._service.upload_photo(photo, "image/jpeg"), self._uploaded)

    # Results --------------------------------------------------------------------------------------

    def _show(self, snapshot: Any) -> None:
        self.snapshot = snapshot
        self.loaded.emit(snapshot)

    def _saved(self, snapshot: Any) -> None:
        self._show(snapshot)
        self.saved.emit(self.tr("Saved: customers see the new profile on WhatsApp."))

    def _ready(self, photo: Any) -> None:
        self.photo = photo
        self.photo_ready.emit(photo)

    def _uploaded(self, snapshot: Any) -> None:
        self.photo = None
        self._show(snapshot)
        self.saved.emit(self.tr("The new profile photo is set."))

    # Plumbing -------------------------------------------------------------------------------------

    def _do(self, work: Callable[[], Awaitable[Any]], then: Callable[[Any], None]) -> None:
        """``run``, with the screen busy from the start until the result (or the error) is shown."""
        self._working += 1
        self.busy.emit(True)

        def idle() -> None:  # after the result is shown, so the buttons follow what is now on screen
            self._working -= 1
            self.busy.emit(self._working > 0)

        def done(result: Any) -> None:
            then(result)
            idle()

        self.run(work, done, failed=idle)
