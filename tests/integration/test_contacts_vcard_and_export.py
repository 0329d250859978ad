"""vCard import, and the contacts export (CSV and vCard 4.0) with its round trips, on a real SQLCipher file."""

from __future__ import annotations

import csv
import io
import stat
import threading

import pytest
import vobject

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import LegalBasis
from monggo_desktop.services.contacts.exporting import ContactsExportCancelledError, export_contacts
from monggo_desktop.services.contacts.importing import import_contacts
from monggo_desktop.storage import Database
from tests.integration.contacts_io_helpers import BUDI, DEWI, RINA, SARI, add, contact, contacts, state, write

VCARDS = (
    "BEGIN:VCARD\n"  # 1
    "VERSION:3.0\n"
    "N:Lestari;Dewi;;Ibu;\n"
    "FN:Dewi Lestari\n"
    "TEL;TYPE=CELL:0813-9876-5432\n"
    "TEL;TYPE=WORK:+62 857 1234 5678\n"
    "CATEGORIES:VIP,Katering\n"
    "NOTE:Alergi kacang\\, suka pedas\\nPesan tiap Jumat\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"  # 10
    "VERSION:3.0\n"
    "FN:Rusak\n"
    "ini bukan baris vCard\n"  # 13: malformed
    "TEL:0811 2233 4455\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"  # 16
    "VERSION:4.0\n"
    "N:Wulandari;Sari;;;\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+62-878-1234-5678\n"
    "NOTE:Catatan yang panjang sekali sampai harus dilipat menjadi beberapa baris oleh\n"
    "  aplikasi kontak\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"  # 23
    "VERSION:3.0\n"
    "FN:Tanpa Nomor\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"  # 27
    "VERSION:2.1\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;=45=6B=6F;;;\n"
    "TEL;CELL:0812 0000 1111\n"
    "TEL;HOME:0812\n"
    "END:VCARD\n"
)


def test_a_vcard_file_one_contact_per_number_and_a_malformed_card_rejected(db, tmp_path):
    result = import_contacts(db, write(tmp_path / "kontak.vcf", VCARDS))
    assert [str(r) for r in result.reports] == [
        "line 10: malformed vCard line 13: nothing of this card was imported",
        "line 23: the card has no phone number",
        "line 27: impossible phone number: it is too short",
    ]
    assert result.entries == 5 and {o.value: n for o, n in result.counts.items() if n} == {
        "created": 4,
        "rejected": 3,
    }
    stored = contacts(db)
    assert set(stored) == {DEWI, BUDI, SARI, "+6281200001111"}
    for phone in (DEWI, BUDI):  # both numbers of the first card carry its name, labels and notes
        c = stored[phone]
        assert c.display_name == "Dewi Lestari" and c.labels == ["Katering", "VIP"]
        assert c.notes == "Alergi kacang, suka pedas\nPesan tiap Jumat"
    sari = stored[SARI]
    assert sari.display_name == "Sari Wulandari"  # from N when there is no FN
    assert sari.notes == "Catatan yang panjang sekali sampai harus dilipat menjadi beberapa baris oleh aplikasi kontak"
    assert stored["+6281200001111"].display_name == "Eko"  # vCard 2.1, quoted-printable
    assert RINA not in stored


def test_a_card_without_its_end_and_lines_outside_cards_are_rejected_rows(db, tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dewi\nTEL:0813 9876 5432\nEND:VCARD\n"
        "sisa baris\n"  # 6
        "BEGIN:VCARD\nVERSION:3.0\nFN:Budi\nTEL:0857 1234 5678\n"  # 7: never ended
    )
    result = import_contacts(db, write(tmp_path / "k.vcf", text))
    assert [str(r) for r in result.reports] == [
        "line 6: a line outside any vCard (BEGIN:VCARD … END:VCARD): it was ignored",
        "line 7: the card has no END:VCARD line: nothing of this card was imported",
    ]
    assert set(contacts(db)) == {DEWI}


def test_vcards_in_utf16_import_too(db, tmp_path):
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Dewi Lestari\nTEL:0813 9876 5432\nEND:VCARD\n"
    assert import_contacts(db, write(tmp_path / "k.vcf", text, "utf-16")).rejected == 0
    assert contact(db, DEWI).display_name == "Dewi Lestari"


# --- export ------------------------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path):  # type: ignore[no-untyped-def]
    """Where the exports go: a folder of their own, so a leftover would show."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


@pytest.fixture
def seeded(db):  # type: ignore[no-untyped-def]
    add(db, DEWI, display_name="Dewi Lestari", labels=["VIP", "Katering"], notes='Alergi kacang, "pedas"\nJumat')
    add(db, BUDI, profile_name="Budi Santoso", legal_basis=LegalBasis.CONSENT)  # WhatsApp's name only
    add(db, RINA, legal_basis=LegalBasis.LEGITIMATE_INTEREST)  # no name at all
    add(db, SARI, display_name='=HYPERLINK("http://x.test")', notes="-dibayar", labels=["@toko"])
    return db


def test_the_csv_export_opens_in_a_spreadsheet_as_it_is(seeded, folder):
    out = folder / "kontak.csv"
    result = export_contacts(seeded, out)
    assert result.contacts == 4 and result.path == out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfname,phone,labels,notes,consent,bsuid\r\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows == [
        ["name", "phone", "labels", "notes", "consent", "bsuid"],
        ["Dewi Lestari", DEWI, "Katering;VIP", 'Alergi kacang, "pedas"\nJumat', "", ""],
        ["Budi Santoso", BUDI, "", "", "consent", ""],
        ["", RINA, "", "", "legitimate interest", ""],
        ['\'=HYPERLINK("http://x.test")', SARI, "'@toko", "'-dibayar", "", ""],  # nothing runs as a formula
    ]
    assert raw.count(b"\r\n") == 5  # records end in CRLF; the line break inside a note stays as it was
    assert sorted(p.name for p in folder.iterdir()) == ["kontak.csv"]


def test_the_vcard_export_is_vcard_4(seeded, folder):
    out = folder / "kontak.vcf"
    assert export_contacts(seeded, out).contacts == 4
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    cards = list(vobject.readComponents(raw.decode()))
    assert [c.version.value for c in cards] == ["4.0"] * 4
    dewi = cards[0]
    assert dewi.fn.value == "Dewi Lestari" and dewi.tel.value == "tel:" + DEWI
    assert dewi.tel.params == {"VALUE": ["uri"], "TYPE": ["cell"]}
    assert dewi.categories.value == ["Katering", "VIP"] and dewi.note.value == 'Alergi kacang, "pedas"\nJumat'
    assert cards[2].fn.value == "" and cards[2].contents["x-monggo-legal-basis"][0].value == "legitimate interest"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_export_then_import_into_the_same_database_changes_nothing(seeded, folder, suffix):
    before = state(seeded)
    out = folder / f"kontak{suffix}"
    export_contacts(seeded, out)
    result = import_contacts(seeded, out)
    assert {o.value: n for o, n in result.counts.items() if n} == {"unchanged": 4}
    assert state(seeded) == before


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_export_then_import_into_an_empty_database_brings_the_contacts_back(seeded, folder, suffix):
    out = folder / f"kontak{suffix}"
    export_contacts(seeded, out)
    empty = Database.open(folder.parent / "other.db", RawKey.generate(), create=True)
    try:
        result = import_contacts(empty, out)
        assert {o.value: n for o, n in result.counts.items() if n} == {"created": 4}
        got = {p: (c.name, c.labels, c.notes, c.legal_basis) for p, c in contacts(empty).items()}
        want = {p: (c.name, c.labels, c.notes, c.legal_basis) for p, c in contacts(seeded).items()}
        assert got == want
    finally:
        empty.close()


def test_an_extension_other_than_csv_or_vcf_is_a_clear_error(seeded, folder):
    for name in ("kontak.txt", "kontak", "kontak.xlsx"):
        with pytest.raises(InvalidInputError, match=r"\.csv or \.vcf"):
            export_contacts(seeded, folder / name)
    with pytest.raises(InvalidInputError, match="does not exist"):
        export_contacts(seeded, folder / "nowhere" / "kontak.csv")
    assert list(folder.iterdir()) == []


def test_a_cancelled_export_leaves_no_file_and_keeps_an_older_one(seeded, folder):
    out = folder / "kontak.csv"
    out.write_text("the previous export\n")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ContactsExportCancelledError):
        export_contacts(seeded, out, cancel=cancel)
    assert [p.name for p in folder.iterdir()] == ["kontak.csv"] and out.read_text() == "the previous export\n"


def test_a_failure_while_writing_leaves_no_partial_file(seeded, folder, monkeypatch):
    import monggo_desktop.services.contacts.exporting as module

    def broken(*args: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "vcard_text", broken)
    with pytest.raises(Exception, match="disk is full"):
        export_contacts(seeded, folder / "kontak.vcf")
    assert list(folder.iterdir()) == []
