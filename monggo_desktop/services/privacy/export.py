"""Data export: the rights of access and portability (privacy policy section 7).

One ZIP file holds, in this order (docs/export.md describes each file):

- ``data.json``: the account, its business profile, contacts, conversations, messages, the consent ledger
  and (whole account only) the deletion receipts, machine-readable;
- ``contacts.csv`` and ``messages.csv``, for spreadsheets (cells that would run as formulas are quoted);
- ``transcripts/<conversation>.html``, one readable page per conversation;
- ``media/``, the media files decrypted (those downloaded to this computer);
- ``manifest.json``: format, versions, scope, counts and the sha256 and size of every other file.

By default the ZIP is encrypted with AES-256 (WinZip AES), because the file leaves the encrypted data
directory; its file names are not encrypted by that format, so in an encrypted export they name no one.

The data is read in keyset pages and streamed into one ZIP entry at a time, so memory stays flat however
large the database (a media file is decrypted whole, one at a time). The file is written beside its target
under a temporary name (0600) and renamed into place only when complete: a failure or a cancel leaves no
partial export behind.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import functools
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import IO

import pyzipper

from monggo_desktop import __version__
from monggo_desktop.domain.customer_ids import is_bsuid
from monggo_desktop.domain.errors import (
    DiskFullError,
    InvalidInputError,
    StorageUnavailableError,
    UserFacingError,
    WeakPassphraseError,
)
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.models import Contact, MediaRef, Message, utc_now
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.privacy import ExportRecord
from monggo_desktop.security.file_crypto import FileIntegrityError
from monggo_desktop.services.account.profile import cached_profile
from monggo_desktop.services.contacts.customers import find_customer
from monggo_desktop.services.contacts.exporting import write_csv_rows
from monggo_desktop.services.durable_files import sync_folder
from monggo_desktop.services.messaging.media_files import locate_media
from monggo_desktop.services.privacy.export_files import (
    MESSAGES_CSV_HEADER,
    HashingWriter,
    account_json,
    consent_json,
    contact_json,
    conversation_json,
    dumps,
    iso,
    media_name,
    message_csv_row,
    message_json,
    profile_json,
    receipt_json,
    transcript_name,
    write_transcript,
)
from monggo_desktop.services.privacy.subjects import subject_hash, subject_of
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.repositories.export_queries import (
    DEFAULT_PAGE_SIZE,
    ExportedConversation,
    ExportedMessage,
    ExportQueries,
)

log = logging.getLogger("monggo.services")

FORMAT_NAME = "monggo-pinarak-export"
FORMAT_VERSION = 2
DATA_FILE = "data.json"
CONTACTS_FILE = "contacts.csv"
MESSAGES_FILE = "messages.csv"
MANIFEST_FILE = "manifest.json"
MIN_EXPORT_PASSPHRASE_LENGTH = 12
AES_BITS = 256
MANIFEST_NOTES = (
    "Times are ISO 8601 in UTC. files lists every file of the export but this one, with its SHA-256 and size."
    " media/ holds the media files downloaded to this computer, decrypted; media_missing counts those that"
    " were never downloaded or were removed by the retention (their metadata is in data.json)."
)

# (work done, work in all): each message counts three times (data.json, messages.csv, its transcript) and
# each media file once, so the figure only grows. Called on the database thread.
Progress = Callable[[int, int], None]


class ExportScope(StrEnum):
    ACCOUNT = "account"
    CONTACT = "contact"


class ExportCancelledError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled: no file was written")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Where to write, whose data, and the passphrase of the ZIP (``None`` writes it unencrypted)."""

    out: Path
    contact: str | None = None
    passphrase: Passphrase | None = None
    force: bool = False  # replace an existing file (``--force``; the save dialog asked the owner)
    data_dir: Path | None = None  # the data directory: an export is never written inside it

    @property
    def scope(self) -> ExportScope:
        return ExportScope.CONTACT if self.contact else ExportScope.ACCOUNT

    def checked(self) -> ExportRequest:
        """The request with the number in E.164 and the target checked, or the first problem as an error.

        Runs before the database is opened, so a mistake costs nothing.
        """
        if self.passphrase is not None and len(self.passphrase.value) < MIN_EXPORT_PASSPHRASE_LENGTH:
            raise WeakPassphraseError(
                "the export passphrase is too short: use at least {least} characters",
                least=MIN_EXPORT_PASSPHRASE_LENGTH,
            )
        contact = self.contact
        if contact is not None and not is_bsuid(contact) and not contact.strip().startswith("@"):
            contact = normalize_e164(contact)  # a number in E.164; a BSUID or an @username as they are
        out = self.out.expanduser().absolute()
        _check_target(out, force=self.force, data_dir=self.data_dir)
        return replace(self, out=out, contact=contact)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    scope: ExportScope
    encrypted: bool
    counts: dict[str, int] = field(default_factory=dict)
    data_sha256: str = ""


def export_data(
    db: Database,
    request: ExportRequest,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    media_dir: Path | None = None,
) -> ExportResult:
    """Write the export on the database thread and wait for it (headless commands); ``media_dir`` is the data
    directory's media folder (without it, no media files are included).

    An interrupt (Ctrl-C) while waiting cancels the job and waits until it has removed its temporary
    file, then propagates.
    """
    checked = request.checked()
    stop = cancel if cancel is not None else threading.Event()
    try:
        return db.call(
            lambda store: write_export(
                store, checked, cancel=stop, progress=progress, page_size=page_size, media_dir=media_dir
            )
        )
    except (KeyboardInterrupt, SystemExit):
        stop.set()
        db.call(lambda _store: None)  # the database thread runs one job at a time: this returns after ours
        raise


def write_export(
    store: Store,
    request: ExportRequest,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    media_dir: Path | None = None,
) -> ExportResult:
    """Write the export; runs on the database thread (``Database.call`` or ``Database.run``)."""
    request = request.checked()
    queries = ExportQueries(store.conn)
    with queries.snapshot():
        contact: Contact | None = None
        if request.contact is not None:
            contact = find_customer(store, request.contact)
            if contact is None:
                # The number is not repeated: error lines never carry personal data.
                raise InvalidInputError("no contact has that number, BSUID or username: nothing was exported")
        job = _ExportJob(
            store,
            request,
            contact,
            media_dir=media_dir,
            cancel=cancel or threading.Event(),
            progress=progress,
            page_size=page_size,
        )
        result = job.write_file()
    _record(store, request, result)
    log.info(
        "export written: scope %s, %d contacts, %d conversations, %d messages, %d media files, %s",
        result.scope.value,
        result.counts["contacts"],
        result.counts["conversations"],
        result.counts["messages"],
        result.counts["media_files"],
        "encrypted" if result.encrypted else "not encrypted",
    )
    return result


def _record(store: Store, request: ExportRequest, result: ExportResult) -> None:
    """The privacy center lists every export made: when, whose (the account, or "one customer"), encrypted
    or not, and the file's name. A one-customer export keeps the salted hash a deletion receipt would."""
    record = ExportRecord(
        made_at=utc_now(),
        whole_account=result.scope is ExportScope.ACCOUNT,
        encrypted=result.encrypted,
        file_name=result.path.name,
    )
    try:
        customer = find_customer(store, request.contact) if request.contact is not None else None
        subject = subject_hash(store, subject_of(customer)) if customer is not None else None
        store.privacy_records.add_export(record, subject_hash=subject)
    except Exception:  # the file is complete: a record that cannot be written is no failed export
        log.warning("an export was written but could not be recorded")


class _ExportJob:
    def __init__(
        self,
        store: Store,
        request: ExportRequest,
        contact: Contact | None,
        *,
        media_dir: Path | None,
        cancel: threading.Event,
        progress: Progress | None,
        page_size: int,
    ) -> None:
        self.store = store
        self.queries = ExportQueries(store.conn)
        self.request = request
        self.contact_id = contact.id if contact is not None else None
        self.media_dir = media_dir
        self.cancel = cancel
        self.progress = progress
        self.page_size = page_size
        self.created_at = utc_now()
        self.counts: dict[str, int] = {}
        self.files: dict[str, dict[str, object]] = {}  # every file written, in order, with its hash and size
        self.entry: IO[bytes] | None = None  # the one ZIP entry open at a time
        self.done = 0
        self.total = 0
        self._reported = 0

    def write_file(self) -> ExportResult:
        out = self.request.out
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)  # 0600
        except OSError as exc:
            raise _write_error(exc, out.parent) from None
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w+b") as raw:
                self._write_zip(raw)
                raw.flush()
                os.fsync(raw.fileno())
            self._check_cancel()
            os.replace(tmp, out)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise _write_error(exc, out.parent) from None
            raise
        sync_folder(out.parent)
        return ExportResult(
            path=out,
            scope=self.request.scope,
            encrypted=self.encrypted,
            counts=dict(self.counts),
            data_sha256=str(self.files[DATA_FILE]["sha256"]),
        )

    @property
    def encrypted(self) -> bool:
        return self.request.passphrase is not None

    def _write_zip(self, raw: IO[bytes]) -> None:
        passphrase = self.request.passphrase
        options: dict[str, object] = {"compression": pyzipper.ZIP_DEFLATED}
        if passphrase is not None:
            options.update(encryption=pyzipper.WZ_AES, encryption_kwargs={"nbits": AES_BITS})
        archive = pyzipper.AESZipFile(raw, "w", **options)
        try:
            if passphrase is not None:
                archive.setpassword(passphrase.value.encode("utf-8"))
            messages = self.queries.count_messages(contact_id=self.contact_id)
            media = self.queries.count_media(contact_id=self.contact_id) if self.media_dir is not None else 0
            # Work units: each message is read three times (data.json, messages.csv, its transcript), each
            # media file once; progress only ever moves forward.
            self.total = 3 * messages + media
            self._entry_file(archive, DATA_FILE, self._write_data)
            self._entry_file(archive, CONTACTS_FILE, self._write_contacts)
            self._entry_file(archive, MESSAGES_FILE, self._write_messages_csv)
            self._write_transcripts(archive)
            self._write_media(archive)
            manifest = json.dumps(self._manifest(), indent=2) + "\n"
            archive.writestr(self._info(archive, MANIFEST_FILE), manifest)
            archive.close()
        except BaseException:
            _abandon(archive, self.entry)
            raise

    def _info(self, archive: pyzipper.AESZipFile, name: str, *, compress: bool = True) -> pyzipper.ZipInfo:
        info = archive.zipinfo_cls(name, date_time=self.created_at.timetuple()[:6])
        # Photos, videos and documents are compressed already: storing them saves the time for nothing.
        info.compress_type = pyzipper.ZIP_DEFLATED if compress else pyzipper.ZIP_STORED
        info.external_attr = 0o600 << 16
        return info

    def _entry_file(
        self, archive: pyzipper.AESZipFile, name: str, write: Callable[[HashingWriter], None], *, compress: bool = True
    ) -> None:
        """One ZIP entry, streamed: pyzipper allows one open entry, and nothing is held whole in memory."""
        # Unknown size in advance: ZIP64 keeps an entry past 2 GiB valid.
        self.entry = archive.open(self._info(archive, name, compress=compress), "w", force_zip64=True)
        stream = HashingWriter(self.entry)
        write(stream)
        stream.flush()
        self.entry.close()
        self.entry = None
        self.files[name] = {"sha256": stream.hexdigest(), "size": stream.size}

    # --- data.json ---

    def _write_data(self, out: HashingWriter) -> None:
        accounts = self.queries.accounts()
        out.write('{"account": ' + dumps(account_json(accounts[0]) if accounts else None))
        if len(accounts) > 1:
            out.write(',\n"other_accounts": ' + dumps([account_json(a) for a in accounts[1:]]))
        self.counts["accounts"] = len(accounts)
        profile = cached_profile(self.store, accounts[0].id) if accounts and accounts[0].id is not None else None
        out.write(',\n"profile": ' + dumps(profile_json(profile) if profile is not None else None))
        contacts = self.queries.contacts(contact_id=self.contact_id, page_size=self.page_size)
        self.counts["contacts"] = self._write_array(out, "contacts", map(contact_json, contacts))
        conversations = self.queries.conversations(contact_id=self.contact_id, page_size=self.page_size)
        self.counts["conversations"] = self._write_array(out, "conversations", map(conversation_json, conversations))
        messages = (message_json(m, self._media_file_of(m)) for m in self._messages())
        self.counts["messages"] = self._write_array(out, "messages", messages)
        consent = self.queries.consent(contact_id=self.contact_id, page_size=self.page_size)
        self.counts["consent"] = self._write_array(out, "consent", map(consent_json, consent))
        # Receipts name no one (salted hashes only) but are about other people: whole-account exports only.
        receipts = self.queries.deletion_receipts(page_size=self.page_size) if self.contact_id is None else iter(())
        self.counts["deletion_receipts"] = self._write_array(out, "deletion_receipts", map(receipt_json, receipts))
        out.write("\n}\n")

    def _messages(self) -> Iterator[ExportedMessage]:
        for item in self.queries.messages(contact_id=self.contact_id, page_size=self.page_size):
            yield item
            self._advance()
        self._report()

    def _write_array(self, out: HashingWriter, name: str, items: Iterable[dict[str, object]]) -> int:
        """One JSON object per line, so the file streams in and out and reads well in an editor."""
        out.write(f',\n"{name}": [')
        count = 0
        for item in items:
            self._check_cancel()
            out.write(("\n" if count == 0 else ",\n") + dumps(item))
            count += 1
        out.write("\n]" if count else "]")
        return count

    # --- contacts.csv and messages.csv ---

    def _write_contacts(self, out: HashingWriter) -> None:
        out.write("\ufeff")  # the BOM tells spreadsheet programs that the CSV is UTF-8
        write_csv_rows(out, self.store.contact_import.exported(contact_id=self.contact_id))
        self._check_cancel()

    def _write_messages_csv(self, out: HashingWriter) -> None:
        out.write("\ufeff")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(MESSAGES_CSV_HEADER)
        for item in self._messages():
            self._check_cancel()
            writer.writerow(message_csv_row(item, self._media_file_of(item)))

    # --- transcripts ---

    def _write_transcripts(self, archive: pyzipper.AESZipFile) -> None:
        count = 0
        for item in self.queries.conversations(contact_id=self.contact_id, page_size=self.page_size):
            self._check_cancel()
            conversation_id = item.conversation.id
            assert conversation_id is not None
            contact = self.queries.contact(item.conversation.contact_id)
            name = (contact.display_name or contact.profile_name or "") if contact is not None else ""
            # The ZIP's file names are not encrypted: in an encrypted export they name no one.
            file_name = transcript_name(conversation_id, None if self.encrypted else name or item.contact_e164)
            self._entry_file(archive, file_name, functools.partial(self._write_transcript, item=item, name=name))
            count += 1
        self.counts["transcripts"] = count
        self._report()

    def _write_transcript(self, out: HashingWriter, *, item: ExportedConversation, name: str) -> None:
        assert item.conversation.id is not None
        messages = self.queries.conversation_messages(item.conversation.id, page_size=self.page_size)
        write_transcript(
            out,
            name=name,
            phone=item.contact_e164,
            conversation_id=item.conversation.id,
            messages=messages,
            media_file_of=self._media_file_of_message,
            check=self._step,
        )

    # --- media ---

    def _write_media(self, archive: pyzipper.AESZipFile) -> None:
        written = missing = unreadable = 0
        items = self.queries.media_messages(contact_id=self.contact_id, page_size=self.page_size)
        for item in items if self.media_dir is not None else ():
            self._check_cancel()
            name = self._media_file(item.message_id, item.message_type, item.media)
            if name is None:
                missing += 1  # never downloaded, or removed by the retention: its metadata is in data.json
            else:
                try:
                    assert self.media_dir is not None
                    # AES-GCM opens a file whole; one at a time, and let go before the next.
                    data = locate_media(self.store, self.media_dir, item.media).decrypt()
                except (FileIntegrityError, OSError):
                    unreadable += 1
                else:
                    self._entry_file(archive, name, functools.partial(_write_bytes, data=data), compress=False)
                    written += 1
                    del data
            self._step()
        self.counts.update(media_files=written, media_missing=missing, media_unreadable=unreadable)
        self._report()

    def _media_file(self, message_id: int, message_type: str, media: MediaRef) -> str | None:
        """The media file's name in the ZIP, when its encrypted file is here to be included."""
        if self.media_dir is None or media.local_path is None or media.key_id is None:
            return None
        if not (self.media_dir / Path(media.local_path).name).is_file():
            return None
        return media_name(message_id, message_type, media, original_name=not self.encrypted)

    def _media_file_of(self, item: ExportedMessage) -> str | None:
        if item.media is None or item.message.id is None:
            return None
        return self._media_file(item.message.id, item.message.type, item.media)

    def _media_file_of_message(self, message: Message) -> str | None:
        if message.media_id is None or message.id is None:
            return None
        media = self.queries.media(message.media_id)
        return self._media_file(message.id, message.type, media) if media is not None else None

    # --- progress, cancel, manifest ---

    def _step(self) -> None:
        """Before each unit of work: stop if asked, and report a page's progress."""
        self._check_cancel()
        self._advance()

    def _advance(self) -> None:
        self.done += 1
        if self.done - self._reported >= self.page_size:
            self._report()

    def _report(self) -> None:
        self._reported = self.done
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def _manifest(self) -> dict[str, object]:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app": "Monggo Pinarak Desktop",
            "app_version": __version__,
            "created_at": iso(self.created_at),
            "scope": self.request.scope.value,
            "encrypted": self.encrypted,
            "counts": dict(self.counts),
            "files": dict(self.files),
            "notes": MANIFEST_NOTES,
        }

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise ExportCancelledError()


# --- the target file ---------------------------------------------------------------------------------


def _check_target(out: Path, *, force: bool, data_dir: Path | None) -> None:
    """Only a new file, or an existing regular file with ``force``; never a device, never the data directory."""
    folder = out.parent
    if out.is_dir():
        raise InvalidInputError(
            "{path} is a folder: give the export a file name, such as monggo-export.zip", path=str(out)
        )
    if data_dir is not None and out.resolve().is_relative_to(data_dir.expanduser().absolute().resolve()):
        raise InvalidInputError(
            "{path} is inside the data directory: write the export somewhere else (the data directory holds only"
            " encrypted files)",
            path=str(out),
        )
    if out.exists() or out.is_symlink():
        if not out.is_file() or out.is_symlink():
            raise InvalidInputError(
                "{path} is not a regular file: choose a new file name for the export", path=str(out)
            )
        if not force:
            raise InvalidInputError(
                "{path} already exists: choose another name, or pass --force to replace it", path=str(out)
            )
    if not folder.exists():
        raise InvalidInputError(
            "the folder {folder} does not exist: create it first or choose another place", folder=str(folder)
        )
    if not folder.is_dir():
        raise InvalidInputError("{folder} is not a folder: choose another place for the export", folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageUnavailableError(
            "the folder {folder} cannot be written: choose another place for the export", folder=str(folder)
        )


def _write_error(exc: OSError, folder: Path) -> StorageUnavailableError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    reason = os.strerror(exc.errno).lower() if exc.errno else "an input/output error"
    return StorageUnavailableError(
        "the export could not be written to {folder} ({reason}): nothing was saved", folder=str(folder), reason=reason
    )


def _abandon(archive: pyzipper.AESZipFile, entry: IO[bytes] | None) -> None:
    """Stop a failed archive for good. Its file is about to be deleted; left alone, the entry and the
    archive would try to finish writing when garbage-collected and print errors from ``__del__``."""
    if entry is not None:
        with contextlib.suppress(Exception):
            entry.close()  # marks it closed first, so a failure here is not retried later
    archive.fp = None  # ZipFile.close() and __del__ do nothing without a file


def _write_bytes(out: HashingWriter, *, data: bytes) -> None:
    out.write_bytes(data)
