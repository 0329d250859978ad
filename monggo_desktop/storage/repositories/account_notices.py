from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.models import AccountNotice
from monggo_desktop.storage.repositories.base import Repository
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms


class AccountNoticeRepository(Repository):
    def add(self, waba_id: str, notice: AccountNotice) -> AccountNotice:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO account_notices (waba_id, field, event, detail, until, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (waba_id, notice.field, notice.event, notice.detail, to_ms(notice.until), to_ms(notice.received_at)),
            )
        notice.id = cur.lastrowid
        return notice

    def open(self, limit: int = 5) -> list[AccountNotice]:
        """Notices not dismissed yet, newest first."""
        rows = self._conn.execute(
            "SELECT id, field, event, detail, until, received_at FROM account_notices"
            " WHERE dismissed_at IS NULL ORDER BY received_at DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [AccountNotice(r[1], r[2], r[3], from_ms(r[4]), from_ms_required(r[5]), r[0]) for r in rows]

    def dismiss(self, notice_id: int, at: datetime) -> None:
        with self._transaction():
            self._conn.execute("UPDATE account_notices SET dismissed_at = ? WHERE id = ?", (to_ms(at), notice_id))
