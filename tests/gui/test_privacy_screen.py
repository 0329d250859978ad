"""The privacy center on the demo: the periods as set, what the next run removes, runs and receipts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from monggo_desktop.domain.models import Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.forget import forget


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_privacy_center_shows_periods_the_next_run_runs_and_receipts(qtbot, demo_window, demo):
    db = demo.engine.session.db
    db.call(lambda s: s.settings.set("retention.messages_days", 14))
    chat = demo.customers[-1]  # not the conversation that gets the old message

    def old_message(store) -> None:  # type: ignore[no-untyped-def]
        conversation = store.conversations.get(1)
        store.messages.add(
            Message(conversation.id, Direction.INBOUND, "text", body="pesan lama sekali",
                    status=MessageStatus.RECEIVED, created_at=datetime.now(UTC) - timedelta(days=20))
        )  # fmt: skip

    db.call(old_message)
    db.call(lambda s: forget(s, demo.engine.session.data_dir.media, "+" + chat))
    demo_window.show_screen(4)
    privacy = demo_window.pages.currentWidget()
    qtbot.waitUntil(lambda: privacy.kept.rowCount() == 5, timeout=10_000)
    assert cells(privacy.kept)[0][1:] == ["14 days", "30 days"]  # shortened in the settings; the policy's 30
    assert "1 messages" in privacy.next_run.text()
    assert len(cells(privacy.receipts)) == 1 and cells(privacy.receipts)[0][2] == "done and checked"
    qtbot.mouseClick(privacy.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: privacy.message.text().startswith("Removed: 1 messages"), timeout=10_000)
    qtbot.waitUntil(lambda: "nothing" in privacy.next_run.text(), timeout=10_000)
    assert any(row[1] == "done" for row in cells(privacy.runs))
    assert "pesan lama" not in privacy.next_run.text() + privacy.message.text()  # counts only


def test_an_encrypted_export_is_written_from_the_privacy_center(qtbot, demo_window, tmp_path):
    import pyzipper

    demo_window.show_screen(4)
    privacy = demo_window.pages.currentWidget()
    dialog = privacy.open_export()
    target = tmp_path / "salinan.zip"
    dialog.target.setText(str(target))
    dialog.passphrase.setText("gudeg jogja manis sekali")
    dialog.start()
    assert dialog.passphrase.text() == ""  # the secret left the screen at once
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"), timeout=15_000)
    assert "(encrypted)" in dialog.status.text()
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(b"gudeg jogja manis sekali")
        assert b"Sari Wulandari" in archive.read("data.json")


def test_an_export_with_a_short_passphrase_is_refused_and_writes_nothing(qtbot, demo_window, tmp_path):
    demo_window.show_screen(4)
    dialog = demo_window.pages.currentWidget().open_export()
    target = tmp_path / "pendek.zip"
    dialog.target.setText(str(target))
    dialog.passphrase.setText("pendek")
    dialog.start()
    qtbot.waitUntil(lambda: "too short" in dialog.status.text(), timeout=10_000)
    assert dialog.export_button.isEnabled() and not target.exists()
