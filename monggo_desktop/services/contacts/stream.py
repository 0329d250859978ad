"""A contact file read as a stream: bytes to text to records, a batch at a time, in memory that does not grow
with the file.

``open_contact_file`` reads the whole file once before anything is written: the encoding (UTF-8 with or
without a BOM, or UTF-16/32 with one), the header, and how many records it holds (for progress). A file
that cannot be imported at all is one clear error then. ``ContactFile.records`` reads it again, record by
record, while the import writes. A line longer than ``LINE_LIMIT`` or a CSV cell longer than
``FIELD_LIMIT`` rejects its row (``line N: …``); it is never held whole in memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.words import Value, Words, english
from monggo_desktop.services.contacts.files import Broken, CsvRecord, Record, VCardRecord, header_layout

LINE_LIMIT = 1 << 20  # characters in one line of the file
FIELD_LIMIT = csv.field_size_limit()  # characters in one CSV cell: Python's own limit, 131,072
CARD_LIMIT = 4 << 20  # characters in one vCard (a photo in it included)
_OVERLONG = "\x00overlong"  # stands for a line cut off at LINE_LIMIT; a real line never holds NUL
_TOO_LONG_CELL = "x" * (FIELD_LIMIT + 1) + "\n"  # what csv is given for such a line: it refuses the cell
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
THE_FILE = Words("the file")
TOO_LONG_ROW = english(
    "the row is too long (a cell over {cell:,} characters or a line over {line:,}): it was not imported",
    cell=FIELD_LIMIT,
    line=LINE_LIMIT,
)


@dataclass(frozen=True, slots=True)
class ContactFile:
    """A contact file checked whole: records() reads it again, one record at a time."""

    path: Path
    encoding: str
    entries: int  # CSV rows or vCards

    def records(self) -> Iterator[Record]:
        with open(self.path, "rb") as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, newline="")
            yield from records_of(checked_lines(text, str(self.path), raw_again=lambda: _chunks(self.path)))


def open_contact_file(path: Path) -> ContactFile:
    """Check the whole file (one pass, nothing kept) and count its records; an unreadable, empty or
    headerless file is one clear error, before any write."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    source = ContactFile(path, _encoding(head, str(path)), 0)
    try:
        entries = sum(1 for _ in source.records())
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return ContactFile(path, source.encoding, entries)


def _unreadable(path: Path, exc: OSError) -> InvalidInputError:
    reason: Value = exc.strerror.lower() if exc.strerror else Words("it cannot be read")
    return InvalidInputError("cannot read {path}: {reason}", path=str(path), reason=reason)


def decode(data: bytes, what: Value = THE_FILE) -> str:
    """The text of a contact file held in memory, checked as ``open_contact_file`` checks a file."""
    text = io.TextIOWrapper(io.BytesIO(data), encoding=_encoding(data[:4], what), newline="")
    return "".join(checked_lines(text, what, raw_again=lambda: iter([data])))


def read_records(text: str) -> list[Record]:
    """The records of a text already decoded."""
    text_lines = checked_lines(io.StringIO(text, newline=""), Words("the text"), raw_again=lambda: iter([]))
    return list(records_of(text_lines))


def _encoding(head: bytes, what: Value) -> str:
    # Other 8-bit encodings (Windows-1252, Mac Roman, DOS) are not guessed: the same bytes are different
    # letters in each, and a wrong guess would silently store wrong names. The staff are told how to save.
    if head.startswith(b"PK\x03\x04"):
        raise InvalidInputError(
            '{what} is a spreadsheet workbook, not CSV: save it as "CSV UTF-8" and import that', what=what
        )
    return next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")


def checked_lines(text: IO[str], what: Value, *, raw_again: Callable[[], Iterator[bytes]]) -> Iterator[str]:
    """The file's lines with their ends (CR, LF or CRLF, as an editor counts them), a byte order mark
    dropped; a line over LINE_LIMIT comes as _OVERLONG. Text that is not valid in its encoding, or holds NUL,
    refuses the file; so does a file with nothing in it."""
    number, anything = 0, False
    while True:
        try:
            line = text.readline(LINE_LIMIT + 1)
        except UnicodeDecodeError as exc:
            where = _where_not_text(raw_again(), exc.encoding)
            raise _not_utf8(what, where) from None
        if not line:
            break
        if number == 0:
            line = line.removeprefix("\ufeff")
        number += 1
        if len(line) > LINE_LIMIT and not line.endswith(("\n", "\r")):
            _drain(text)
            yield _OVERLONG
            continue
        if "\x00" in line:  # UTF-16 without a BOM, or not text at all
            raise _not_utf8(what, Words("it holds NUL characters"))
        anything = anything or not line.isspace()
        yield line
    if not anything:
        raise InvalidInputError("{what} is empty: nothing to import", what=what)


def _not_utf8(what: Value, where: Words) -> InvalidInputError:
    return InvalidInputError(
        "{what} is not UTF-8 text ({where}): save it as UTF-8 (in a spreadsheet program: "
        '"CSV UTF-8"), then import it again; nothing was imported',
        what=what,
        where=where,
    )


def _drain(text: IO[str]) -> None:
    """Read on to the end of an overlong line, a piece at a time."""
    while True:
        piece = text.readline(LINE_LIMIT)
        if not piece or piece.endswith(("\n", "\r")):
            return


def _where_not_text(chunks: Iterator[bytes], encoding: str) -> Words:
    """Where the text stops being valid: a line for UTF-8, else the encoding's name."""
    if not encoding.startswith("utf-8"):
        return Words("it is not valid {encoding}", encoding=encoding.upper())
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    for chunk in chunks:
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            pending = len(exc.object) - len(chunk)  # bytes of a character begun in the chunk before
            line += chunk.count(b"\n", 0, max(0, exc.start - pending))
            return Words("line {line} has a character in another encoding", line=line)
        line += chunk.count(b"\n")
    return Words("it is not valid {encoding}", encoding="UTF-8")


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        yield from iter(lambda: handle.read(1 << 16), b"")


def records_of(lines: Iterable[str]) -> Iterator[Record]:
    """vCards when the first line with anything on it starts with BEGIN:VCARD, else CSV rows under a header."""
    numbered = enumerate(lines, start=1)
    for number, line in numbered:
        if line is _OVERLONG:
            yield Broken(number, TOO_LONG_ROW)
            continue
        if not line.strip():
            continue
        if line.strip().upper().startswith("BEGIN:VCARD"):
            yield from _vcards(itertools.chain([(number, line)], numbered))
        else:
            yield from _csv_rows(number, _strip_end(line), numbered)
        return


def _csv_rows(header_line: int, header: str, numbered: Iterator[tuple[int, str]]) -> Iterator[Record]:
    delimiter, layout, more_phones = header_layout(header)
    current = [header_line]

    def feed() -> Iterator[str]:
        for number, line in numbered:
            current[0] = number
            yield _TOO_LONG_CELL if line is _OVERLONG else line

    reader = csv.reader(feed(), delimiter=delimiter)
    while True:
        start = current[0] + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # this row only; the reader goes on with the next line
            unreadable = english("the row cannot be read as CSV ({reason}): it was not imported", reason=str(exc))
            yield Broken(start, TOO_LONG_ROW if "field larger" in str(exc) else unreadable)
            continue
        if any(c.strip() for c in cells):
            yield CsvRecord(start, cells, layout, more_phones)


def _vcards(numbered: Iterable[tuple[int, str]]) -> Iterator[Record]:
    start: int | None = None
    body: list[str] = []
    size, problem = 0, ""
    for number, raw in numbered:
        if raw is _OVERLONG:
            too_long = english(
                "line {line} is longer than {most:,} characters: nothing of this card was imported",
                line=number,
                most=LINE_LIMIT,
            )
            problem = problem or too_long
            if start is None:
                yield Broken(number, TOO_LONG_ROW)
            continue
        line = _strip_end(raw)
        word = line.strip().upper()
        if word.startswith("BEGIN:VCARD"):
            if start is not None:  # the previous card never ended
                yield Broken(start, english("the card has no END:VCARD line: nothing of this card was imported"))
            start, body, size, problem = number, [line.strip()], 0, ""
        elif word.startswith("END:VCARD") and start is not None:
            yield Broken(start, problem) if problem else VCardRecord(start, [*body, line.strip()])
            start, body = None, []
        elif start is not None:
            size += len(line)
            if size > CARD_LIMIT:
                problem = problem or english(
                    "the card is longer than {most:,} characters: nothing of it was imported", most=CARD_LIMIT
                )
                body = []
            elif not problem:
                body.append(line)
        elif word:
            yield Broken(number, english("a line outside any vCard (BEGIN:VCARD … END:VCARD): it was ignored"))
    if start is not None:
        yield Broken(start, english("the card has no END:VCARD line: nothing of this card was imported"))


def _strip_end(line: str) -> str:
    if line.endswith("\r\n"):
        return line[:-2]
    return line[:-1] if line.endswith(("\n", "\r")) else line
