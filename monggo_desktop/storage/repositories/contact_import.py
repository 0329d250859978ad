"""The SQL of contact import and export: set-wise lookups and writes, so 100,000 rows take seconds.

The import runs one transaction per batch (the service opens it); nothing here commits on its own.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from monggo_desktop.domain.labels import next_label_color
from monggo_desktop.domain.models import LegalBasis
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import to_ms

T = TypeVar("T")

# SQLite allows 32,766 bound parameters; a batch stays far below.
_MAX_PARAMS = 900
_LABEL_SEPARATOR = "\x1f"  # the unit separator: never typed into a label name


@dataclass(slots=True)
class StoredContact:
    """What the import may merge into: the fields it reads and writes, and the labels by name."""

    id: int
    phone_e164: str
    display_name: str
    profile_name: str
    notes: str
    legal_basis: LegalBasis | None
    labels: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NewContact:
    phone_e164: str
    display_name: str
    notes: str
    legal_basis: LegalBasis | None


@dataclass(frozen=True, slots=True)
class ExportedContact:
    phone_e164: str | None
    display_name: str
    profile_name: str
    labels: list[str]
    notes: str
    legal_basis: LegalBasis | None
    user_id: str | None = None


class ContactImportQueries(Repository):
    # --- import ------------------------------------------------------------------------------------

    def by_phones(self, phones: Iterable[str]) -> dict[str, StoredContact]:
        """The stored contacts among these E.164 numbers, by number, with their labels."""
        wanted = sorted(set(phones))
        found: dict[str, StoredContact] = {}
        for chunk in _chunks(wanted):
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT id, phone_e164, display_name, profile_name, notes, legal_basis FROM contacts"
                f" WHERE phone_e164 IN ({marks})",
                chunk,
            )
            for r in rows:
                found[r[1]] = StoredContact(r[0], r[1], r[2], r[3], r[4], LegalBasis(r[5]) if r[5] else None)
        by_id = {c.id: c for c in found.values()}
        for ids in _chunks(sorted(by_id)):
            marks = ", ".join("?" * len(ids))
            rows = self._conn.execute(
                "SELECT cl.contact_id, l.name FROM contact_labels cl JOIN labels l ON l.id = cl.label_id"
                f" WHERE cl.contact_id IN ({marks}) ORDER BY l.name COLLATE NOCASE",
                ids,
            )
            for contact_id, name in rows:
                by_id[contact_id].labels.append(name)
        return found

    def label_ids(self) -> dict[str, tuple[int, str]]:
        """Every label as casefolded name -> (id, name as stored); names are unique without case."""
        return {
            name.casefold(): (label_id, name) for label_id, name in self._conn.execute("SELECT id, name FROM labels")
        }

    def create_label(self, name: str) -> int:
        """A new label with the palette's least used colour (as the label screen picks it)."""
        in_use = [r[0] for r in self._conn.execute("SELECT color FROM labels")]
        cur = self._conn.execute("INSERT INTO labels (name, color) VALUES (?, ?)", (name, next_label_color(in_use)))
        return int(cur.lastrowid)

    def insert_contacts(self, rows: Sequence[NewContact], at: datetime) -> dict[str, int]:
        """Insert new contacts (numbers not stored yet); returns their ids by number."""
        stamp = to_ms(at)
        self._conn.executemany(
            "INSERT INTO contacts (phone_e164, display_name, notes, legal_basis, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (r.phone_e164, r.display_name, r.notes, r.legal_basis.value if r.legal_basis else None, stamp, stamp)
                for r in rows
            ],
        )
        ids: dict[str, int] = {}
        for chunk in _chunks([r.phone_e164 for r in rows]):
            marks = ", ".join("?" * len(chunk))
            ids.update(
                (phone, contact_id)
                for contact_id, phone in self._conn.execute(
                    f"SELECT id, phone_e164 FROM contacts WHERE phone_e164 IN ({marks})", chunk
                )
            )
        return ids

    def update_contact(
        self, contact_id: int, display_name: str, notes: str, legal_basis: LegalBasis | None, at: datetime
    ) -> None:
        self._conn.execute(
            "UPDATE contacts SET display_name = ?, notes = ?, legal_basis = ?, updated_at = ? WHERE id = ?",
            (display_name, notes, legal_basis.value if legal_basis else None, to_ms(at), contact_id),
        )

    def add_labels(self, pairs: Iterable[tuple[int, int]]) -> None:
        """(contact id, label id) pairs; a pair already there stays as it is."""
        self._conn.executemany("INSERT OR IGNORE INTO contact_labels (contact_id, label_id) VALUES (?, ?)", pairs)

    def link_bsuid(self, phone_e164: str, user_id: str) -> None:
        """Give the contact with this number its BSUID, unless it has one or another contact holds it."""
        self._conn.execute(
            "UPDATE contacts SET user_id = ? WHERE phone_e164 = ? AND user_id IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM contacts WHERE user_id = ?)",
            (user_id, phone_e164, user_id),
        )

    def deletion_subjects(self) -> set[str]:
        """The subject hashes of every deletion request: few, so a set beats a query per imported number."""
        return {r[0] for r in self._conn.execute("SELECT subject_hash FROM deletion_requests")}

    # --- export ------------------------------------------------------------------------------------

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def exported(self, *, contact_id: int | None = None) -> Generator[ExportedContact]:
        """Every contact (or only ``contact_id``) in id order, with its labels by name; streamed, so memory
        stays flat."""
        where = " WHERE c.id = ?" if contact_id is not None else ""
        rows = self._conn.execute(
            "SELECT c.phone_e164, c.display_name, c.profile_name, c.notes, c.legal_basis, c.user_id,"
            f" (SELECT group_concat(name, '{_LABEL_SEPARATOR}') FROM"
            "   (SELECT l.name AS name FROM contact_labels cl JOIN labels l ON l.id = cl.label_id"
            "    WHERE cl.contact_id = c.id ORDER BY l.name COLLATE NOCASE))"
            f" FROM contacts c{where} ORDER BY c.id",
            (contact_id,) if contact_id is not None else (),
        )
        for phone, display_name, profile_name, notes, basis, user_id, labels in rows:
            yield ExportedContact(
                phone_e164=phone,
                display_name=display_name,
                profile_name=profile_name,
                labels=labels.split(_LABEL_SEPARATOR) if labels else [],
                notes=notes,
                legal_basis=LegalBasis(basis) if basis else None,
                user_id=user_id,
            )


def _chunks(values: Sequence[T], size: int = _MAX_PARAMS) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
