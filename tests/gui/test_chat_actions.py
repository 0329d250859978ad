"""Replying, reacting, quick replies, photos and files in the chat (demo: real database, simulator on loopback)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu

from monggo_desktop.services.demo_data import QUICK_REPLIES, sample_png
from tests.gui.demo_helpers import bubbles, open_conversation


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text() == text)


def test_a_reply_quotes_the_message_answered(qtbot, demo_window, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    panel = demo_window.chat_panel
    question = next(b for b in bubbles(demo_window) if not b.outbound and b.wamid)
    menu = QMenu()
    panel.bubble_actions(question, menu)
    action(menu, "Reply").trigger()
    assert panel.reply_bar.isVisible() and question.text[:20] in panel.reply_bar.label.text()
    qtbot.keyClicks(panel.composer, "Ya pak, sesuai pesanan")
    qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(m.get("text", {}).get("body") == "Ya pak, sesuai pesanan" for m in demo_simulator.sent_messages),
        timeout=10_000,
    )
    sent = next(m for m in demo_simulator.sent_messages if m.get("text", {}).get("body") == "Ya pak, sesuai pesanan")
    assert sent["context"] == {"message_id": question.wamid}
    assert not panel.reply_bar.isVisible()
    qtbot.waitUntil(lambda: any(b.text == "Ya pak, sesuai pesanan" for b in bubbles(demo_window)), timeout=5_000)
    mine = next(b for b in bubbles(demo_window) if b.text == "Ya pak, sesuai pesanan")
    assert mine.quoted_text == question.text


def test_escape_drops_the_reply_and_a_plain_message_follows(qtbot, demo_window, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    panel = demo_window.chat_panel
    question = next(b for b in bubbles(demo_window) if not b.outbound and b.wamid)
    panel.reply_to(question)
    qtbot.keyClick(panel.composer, Qt.Key.Key_Escape)
    assert not panel.reply_bar.isVisible()
    qtbot.keyClicks(panel.composer, "Tanpa kutipan")
    qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(m.get("text", {}).get("body") == "Tanpa kutipan" for m in demo_simulator.sent_messages),
        timeout=10_000,
    )
    sent = next(m for m in demo_simulator.sent_messages if m.get("text", {}).get("body") == "Tanpa kutipan")
    assert "context" not in sent


def test_a_reaction_is_sent_shown_and_taken_back(qtbot, demo_window, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    panel = demo_window.chat_panel
    target = next(b for b in bubbles(demo_window) if not b.outbound and b.wamid)
    menu = QMenu()
    panel.bubble_actions(target, menu)
    react = action(menu, "React").menu()
    assert menu_texts(react)[:2] == ["👍", "❤️"]
    action(react, "❤️").trigger()
    qtbot.waitUntil(lambda: any(m.get("type") == "reaction" for m in demo_simulator.sent_messages), timeout=10_000)
    sent = next(m for m in demo_simulator.sent_messages if m.get("type") == "reaction")
    assert sent["reaction"] == {"message_id": target.wamid, "emoji": "❤️"}

    def reactions():  # type: ignore[no-untyped-def]
        return next(b for b in bubbles(demo_window) if b.message_id == target.message_id).reactions

    qtbot.waitUntil(lambda: any(r.mine and r.emoji == "❤️" for r in reactions()), timeout=5_000)
    again = QMenu()
    panel.bubble_actions(next(b for b in bubbles(demo_window) if b.message_id == target.message_id), again)
    action(action(again, "React").menu(), "Remove my reaction").trigger()
    qtbot.waitUntil(lambda: not any(r.mine for r in reactions()), timeout=10_000)

    def emojis_sent() -> list[str]:
        return [m["reaction"]["emoji"] for m in demo_simulator.sent_messages if m.get("type") == "reaction"]

    qtbot.waitUntil(lambda: emojis_sent() == ["❤️", ""], timeout=10_000)


def test_slash_offers_quick_replies_and_enter_inserts_one(qtbot, demo_window, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    composer = demo_window.chat_panel.composer
    qtbot.waitUntil(lambda: bool(composer._replies))
    sent_before = len(demo_simulator.sent_messages)
    qtbot.keyClicks(composer, "Baik pak. /ong")
    assert composer.quick_reply_shown() == ["ongkir"]
    qtbot.keyClick(composer, Qt.Key.Key_Return)
    ongkir = next(r.text for r in QUICK_REPLIES if r.shortcut == "ongkir")
    assert composer.toPlainText() == f"Baik pak. {ongkir}"
    assert composer.quick_reply_shown() == []
    assert len(demo_simulator.sent_messages) == sent_before  # Enter took the snippet; nothing was sent


def test_quick_replies_are_offered_only_for_a_slash_word(qtbot, demo_window):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    composer = demo_window.chat_panel.composer
    qtbot.waitUntil(lambda: bool(composer._replies))
    qtbot.keyClicks(composer, "1/2 kodi")  # a fraction is not a shortcut
    assert composer.quick_reply_shown() == []
    composer.clear()
    qtbot.keyClicks(composer, "/")
    assert set(composer.quick_reply_shown()) == {r.shortcut for r in QUICK_REPLIES}
    qtbot.keyClick(composer, Qt.Key.Key_Escape)
    assert composer.quick_reply_shown() == [] and composer.toPlainText() == "/"
    qtbot.keyClicks(composer, "zzz")
    assert composer.quick_reply_shown() == []


def test_a_photo_shows_as_a_thumbnail_and_opens_large(qtbot, demo_window):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    panel = demo_window.chat_panel
    photo = next(b for b in bubbles(demo_window) if b.type == "image")
    thumbnails = panel._vm.thumbnails
    qtbot.waitUntil(lambda: thumbnails.get(photo.media_id) is not None, timeout=5_000)
    assert thumbnails.get(photo.media_id).size().toTuple() == (320, 240)  # decrypted in memory, whole
    row = panel.model.row_of(photo.message_id)
    index = panel.model.index(row, 0)
    panel.bubbles.scrollTo(index)
    rect = panel.bubbles.visualRect(index)
    assert rect.height() > 195  # the row grew to the thumbnail (320x240 fits 260 wide: 195 high)
    centre = panel.delegate.bubble_rect(rect, index).center()
    hit = next(
        QPoint(centre.x(), y)
        for y in range(rect.top(), rect.bottom())
        if panel.delegate.image_hit(rect, index, QPoint(centre.x(), y))
    )
    with qtbot.waitSignal(panel._vm.picture_loaded, timeout=5_000) as shown:
        qtbot.mouseClick(panel.bubbles.viewport(), Qt.MouseButton.LeftButton, pos=hit)
    image = shown.args[0]
    assert isinstance(image, QImage) and image.size().toTuple() == (320, 240)


def test_save_as_writes_the_decrypted_file(qtbot, demo_window, tmp_path):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    panel = demo_window.chat_panel
    photo = next(b for b in bubbles(demo_window) if b.type == "image")
    target = tmp_path / "parang.png"
    with qtbot.waitSignal(panel._vm.saved, timeout=5_000) as saved:
        panel._vm.save_media(photo.media_id, str(target))
    assert saved.args == ["parang.png"]
    assert target.read_bytes() == sample_png(320, 240)
    assert not list(tmp_path.glob("*.part"))


def test_saving_into_a_missing_folder_is_explained(qtbot, demo_window, tmp_path):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    panel = demo_window.chat_panel
    photo = next(b for b in bubbles(demo_window) if b.type == "image")
    with qtbot.waitSignal(panel._vm.error, timeout=5_000) as failed:
        panel._vm.save_media(photo.media_id, str(tmp_path / "missing" / "parang.png"))
    assert failed.args[0].startswith("The file parang.png could not be written")
    assert not (tmp_path / "missing").exists()


def test_the_menu_offers_only_what_applies(qtbot, demo_window):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Maya Putri")
    panel = demo_window.chat_panel
    failed = next(b for b in bubbles(demo_window) if b.status.value == "failed")
    menu = QMenu()
    panel.bubble_actions(failed, menu)
    assert "Resend" in menu_texts(menu) and "Copy text" in menu_texts(menu)
    assert "Reply" not in menu_texts(menu)  # never reached WhatsApp: nothing to quote or react to


def test_an_expired_token_is_said_under_the_chat_and_the_message_waits(qtbot, demo_window, demo_simulator):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Budi Santoso")
    panel = demo_window.chat_panel
    demo_simulator.faults.expired_token = True
    qtbot.keyClicks(panel.composer, "Menunggu token baru")
    qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.problem.isVisible() and "access token" in panel.problem.text(), timeout=10_000)
    waiting = next(b for b in bubbles(demo_window) if b.text == "Menunggu token baru")
    assert waiting.status.value == "pending"  # kept in the outbox, not lost, not failed


def test_the_too_long_line_goes_once_the_message_fits_again(qtbot, demo_window):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    panel = demo_window.chat_panel
    panel.composer.setPlainText("batik " * 700)  # 4,200 characters
    panel.send()
    assert panel.problem.isVisible() and "4096" in panel.problem.text()
    panel.composer.clear()
    assert not panel.problem.isVisible()
