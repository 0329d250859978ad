"""Reading contact files without a database: encodings, header names, line numbers, labels, formula guards."""

from __future__ import annotations

import codecs

import pytest

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import LegalBasis
from monggo_desktop.services.contacts.files import csv_cells, split_labels
from monggo_desktop.services.contacts.stream import decode, read_records

TEXT = "name,phone\nDewi,0813 9876 5432\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode(),
        codecs.BOM_UTF8 + TEXT.encode(),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
    ],
)
def test_utf8_and_byte_order_marked_unicode_decode_to_the_same_text(data):
    assert decode(data) == TEXT


def test_broken_utf16_is_refused():
    with pytest.raises(InvalidInputError, match="it is not valid UTF-16"):
        decode(codecs.BOM_UTF16_LE + b"n\x00a\x00\x00\xd8")  # a lone surrogate


def test_the_first_byte_that_is_not_utf8_is_located_by_line():
    with pytest.raises(InvalidInputError, match=r"line 3 has a character in another encoding"):
        decode("a,phone\n1,2\nJos\xe9,3\n".encode("latin-1"), "kontak.csv")


def _phones_and_lines(text: str) -> list[tuple[int, str]]:
    return [(row.line, row.phone) for record in read_records(text) for row in record.rows()]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_line_numbers_are_the_file_s_own_whatever_the_line_ends(end):
    text = end.join(["", "Nama,HP", "A,1", "", '"B', 'C",2', "D,3", ""])
    assert _phones_and_lines(text) == [(3, "1"), (5, "2"), (7, "3")]


def test_a_form_feed_or_unicode_line_separator_inside_a_note_does_not_shift_the_lines():
    text = 'phone,notes\n1,"a\x0cb\u2028c"\n2,\n'
    assert _phones_and_lines(text) == [(2, "1"), (3, "2")]


@pytest.mark.parametrize(
    "header",
    ["No. HP", "Phone (E.164)", "PHONE_NUMBER", "nomor-telepon", "Mobile Phone", "WhatsApp", "Phone 1 - Value"],
)
def test_phone_header_spellings(header):
    assert _phones_and_lines(f"{header}\n0813 9876 5432\n") == [(2, "0813 9876 5432")]


def test_labels_are_trimmed_and_unique_regardless_of_case():
    assert split_labels(" VIP ;grosir;; vip;Grosir ; Katering  Solo ") == ("VIP", "grosir", "Katering Solo")


def test_cells_that_would_run_as_formulas_are_guarded_and_read_back():
    cells = csv_cells("=1+1", "+6281398765432", ["@toko", "VIP"], "-dibayar", LegalBasis.CONTRACT)
    assert cells == ["'=1+1", "+6281398765432", "'@toko;VIP", "'-dibayar", "contract", ""]
    text = "name,phone,labels,notes,consent\n" + ",".join(cells) + "\n"
    row = read_records(text)[0].rows()[0]
    assert (row.name, row.phone, row.labels, row.notes, row.legal_basis) == (
        "=1+1",
        "+6281398765432",
        ("@toko", "VIP"),
        "-dibayar",
        LegalBasis.CONTRACT,
    )
    assert read_records("name,phone\n'Tono,1\n")[0].rows()[0].name == "'Tono"  # an apostrophe of its own stays
