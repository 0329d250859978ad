"""Contact files as Google Contacts (the new and the old export) and Outlook write them (tests/fixtures/contacts,
see SOURCES.md): every phone column read, several numbers in one cell split, Google's own groups dropped, the
company as the name when there is no person's name, and landlines skipped with a line saying why."""

from __future__ import annotations

from pathlib import Path

from monggo_desktop.services.contacts.importing import import_contacts
from tests.integration.contacts_io_helpers import contacts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


def imported(db, name: str):  # type: ignore[no-untyped-def]
    result = import_contacts(db, FIXTURES / name)
    return result, {phone: (c.display_name, tuple(c.labels)) for phone, c in contacts(db).items()}


def test_google_contacts_export(db):
    result, found = imported(db, "google-contacts.csv")
    assert found == {
        "+6281234567801": ("Sari Wulandari", ("Pelanggan tetap",)),  # Phone 2 read; "* myContacts" dropped
        "+6281322223302": ("Toko Kain Makmur", ("Pemasok",)),  # no person's name: the company's
        "+6285711112222": ("Toko Kain Makmur", ("Pemasok",)),  # the second number of the same cell
        "+6285677771203": ("Budi Santoso", ()),  # only Google's own groups: no label
    }
    [landline] = [str(r) for r in result.reports]
    assert landline == "line 2: +62 274 512345 is a landline: it cannot have WhatsApp"


def test_the_older_google_export(db):
    result, found = imported(db, "google-contacts-old.csv")
    assert found == {
        "+6282155556605": ("Maya Putri", ("Grosir",)),
        "+6281944442206": ("CV Batik Sentosa", ()),
    }
    assert [str(r) for r in result.reports] == ["line 2: +62 274 376543 is a landline: it cannot have WhatsApp"]


def test_outlook_export(db):
    result, found = imported(db, "outlook-contacts.csv")
    assert found == {
        "+447911123456": ("Daniel Moore", ("Export",)),
        "+6282266667707": ("Rina Kusuma", ("Grosir", "Pelanggan tetap")),  # labels are kept in name order
    }
    assert sorted(str(r) for r in result.reports) == [
        "line 2: +44 20 7946 0958 is a landline: it cannot have WhatsApp",
        "line 3: +62 274 555123 is a landline: it cannot have WhatsApp",
    ]


def test_a_phone_s_vcard_of_a_company_with_a_landline_and_a_mobile(db, tmp_path):
    card = tmp_path / "toko.vcf"
    card.write_text(  # as Android's contacts app writes a card with no person's name (no FN)
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\nORG:Toko Batik Sekar;\r\nTEL;WORK:0274-588123\r\n"
        "TEL;CELL:0812-9999-1100\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    result = import_contacts(db, card)
    assert {p: c.display_name for p, c in contacts(db).items()} == {"+6281299991100": "Toko Batik Sekar"}
    assert [str(r) for r in result.reports] == ["line 1: +62 274 588123 is a landline: it cannot have WhatsApp"]
