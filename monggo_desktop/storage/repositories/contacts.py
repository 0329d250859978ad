from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from monggo_desktop.domain.labels import next_label_color
from monggo_desktop.domain.models import Contact, LegalBasis
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

_COLUMNS = (
    "id, phone_e164, wa_id, display_name, profile_name, notes, legal_basis, consent_given_at,"
    " consent_withdrawn_at, marketing_opt_out, marketing_opt_out_at, created_at, updated_at, custom_fields, blocked,"
    " user_id, username"
)


def _row_to_contact(row: Row, labels: list[str]) -> Contact:
    return Contact(
        id=row[0],
        phone_e164=row[1],
        wa_id=row[2],
        display_name=row[3],
        profile_name=row[4],
        notes=row[5],
        legal_basis=LegalBasis(row[6]) if row[6] else None,
        consent_given_at=from_ms(row[7]),
        consent_withdrawn_at=from_ms(row[8]),
        marketing_opt_out=bool(row[9]),
        marketing_opt_out_at=from_ms(row[10]),
        created_at=from_ms_required(row[11]),
        updated_at=from_ms_required(row[12]),
        custom_fields=json.loads(row[13]),
        blocked=bool(row[14]),
        user_id=row[15],
        username=row[16],
        labels=labels,
    )


class ContactRepository(Repository):
    def add(self, contact: Contact) -> Contact:
        with self._transaction():
            cur = self._conn.execute(
                f"INSERT INTO contacts ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._values(contact),
            )
            contact.id = cur.lastrowid
            self._write_labels(contact.id, contact.labels)
        return contact

    def update(self, contact: Contact) -> None:
        if contact.id is None:
            raise ValueError("update needs a stored contact")
        with self._transaction():
            self._conn.execute(
                "UPDATE contacts SET phone_e164 = ?, wa_id = ?, display_name = ?, profile_name = ?, notes = ?,"
                " legal_basis = ?, consent_given_at = ?, consent_withdrawn_at = ?, marketing_opt_out = ?,"
                " marketing_opt_out_at = ?, created_at = ?, updated_at = ?, custom_fields = ?, blocked = ?,"
                " user_id = ?, username = ? WHERE id = ?",
                (*self._values(contact), contact.id),
            )
            self._write_labels(contact.id, contact.labels)

    def delete(self, contact_id: int) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))

    def get(self, contact_id: int) -> Contact | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return _row_to_contact(row, self._labels_of(row[0])) if row else None

    def get_by_phone(self, phone_e164: str) -> Contact | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE phone_e164 = ?", (phone_e164,)).fetchone()
        return _row_to_contact(row, self._labels_of(row[0])) if row else None

    def identity_by_phone(self, phone_e164: str) -> tuple[int, str | None, str] | None:
        """(id, wa_id, profile_name) of the contact with this number: the cheap lookup ingest needs."""
        row = self._conn.execute(
            "SELECT id, wa_id, profile_name FROM contacts WHERE phone_e164 = ?", (phone_e164,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def whatsapp_identity(self, *, phone_e164: str | None, user_id: str | None) -> list[Row]:
        """(id, phone_e164, wa_id, user_id, username, profile_name) of the contacts with this number or this
        BSUID: the cheap lookup ingest needs for every new conversation of a batch."""
        rows: list[Row] = self._conn.execute(
            "SELECT id, phone_e164, wa_id, user_id, username, profile_name FROM contacts"
            " WHERE phone_e164 = ? OR user_id = ? ORDER BY phone_e164 IS NULL, id",
            (phone_e164, user_id),
        ).fetchall()
        return rows

    def get_by_user_id(self, user_id: str) -> Contact | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE user_id = ?", (user_id,)).fetchone()
        return _row_to_contact(row, self._labels_of(row[0])) if row else None

    def get_by_username(self, username: str) -> Contact | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE username = ? COLLATE NOCASE", (username.lstrip("@"),)
        ).fetchone()
        return _row_to_contact(row, self._labels_of(row[0])) if row else None

    def set_whatsapp_identity(self, contact_id: int, wa_id: str, profile_name: str, at: datetime) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE contacts SET wa_id = ?, profile_name = ?, updated_at = ? WHERE id = ?",
                (wa_id, profile_name, to_ms(at), contact_id),
            )

    def page(self, *, after_id: int = 0, limit: int = 200) -> list[Contact]:
        """Contacts in id order, keyset-paged: pass the last id of the previous page."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit)
        ).fetchall()
        return [_row_to_contact(r, self._labels_of(r[0])) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def _values(self, c: Contact) -> Row:
        return (
            c.phone_e164,
            c.wa_id,
            c.display_name,
            c.profile_name,
            c.notes,
            c.legal_basis.value if c.legal_basis else None,
            to_ms(c.consent_given_at),
            to_ms(c.consent_withdrawn_at),
            int(c.marketing_opt_out),
            to_ms(c.marketing_opt_out_at),
            to_ms(c.created_at),
            to_ms(c.updated_at),
            json.dumps(c.custom_fields, ensure_ascii=False, sort_keys=True),
            int(c.blocked),
            c.user_id,
            c.username,
        )

    def _labels_of(self, contact_id: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT l.name FROM contact_labels cl JOIN labels l ON l.id = cl.label_id"
            " WHERE cl.contact_id = ? ORDER BY l.name COLLATE NOCASE",
            (contact_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def _write_labels(self, contact_id: int, names: Iterable[str]) -> None:
        self._conn.execute("DELETE FROM contact_labels WHERE contact_id = ?", (contact_id,))
        for name in {n.strip() for n in names if n.strip()}:
            if self._conn.execute("SELECT 1 FROM labels WHERE name = ?", (name,)).fetchone() is None:
                in_use = [r[0] for r in self._conn.execute("SELECT color FROM labels")]
                self._conn.execute("INSERT INTO labels (name, color) VALUES (?, ?)", (name, next_label_color(in_use)))
            self._conn.execute(
                "INSERT OR IGNORE INTO contact_labels (contact_id, label_id) SELECT ?, id FROM labels WHERE name = ?",
                (contact_id, name),
            )
