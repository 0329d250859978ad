"""What is about to be sent, before it goes: the picture (or the file's name and size) and its caption. A file
chosen with Attach…, dropped on the chat or pasted (a copied file, or a picture such as a screenshot, which stays in
memory: nothing unencrypted is written to disk)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

PREVIEW_EDGE = 320
PASTED_NAME = "picture.png"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file on disk (``path``), or a picture held in memory (``data``, as PNG)."""

    name: str
    size: int
    path: Path | None = None
    data: bytes | None = None


def from_path(path: str) -> Attachment:
    file = Path(path)
    return Attachment(file.name, file.stat().st_size if file.is_file() else 0, path=file)


def from_mime(mime: QMimeData) -> Attachment | None:
    """A copied or dropped file (the first), or a copied picture; None when the data holds neither."""
    local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if local and Path(local[0]).is_file():
        return from_path(local[0])
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            data = _png(image)
            return Attachment(PASTED_NAME, len(data), data=data)
    return None


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
    return bytes(buffer.data().data())


class AttachmentDialog(QDialog):
    def __init__(self, attachment: Attachment, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setWindowTitle(self.tr("Send a file"))
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture = self._picture()
        if picture is not None:
            self.preview.setPixmap(picture)
        else:
            self.preview.setText(self.tr("No preview for this kind of file"))
        size = QLocale().formattedDataSize(attachment.size)
        self.details = QLabel(f"{attachment.name} · {size}", self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLineEdit(caption, self)
        self.caption.setPlaceholderText(self.tr("A caption (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.details)
        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.caption.setFocus()

    def _picture(self) -> QPixmap | None:
        attachment = self.attachment
        buffer = QBuffer(self)  # held while the reader reads from it (a temporary one is freed under the reader)
        if attachment.data is not None:
            buffer.setData(QByteArray(attachment.data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer)
        elif attachment.path is not None:
            reader = QImageReader(str(attachment.path))
        else:
            return None
        if not reader.canRead():
            return None
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > PREVIEW_EDGE:
            reader.setScaledSize(size.scaled(QSize(PREVIEW_EDGE, PREVIEW_EDGE), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        return None if image.isNull() else QPixmap.fromImage(image)
