"""Render the app icon (monggo_desktop/resources/icons/monggo-desktop.svg) to the files the builds need.

Usage: .venv/bin/python tools/make_icons.py

Writes, next to the SVG, ``monggo-desktop-N.png`` for every size in SIZES (the window icon, and the
hicolor theme icons of the Linux bundle), and in resources/icons/ the Windows ``.ico`` and the macOS
``.icns`` that build.spec gives PyInstaller. Both containers hold PNG images, which Windows (Vista and
later) and macOS (10.7 and later) read, so no image library beyond Qt is needed. Run it again after
editing the SVG, and commit what it writes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "monggo_desktop" / "resources" / "icons"
SVG = ICONS / "monggo-desktop.svg"
BUILD_ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can say
# icns element types holding PNG data, by the pixel size of the image.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),  # 16 pt at 2x
    (b"ic12", 64),  # 32 pt at 2x
    (b"ic13", 256),  # 128 pt at 2x
    (b"ic14", 512),  # 256 pt at 2x
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: the ICONDIR header, one 16-byte entry per image, then the PNG images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: the 'icns' header with the total length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # QImage text and painting need one, even offscreen
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG.name} is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}
    for size in SIZES:
        (ICONS / f"monggo-desktop-{size}.png").write_bytes(images[size])
    BUILD_ICONS.mkdir(exist_ok=True)
    (BUILD_ICONS / "monggo-desktop.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (BUILD_ICONS / "monggo-desktop.icns").write_bytes(icns(images))
    print(f"wrote {len(SIZES)} PNG sizes, monggo-desktop.ico and monggo-desktop.icns")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
