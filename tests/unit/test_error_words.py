"""The window says errors and the reasons services kept in English in its own language: the template is
translated in the context "ServiceErrors" and filled in; a translation that does not fit falls back to English.

The translations here are a small catalogue made by the test (the shipped one is the translators' work)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from monggo_desktop.domain.errors import InvalidInputError, UserFacingError, WrongKeyError
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.words import Words
from monggo_desktop.services.contacts.importing import Outcome, RowReport
from monggo_desktop.ui.error_catalogue import TEMPLATES
from monggo_desktop.ui.error_words import error_text, kept_text, words_in

TRANSLATED = {
    "line {line}: {reason}": "baris {line}: {reason}",
    "not a phone number: {reason}": "bukan nomor telepon: {reason}",
    "unknown country code": "kode negara tidak dikenal",
    "{what} is empty: nothing to import": "{what} kosong: tidak ada yang diimpor",
    "the file": "berkas itu",
    "the template {name} needs {needed} values, {given} given": "template {name} butuh {needed} nilai, diisi {given}",
    "the template {name} needs 1 value, {given} given": "template {name} butuh {nama} nilai",  # a wrong name
    "a report covers at most {most} days: choose a shorter period": "laporan paling lama: pilih periode lebih pendek",
    "The access token has expired: paste a new one in Settings": "Token akses kedaluwarsa: tempel yang baru",
    "WhatsApp refused the request (error {code})": "WhatsApp menolak permintaan (galat {code})",
    "the row is too long (a cell over {cell:,} characters or a line over {line:,}): it was not imported": (
        "baris terlalu panjang (sel lebih dari {cell:,} karakter atau baris lebih dari {line:,})"
    ),
}


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    messages = "".join(
        f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
        for source, text in TRANSLATED.items()
    )
    ts = folder / "test_id.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="id_ID">'
        f"<context><name>ServiceErrors</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = folder / "test_id.qm"
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def indonesian(qapp, catalogue: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(catalogue))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_template_the_test_translates_is_in_the_window_s_catalogue():
    assert set(TRANSLATED) <= set(TEMPLATES)


def test_an_error_is_said_in_the_window_s_language_with_its_values(indonesian):
    assert error_text(InvalidInputError("line {line}: {reason}", line=3, reason="x")) == "Baris 3: x."
    with pytest.raises(UserFacingError) as raised:
        normalize_e164("+999 12")
    assert error_text(raised.value) == "Bukan nomor telepon: kode negara tidak dikenal."  # the phrase too
    empty = InvalidInputError("{what} is empty: nothing to import", what=Words("the file"))
    assert error_text(empty) == "Berkas itu kosong: tidak ada yang diimpor."
    needs = InvalidInputError(
        "the template {name} needs {needed} values, {given} given", name="promo", needed=2, given=1
    )
    assert error_text(needs) == "Template promo butuh 2 nilai, diisi 1."


def test_a_translation_that_does_not_fit_its_template_falls_back_to_english(indonesian):
    unknown_name = InvalidInputError("the template {name} needs 1 value, {given} given", name="promo", given=0)
    assert error_text(unknown_name) == "The template promo needs 1 value, 0 given."
    missing = InvalidInputError("a report covers at most {most} days: choose a shorter period", most=366)
    assert error_text(missing) == "A report covers at most 366 days: choose a shorter period."


def test_a_text_without_a_translation_is_the_english_sentence(indonesian):
    error = InvalidInputError("the API version looks like {example}", example="v25.0")
    assert error_text(error) == "The API version looks like v25.0."
    assert error_text(WrongKeyError()) == "Wrong passphrase, or this is not a Monggo database."  # its own words
    assert error_text(UserFacingError("a message no catalogue knows")) == "A message no catalogue knows."


def test_english_is_the_source_text_when_no_translator_is_installed(qapp):
    error = InvalidInputError("line {line}: {reason}", line=3, reason=Words("unknown country code"))
    assert error_text(error) == "Line 3: unknown country code."


def test_a_text_kept_in_english_is_read_back_into_its_words_and_translated(indonesian):
    row = RowReport(2, Outcome.REJECTED, "not a phone number: unknown country code")
    assert kept_text(str(row)) == "baris 2: bukan nomor telepon: kode negara tidak dikenal"
    assert kept_text("The access token has expired: paste a new one in Settings") == (
        "Token akses kedaluwarsa: tempel yang baru"
    )
    assert kept_text("WhatsApp refused the request (error 131999)") == "WhatsApp menolak permintaan (galat 131999)"
    too_long = "the row is too long (a cell over 131,072 characters or a line over 1,048,576): it was not imported"
    assert (
        kept_text(too_long) == "baris terlalu panjang (sel lebih dari 131,072 karakter atau baris lebih dari 1,048,576)"
    )
    assert kept_text("something no service said") == "something no service said"


def test_reading_back_prefers_the_template_that_explains_the_text_best():
    landline = "line 2: +62 274 512345 is a landline: it cannot have WhatsApp"
    assert words_in(landline) == Words(
        "line {line}: {reason}",
        line="2",
        reason=Words("{number} is a landline: it cannot have WhatsApp", number="+62 274 512345"),
    )
    assert words_in("hello") is None
