from __future__ import annotations

import json

from monggo_desktop.domain.models import DeletionRequest, DeletionState
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

_COLUMNS = "id, subject_hash, requested_at, state, executed_at, verified_at, counts"


def _row_to_request(row: Row) -> DeletionRequest:
    return DeletionRequest(
        id=row[0],
        subject_hash=row[1],
        requested_at=from_ms_required(row[2]),
        state=DeletionState(row[3]),
        executed_at=from_ms(row[4]),
        verified_at=from_ms(row[5]),
        counts=json.loads(row[6]),
    )


class DeletionRequestRepository(Repository):
    def add(self, request: DeletionRequest) -> DeletionRequest:
        with self._transaction():
            cur = self._conn.execute(
                f"INSERT INTO deletion_requests ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?)",
                self._values(request),
            )
        request.id = cur.lastrowid
        return request

    def update(self, request: DeletionRequest) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE deletion_requests SET subject_hash = ?, requested_at = ?, state = ?, executed_at = ?,"
                " verified_at = ?, counts = ? WHERE id = ?",
                (*self._values(request), request.id),
            )

    def get(self, request_id: int) -> DeletionRequest | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM deletion_requests WHERE id = ?", (request_id,)).fetchone()
        return _row_to_request(row) if row else None

    def for_subject(self, subject_hash: str) -> list[DeletionRequest]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM deletion_requests WHERE subject_hash = ? ORDER BY id", (subject_hash,)
        ).fetchall()
        return [_row_to_request(r) for r in rows]

    @staticmethod
    def _values(r: DeletionRequest) -> Row:
        return (
            r.subject_hash,
            to_ms(r.requested_at),
            r.state.value,
            to_ms(r.executed_at),
            to_ms(r.verified_at),
            json.dumps(r.counts, sort_keys=True),
        )

    def recent(self, limit: int = 50) -> list[DeletionRequest]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM deletion_requests ORDER BY requested_at DESC, id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [_row_to_request(r) for r in rows]
