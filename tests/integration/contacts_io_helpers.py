"""What the contact import and export tests share: files written as people make them, and the tables' state."""

from __future__ import annotations

from pathlib import Path

from monggo_desktop.domain.models import Contact
from monggo_desktop.storage import Database, Store

DEWI = "+6281398765432"
BUDI = "+6285712345678"
RINA = "+6281122334455"
SARI = "+6287812345678"

TABLES = ("contacts", "labels", "contact_labels", "contact_history", "consent_events")


def state(db: Database) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every row of the tables an import may touch: equal states mean the import changed nothing."""

    def read(store: Store) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
        return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}

    return db.call(read)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """The text with CRLF line ends (as spreadsheet programs write them), in ``encoding``."""
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding))
    return path


def contact(db: Database, phone: str) -> Contact:
    found = db.call(lambda s: s.contacts.get_by_phone(phone))
    assert found is not None, "no contact with that number"
    return found


def contacts(db: Database) -> dict[str, Contact]:
    return {c.phone_e164: c for c in db.call(lambda s: s.contacts.page(limit=100_000))}


def add(db: Database, phone: str, **fields: object) -> Contact:
    return db.call(lambda s: s.contacts.add(Contact(phone_e164=phone, **fields)))  # type: ignore[arg-type]
