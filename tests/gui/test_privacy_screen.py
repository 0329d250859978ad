"""The privacy center on the demo: the periods as set, what the next run removes, runs and receipts."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from monggo_desktop.domain.models import Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.privacy.forget import forget


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


def open_privacy(qtbot, demo_window):  # type: ignore[no-untyped-def]
    demo_window.show_screen(4)
    privacy = demo_window.pages.currentWidget()
    qtbot.waitUntil(lambda: privacy.kept.rowCount() == 5, timeout=10_000)
    return privacy


def test_the_self_check_shows_what_is_wrong_and_runs_again(qtbot, demo_window, demo):
    root = demo.engine.session.data_dir.root
    for path in root.rglob("*"):  # as the app makes them (umask 077); the test process's umask is looser
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    privacy = open_privacy(qtbot, demo_window)
    qtbot.waitUntil(lambda: privacy.audit.run_button.isEnabled(), timeout=20_000)
    assert privacy.audit.summary.text().startswith("All 6 checks pass") and privacy.audit.findings.isHidden()

    (root / "kontak.csv").write_text("name,phone\nSari,+6281234567890\n")
    os.chmod(root / "kontak.csv", 0o600)
    qtbot.mouseClick(privacy.audit.run_button, Qt.MouseButton.LeftButton)
    assert not privacy.audit.run_button.isEnabled()  # running, off the UI thread
    qtbot.waitUntil(lambda: privacy.audit.run_button.isEnabled(), timeout=20_000)
    assert privacy.audit.summary.text().startswith("The self-check found 1 problem (")  # one problem, not "1 problems"
    assert privacy.audit.findings.text() == (
        "• kontak.csv may hold personal data unencrypted: move it out of the data directory or delete it."
    )
    assert "6281234567890" not in privacy.audit.findings.text()


def test_backups_are_listed_and_back_up_now_adds_one(qtbot, demo_window, demo):
    qtbot.waitUntil(lambda: demo.engine.backups.last is not None, timeout=20_000)  # the daily one, at start
    privacy = open_privacy(qtbot, demo_window)
    box = privacy.backups
    qtbot.waitUntil(lambda: box.files.rowCount() == 1, timeout=10_000)
    assert "the next one is due" in box.next_label.text() and box.failure.isHidden()
    qtbot.mouseClick(box.back_up_button, Qt.MouseButton.LeftButton)
    assert not box.back_up_button.isEnabled() and box.status.text() == "Making a backup…"
    qtbot.waitUntil(lambda: box.files.rowCount() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: box.status.text().startswith("Backed up to monggo-backup-"), timeout=10_000)
    names = [row[2] for row in cells(box.files)]  # made, size, file
    assert all(n.startswith("monggo-backup-") and n.endswith(".zip") for n in names) and len(set(names)) == 2
    assert box.back_up_button.isEnabled()


def test_a_failed_backup_is_said_and_shown_and_the_screen_carries_on(qtbot, demo_window, demo):
    qtbot.waitUntil(lambda: demo.engine.backups.last is not None, timeout=20_000)
    backups = demo.engine.session.data_dir.backups
    backups.rename(backups.with_name("backups-aside"))
    backups.write_text("a file where the folder should be")
    privacy = open_privacy(qtbot, demo_window)
    box = privacy.backups
    qtbot.mouseClick(box.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.failure.isHidden(), timeout=20_000)
    assert "failed: the backups folder in the data directory cannot be written" in box.failure.text()
    assert box.status.text().startswith("The backup could not be written")
    assert box.back_up_button.isEnabled() and box.files.rowCount() == 0
    assert backups.read_text() == "a file where the folder should be"


def test_a_deletion_receipt_is_saved_as_text_and_as_pdf(qtbot, demo_window, demo, tmp_path):
    chat = demo.customers[0]
    db = demo.engine.session.db
    db.call(lambda s: forget(s, demo.engine.session.data_dir.media, "+" + chat))
    privacy = open_privacy(qtbot, demo_window)
    qtbot.waitUntil(lambda: privacy.receipts.rowCount() == 1, timeout=10_000)
    assert not privacy.confirm_button.isEnabled()  # nothing chosen yet
    privacy.receipts.selectRow(0)
    assert privacy.confirm_button.isEnabled()
    receipt = privacy.selected_receipt()

    privacy.save_confirmation(receipt, str(tmp_path / "konfirmasi.txt"))
    qtbot.waitUntil(lambda: privacy.confirm_status.text() == "Saved as konfirmasi.txt.", timeout=10_000)
    text = (tmp_path / "konfirmasi.txt").read_text(encoding="utf-8")
    assert text.startswith("Deletion confirmation\nBatik Monggo\n")
    for name, key in (("chats", "conversations"), ("messages", "messages"), ("contacts", "contacts")):
        assert f"- {name}: {receipt.counts[key]:,}\n" in text
    assert receipt.subject_hash in text and "Requested:" in text and "Completed:" in text
    assert chat not in text and chat[-9:] not in text  # the number, in no form

    privacy.save_confirmation(receipt, str(tmp_path / "konfirmasi.pdf"))
    qtbot.waitUntil(lambda: privacy.confirm_status.text() == "Saved as konfirmasi.pdf.", timeout=10_000)
    pdf = (tmp_path / "konfirmasi.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["konfirmasi.pdf", "konfirmasi.txt"]  # nothing partial

    privacy.save_confirmation(receipt, str(tmp_path / "no-such-folder" / "konfirmasi.pdf"))
    qtbot.waitUntil(lambda: "could not be written" in privacy.confirm_status.text(), timeout=10_000)
    assert not (tmp_path / "no-such-folder").exists()


def test_exports_made_are_listed_without_whose_they_were(qtbot, demo_window, demo, tmp_path):
    privacy = open_privacy(qtbot, demo_window)
    dialog = privacy.open_export()
    dialog.target.setText(str(tmp_path / "satu.zip"))
    dialog.contact.setText("+" + demo.customers[0])
    dialog.passphrase.setText("gudeg jogja manis sekali")
    dialog.start()
    qtbot.waitUntil(lambda: privacy.exports.rowCount() == 1, timeout=15_000)
    [[_when, whose, encrypted, name]] = cells(privacy.exports)
    assert (whose, encrypted, name) == ("one customer", "yes", "satu.zip")
    assert demo.customers[0] not in " ".join(cells(privacy.exports)[0])
    kept = demo.engine.session.db.call(lambda s: s.conn.execute("SELECT * FROM export_records").fetchall())
    assert "gudeg" not in repr(kept) and demo.customers[0] not in repr(kept)  # never the passphrase or number


def test_the_confirmation_and_the_findings_speak_indonesian(qapp):
    from monggo_desktop.domain.models import DeletionRequest, DeletionState
    from monggo_desktop.services.privacy.audit import Finding, FindingKind
    from monggo_desktop.ui.deletion_confirmation import as_text, confirmation_for
    from monggo_desktop.ui.i18n import install_translator, remove_translators
    from monggo_desktop.ui.privacy_texts import finding_text

    at = datetime(2026, 11, 20, 3, 4, tzinfo=UTC)
    receipt = DeletionRequest(
        "ab" * 32, at, DeletionState.VERIFIED, at, at, {"messages": 12, "meta_media_deleted": 2}, id=7
    )
    assert install_translator(qapp, "id") == "id"
    try:
        text = as_text(confirmation_for(receipt, "", written_at=at))
        found = finding_text(Finding(FindingKind.PLAINTEXT_FILE, "kontak.csv"))
    finally:
        remove_translators()
    assert text.startswith("Konfirmasi penghapusan\n(nama usaha belum diatur)\n")
    assert "- pesan: 12\n- berkas dihapus di Meta: 2\n" in text and "Nomor tanda terima: 7" in text
    assert (
        found
        == "kontak.csv mungkin berisi data pribadi tanpa enkripsi: pindahkan keluar dari direktori data atau hapus."
    )
