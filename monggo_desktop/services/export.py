"""Data export: the rights of access and portability (privacy policy section 7), first form.

One ZIP file holds ``data.json`` (the account, contacts, conversations and messages, machine-readable) and
``manifest.json`` (format, version, scope, counts and the sha256 of ``data.json``). By default the ZIP is
encrypted with AES-256 (WinZip AES), because the file leaves the encrypted data directory.

The data is read in keyset pages and streamed into the ZIP entry, so memory stays flat however large the
database. The file is written beside its target under a temporary name (0600) and renamed into place only
when complete: a failure or a cancel leaves no partial export behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO

import pyzipper

from monggo_desktop import __version__
from monggo_desktop.domain.errors import (
    DiskFullError,
    InvalidInputError,
    StorageUnavailableError,
    UserFacingError,
    WeakPassphraseError,
)
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.models import Account, Contact, utc_now
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.privacy import ExportRecord
from monggo_desktop.services.durable_files import sync_folder
from monggo_desktop.services.subjects import subject_hash
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.repositories.export_queries import (
    DEFAULT_PAGE_SIZE,
    ExportedConversation,
    ExportedMessage,
    ExportQueries,
)

log = logging.getLogger("monggo.services")

FORMAT_NAME = "monggo-pinarak-export"
FORMAT_VERSION = 1
DATA_FILE = "data.json"
MANIFEST_FILE = "manifest.json"
MIN_EXPORT_PASSPHRASE_LENGTH = 12
AES_BITS = 256
_CHUNK = 64 * 1024

Progress = Callable[[int, int], None]  # (messages written, messages in the export); called on the database thread


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

    @property
    def scope(self) -> ExportScope:
        return ExportScope.CONTACT if self.contact else ExportScope.ACCOUNT

    def checked(self) -> ExportRequest:
        """The request with the number in E.164 and the target checked, or the first problem as an error.

        Runs before the database is opened, so a mistake costs nothing.
        """
        if self.passphrase is not None and len(self.passphrase.value) < MIN_EXPORT_PASSPHRASE_LENGTH:
            raise WeakPassphraseError(
                f"the export passphrase is too short: use at least {MIN_EXPORT_PASSPHRASE_LENGTH} characters"
            )
        contact = normalize_e164(self.contact) if self.contact is not None else None
        out = self.out.expanduser().absolute()
        _check_target(out)
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
) -> ExportResult:
    """Write the export on the database thread and wait for it (headless commands).

    An interrupt (Ctrl-C) while waiting cancels the job and waits until it has removed its temporary
    file, then propagates.
    """
    checked = request.checked()
    stop = cancel if cancel is not None else threading.Event()
    try:
        return db.call(lambda store: write_export(store, checked, cancel=stop, progress=progress, page_size=page_size))
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
) -> ExportResult:
    """Write the export; runs on the database thread (``Database.call`` or ``Database.run``)."""
    request = request.checked()
    queries = ExportQueries(store.conn)
    with queries.snapshot():
        contact: Contact | None = None
        if request.contact is not None:
            contact = queries.contact_by_phone(request.contact)
            if contact is None:
                # The number is not repeated: error lines never carry personal data.
                raise InvalidInputError("no contact has that phone number: nothing was exported")
        job = _ExportJob(queries, request, contact, cancel or threading.Event(), progress, page_size)
        result = job.write_file()
    _record(store, request, result)
    log.info(
        "export written: scope %s, %d contacts, %d conversations, %d messages, %s",
        result.scope.value,
        result.counts["contacts"],
        result.counts["conversations"],
        result.counts["messages"],
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
        subject = subject_hash(store, request.contact) if request.contact is not None else None
        store.privacy_records.add_export(record, subject_hash=subject)
    except Exception:  # the file is complete: a record that cannot be written is no failed export
        log.warning("an export was written but could not be recorded")


class _ExportJob:
    def __init__(
        self,
        queries: ExportQueries,
        request: ExportRequest,
        contact: Contact | None,
        cancel: threading.Event,
        progress: Progress | None,
        page_size: int,
    ) -> None:
        self.queries = queries
        self.request = request
        self.contact_id = contact.id if contact is not None else None
        self.cancel = cancel
        self.progress = progress
        self.page_size = page_size
        self.created_at = utc_now()
        self.counts: dict[str, int] = {}

    def write_file(self) -> ExportResult:
        out = self.request.out
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)  # 0600
        except OSError as exc:
            raise _write_error(exc, out.parent) from None
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w+b") as raw:
                digest = self._write_zip(raw)
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
            encrypted=self.request.passphrase is not None,
            counts=dict(self.counts),
            data_sha256=digest,
        )

    def _write_zip(self, raw: IO[bytes]) -> str:
        passphrase = self.request.passphrase
        options: dict[str, object] = {"compression": pyzipper.ZIP_DEFLATED}
        if passphrase is not None:
            options.update(encryption=pyzipper.WZ_AES, encryption_kwargs={"nbits": AES_BITS})
        archive = pyzipper.AESZipFile(raw, "w", **options)
        entry: IO[bytes] | None = None
        try:
            if passphrase is not None:
                archive.setpassword(passphrase.value.encode("utf-8"))
            # Unknown size in advance: ZIP64 keeps an export past 2 GiB valid.
            entry = archive.open(self._entry(archive, DATA_FILE), "w", force_zip64=True)
            stream = _HashingWriter(entry)
            self._write_data(stream)
            stream.flush()
            entry.close()
            manifest = self._manifest(stream.hexdigest(), stream.size)
            archive.writestr(self._entry(archive, MANIFEST_FILE), json.dumps(manifest, indent=2) + "\n")
            archive.close()
        except BaseException:
            _abandon(archive, entry)
            raise
        return stream.hexdigest()

    def _entry(self, archive: pyzipper.AESZipFile, name: str) -> pyzipper.ZipInfo:
        info = archive.zipinfo_cls(name, date_time=self.created_at.timetuple()[:6])
        info.compress_type = pyzipper.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        return info

    def _write_data(self, out: _HashingWriter) -> None:
        accounts = self.queries.accounts()
        out.write('{"account": ' + _dumps(_account_json(accounts[0]) if accounts else None))
        if len(accounts) > 1:
            out.write(',\n"other_accounts": ' + _dumps([_account_json(a) for a in accounts[1:]]))
        self.counts["accounts"] = len(accounts)
        contacts = self.queries.contacts(contact_id=self.contact_id, page_size=self.page_size)
        self.counts["contacts"] = self._write_array(out, "contacts", map(_contact_json, contacts))
        conversations = self.queries.conversations(contact_id=self.contact_id, page_size=self.page_size)
        self.counts["conversations"] = self._write_array(out, "conversations", map(_conversation_json, conversations))
        self.counts["messages"] = self._write_array(out, "messages", map(_message_json, self._messages()))
        out.write("\n}\n")

    def _messages(self) -> Iterator[ExportedMessage]:
        total = self.queries.count_messages(contact_id=self.contact_id)
        done = 0
        for item in self.queries.messages(contact_id=self.contact_id, page_size=self.page_size):
            yield item
            done += 1
            if done % self.page_size == 0 and self.progress is not None:
                self.progress(done, total)
        if self.progress is not None:
            self.progress(done, total)

    def _write_array(self, out: _HashingWriter, name: str, items: Iterable[dict[str, object]]) -> int:
        """One JSON object per line, so the file streams in and out and reads well in an editor."""
        out.write(f',\n"{name}": [')
        count = 0
        for item in items:
            self._check_cancel()
            out.write(("\n" if count == 0 else ",\n") + _dumps(item))
            count += 1
        out.write("\n]" if count else "]")
        return count

    def _manifest(self, data_sha256: str, data_size: int) -> dict[str, object]:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app": "Monggo Pinarak Desktop",
            "app_version": __version__,
            "created_at": iso(self.created_at),
            "scope": self.request.scope.value,
            "encrypted": self.request.passphrase is not None,
            "counts": dict(self.counts),
            "files": {DATA_FILE: {"sha256": data_sha256, "size": data_size}},
            "notes": "Times are ISO 8601 in UTC. Media files are not included; their metadata is.",
        }

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise ExportCancelledError()


class _HashingWriter:
    """Encodes text to UTF-8 into a binary sink in large chunks, hashing and counting what it writes."""

    def __init__(self, sink: IO[bytes]) -> None:
        self._sink = sink
        self._hash = hashlib.sha256()
        self._buffer = bytearray()
        self.size = 0

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        self._hash.update(data)
        self.size += len(data)
        self._buffer += data
        if len(self._buffer) >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            self._sink.write(bytes(self._buffer))
            self._buffer.clear()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


# --- the JSON shapes ---------------------------------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a ``Z``, to the millisecond (the precision the database keeps)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _account_json(account: Account) -> dict[str, object]:
    return {
        "phone_number_id": account.phone_number_id,
        "waba_id": account.waba_id,
        "display_number": account.display_number,
        "verified_name": account.verified_name,
        "state": account.state.value,
        "created_at": iso(account.created_at),
        "closed_at": iso(account.closed_at),
    }


def _contact_json(contact: Contact) -> dict[str, object]:
    return {
        "phone": contact.phone_e164,
        "wa_id": contact.wa_id,
        "display_name": contact.display_name,
        "profile_name": contact.profile_name,
        "labels": list(contact.labels),
        "notes": contact.notes,
        "legal_basis": contact.legal_basis.value if contact.legal_basis else None,
        "consent_given_at": iso(contact.consent_given_at),
        "consent_withdrawn_at": iso(contact.consent_withdrawn_at),
        "marketing_opt_out": contact.marketing_opt_out,
        "marketing_opt_out_at": iso(contact.marketing_opt_out_at),
        "created_at": iso(contact.created_at),
        "updated_at": iso(contact.updated_at),
    }


def _conversation_json(item: ExportedConversation) -> dict[str, object]:
    c = item.conversation
    return {
        "contact": item.contact_e164,
        "account": item.account_phone_number_id,
        "unread_count": c.unread_count,
        "last_inbound_at": iso(c.last_inbound_at),
        "last_message_at": iso(c.last_message_at),
        "archived": c.archived,
        "pinned": c.pinned,
        "created_at": iso(c.created_at),
    }


def _message_json(item: ExportedMessage) -> dict[str, object]:
    m = item.message
    data: dict[str, object] = {
        "id": m.wamid,
        "local_id": m.id,
        "direction": m.direction.value,
        "contact": item.contact_e164,
        "type": m.type,
        "text": m.body,
        "timestamp": iso(m.created_at),
        "status": m.status.value,
    }
    optional: dict[str, object] = {
        "sent_at": iso(m.sent_at),
        "delivered_at": iso(m.delivered_at),
        "read_at": iso(m.read_at),
        "played_at": iso(m.played_at),
        "failed_at": iso(m.failed_at),
        "error_code": m.error_code,
        "error_title": m.error_title,
        "reply_to": m.reply_to_wamid,
        "reaction_to": m.reaction_to_wamid,
        "reaction_emoji": m.reaction_emoji,
        "payload": m.payload,
    }
    if item.media is not None:
        optional["media"] = {
            "mime_type": item.media.mime_type,
            "filename": item.media.filename,
            "sha256": item.media.sha256,
            "size": item.media.file_size,
        }
    data.update((key, value) for key, value in optional.items() if value is not None)
    return data


# --- the target file ---------------------------------------------------------------------------------


def _check_target(out: Path) -> None:
    folder = out.parent
    if out.is_dir():
        raise InvalidInputError(f"{out} is a folder: give the export a file name, such as monggo-export.zip")
    if not folder.exists():
        raise InvalidInputError(f"the folder {folder} does not exist: create it first or choose another place")
    if not folder.is_dir():
        raise InvalidInputError(f"{folder} is not a folder: choose another place for the export")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageUnavailableError(f"the folder {folder} cannot be written: choose another place for the export")


def _write_error(exc: OSError, folder: Path) -> StorageUnavailableError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    reason = os.strerror(exc.errno).lower() if exc.errno else "an input/output error"
    return StorageUnavailableError(f"the export could not be written to {folder} ({reason}): nothing was saved")


def _abandon(archive: pyzipper.AESZipFile, entry: IO[bytes] | None) -> None:
    """Stop a failed archive for good. Its file is about to be deleted; left alone, the entry and the
    archive would try to finish writing when garbage-collected and print errors from ``__del__``."""
    if entry is not None:
        with contextlib.suppress(Exception):
            entry.close()  # marks it closed first, so a failure here is not retried later
    archive.fp = None  # ZipFile.close() and __del__ do nothing without a file
