"""What is about to be sent, before it goes: the picture (or the file's name and size) and its caption. A file
chosen with Attach…, dropped on the chat or pasted (a copied file, or a picture such as a screenshot, which stays in
memory: nothing unencrypted is written to disk). Several files dropped or pasted at once are previewed one after
another, each with its own caption."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

PREVIEW_EDGE = 320
PASTED_NAME = "picture.png"
SKIPPED = 2  # a preview's result besides Accepted and Rejected: not this file, but go on to the next


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


def from_mime(mime: QMimeData) -> list[Attachment]:
    """The copied or dropped files (folders left out), or a copied picture; empty when the data holds neither."""
    local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    files = [from_path(path) for path in local if Path(path).is_file()]
    if files:
        return files
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            data = _png(image)
            return [Attachment(PASTED_NAME, len(data), data=data)]
    return []


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
    return bytes(buffer.data().data())


def preview_in_turn(
    attachments: list[Attachment], caption: str, parent: QWidget, send: Callable[[Attachment, str], None]
) -> AttachmentDialog:
    """Preview ``attachments`` one after another; returns the first preview. Send sends the file shown and
    shows the next, Skip shows the next, Cancel drops the rest. ``caption`` (the message typed so far) is
    offered with the first file sent, the others start without one."""
    captioned = False

    def show(number: int) -> AttachmentDialog:
        attachment = attachments[number]
        place = (number + 1, len(attachments)) if len(attachments) > 1 else None
        dialog = AttachmentDialog(attachment, "" if captioned else caption, parent, place=place)

        def finished(result: int) -> None:
            nonlocal captioned
            if result == QDialog.DialogCode.Accepted:
                captioned = True
                send(attachment, dialog.caption.text())
            if result in (QDialog.DialogCode.Accepted, SKIPPED) and number + 1 < len(attachments):
                show(number + 1)

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    return show(0)


class AttachmentDialog(QDialog):
    def __init__(
        self,
        attachment: Attachment,
        caption: str,
        parent: QWidget | None = None,
        *,
        place: tuple[int, int] | None = None,
    ) -> None:
        """``place``: this file's number and how many there are, when several are previewed in turn."""
        super().__init__(parent)
        self.attachment = attachment
        if place is None:
            self.setWindowTitle(self.tr("Send a file"))
        else:
            self.setWindowTitle(self.tr("Send a file ({number} of {count})").format(number=place[0], count=place[1]))
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
        self.skip_button = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button.setToolTip(self.tr("Do not send this file; show the next one"))
        self.skip_button.setVisible(place is not None and place[0] < place[1])
        self.skip_button.clicked.connect(lambda: self.done(SKIPPED))
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
