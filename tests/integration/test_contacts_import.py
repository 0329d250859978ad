"""Contact import on a real SQLCipher file: formats, merging, bad rows, encodings, deletion requests, batches."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime

import pytest

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import ConsentKind, ConsentSource, DeletionRequest, LegalBasis
from monggo_desktop.services.contacts.importing import (
    ImportJob,
    Outcome,
    import_contacts,
    import_contacts_async,
    load_records,
)
from monggo_desktop.services.privacy.subjects import subject_hash
from monggo_desktop.storage.repositories.contact_import import ContactImportQueries
from tests.integration.contacts_io_helpers import BUDI, DEWI, RINA, SARI, add, contact, contacts, state, write

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def counts(result) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {o.value: n for o, n in result.counts.items() if n}


def lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(r) for r in result.reports]


# --- formats and duplicates ----------------------------------------------------------------------------


def test_numbers_in_every_usual_format_are_one_contact_each(db, tmp_path):
    source = write(
        tmp_path / "c.csv",
        "name,phone,labels,notes\n"
        "Dewi,0813 9876 5432,VIP,Alergi kacang\n"
        "Dewi L,+62 813-9876-5432,Katering,\n"
        "Dewi Lestari,6281398765432,vip; Katering ;Grosir,Alergi kacang\n"
        "Dewi,00 62 813 9876 5432,,Suka pedas\n"
        "Dewi,0813-9876-5432,VIP,Suka pedas\n"
        "Budi,+62 857 1234 5678,,\n"
        "Rina,(0811) 2233-4455,Reseller,\n",
    )
    result = import_contacts(db, source)
    assert counts(result) == {"created": 3, "merged": 3, "unchanged": 1}
    assert result.reports == [] and result.done == result.entries == 7 and not result.cancelled
    stored = contacts(db)
    assert set(stored) == {DEWI, BUDI, RINA}
    dewi = stored[DEWI]
    assert dewi.display_name == "Dewi"  # the first name wins; later rows never overwrite it
    assert dewi.labels == ["Grosir", "Katering", "VIP"]
    assert dewi.notes == "Alergi kacang\nSuka pedas"
    assert stored[RINA].labels == ["Reseller"] and stored[BUDI].labels == []
    # A contact this import made has its creation as its record: no history rows for the repeats.
    assert db.call(lambda s: s.contact_history.of(dewi.id)) == []


def test_a_number_already_stored_merges_by_the_rules(db, tmp_path):
    typed = add(db, DEWI, display_name="Bu Dewi", labels=["VIP"], notes="Alergi kacang", created_at=T0, updated_at=T0)
    wa_only = add(db, BUDI, profile_name="Budi Santoso", created_at=T0, updated_at=T0)
    nameless = add(db, RINA, created_at=T0, updated_at=T0)
    untouched = add(db, SARI, display_name="Sari", notes="Langganan kue", created_at=T0, updated_at=T0)
    source = write(
        tmp_path / "c.csv",
        "name,phone,labels,notes\n"
        "Dewi Lestari,0813-9876-5432,vip;Katering,Suka pedas\n"
        "Budi Santoso,0857 1234 5678,,\n"
        "Rina Wati,0811 2233 4455,,\n"
        "Sari Dewi,0878 1234 5678,,kue\n",
    )
    result = import_contacts(db, source)
    assert counts(result) == {"merged": 2, "unchanged": 2}

    dewi = contact(db, DEWI)
    assert dewi.display_name == "Bu Dewi"  # the staff's name stays
    assert dewi.labels == ["Katering", "VIP"]  # united, without a second "vip"
    assert dewi.notes == "Alergi kacang\nSuka pedas"
    assert dewi.updated_at > T0
    history = db.call(lambda s: s.contact_history.of(typed.id))
    assert [h.changes for h in history] == [
        {"labels": (["VIP"], ["Katering", "VIP"]), "notes": ("Alergi kacang", "Alergi kacang\nSuka pedas")}
    ]
    # WhatsApp's profile name is what the contact shows already: not copied into the staff's field.
    assert contact(db, BUDI).display_name == "" and contact(db, BUDI).updated_at == T0
    assert db.call(lambda s: s.contact_history.of(wa_only.id)) == []
    rina = contact(db, RINA)
    assert rina.display_name == "Rina Wati"
    assert [h.changes for h in db.call(lambda s: s.contact_history.of(nameless.id))] == [
        {"display_name": ("", "Rina Wati")}
    ]
    # "kue" is already in the notes: nothing to append, so nothing changes at all.
    assert contact(db, SARI).notes == "Langganan kue" and contact(db, SARI).updated_at == T0
    assert db.call(lambda s: s.contact_history.of(untouched.id)) == []


def test_importing_the_same_file_again_changes_nothing(db, tmp_path):
    add(db, DEWI, display_name="Bu Dewi", notes="Alergi kacang", created_at=T0, updated_at=T0)
    source = write(
        tmp_path / "c.csv",
        "name,phone,labels,notes,consent\n"
        "Dewi Lestari,0813-9876-5432,VIP;Katering,Suka pedas,\n"
        "Budi,0857 1234 5678,Grosir,Pesan tiap Jumat,consent\n"
        "Budi,085712345678,Baru,,\n"
        "Salah,0812,,,\n",
    )
    first = import_contacts(db, source)
    assert counts(first) == {"created": 1, "merged": 2, "rejected": 1}
    before = state(db)
    again = import_contacts(db, source)
    assert counts(again) == {"unchanged": 3, "rejected": 1}
    assert state(db) == before  # no row, no updated_at, no history, no ledger entry moved


# --- bad rows ------------------------------------------------------------------------------------------


def test_bad_rows_are_reported_by_line_and_the_rest_imported(db, tmp_path):
    source = write(
        tmp_path / "c.csv",
        "name,phone,labels,notes,consent\n"  # 1
        "Dewi,0813 9876 5432,,,\n"  # 2
        "Kosong,,VIP,,\n"  # 3
        "Pendek,0812,,,\n"  # 4
        "Huruf,abc,,,\n"  # 5
        '"Budi\n'  # 6: a record over two lines starts here
        'Santoso",0857 1234 5678,,"catatan\n'  # 7
        'dua baris",\n'  # 8
        "Luar,+999 123,,,\n"  # 9
        "\n"  # 10: blank, not a row
        "Kota,021 1234,,,\n"  # 11
        ",,,,\n"  # 12: empty cells, not a row
        "Rina,0811 2233 4455,,,kontrak\n"  # 13
        "Sari,0878 1234 5678,,,sesuka hati\n",  # 14
    )
    result = import_contacts(db, source)
    assert lines(result) == [
        "line 3: the phone number is empty",
        "line 4: impossible phone number: it is too short",
        "line 5: not a phone number: it has no digits in the right places",
        "line 9: not a phone number: unknown country code",
        "line 11: not a valid phone number for its country: check the digits",
        "line 14: unknown legal basis: write consent, contract or legitimate interest",
    ]
    assert counts(result) == {"created": 3, "rejected": 6}
    assert set(contacts(db)) == {DEWI, BUDI, RINA}
    assert contact(db, BUDI).display_name == "Budi Santoso" and contact(db, BUDI).notes == "catatan\ndua baris"
    assert all(r.outcome is Outcome.REJECTED for r in result.reports)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "is empty"),
        ("\ufeff  \r\n\r\n", "is empty"),
        ("name,labels,notes\nDewi,VIP,\n", "no phone column"),
        ("Dewi,0813 9876 5432\nBudi,0857 1234 5678\n", "no phone column"),
        ("name,phone,hp\nDewi,0813 9876 5432,\n", "two phone columns (columns 2 and 3)"),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_clear_error_and_nothing_changes(db, tmp_path, text, fragment):
    before = state(db)
    with pytest.raises(InvalidInputError) as caught:
        import_contacts(db, write(tmp_path / "c.csv", text))
    assert fragment in str(caught.value) and "\n" not in str(caught.value)
    assert state(db) == before


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidInputError, match=r"cannot read .*no such file"):
        load_records(tmp_path / "missing.csv")


# --- delimiters, headers, encodings ---------------------------------------------------------------------

ROWS = [("Dewi", "0813 9876 5432", "VIP;Katering", "Alergi kacang, suka pedas"), ("Budi", "0857-1234-5678", "", "")]


def _table(delimiter: str, header: tuple[str, ...] = ("name", "phone", "labels", "notes")) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if any(c in value for c in ",;\t") else value

    return "\n".join(delimiter.join(cell(v) for v in row) for row in [header, *ROWS]) + "\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom"])
def test_delimiter_and_encoding_are_found_by_themselves(db, tmp_path, delimiter, encoding):
    text = _table(delimiter)
    if encoding == "utf-16-be-bom":
        encoding, text = "utf-16-be", "\ufeff" + text
    result = import_contacts(db, write(tmp_path / "c.csv", text, encoding))
    assert counts(result) == {"created": 2}, lines(result)
    dewi = contact(db, DEWI)
    assert (dewi.display_name, dewi.labels, dewi.notes) == ("Dewi", ["Katering", "VIP"], "Alergi kacang, suka pedas")
    assert contact(db, BUDI).display_name == "Budi"


@pytest.mark.parametrize(
    "header",
    [
        ("Nama", "Nomor HP", "Label(s)", "Catatan"),
        ("NAME", "Telepon", "Labels", "Notes"),
        ("Nama Lengkap", "No. HP", "Tags", "Keterangan"),
        ("full_name", "phone_number", "label", "note"),
        ("Contact name", "Mobile Phone", "Kategori", "Comments"),
    ],
)
def test_headers_in_any_order_case_and_common_names(db, tmp_path, header):
    name, phone, labels, notes = header
    text = f"{notes},{phone},{name},{labels}\n" + "".join(f'"{n}",{p},{m},"{lb}"\n' for m, p, lb, n in ROWS)
    result = import_contacts(db, write(tmp_path / "c.csv", text))
    assert counts(result) == {"created": 2}, lines(result)
    dewi = contact(db, DEWI)
    assert (dewi.display_name, dewi.labels, dewi.notes) == ("Dewi", ["Katering", "VIP"], "Alergi kacang, suka pedas")


def test_first_and_last_name_columns_make_the_name(db, tmp_path):
    source = write(
        tmp_path / "c.csv", "First Name;Last Name;Mobile\nDewi;Lestari;0813 9876 5432\n;Santoso;0857 1234 5678\n"
    )
    assert counts(import_contacts(db, source)) == {"created": 2}
    assert contact(db, DEWI).display_name == "Dewi Lestari" and contact(db, BUDI).display_name == "Santoso"


def test_a_row_count_column_is_not_taken_for_the_phone(db, tmp_path):
    counted = write(tmp_path / "a.csv", "No,Nomor,Nama,Telepon\n1,1,Dewi,0813 9876 5432\n2,2,Budi,0857 1234 5678\n")
    assert counts(import_contacts(db, counted)) == {"created": 2}
    only_nomor = write(tmp_path / "b.csv", "Nama,Nomor\nRina,0811 2233 4455\n")
    assert counts(import_contacts(db, only_nomor)) == {"created": 1}
    assert set(contacts(db)) == {DEWI, BUDI, RINA} and contact(db, DEWI).display_name == "Dewi"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_file_in_a_windows_encoding_is_refused_with_how_to_save_it(db, tmp_path, encoding):
    source = write(
        tmp_path / "c.csv", "name,phone,notes\nDewi,0813 9876 5432,\nJosé Café,0857 1234 5678,crème brûlée\n", encoding
    )
    before = state(db)
    with pytest.raises(InvalidInputError) as caught:
        import_contacts(db, source)
    message = str(caught.value)
    assert "is not UTF-8 text (line 3 has a character in another encoding)" in message
    assert '"CSV UTF-8"' in message and "nothing was imported" in message and "José" not in message
    assert state(db) == before


def test_utf16_without_a_bom_and_a_workbook_are_refused(db, tmp_path):
    with pytest.raises(InvalidInputError, match=r"not UTF-8 text .*NUL"):
        import_contacts(db, write(tmp_path / "c.csv", "name,phone\nDewi,0813 9876 5432\n", "utf-16-le"))
    workbook = tmp_path / "c.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    with pytest.raises(InvalidInputError, match="spreadsheet workbook"):
        import_contacts(db, workbook)


def test_the_default_region_comes_from_the_settings(db, tmp_path):
    db.call(lambda s: s.settings.set("phone.default_region", "MY"))
    source = write(tmp_path / "c.csv", "name,phone\nAhmad,012-345 6789\nDewi,+62 813 9876 5432\n")
    assert counts(import_contacts(db, source)) == {"created": 2}
    assert set(contacts(db)) == {"+60123456789", DEWI}


# --- consent ---------------------------------------------------------------------------------------------


def test_a_legal_basis_in_the_file_goes_into_the_consent_ledger(db, tmp_path):
    add(db, RINA, display_name="Rina", legal_basis=LegalBasis.CONTRACT)
    add(db, SARI, display_name="Sari")
    source = write(
        tmp_path / "c.csv",
        "name,phone,Legal Basis\n"
        "Dewi,0813 9876 5432,Consent\n"
        "Budi,0857 1234 5678,legitimate_interest\n"
        "Rina,0811 2233 4455,consent\n"  # has a basis already: the staff's record stands
        "Sari,0878 1234 5678,kepentingan yang sah\n"  # had none: filled, and recorded
        "Eko,0812 3456 7890,\n",
    )
    assert counts(import_contacts(db, source)) == {"created": 3, "merged": 1, "unchanged": 1}
    for phone, basis in ((DEWI, LegalBasis.CONSENT), (BUDI, LegalBasis.LEGITIMATE_INTEREST)):
        stored = contact(db, phone)
        assert stored.legal_basis is basis
        ledger = db.call(lambda s, i=stored.id: s.consent.of(i))
        assert [(e.kind, e.source, e.legal_basis) for e in ledger] == [
            (ConsentKind.LEGAL_BASIS, ConsentSource.IMPORT, basis)
        ]
    rina = contact(db, RINA)
    assert rina.legal_basis is LegalBasis.CONTRACT and db.call(lambda s: s.consent.of(rina.id)) == []
    sari = contact(db, SARI)
    assert sari.legal_basis is LegalBasis.LEGITIMATE_INTEREST
    assert [e.source for e in db.call(lambda s: s.consent.of(sari.id))] == [ConsentSource.IMPORT]
    eko = contact(db, "+6281234567890")
    assert eko.legal_basis is None and db.call(lambda s: s.consent.of(eko.id)) == []


# --- deletion requests ------------------------------------------------------------------------------------


def _forget(db, phone: str) -> None:  # type: ignore[no-untyped-def]
    db.call(lambda s: s.deletion_requests.add(DeletionRequest(subject_hash=subject_hash(s, phone))))


def test_a_number_under_a_deletion_request_is_skipped_not_recreated(db, tmp_path):
    _forget(db, DEWI)
    _forget(db, BUDI)
    add(db, BUDI, profile_name="Budi")  # the customer wrote again: a new, empty contact
    source = write(
        tmp_path / "c.csv",
        "name,phone,labels,notes\n"
        "Dewi Lestari,0813 9876 5432,VIP,Alergi kacang\n"
        "Budi Santoso,0857 1234 5678,VIP,Alamat lama\n"
        "Rina,0811 2233 4455,,\n"
        "Dewi,+62 813-9876-5432,,\n",
    )
    result = import_contacts(db, source)
    assert counts(result) == {"created": 1, "skipped": 3}
    assert lines(result) == [
        "line 2: skipped (a deletion request covers this number)",
        "line 3: skipped (a deletion request covers this number)",
        "line 5: skipped (a deletion request covers this number)",
    ]
    assert all(r.outcome is Outcome.SKIPPED for r in result.reports)
    assert set(contacts(db)) == {BUDI, RINA}
    budi = contact(db, BUDI)
    assert (budi.display_name, budi.labels, budi.notes) == ("", [], "")  # the old data did not come back


# --- batches, cancel, a failure ----------------------------------------------------------------------------


def _big_file(tmp_path, rows: int):  # type: ignore[no-untyped-def]
    body = "".join(f"Pelanggan {i},0812 {i:04d} {i:04d},Grosir;Batch,Catatan {i},consent\n" for i in range(1, rows + 1))
    return write(tmp_path / "big.csv", "name,phone,labels,notes,consent\n" + body)


def _whole(db) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    """For each contact: its labels and ledger entries; a half-written one would lack some."""
    return db.call(
        lambda s: s.conn.execute(
            "SELECT c.phone_e164, (SELECT count(*) FROM contact_labels cl WHERE cl.contact_id = c.id),"
            " (SELECT count(*) FROM consent_events e WHERE e.contact_id = c.id) FROM contacts c ORDER BY c.id"
        ).fetchall()
    )


def test_cancel_after_the_first_batch_leaves_that_batch_whole(db, tmp_path):
    source = _big_file(tmp_path, 350)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    result = import_contacts(db, source, cancel=cancel, progress=progress, batch_size=100)
    assert result.cancelled and result.done == 100 and result.entries == 350 and seen == [(100, 350)]
    assert counts(result) == {"created": 100}
    rows = _whole(db)
    assert len(rows) == 100 and all(labels == 2 and ledger == 1 for _, labels, ledger in rows)
    assert [r[0] for r in rows] == [f"+62812{i:04d}{i:04d}" for i in range(1, 101)]  # the first batch, in order

    rest = import_contacts(db, source, batch_size=100)  # importing again finishes the job
    assert counts(rest) == {"created": 250, "unchanged": 100} and not rest.cancelled
    assert len(_whole(db)) == 350 and all(r[1:] == (2, 1) for r in _whole(db))


def test_progress_reaches_the_total_batch_by_batch(db, tmp_path):
    seen: list[tuple[int, int]] = []
    result = import_contacts(db, _big_file(tmp_path, 250), progress=lambda d, t: seen.append((d, t)), batch_size=100)
    assert seen == [(100, 250), (200, 250), (250, 250)] and counts(result) == {"created": 250}


def test_a_failure_inside_a_batch_rolls_that_batch_back_whole(db, tmp_path, monkeypatch):
    calls = {"n": 0}
    original = ContactImportQueries.add_labels

    def failing(self, pairs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("the disk went away")
        return original(self, pairs)

    monkeypatch.setattr(ContactImportQueries, "add_labels", failing)
    with pytest.raises(OSError, match="disk went away"):
        import_contacts(db, _big_file(tmp_path, 300), batch_size=100)
    rows = _whole(db)
    assert len(rows) == 100 and all(r[1:] == (2, 1) for r in rows)  # batch 2 left nothing behind


def test_a_cancel_before_the_start_imports_nothing(db, tmp_path):
    cancel = threading.Event()
    cancel.set()
    result = import_contacts(db, _big_file(tmp_path, 10), cancel=cancel)
    assert result.cancelled and result.done == 0 and contacts(db) == {}


def test_the_screen_s_async_import_interleaves_batches(db, tmp_path):
    seen: list[int] = []
    result = asyncio.run(
        import_contacts_async(db, _big_file(tmp_path, 250), progress=lambda d, t: seen.append(d), batch_size=100)
    )
    assert seen == [100, 200, 250] and counts(result) == {"created": 250}


def test_a_batch_size_below_one_is_a_bug(tmp_path):
    with pytest.raises(ValueError, match="positive"):
        ImportJob([], batch_size=0)


# --- big files: read as a stream, an overlong cell or line rejects its row only (issue 20, point 12) -----------


def test_a_cell_over_the_field_limit_rejects_its_row_and_the_rest_is_imported(db, tmp_path):
    from monggo_desktop.services.contacts.stream import FIELD_LIMIT

    huge = "catatan panjang " * (FIELD_LIMIT // 16 + 10)
    source = write(
        tmp_path / "c.csv",
        f'name,phone,notes\nDewi,0813 9876 5432,\nBudi,0857 1234 5678,"{huge}"\nRina,0811 2233 4455,\n',
    )
    result = import_contacts(db, source)
    assert counts(result) == {"created": 2, "rejected": 1}
    assert lines(result) == [f"line 3: the row is too long (a cell over {FIELD_LIMIT:,} characters or a line over"
                             " 1,048,576): it was not imported"]  # fmt: skip
    assert set(contacts(db)) == {DEWI, RINA}


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_line_over_the_line_limit_is_never_held_whole_and_rejects_its_row_only(db, tmp_path, ending):
    from monggo_desktop.services.contacts.stream import LINE_LIMIT

    many_cells = ",".join(["x" * 1000] * (LINE_LIMIT // 1000 + 5))  # each cell small, the line too long
    source = tmp_path / "c.csv"
    source.write_text(
        ending.join(
            [
                "name,phone,notes",
                "Dewi,0813 9876 5432,",
                f"Budi,0857 1234 5678,{many_cells}",
                "Rina,0811 2233 4455,",
                "",
            ]
        ),
        encoding="utf-8",
        newline="",
    )
    result = import_contacts(db, source)
    assert counts(result) == {"created": 2, "rejected": 1}
    assert [r.line for r in result.reports] == [3]
    assert set(contacts(db)) == {DEWI, RINA}


def test_a_vcard_with_an_overlong_line_is_rejected_and_the_next_card_imported(db, tmp_path):
    from monggo_desktop.services.contacts.stream import LINE_LIMIT

    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * (LINE_LIMIT + 10)
    source = write(
        tmp_path / "c.vcf",
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Budi\nTEL:0857 1234 5678\n{photo}\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dewi\nTEL:0813 9876 5432\nEND:VCARD\n",
    )
    result = import_contacts(db, source)
    assert counts(result) == {"created": 1, "rejected": 1}
    assert lines(result) == ["line 1: line 5 is longer than 1,048,576 characters: nothing of this card was imported"]
    assert set(contacts(db)) == {DEWI}


def test_the_file_is_checked_whole_before_the_first_batch_is_written(db, tmp_path):
    """A bad byte far down a big file refuses it before any batch is written, as when the file was read at once."""
    rows = [f"Pelanggan {i},0813{i:08d}" for i in range(12_000)]
    source = tmp_path / "c.csv"
    source.write_bytes(("name,phone\n" + "\n".join(rows) + "\n").encode() + b"Jos\xe9,0813 9876 5432\n")
    before = state(db)
    with pytest.raises(InvalidInputError, match="line 12002 has a character in another encoding"):
        import_contacts(db, source, batch_size=1_000)
    assert state(db) == before


def test_a_bsuid_column_brings_customers_without_a_number_and_links_those_with_one(db, tmp_path):
    """Our own export writes the BSUID of each customer; importing it elsewhere keeps a username-only customer."""
    source = write(
        tmp_path / "c.csv",
        "name,phone,labels,notes,consent,bsuid\n"
        "Sari,,VIP,,,ID.13491208655302741918\n"
        "Dewi,0813 9876 5432,,,,ID.55500000000000001\n"
        "Aneh,,,,,bukan-bsuid\n",
    )
    result = import_contacts(db, source)
    assert counts(result) == {"created": 2, "rejected": 1}
    assert lines(result) == ["line 4: not a WhatsApp BSUID (two letters, a dot, then letters and digits)"]
    rows = db.call(
        lambda s: s.conn.execute("SELECT phone_e164, user_id, display_name FROM contacts ORDER BY id").fetchall()
    )
    assert sorted(rows, key=str) == sorted(
        [(DEWI, "ID.55500000000000001", "Dewi"), (None, "ID.13491208655302741918", "Sari")], key=str
    )
    assert counts(import_contacts(db, source)) == {"unchanged": 2, "rejected": 1}  # again: nothing changes
