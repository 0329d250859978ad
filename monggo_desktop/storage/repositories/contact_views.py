"""Read-side queries for the contacts screen: a page of rows, sorted and filtered, in few indexed queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from monggo_desktop.domain.contacts import ContactQuery, ContactRow, ContactSort
from monggo_desktop.domain.customer_ids import handle
from monggo_desktop.domain.models import LegalBasis
from monggo_desktop.domain.phone import display_international
from monggo_desktop.domain.views import LabelView
from monggo_desktop.storage.migrations.m0009_customers_and_events import CONTACT_SORT_NAME
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms

_LAST_AT = "(SELECT max(cv.last_message_at) FROM conversations cv WHERE cv.contact_id = c.id)"
_SELECT = (
    f"SELECT c.id, {CONTACT_SORT_NAME}, c.phone_e164, {_LAST_AT}, c.legal_basis, c.consent_given_at,"
    " c.consent_withdrawn_at, c.marketing_opt_out, c.blocked, c.username, c.user_id FROM contacts c"
)
_ORDER = {
    ContactSort.NAME: f"{CONTACT_SORT_NAME} COLLATE NOCASE {{dir}}, c.id {{dir}}",
    ContactSort.PHONE: "c.phone_e164 {dir}",
    ContactSort.LAST_MESSAGE: f"{_LAST_AT} IS NULL, {_LAST_AT} {{dir}}, c.id {{dir}}",
}


@dataclass(frozen=True, slots=True)
class _Where:
    sql: str
    params: tuple[object, ...]


def _where(query: ContactQuery) -> _Where:
    clauses, params = [], []
    text = query.text.strip()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        digits = "".join(ch for ch in text if ch.isdigit()).lstrip("0")  # "0812…" is "+62812…" nationally
        clauses.append(
            "(c.display_name LIKE ? ESCAPE '\\' OR c.profile_name LIKE ? ESCAPE '\\' OR c.username LIKE ? ESCAPE '\\'"
            " OR c.user_id = ? OR (? != '' AND c.phone_e164 LIKE '%' || ? || '%'))"
        )
        params += [like, like, like.replace("%@", "%", 1), text, digits if len(digits) >= 3 else "", digits]
    if query.label:
        clauses.append(
            "c.id IN (SELECT cl.contact_id FROM contact_labels cl JOIN labels l ON l.id = cl.label_id WHERE l.name = ?)"
        )
        params.append(query.label)
    if query.blocked_only:
        clauses.append("c.blocked = 1")
    return _Where(" WHERE " + " AND ".join(clauses) if clauses else "", tuple(params))


def _row(r: Row) -> ContactRow:
    consent = "withdrawn" if r[6] and (not r[5] or r[6] >= r[5]) else ("given" if r[5] else None)
    known_as = handle(r[9], r[10])
    return ContactRow(
        contact_id=r[0],
        name=r[1] if r[1] not in (r[2], r[10]) else "",
        phone_e164=r[2] or "",
        phone_display=display_international(r[2]) if r[2] else known_as,
        last_at=from_ms(r[3]),
        legal_basis=LegalBasis(r[4]) if r[4] else None,
        consent=consent,
        marketing_opt_out=bool(r[7]),
        blocked=bool(r[8]),
    )


class ContactQueries(Repository):
    def rows(self, query: ContactQuery, *, offset: int, limit: int) -> list[ContactRow]:
        where = _where(query)
        direction = "DESC" if query.descending else "ASC"
        order = _ORDER[query.sort].format(dir=direction)
        found = self._conn.execute(
            f"{_SELECT}{where.sql} ORDER BY {order} LIMIT ? OFFSET ?", (*where.params, limit, offset)
        ).fetchall()
        return self._with_labels([_row(r) for r in found])

    def count(self, query: ContactQuery) -> int:
        where = _where(query)
        return int(self._conn.execute(f"SELECT count(*) FROM contacts c{where.sql}", where.params).fetchone()[0])

    def row(self, contact_id: int) -> ContactRow | None:
        found = self._conn.execute(f"{_SELECT} WHERE c.id = ?", (contact_id,)).fetchone()
        return self._with_labels([_row(found)])[0] if found else None

    def _with_labels(self, rows: list[ContactRow]) -> list[ContactRow]:
        if not rows:
            return rows
        ids = [r.contact_id for r in rows]
        found: dict[int, list[LabelView]] = defaultdict(list)
        for contact_id, name, color in self._conn.execute(
            "SELECT cl.contact_id, l.name, l.color FROM contact_labels cl JOIN labels l ON l.id = cl.label_id"
            f" WHERE cl.contact_id IN ({','.join('?' * len(ids))}) ORDER BY l.name COLLATE NOCASE",
            ids,
        ):
            found[contact_id].append(LabelView(name, color))
        return [replace(r, labels=tuple(found[r.contact_id])) if r.contact_id in found else r for r in rows]

    def conversation_of(self, contact_id: int, account_id: int) -> int | None:
        found = self._conn.execute(
            "SELECT id FROM conversations WHERE contact_id = ? AND account_id = ?", (contact_id, account_id)
        ).fetchone()
        return found[0] if found else None
