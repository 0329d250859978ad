"""Contact import from CSV or vCard: the staff's spreadsheet or a phone's address book into the contacts.

Every row is checked on its own: a valid one is imported, a bad one is reported as ``line N: reason`` and
the rest go on. A number already stored (in any formatting) merges into its contact: labels are united,
notes appended unless already there, a name fills an empty display name but never replaces one, a legal
basis fills an empty one. A number under a deletion request is skipped, so an old spreadsheet does not
bring a customer back. Importing the same file again changes nothing.

The file is checked whole first (``contact_stream``), then read again as a stream: the rows are parsed,
checked and written in batches, each its own transaction, in memory that does not grow with the file,
with progress after each and a cancel honoured between them: what was imported is whole,
and importing the file again finishes the job.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from monggo_desktop.domain.customer_ids import is_bsuid
from monggo_desktop.domain.errors import InvalidPhoneNumberError, UserFacingError
from monggo_desktop.domain.models import ConsentEvent, ConsentKind, ConsentSource, Contact, LegalBasis, utc_now
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.domain.words import Words, english
from monggo_desktop.services.contacts.files import ContactRow, Record
from monggo_desktop.services.contacts.stream import ContactFile, open_contact_file
from monggo_desktop.services.privacy.subjects import subject_hash
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.repositories.contact_import import NewContact, StoredContact

log = logging.getLogger("monggo.services")

# Rows per transaction. Each commit encrypts every page the batch touched, and random numbers and names touch
# pages all over the two indexes: 1,000 rows dirty ~700 pages, so 100,000 rows in batches of 1,000 spend
# 2.2 s committing, in batches of 5,000 0.7 s. A batch is still under half a second: cancel and the rest of
# the app's database work wait no longer than that.
BATCH = 5_000
_CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-import-check")
NUMBER_CACHE = 50_000  # numbers as written -> parsed: repeats are usually near each other in a file
SKIPPED_REASON = english("skipped (a deletion request covers this number)")

Progress = Callable[[int, int], None]  # (entries done, entries in the file); called on the database thread


class Outcome(StrEnum):
    CREATED = "created"
    MERGED = "merged"  # an existing contact, changed
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"  # under a deletion request
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class RowReport:
    """A row that was not imported, and why; says nothing of what the row holds."""

    line: int
    outcome: Outcome
    reason: str

    def __str__(self) -> str:
        return english("line {line}: {reason}", line=self.line, reason=self.reason)


@dataclass(slots=True)
class ImportResult:
    """Counts per row (a vCard with two numbers is two rows); ``reports`` lists the skipped and rejected."""

    entries: int  # CSV rows or vCards in the file
    done: int = 0  # of those, how many were handled before the end or a cancel
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    reports: list[RowReport] = field(default_factory=list)
    cancelled: bool = False

    @property
    def rejected(self) -> int:
        return self.counts[Outcome.REJECTED]

    def summary(self) -> str:
        return ", ".join(f"{self.counts[o]:,} {o.value}" for o in Outcome)


class ImportInterruptedError(UserFacingError):
    exit_code = 130

    def __init__(self, result: ImportResult) -> None:
        # Only the command line is interrupted so (Ctrl-C): the summary's words are its English ones.
        if result.entries == 1:
            said = Words(
                "interrupted after {done:,} of 1 entry ({summary}): what was imported is whole; import the file"
                " again to finish",
                done=result.done,
                summary=result.summary(),
            )
        else:
            said = Words(
                "interrupted after {done:,} of {entries:,} entries ({summary}): what was imported is whole; import"
                " the file again to finish",
                done=result.done,
                entries=result.entries,
                summary=result.summary(),
            )
        super().__init__(said)
        self.result = result


def load_records(path: Path) -> ContactFile:
    """Check the whole file and count its records; an unreadable, empty or headerless file is one clear
    error, before any write."""
    return open_contact_file(path)


def import_contacts(
    db: Database,
    path: Path,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> ImportResult:
    """Import on the database thread and wait (headless commands). An interrupt (Ctrl-C) stops the job
    after its batch and raises ``ImportInterruptedError`` with what was done."""
    return import_records(db, load_records(path), cancel=cancel, progress=progress, batch_size=batch_size)


def import_records(
    db: Database,
    records: ContactFile | Sequence[Record],
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> ImportResult:
    """``import_contacts`` for records already read (``load_records``)."""
    stop = cancel if cancel is not None else threading.Event()
    job = ImportJob(records, cancel=stop, progress=progress, batch_size=batch_size)
    try:
        return db.call(job.run)
    except (KeyboardInterrupt, SystemExit):
        stop.set()
        db.call(lambda _store: None)  # the database thread runs one job at a time: this returns after ours
        raise ImportInterruptedError(job.result) from None


async def import_contacts_async(
    db: Database,
    path: Path,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> ImportResult:
    """The same for the contacts screen. Each batch is its own call on the database thread, so the
    other work (incoming messages, the lists) goes on between batches."""
    # The whole file checked on a thread of our own: not the database thread (other work goes on), nor
    # qasync's default executor, whose threads must not outlive the app.
    source = await asyncio.get_running_loop().run_in_executor(_CHECKER, load_records, path)
    job = ImportJob(source, cancel=cancel, progress=progress, batch_size=batch_size)
    try:
        while await db.run(job.step):
            pass
    finally:
        job.close()
    return job.finish()


class ImportJob:
    """The import, batch by batch: ``run`` does them all; ``step`` does one (each on the database thread)."""

    def __init__(
        self,
        records: ContactFile | Sequence[Record],
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
        batch_size: int = BATCH,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        entries = records.entries if isinstance(records, ContactFile) else len(records)
        self._records: Iterator[Record] = records.records() if isinstance(records, ContactFile) else iter(records)
        self.cancel = cancel or threading.Event()
        self.progress = progress
        self.batch_size = batch_size
        self.result = ImportResult(entries=entries)
        self._writer: _BatchWriter | None = None

    def run(self, store: Store) -> ImportResult:
        try:
            while self.step(store):
                pass
        finally:
            self.close()
        return self.finish()

    def close(self) -> None:
        """Let go of the file (a generator reading it), done or not."""
        close = getattr(self._records, "close", None)
        if close is not None:
            close()

    def step(self, store: Store) -> bool:
        """Import the next batch in one transaction; whether another one follows (not after a cancel)."""
        total, start = self.result.entries, self.result.done
        if start >= total:
            return False
        if self.cancel.is_set():
            self.result.cancelled = True
            return False
        if self._writer is None:
            self._writer = _BatchWriter(store)
        batch = list(itertools.islice(self._records, min(self.batch_size, total - start)))
        if not batch:  # the file was shortened since it was checked
            self.result.entries = start
            return False
        self.result.reports += self._writer.write(batch, self.result.counts)
        self.result.done = start + len(batch)
        if self.progress is not None:
            self.progress(self.result.done, total)
        return self.result.done < total

    def finish(self) -> ImportResult:
        log.info(
            "contacts import %s: %d of %d entries; %s",
            "cancelled" if self.result.cancelled else "done",
            self.result.done,
            self.result.entries,
            self.result.summary(),
        )
        return self.result


@dataclass(slots=True)
class _Draft:
    """A contact as the batch leaves it: a new one, or a stored one with what it was before."""

    phone: str
    name: str = ""
    profile_name: str = ""
    notes: str = ""
    legal_basis: LegalBasis | None = None
    labels: dict[str, str] = field(default_factory=dict)  # casefolded -> as written
    id: int | None = None
    before: StoredContact | None = None
    created_by_this_import: bool = False

    @classmethod
    def of(cls, stored: StoredContact, created_by_this_import: bool) -> _Draft:
        return cls(
            phone=stored.phone_e164,
            name=stored.display_name,
            profile_name=stored.profile_name,
            notes=stored.notes,
            legal_basis=stored.legal_basis,
            labels={name.casefold(): name for name in stored.labels},
            id=stored.id,
            before=stored,
            created_by_this_import=created_by_this_import,
        )

    def absorb(self, row: ContactRow) -> bool:
        """Merge a row in by the import's rules; whether anything changed."""
        changed = False
        # The name the contact already shows (WhatsApp's profile name) is not copied into the staff's field.
        if row.name and not self.name and row.name != self.profile_name:
            self.name, changed = row.name, True
        if row.notes and row.notes not in self.notes:
            self.notes, changed = (f"{self.notes}\n{row.notes}" if self.notes else row.notes), True
        for label in row.labels:
            if label.casefold() not in self.labels:
                self.labels[label.casefold()], changed = label, True
        if row.legal_basis is not None and self.legal_basis is None:
            self.legal_basis, changed = row.legal_basis, True
        return changed

    def changes(self) -> dict[str, tuple[object, object]]:
        """What differs from the stored contact, field by field (the history row)."""
        before = self.before
        if before is None:
            return {}
        pairs: dict[str, tuple[object, object]] = {
            "display_name": (before.display_name, self.name),
            "notes": (before.notes, self.notes),
            "labels": (sorted(before.labels, key=str.casefold), sorted(self.labels.values(), key=str.casefold)),
            "legal_basis": (
                before.legal_basis.value if before.legal_basis else None,
                self.legal_basis.value if self.legal_basis else None,
            ),
        }
        return {name: pair for name, pair in pairs.items() if pair[0] != pair[1]}


class _IdSet:
    """Contact ids as one bit each: a million contacts made by one import take 125 kB, not 60 MB."""

    __slots__ = ("_bits",)

    def __init__(self) -> None:
        self._bits = bytearray()

    def add(self, contact_id: int) -> None:
        byte = contact_id >> 3
        if byte >= len(self._bits):
            self._bits.extend(bytes(byte + 1 - len(self._bits) + (len(self._bits) >> 1)))
        self._bits[byte] |= 1 << (contact_id & 7)

    def __contains__(self, contact_id: object) -> bool:
        if not isinstance(contact_id, int) or contact_id < 0:
            return False
        byte = contact_id >> 3
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << (contact_id & 7)))


class _BatchWriter:
    """Checks and writes batches; remembers across them the numbers it parsed and the contacts it made."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = store.contact_import
        self.region = AppSettings.from_stored(store.settings.all()).region
        self.numbers: dict[str, str | InvalidPhoneNumberError] = {}  # a number repeated in the file parses once
        self.created = _IdSet()
        self.labels: dict[str, tuple[int, str]] = {}
        self.subjects: set[str] = set()

    def write(self, records: Iterable[Record], counts: dict[Outcome, int]) -> list[RowReport]:
        reports: list[RowReport] = []
        checked: list[tuple[ContactRow, str]] = []
        by_bsuid: list[ContactRow] = []
        for record in records:
            for row in record.rows():
                reason = row.problem
                if reason is None and row.user_id and not is_bsuid(row.user_id):
                    reason = english("not a WhatsApp BSUID (two letters, a dot, then letters and digits)")
                if reason is None and not row.phone.strip() and row.user_id:
                    by_bsuid.append(row)  # a customer who never shared a number: known by their BSUID
                    continue
                if reason is None:
                    number = self._normalize(row.phone)
                    if isinstance(number, str):
                        checked.append((row, number))
                        continue
                    reason = str(number)
                counts[Outcome.REJECTED] += 1
                reports.append(RowReport(row.line, Outcome.REJECTED, reason))
        at = utc_now()
        with self.store.transaction():
            # Read again each batch: between batches the screen may have added or removed a label.
            self.labels = self.queries.label_ids()
            self.subjects = self.queries.deletion_subjects()
            stored = self.queries.by_phones(number for _, number in checked)
            drafts: dict[str, _Draft] = {}
            for row, number in checked:
                outcome = self._merge(row, number, stored, drafts)
                counts[outcome] += 1
                if outcome is Outcome.SKIPPED:
                    reports.append(RowReport(row.line, outcome, SKIPPED_REASON))
            self._save(list(drafts.values()), at)
            for row, number in checked:
                if row.user_id:
                    self.queries.link_bsuid(number, row.user_id)
            for row in by_bsuid:
                outcome = self._by_bsuid(row, at)
                counts[outcome] += 1
                if outcome is Outcome.SKIPPED:
                    reports.append(RowReport(row.line, outcome, SKIPPED_REASON))
        reports.sort(key=lambda r: r.line)
        return reports

    def _by_bsuid(self, row: ContactRow, at: datetime) -> Outcome:
        """A row with a BSUID and no number: the contact with that BSUID, made if it is not here yet."""
        assert row.user_id is not None
        if self.subjects and subject_hash(self.store, row.user_id) in self.subjects:
            return Outcome.SKIPPED
        if self.store.contacts.get_by_user_id(row.user_id) is not None:
            return Outcome.UNCHANGED
        self.store.contacts.add(
            Contact(
                phone_e164=None,
                user_id=row.user_id,
                display_name=row.name,
                notes=row.notes,
                labels=list(row.labels),
                legal_basis=row.legal_basis,
                created_at=at,
                updated_at=at,
            )
        )
        return Outcome.CREATED

    def _normalize(self, raw: str) -> str | InvalidPhoneNumberError:
        found = self.numbers.get(raw)
        if found is None:
            if len(self.numbers) >= NUMBER_CACHE:  # memory stays flat however long the file
                self.numbers.clear()
            try:
                found = normalize_e164(raw, self.region, whatsapp=True)  # a landline is skipped, with why
            except InvalidPhoneNumberError as exc:
                found = exc
            self.numbers[raw] = found
        return found

    def _merge(
        self, row: ContactRow, number: str, stored: dict[str, StoredContact], drafts: dict[str, _Draft]
    ) -> Outcome:
        draft = drafts.get(number)
        if draft is None:
            if self.subjects and subject_hash(self.store, number) in self.subjects:
                return Outcome.SKIPPED
            contact = stored.get(number)
            if contact is None:
                drafts[number] = draft = _Draft(phone=number)
                draft.absorb(row)
                return Outcome.CREATED
            drafts[number] = draft = _Draft.of(contact, contact.id in self.created)
        return Outcome.MERGED if draft.absorb(row) else Outcome.UNCHANGED

    def _save(self, drafts: list[_Draft], at: datetime) -> None:
        new = [d for d in drafts if d.before is None]
        pairs: list[tuple[int, int]] = []
        if new:
            ids = self.queries.insert_contacts([NewContact(d.phone, d.name, d.notes, d.legal_basis) for d in new], at)
            for draft in new:
                draft.id = ids[draft.phone]
                self.created.add(draft.id)
                pairs += [(draft.id, self._label_id(name)) for name in draft.labels.values()]
                if draft.legal_basis is not None:
                    self._record_basis(draft.id, draft.legal_basis, at)
        for draft in drafts:
            changes = draft.changes()
            if draft.id is None or draft.before is None or not changes:
                continue  # new (done above), or nothing new: not even updated_at moves
            self.queries.update_contact(draft.id, draft.name, draft.notes, draft.legal_basis, at)
            if "labels" in changes:
                pairs += [(draft.id, self._label_id(name)) for name in draft.labels.values()]
            if "legal_basis" in changes and draft.legal_basis is not None:
                self._record_basis(draft.id, draft.legal_basis, at)
            if not draft.created_by_this_import:  # a contact this import made has its creation as its record
                self.store.contact_history.record(draft.id, at, changes)
        self.queries.add_labels(pairs)

    def _label_id(self, name: str) -> int:
        found = self.labels.get(name.casefold())
        if found is None:
            found = (self.queries.create_label(name), name)
            self.labels[name.casefold()] = found
        return found[0]

    def _record_basis(self, contact_id: int, basis: LegalBasis, at: datetime) -> None:
        self.store.consent.append(
            ConsentEvent(contact_id, ConsentKind.LEGAL_BASIS, ConsentSource.IMPORT, at=at, legal_basis=basis)
        )
