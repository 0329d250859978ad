"""Attachments are seen before they go: Attach…, a dropped file and a pasted file or picture open a preview (the
picture, or the file's name and size) with the typed text as the caption; nothing is sent until Send. A pasted
picture stays in memory. The emoji button puts an emoji into the message."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from monggo_desktop.services.demo_data import sample_png
from monggo_desktop.ui.attachment_preview import PASTED_NAME, AttachmentDialog, from_path
from tests.gui.demo_helpers import bubbles, open_conversation, window_open


def open_preview(qtbot, panel) -> AttachmentDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in panel.findChildren(AttachmentDialog)), timeout=5_000)
    return next(d for d in panel.findChildren(AttachmentDialog) if d.isVisible())


def messages_in(db) -> int:  # type: ignore[no-untyped-def]
    return db.call(lambda s: s.messages.count())


def test_a_file_is_previewed_with_the_typed_text_as_caption_and_sent_only_on_send(qtbot, demo_window, demo, tmp_path):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    photo = tmp_path / "kain.png"
    photo.write_bytes(sample_png(800, 600))
    panel.composer.setPlainText("Motif kawung, ukuran L")
    db = demo.engine.session.db
    before = messages_in(db)
    dialog = panel.preview_attachment(from_path(str(photo)))
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    assert dialog.preview.pixmap().width() <= 320 and "kain.png" in dialog.details.text()
    assert dialog.caption.text() == "Motif kawung, ukuran L"
    assert messages_in(db) == before  # nothing sent while the owner looks
    dialog.caption.setText("Motif kawung")
    with qtbot.waitSignal(panel._vm.sent, timeout=5_000):
        dialog.accept()
    qtbot.waitUntil(lambda: any(b.type == "image" and b.text == "Motif kawung" for b in bubbles(demo_window)))
    assert panel.composer.toPlainText() == ""  # the text went as the caption


def test_a_cancelled_preview_sends_nothing_and_keeps_the_message(qtbot, demo_window, demo, tmp_path):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    document = tmp_path / "katalog.pdf"
    document.write_bytes(b"%PDF-1.4\n" + b"0" * 2048)
    panel.composer.setPlainText("Katalog terbaru")
    db = demo.engine.session.db
    before = messages_in(db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    panel.dropEvent(drop)
    dialog = open_preview(qtbot, panel)
    assert "katalog.pdf" in dialog.details.text() and "No preview" in dialog.preview.text()
    dialog.reject()
    qtbot.wait(200)
    assert messages_in(db) == before and panel.composer.toPlainText() == "Katalog terbaru"


def test_a_pasted_picture_is_previewed_and_sent_from_memory(qtbot, demo_window, tmp_path, monkeypatch):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where a temporary copy would go: nowhere
    image = QImage()
    image.loadFromData(sample_png(300, 200))
    mime = QMimeData()
    mime.setImageData(image)
    panel.composer.insertFromMimeData(mime)
    dialog = open_preview(qtbot, panel)
    assert PASTED_NAME in dialog.details.text() and panel.composer.toPlainText() == ""
    with qtbot.waitSignal(panel._vm.sent, timeout=5_000):
        dialog.accept()
    qtbot.waitUntil(lambda: bubbles(demo_window)[-1].type == "image", timeout=5_000)
    assert list(tmp_path.iterdir()) == []


def test_pasted_text_is_still_text(qtbot, demo_window):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    mime = QMimeData()
    mime.setText("Halo kak")
    panel.composer.insertFromMimeData(mime)
    assert panel.composer.toPlainText() == "Halo kak"
    assert not any(d.isVisible() for d in panel.findChildren(AttachmentDialog))


def test_the_emoji_button_puts_an_emoji_into_the_message(qtbot, demo_window):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    panel.composer.setPlainText("Terima kasih ")
    panel.composer.moveCursor(panel.composer.textCursor().MoveOperation.End)
    panel.emoji_button.choices[0].click()
    assert panel.composer.toPlainText() == "Terima kasih 🙏"


def drop(panel, *paths) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    panel.dropEvent(
        QDropEvent(
            QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )


def next_preview(qtbot, panel, after: AttachmentDialog | None) -> AttachmentDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: any(d.isVisible() and d is not after for d in panel.findChildren(AttachmentDialog)), timeout=5_000
    )
    return next(d for d in panel.findChildren(AttachmentDialog) if d.isVisible() and d is not after)


def test_several_dropped_files_are_previewed_in_turn_each_with_its_own_caption(qtbot, demo_window, demo, tmp_path):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    first, second, third = tmp_path / "merah.png", tmp_path / "daftar.pdf", tmp_path / "biru.png"
    first.write_bytes(sample_png(400, 300))
    second.write_bytes(b"%PDF-1.4\n" + b"0" * 2048)
    third.write_bytes(sample_png(300, 400))
    (tmp_path / "folder").mkdir()
    panel.composer.setPlainText("Dua warna")
    drop(panel, first, tmp_path / "folder", second, third)  # a folder is not a file: left out

    one = open_preview(qtbot, panel)
    assert "merah.png" in one.details.text() and "(1 of 3)" in one.windowTitle()
    assert one.caption.text() == "Dua warna" and one.skip_button.isVisible()
    with qtbot.waitSignal(panel._vm.sent, timeout=5_000):
        one.accept()
    two = next_preview(qtbot, panel, one)
    assert "daftar.pdf" in two.details.text() and "(2 of 3)" in two.windowTitle()
    assert two.caption.text() == ""  # the typed text went with the first
    two.skip_button.click()  # not this one
    three = next_preview(qtbot, panel, two)
    assert "biru.png" in three.details.text() and "(3 of 3)" in three.windowTitle()
    assert not three.skip_button.isVisible()  # the last: Send or Cancel
    three.caption.setText("Yang biru")
    with qtbot.waitSignal(panel._vm.sent, timeout=5_000):
        three.accept()
    qtbot.waitUntil(lambda: any(b.text == "Yang biru" for b in bubbles(demo_window)), timeout=5_000)
    sent = [b for b in bubbles(demo_window) if b.text in ("Dua warna", "Yang biru")]
    assert [(b.type, b.text) for b in sent] == [("image", "Dua warna"), ("image", "Yang biru")]
    assert not any(b.type == "document" and b.media_name == "daftar.pdf" for b in bubbles(demo_window))
    qtbot.wait(100)
    assert not any(d.isVisible() for d in panel.findChildren(AttachmentDialog))


def test_skipping_the_first_keeps_the_typed_text_for_the_next_and_cancel_drops_the_rest(
    qtbot, demo_window, demo, tmp_path
):
    open_conversation(qtbot, demo_window, window_open)
    panel = demo_window.chat_panel
    files = [tmp_path / f"foto{n}.png" for n in range(3)]
    for file in files:
        file.write_bytes(sample_png(200, 200))
    panel.composer.setPlainText("Ini fotonya")
    db = demo.engine.session.db
    before = messages_in(db)
    drop(panel, *files)
    one = open_preview(qtbot, panel)
    one.skip_button.click()
    two = next_preview(qtbot, panel, one)
    assert two.caption.text() == "Ini fotonya"  # nothing sent yet: the typed text is still to go
    two.reject()  # Cancel: the third is not shown
    qtbot.wait(200)
    assert not any(d.isVisible() for d in panel.findChildren(AttachmentDialog))
    assert messages_in(db) == before and panel.composer.toPlainText() == "Ini fotonya"
