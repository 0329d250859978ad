"""The consent ledger (append-only) and the history of contact edits."""

from __future__ import annotations

import json
from datetime import datetime

from monggo_desktop.domain.models import ConsentEvent, ConsentKind, ConsentSource, ContactChange, LegalBasis
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms_required, to_ms


class ConsentLedger(Repository):
    def append(self, event: ConsentEvent) -> ConsentEvent:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO consent_events (contact_id, at, kind, legal_basis, source) VALUES (?, ?, ?, ?, ?)",
                (
                    event.contact_id,
                    to_ms(event.at),
                    event.kind.value,
                    event.legal_basis.value if event.legal_basis else None,
                    event.source.value,
                ),
            )
        return ConsentEvent(event.contact_id, event.kind, event.source, event.at, event.legal_basis, id=cur.lastrowid)

    def of(self, contact_id: int) -> list[ConsentEvent]:
        """Oldest first."""
        rows = self._conn.execute(
            "SELECT id, contact_id, at, kind, legal_basis, source FROM consent_events WHERE contact_id = ?"
            " ORDER BY at, id",
            (contact_id,),
        )
        return [
            ConsentEvent(
                contact_id=r[1],
                kind=ConsentKind(r[3]),
                source=ConsentSource(r[5]),
                at=from_ms_required(r[2]),
                legal_basis=LegalBasis(r[4]) if r[4] else None,
                id=r[0],
            )
            for r in rows
        ]

    def move(self, from_contact: int, to_contact: int) -> None:
        """A merge: the kept contact carries the merged one's ledger; what each row says stays as it was."""
        with self._transaction():
            self._conn.execute(
                "UPDATE consent_events SET contact_id = ? WHERE contact_id = ?", (to_contact, from_contact)
            )


class ContactHistory(Repository):
    def record(self, contact_id: int, at: datetime, changes: dict[str, tuple[object, object]]) -> None:
        if not changes:
            return
        with self._transaction():
            self._conn.execute(
                "INSERT INTO contact_history (contact_id, at, changes) VALUES (?, ?, ?)",
                (contact_id, to_ms(at), json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str)),
            )

    def of(self, contact_id: int) -> list[ContactChange]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT id, contact_id, at, changes FROM contact_history WHERE contact_id = ? ORDER BY at DESC, id DESC",
            (contact_id,),
        )
        return [
            ContactChange(
                contact_id=r[1],
                at=from_ms_required(r[2]),
                changes={k: (v[0], v[1]) for k, v in json.loads(r[3]).items()},
                id=r[0],
            )
            for r in rows
        ]

    def move(self, from_contact: int, to_contact: int) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE contact_history SET contact_id = ? WHERE contact_id = ?", (to_contact, from_contact)
            )
