from __future__ import annotations

import json
from datetime import datetime

from monggo_desktop.domain.models import UsageEvent
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms_required, to_ms


class UsageEventRepository(Repository):
    """Local usage analytics: event names and non-personal properties only."""

    def add(self, event: UsageEvent) -> UsageEvent:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO usage_events (name, occurred_at, properties) VALUES (?, ?, ?)",
                (event.name, to_ms(event.occurred_at), json.dumps(event.properties, sort_keys=True)),
            )
        event.id = cur.lastrowid
        return event

    def since(self, start: datetime) -> list[UsageEvent]:
        rows = self._conn.execute(
            "SELECT id, name, occurred_at, properties FROM usage_events WHERE occurred_at >= ? ORDER BY id",
            (to_ms(start),),
        ).fetchall()
        return [
            UsageEvent(id=r[0], name=r[1], occurred_at=from_ms_required(r[2]), properties=json.loads(r[3]))
            for r in rows
        ]

    def delete_before(self, cutoff: datetime) -> int:
        with self._transaction():
            cur = self._conn.execute("DELETE FROM usage_events WHERE occurred_at < ?", (to_ms(cutoff),))
        return int(cur.rowcount)
