"""Contact export to CSV or vCard 4.0, by the file's extension: what the import reads back.

CSV opens in spreadsheet programs as it is: UTF-8 with a BOM, commas, CRLF line ends, fields quoted where
needed; columns name, phone (E.164), labels (``;``-separated), notes, consent. The file holds personal data:
it is written 0600 under a temporary name beside the target and renamed into place only when complete, so a
failure or a cancel leaves no partial file. Exporting and importing back into the same database changes
nothing; into an empty one it brings back the names, numbers, labels, notes and legal bases.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Protocol

from monggo_desktop.domain.errors import DiskFullError, InvalidInputError, StorageUnavailableError, UserFacingError
from monggo_desktop.services.contacts.files import CSV_HEADER, csv_cells, vcard_text
from monggo_desktop.services.durable_files import sync_folder
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.repositories.contact_import import ExportedContact
from monggo_desktop.storage.repositories.export_queries import ExportQueries

log = logging.getLogger("monggo.services")

PROGRESS_EVERY = 1_000
Progress = Callable[[int, int], None]  # (contacts written, contacts in all); called on the database thread


class _TextSink(Protocol):
    def write(self, text: str, /) -> object: ...


class ContactFileFormat(StrEnum):
    CSV = "csv"
    VCARD = "vcard"


_EXTENSIONS = {".csv": ContactFileFormat.CSV, ".vcf": ContactFileFormat.VCARD, ".vcard": ContactFileFormat.VCARD}


class ContactsExportCancelledError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("the contacts export was cancelled: no file was written")


@dataclass(frozen=True, slots=True)
class ContactsExportResult:
    path: Path
    format: ContactFileFormat
    contacts: int


def export_format(path: Path) -> ContactFileFormat:
    found = _EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise InvalidInputError("contacts are exported as CSV or vCard: give the file the extension .csv or .vcf")
    return found


def check_target(path: Path) -> Path:
    """The target as an absolute path once its extension and folder are fine; runs before the database opens."""
    out = path.expanduser().absolute()
    export_format(out)
    folder = out.parent
    if out.is_dir():
        raise InvalidInputError("{path} is a folder: give the export a file name, such as contacts.csv", path=str(out))
    if not folder.is_dir():
        raise InvalidInputError(
            "the folder {folder} does not exist: create it first or choose another place", folder=str(folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageUnavailableError(
            "the folder {folder} cannot be written: choose another place for the export", folder=str(folder)
        )
    return out


def export_contacts(
    db: Database, path: Path, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> ContactsExportResult:
    """Write the file on the database thread and wait (headless commands). An interrupt (Ctrl-C) cancels the
    job, waits until its temporary file is gone, and propagates."""
    out = check_target(path)
    stop = cancel if cancel is not None else threading.Event()
    try:
        return db.call(lambda store: write_contacts(store, out, cancel=stop, progress=progress))
    except (KeyboardInterrupt, SystemExit):
        stop.set()
        db.call(lambda _store: None)  # returns once our job has ended and cleaned up
        raise


async def export_contacts_async(
    db: Database, path: Path, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> ContactsExportResult:
    """The same for the contacts screen."""
    out = check_target(path)
    return await db.run(lambda store: write_contacts(store, out, cancel=cancel, progress=progress))


def write_contacts(
    store: Store, path: Path, *, cancel: threading.Event | None = None, progress: Progress | None = None
) -> ContactsExportResult:
    """Runs on the database thread. One read transaction: the file is one moment's contacts."""
    out = check_target(path)
    fmt = export_format(out)
    stop = cancel or threading.Event()
    queries = store.contact_import
    with ExportQueries(store.conn).snapshot():  # a read transaction: one moment's contacts, no writer blocked
        total = queries.count()
        # closing(): a write that fails half-way (a full disk) must not leave the query's statement open, or the
        # database's last checkpoint finds its table locked.
        with contextlib.closing(queries.exported()) as rows:
            count = _write_atomically(out, fmt, lambda f: _write(f, fmt, rows, total, stop, progress))
    log.info("contacts exported: %d, as %s", count, fmt.value)
    return ContactsExportResult(path=out, format=fmt, contacts=count)


def _write(
    f: IO[str],
    fmt: ContactFileFormat,
    contacts: Iterator[ExportedContact],
    total: int,
    cancel: threading.Event,
    progress: Progress | None,
) -> int:
    watched = _watched(contacts, total, cancel, progress)
    if fmt is ContactFileFormat.CSV:
        return write_csv_rows(f, watched)
    count = 0
    for contact in watched:
        f.write(vcard_text(*_fields(contact), contact.legal_basis))
        count += 1
    return count


def write_csv_rows(f: _TextSink, contacts: Iterable[ExportedContact]) -> int:
    """The CSV header and one row per contact (no BOM: the caller's encoding adds it); the data export's
    ``contacts.csv`` is written by this too."""
    writer = csv.writer(f, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    count = 0
    for contact in contacts:
        writer.writerow(csv_cells(*_fields(contact), contact.legal_basis, contact.user_id))
        count += 1
    return count


def _fields(contact: ExportedContact) -> tuple[str, str, list[str], str]:
    # The name people see: the staff's, else the customer's WhatsApp name (the import does not copy that one
    # back into the staff's field, so a round trip changes nothing).
    return (contact.display_name or contact.profile_name, contact.phone_e164 or "", contact.labels, contact.notes)


def _watched(
    contacts: Iterator[ExportedContact], total: int, cancel: threading.Event, progress: Progress | None
) -> Iterator[ExportedContact]:
    count = 0
    for contact in contacts:
        yield contact
        count += 1
        if count % PROGRESS_EVERY == 0:
            if cancel.is_set():
                raise ContactsExportCancelledError()
            if progress is not None:
                progress(count, total)
    if cancel.is_set():
        raise ContactsExportCancelledError()
    if progress is not None:
        progress(count, total)


def _write_atomically(out: Path, fmt: ContactFileFormat, write: Callable[[IO[str]], int]) -> int:
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)  # 0600
    except OSError as exc:
        raise _write_error(exc, out.parent) from None
    tmp = Path(tmp_name)
    try:
        # The BOM tells spreadsheet programs that a CSV is UTF-8; vCard is UTF-8 by definition, without one.
        encoding = "utf-8-sig" if fmt is ContactFileFormat.CSV else "utf-8"
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:  # newline="": the writers choose CRLF
            count = write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(exc, out.parent) from None
        raise
    sync_folder(out.parent)
    return count


def _write_error(exc: OSError, folder: Path) -> StorageUnavailableError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    reason = os.strerror(exc.errno).lower() if exc.errno else "an input/output error"
    return StorageUnavailableError(
        "the contacts could not be written to {folder} ({reason}): nothing was saved", folder=str(folder), reason=reason
    )
