from __future__ import annotations

import json
from collections.abc import Sequence

from monggo_desktop.domain.models import StoredTemplate
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms_required, to_ms

_COLUMNS = (
    "id, account_id, meta_template_id, name, language, status, category, components, parameter_format,"
    " quality_score, rejected_reason, synced_at"
)


def _row_to_template(row: Row) -> StoredTemplate:
    return StoredTemplate(
        id=row[0],
        account_id=row[1],
        meta_template_id=row[2],
        name=row[3],
        language=row[4],
        status=row[5],
        category=row[6],
        components=json.loads(row[7]),
        parameter_format=row[8],
        quality_score=row[9],
        rejected_reason=row[10],
        synced_at=from_ms_required(row[11]),
    )


class TemplateRepository(Repository):
    def replace_all(self, account_id: int, templates: Sequence[StoredTemplate]) -> None:
        """The account's templates become exactly ``templates`` (a sync from the API)."""
        with self._transaction():
            self._conn.execute("DELETE FROM templates WHERE account_id = ?", (account_id,))
            self._conn.executemany(
                f"INSERT INTO templates ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        account_id,
                        t.meta_template_id,
                        t.name,
                        t.language,
                        t.status,
                        t.category,
                        json.dumps(t.components, ensure_ascii=False),
                        t.parameter_format,
                        t.quality_score,
                        t.rejected_reason,
                        to_ms(t.synced_at),
                    )
                    for t in templates
                ],
            )

    def for_account(self, account_id: int, *, sendable_only: bool = False) -> list[StoredTemplate]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM templates WHERE account_id = ? AND (? = 0 OR status = 'APPROVED')"
            " ORDER BY name, language",
            (account_id, int(sendable_only)),
        ).fetchall()
        return [_row_to_template(r) for r in rows]

    def get(self, account_id: int, name: str, language: str) -> StoredTemplate | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM templates WHERE account_id = ? AND name = ? AND language = ?",
            (account_id, name, language),
        ).fetchone()
        return _row_to_template(row) if row else None

    def set_quality(self, meta_template_id: str, quality: str) -> int:
        """A ``message_template_quality_update`` webhook: GREEN, YELLOW, RED."""
        with self._transaction():
            cur = self._conn.execute(
                "UPDATE templates SET quality_score = ? WHERE meta_template_id = ?", (quality, meta_template_id)
            )
        return int(cur.rowcount)

    def set_category(self, meta_template_id: str, category: str) -> int:
        """A ``template_category_update`` webhook: Meta moved the template to another category."""
        with self._transaction():
            cur = self._conn.execute(
                "UPDATE templates SET category = ? WHERE meta_template_id = ?", (category, meta_template_id)
            )
        return int(cur.rowcount)

    def set_status(self, meta_template_id: str, status: str, reason: str | None) -> int:
        """A ``message_template_status_update`` webhook: approved, rejected, paused…"""
        with self._transaction():
            cur = self._conn.execute(
                "UPDATE templates SET status = ?, rejected_reason = ? WHERE meta_template_id = ?",
                (status, reason, meta_template_id),
            )
        return int(cur.rowcount)
