"""Contact files: CSV and vCard records read into rows, and the rows written back out.

``contact_stream`` reads a file into records (a CSV row, a vCard) as a stream; each record's ``rows()`` is
parsed when its batch comes. Line numbers are the
file's own (the header is line 1; a vCard counts from its BEGIN line), so the staff find a rejected row.
Reasons never repeat what the file holds: no numbers, names or notes in them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import vobject

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import LegalBasis
from monggo_desktop.domain.spreadsheet import FORMULA_START, safe_cell
from monggo_desktop.domain.words import english

_DELIMITERS = (",", ";", "\t")
LABEL_SEPARATOR = ";"
CSV_HEADER = ("name", "phone", "labels", "notes", "consent", "bsuid")
LEGAL_BASIS_WORDS = {
    LegalBasis.CONSENT: "consent",
    LegalBasis.CONTRACT: "contract",
    LegalBasis.LEGITIMATE_INTEREST: "legitimate interest",
}
_LEGAL_BASES = {
    "consent": LegalBasis.CONSENT,
    "persetujuan": LegalBasis.CONSENT,
    "contract": LegalBasis.CONTRACT,
    "kontrak": LegalBasis.CONTRACT,
    "perjanjian": LegalBasis.CONTRACT,
    "legitimate interest": LegalBasis.LEGITIMATE_INTEREST,
    "legitimate interests": LegalBasis.LEGITIMATE_INTEREST,
    "kepentingan sah": LegalBasis.LEGITIMATE_INTEREST,
    "kepentingan yang sah": LegalBasis.LEGITIMATE_INTEREST,
}
# Header names as people write them, in English and Indonesian, after _key() has simplified them.
# fmt: off
_ALIASES = {
    "name": (
        "name", "nama", "full name", "fullname", "nama lengkap", "display name", "contact name", "nama kontak",
        "nama pelanggan", "customer name",
    ),
    "first_name": ("first name", "given name", "nama depan"),
    "last_name": ("last name", "family name", "surname", "nama belakang"),
    "phone": (
        "phone", "phone number", "phone no", "telephone", "tel", "telepon", "telpon", "telp", "nomor", "number",
        "nomor telepon", "no telepon", "no telp", "nomor telp", "mobile", "mobile phone", "mobile number", "cell",
        "cell phone", "hp", "no hp", "nomor hp", "handphone", "nomor handphone", "whatsapp", "wa", "no wa",
        "nomor wa", "nomor whatsapp", "whatsapp number", "phone 1 value", "e164", "e 164", "phone e 164",
    ),
    "labels": (
        "label", "labels", "tag", "tags", "category", "categories", "kategori", "group", "groups", "grup",
        "group membership",
    ),
    "organization": (
        "organization name", "organization 1 name", "organisation name", "company", "company name", "perusahaan",
        "nama perusahaan", "organisasi", "nama toko", "toko",
    ),
    "notes": ("note", "notes", "catatan", "keterangan", "comment", "comments", "komentar"),
    "consent": ("consent", "legal basis", "dasar hukum", "persetujuan"),
    "bsuid": ("bsuid", "user id", "whatsapp user id", "business scoped user id", "bsuid whatsapp"),
}
# fmt: on
# "Nomor" and "Number" often head a spreadsheet's row count: a phone column only when no other column is one.
_WEAK_PHONE = ("nomor", "number")
# The numbered and typed phone columns of Google Contacts ("Phone 2 - Value") and Outlook ("Home Phone"): a file
# has several, each read (and each cell may hold several numbers joined by " ::: ").
_MORE_PHONES = re.compile(
    r"phone \d+ value|(?:mobile|business|home|primary|other|car|company main|radio|assistant s) phone(?: \d+)?"
)
_MANY_SEPARATOR = ":::"  # Google Contacts joins several values (numbers, labels) of one cell with " ::: "
_SYSTEM_GROUP = "* "  # Google's own groups ("* myContacts", "* starred"): not labels the owner made
_FIELDS = (  # rows()' order
    "phone", "name", "first_name", "last_name", "labels", "notes", "consent", "bsuid", "organization",
)  # fmt: skip
_COLUMN_OF = {alias: column for column, aliases in _ALIASES.items() for alias in aliases}
_CONTENT_LINE = re.compile(r'(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+(?:;(?:"[^"]*"|[^";:])*)*:', re.DOTALL)


@dataclass(slots=True)  # not frozen: a frozen dataclass is four times slower to make, and a big file makes 100,000
class ContactRow:
    """One number to import, as the file gives it. ``problem`` rejects it (a reason found while reading)."""

    line: int
    phone: str
    name: str = ""
    labels: tuple[str, ...] = ()
    notes: str = ""
    legal_basis: LegalBasis | None = None
    problem: str | None = None
    user_id: str | None = None  # the customer's BSUID, when the file has one (our own export writes it)


class Record:
    """One entry of the file (a CSV row, a vCard), parsed into rows only when its batch comes."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line

    def rows(self) -> list[ContactRow]:
        raise NotImplementedError


# --- records -----------------------------------------------------------------------------------------


class CsvRecord(Record):
    __slots__ = ("cells", "layout", "more_phones")

    def __init__(self, line: int, cells: list[str], layout: tuple[int, ...], more_phones: tuple[int, ...] = ()) -> None:
        super().__init__(line)
        self.cells = cells
        self.layout = layout  # the cell index of each of _FIELDS, -1 when the file has no such column
        self.more_phones = more_phones  # Google's and Outlook's further phone columns

    def rows(self) -> list[ContactRow]:
        cells, count = self.cells, len(self.cells)
        values = []
        for index in self.layout:  # the hot loop of a big import: plain code, no calls per cell
            value = cells[index].strip() if 0 <= index < count else ""
            if value.startswith("'") and value.startswith(FORMULA_START, 1):
                value = value[1:]
            values.append(value)
        phone, name, first, last, labels, notes, consent, bsuid, organization = values
        if not name and (first or last):
            name = f"{first} {last}"
        if not name and organization:
            name = organization  # a shop or a supplier saved by its company name only
        name = " ".join(name.split())  # a line break or a double space in a name is a slip of the keyboard
        if "\r" in notes:  # a cell over several lines keeps the file's line ends; the notes get plain ones
            notes = notes.replace("\r\n", "\n").replace("\r", "\n")
        basis, problem = _legal_basis(consent)
        labelled = split_labels(labels) if labels else ()
        phones = [phone]
        if self.more_phones or _MANY_SEPARATOR in phone:
            phones = _numbers([phone, *(cells[i] for i in self.more_phones if i < count)])
        return [
            ContactRow(self.line, number, name, labelled, notes, basis, problem, user_id=bsuid or None)
            for number in phones
        ]


def _numbers(cells: Iterable[str]) -> list[str]:
    """Every number of a row's phone cells, split where Google joined several, each once; one empty when none."""
    found: dict[str, None] = {}
    for cell in cells:
        for part in cell.split(_MANY_SEPARATOR):
            number = part.strip()
            if number:
                found.setdefault(number, None)
    return list(found) or [""]


def header_layout(line: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The header's delimiter, the cell index of each of _FIELDS (-1 when the file has no such column), and the
    further phone columns of a Google Contacts or Outlook export."""
    delimiter, columns, more_phones = _header(line)
    return delimiter, tuple(columns.get(name, -1) for name in _FIELDS), more_phones


def _header(line: str) -> tuple[str, dict[str, int], tuple[int, ...]]:
    """The delimiter that splits the header into the most known column names, and where each column is."""
    best: tuple[int, int, str, list[str]] | None = None
    for delimiter in _DELIMITERS:
        try:
            cells = next(csv.reader([line], delimiter=delimiter))
        except csv.Error:
            continue
        known = sum(_key(c) in _COLUMN_OF or bool(_MORE_PHONES.fullmatch(_key(c))) for c in cells)
        candidate = (known, len(cells), delimiter, cells)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    assert best is not None
    _, _, delimiter, cells = best
    columns: dict[str, int] = {}
    more_phones: list[int] = []
    keys = [_key(c) for c in cells]
    strong_phone = any(
        (_COLUMN_OF.get(k) == "phone" and k not in _WEAK_PHONE) or _MORE_PHONES.fullmatch(k) for k in keys
    )
    for index, key in enumerate(keys):
        if _MORE_PHONES.fullmatch(key):
            if "phone" in columns:
                more_phones.append(index)
            else:
                columns["phone"] = index
            continue
        column = _COLUMN_OF.get(key)
        if column is None or (strong_phone and key in _WEAK_PHONE):
            continue  # a column we do not import (an id, a city, a row count): ignored
        if column == "phone" and more_phones:
            more_phones.append(index)  # beside Google's or Outlook's phone columns, one more of them
            continue
        if column in columns:
            raise InvalidInputError(
                "the header has two {column} columns (columns {first} and {second}): keep one, then import the file"
                " again",
                column=column.replace("_", " "),
                first=columns[column] + 1,
                second=index + 1,
            )
        columns[column] = index
    if "phone" not in columns and "bsuid" not in columns:
        raise InvalidInputError(
            "the file has no phone column: its first line must name the columns, such as name,phone,labels,notes"
        )
    return delimiter, columns, tuple(more_phones)


def _key(header: str) -> str:
    """A header cell simplified for matching: "Label(s)", "No. HP", "phone_number" -> "label", "no hp"…"""
    text = header.strip().casefold().replace("(s)", "")
    text = re.sub(r"[\s_\-.:/#()]+", " ", text)
    return text.strip()


def split_labels(cell: str) -> tuple[str, ...]:
    """``"VIP; Grosir;vip"`` -> ``("VIP", "Grosir")``; Google's ``"* myContacts ::: Pelanggan"`` -> ``("Pelanggan",)``
    (its own groups, starred with "* ", are not labels)."""
    parts = cell.replace(_MANY_SEPARATOR, LABEL_SEPARATOR).split(LABEL_SEPARATOR)
    return unique_labels(p for p in parts if not p.strip().startswith(_SYSTEM_GROUP))


def unique_labels(names: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, no empties, no repeats regardless of case (label names are unique without case)."""
    seen: dict[str, str] = {}
    for part in names:
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def _legal_basis(cell: str) -> tuple[LegalBasis | None, str | None]:
    if not cell:
        return None, None
    basis = _LEGAL_BASES.get(" ".join(re.sub(r"[_\-]", " ", cell.casefold()).split()))
    if basis is None:
        return None, english("unknown legal basis: write consent, contract or legitimate interest")
    return basis, None


# --- vCard -------------------------------------------------------------------------------------------


class VCardRecord(Record):
    __slots__ = ("lines",)

    def __init__(self, line: int, lines: list[str]) -> None:
        super().__init__(line)
        self.lines = lines

    def rows(self) -> list[ContactRow]:
        problem = _malformed_line(self.line, self.lines)
        if problem is None:
            try:
                card = vobject.readOne("\r\n".join(self.lines) + "\r\n", allowQP=True)
            except Exception:  # a third-party parser on untrusted text: whatever it raises rejects the card
                problem = english("malformed vCard: nothing of this card was imported")
        if problem is not None:
            return [ContactRow(line=self.line, phone="", problem=problem)]
        values = card.contents
        name = " ".join(
            (_text(values.get("fn")) or _structured_name(values.get("n")) or _org(values.get("org"))).split()
        )
        notes = "\n".join(n for n in (_plain(v.value) for v in values.get("note", [])) if n)
        labels = unique_labels(_category_names(values.get("categories", [])))
        basis, basis_problem = _legal_basis(_text(values.get("x-monggo-legal-basis")))
        phones = [_tel(v.value) for v in values.get("tel", [])]
        if not phones:
            return [ContactRow(line=self.line, phone="", problem=english("the card has no phone number"))]
        return [ContactRow(self.line, phone, name, labels, notes.strip(), basis, basis_problem) for phone in phones]


class Broken(Record):
    __slots__ = ("problem",)

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(line)
        self.problem = problem

    def rows(self) -> list[ContactRow]:
        return [ContactRow(line=self.line, phone="", problem=self.problem)]


def _malformed_line(start: int, lines: Sequence[str]) -> str | None:
    """The first content line that is not ``NAME;PARAMS:VALUE`` (after folding), as a reason."""
    logical: list[tuple[int, str]] = []
    quoted_printable = False
    for offset, line in enumerate(lines):
        if not line.strip():
            continue
        if logical and (line[:1] in (" ", "\t") or quoted_printable):
            number, text = logical[-1]
            logical[-1] = (number, text + (line if quoted_printable else line[1:]))
        else:
            logical.append((start + offset, line))
        text = logical[-1][1]
        quoted_printable = text.endswith("=") and "quoted-printable" in text.casefold()
    for number, text in logical:
        if not _CONTENT_LINE.match(text):
            return english("malformed vCard line {line}: nothing of this card was imported", line=number)
    return None


def _text(lines: list | None) -> str:  # type: ignore[type-arg]
    return _plain(lines[0].value) if lines else ""


def _plain(value: object) -> str:
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    return str(value).replace("\r\n", "\n").strip()


def _structured_name(lines: list | None) -> str:  # type: ignore[type-arg]
    if not lines:
        return ""
    n = lines[0].value
    if not isinstance(n, vobject.vcard.Name):
        return _plain(n)
    parts = (n.prefix, n.given, n.additional, n.family, n.suffix)
    return " ".join(_plain(p) for p in parts if _plain(p))


def _org(lines: list | None) -> str:  # type: ignore[type-arg]
    """The company of a card with no person's name (ORG: company;department), as its name."""
    if not lines:
        return ""
    value = lines[0].value
    parts = value if isinstance(value, list) else [value]
    return _plain(parts[0]) if parts else ""


def _category_names(lines: Iterable) -> list[str]:  # type: ignore[type-arg]
    names: list[str] = []
    for line in lines:
        value = line.value
        names.extend(str(v) for v in (value if isinstance(value, list) else [value]))
    return names


def _tel(value: object) -> str:
    """A TEL value as text; vCard 4.0 writes it as a URI (``tel:+62-812…;ext=1``)."""
    text = _plain(value)
    if text.casefold().startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    return text


# --- writing -----------------------------------------------------------------------------------------


def csv_cells(
    name: str, phone: str, labels: Sequence[str], notes: str, basis: LegalBasis | None, bsuid: str | None = None
) -> list[str]:
    """One export row, in CSV_HEADER's order; text cells guarded against being run as formulas."""
    consent = LEGAL_BASIS_WORDS[basis] if basis else ""
    return [_guard(name), phone, _guard(LABEL_SEPARATOR.join(labels)), _guard(notes), consent, bsuid or ""]


def vcard_text(name: str, phone: str, labels: Sequence[str], notes: str, basis: LegalBasis | None) -> str:
    """One vCard 4.0, CRLF line ends, long lines folded."""
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = name  # required by vCard 4.0, empty when the contact has no name
    tel = card.add("tel")
    tel.value = "tel:" + phone
    tel.params.update({"VALUE": ["uri"], "TYPE": ["cell"]})
    if labels:
        card.add("categories").value = list(labels)
    if notes:
        card.add("note").value = notes
    if basis is not None:
        card.add("x-monggo-legal-basis").value = LEGAL_BASIS_WORDS[basis]
    return str(card.serialize())


def _guard(text: str) -> str:
    """A cell that starts like a formula gets a leading quote, so a spreadsheet shows it and runs nothing
    (a customer picks their own WhatsApp name). The import takes the quote off again (CsvRecord.rows)."""
    return safe_cell(text)
