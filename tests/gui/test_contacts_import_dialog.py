"""Importing and exporting contacts from the contacts screen (demo database, real files, real widgets)."""

from __future__ import annotations

from tests.gui.test_contacts_screen import names, page


def test_an_import_shows_progress_counts_and_the_refused_lines(qtbot, demo_window, tmp_path):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    source = tmp_path / "pelanggan.csv"
    source.write_text(
        "Nama;Telepon;Label;Catatan\n"
        "Dewi Lestari;0857-1111-2222;VIP;Suka batik tulis\n"
        "Budi S.;+62 813 2222 3302;Grosir;\n"  # Budi from the demo, written another way: merged
        "Tanpa Nomor;;;\n"
        "Salah;0812;;\n",
        encoding="utf-8",
    )
    dialog = contacts.start_import(str(source))
    qtbot.waitUntil(lambda: dialog._done, timeout=10_000)
    assert "1 new, 1 updated" in dialog.status.text() and "2 refused" in dialog.status.text()
    lines = [dialog.reports.item(i).text() for i in range(dialog.reports.count())]
    assert [line.split(":")[0] for line in lines] == ["line 4", "line 5"]
    assert "0812" not in " ".join(lines)  # the reason, not the row's content
    qtbot.waitUntil(lambda: "Dewi Lestari" in names(contacts), timeout=5_000)
    assert len(names(contacts)) == 7


def test_a_long_import_can_be_cancelled_and_keeps_what_it_did(qtbot, demo_window, tmp_path):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    source = tmp_path / "banyak.csv"
    rows = "".join(f"Pelanggan {n},+6281{n:09d},,\n" for n in range(20_000))
    source.write_text("name,phone,labels,notes\n" + rows, encoding="utf-8")
    dialog = contacts.start_import(str(source))
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=20_000)  # the first batch is in
    dialog.buttons.rejected.emit()  # Cancel
    qtbot.waitUntil(lambda: dialog._done, timeout=20_000)
    assert dialog.status.text().startswith("Import cancelled")
    imported = contacts._vm._service._db.call(lambda s: s.contacts.count()) - 6
    assert 0 < imported < 20_000 and imported % 5_000 == 0  # whole batches only


def test_contacts_are_exported_to_the_chosen_file(qtbot, demo_window, tmp_path):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    target = tmp_path / "kontak.csv"
    with qtbot.waitSignal(contacts._vm.exported, timeout=10_000):
        contacts._vm.export_file(str(target))
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].lower().startswith("name")
    assert "+6281234567801" in text and "Sari Wulandari" in text
    assert "Exported 6 contacts" in demo_window.statusBar().currentMessage()
