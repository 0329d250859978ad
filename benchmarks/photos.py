"""Photo-like JPEG files, kept through the app's own media storage (encrypted, one file per media row).

The pictures are phone-photo sized (1280 x 960 by default) so that decoding a thumbnail costs what a real
photo's does; their content (gradients and shapes) is cheap to make and compresses to a few tens of kB.
"""

from __future__ import annotations

import random
from pathlib import Path

from monggo_desktop.domain.models import DownloadState, MediaRef
from monggo_desktop.services.messaging.media_files import store_media

WIDTH = 1280
HEIGHT = 960


def sample_jpegs(count: int, width: int = WIDTH, height: int = HEIGHT, seed: int = 9) -> list[bytes]:
    """``count`` different JPEG files. Needs a QGuiApplication (offscreen will do) for the JPEG plugin."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    rng = random.Random(seed)
    files = []
    for _ in range(count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
        gradient.setColorAt(0, QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        gradient.setColorAt(1, QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        painter.fillRect(image.rect(), gradient)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for _ in range(40):  # a batik-ish pattern: some edges for the encoder to keep
            colour = QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(80, 220))
            painter.setBrush(colour)
            painter.setPen(colour.darker())
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            painter.drawEllipse(QRectF(x, y, rng.uniform(20, width / 3), rng.uniform(20, height / 3)))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "JPG", 85):
            raise RuntimeError("Qt could not write a JPEG here (no imageformats plugin?)")
        buffer.close()
        files.append(bytes(data.data()))
    return files


def store_photos(store, media_dir: Path, files: list[bytes], count: int) -> list[int]:  # type: ignore[no-untyped-def]
    """``count`` downloaded photos (media rows, state done), the files taken in turn; returns their ids.

    Runs on the database thread. Each row gets its own encrypted file, as the app keeps them.
    """
    ids = []
    for n in range(count):
        media = store.media.add(
            MediaRef(
                mime_type="image/jpeg",
                meta_media_id=f"bench-media-{n}",
                filename=None,
                download_state=DownloadState.DONE,
            )
        )
        assert media.id is not None
        store_media(store, media_dir, media.id, files[n % len(files)])
        ids.append(media.id)
    return ids
