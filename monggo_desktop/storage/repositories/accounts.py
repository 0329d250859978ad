from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.models import Account, AccountState
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms, from_ms_required, to_ms

_COLUMNS = (
    "id, phone_number_id, waba_id, display_number, verified_name, api_base_url, api_version, "
    "state, created_at, closed_at"
)


def _row_to_account(row: Row) -> Account:
    return Account(
        id=row[0],
        phone_number_id=row[1],
        waba_id=row[2],
        display_number=row[3],
        verified_name=row[4],
        api_base_url=row[5],
        api_version=row[6],
        state=AccountState(row[7]),
        created_at=from_ms_required(row[8]),
        closed_at=from_ms(row[9]),
    )


class AccountRepository(Repository):
    def add(self, account: Account) -> Account:
        with self._transaction():
            cur = self._conn.execute(
                "INSERT INTO accounts (phone_number_id, waba_id, display_number, verified_name, api_base_url,"
                " api_version, state, created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account.phone_number_id,
                    account.waba_id,
                    account.display_number,
                    account.verified_name,
                    account.api_base_url,
                    account.api_version,
                    account.state.value,
                    to_ms(account.created_at),
                    to_ms(account.closed_at),
                ),
            )
        account.id = cur.lastrowid
        return account

    def update(self, account: Account) -> None:
        with self._transaction():
            self._conn.execute(
                "UPDATE accounts SET waba_id = ?, display_number = ?, verified_name = ?, api_base_url = ?,"
                " api_version = ?, state = ?, closed_at = ? WHERE id = ?",
                (
                    account.waba_id,
                    account.display_number,
                    account.verified_name,
                    account.api_base_url,
                    account.api_version,
                    account.state.value,
                    to_ms(account.closed_at),
                    account.id,
                ),
            )

    def get(self, account_id: int) -> Account | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account_id,)).fetchone()
        return _row_to_account(row) if row else None

    def get_by_phone_number_id(self, phone_number_id: str) -> Account | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM accounts WHERE phone_number_id = ?", (phone_number_id,)
        ).fetchone()
        return _row_to_account(row) if row else None

    def list(self) -> list[Account]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY id").fetchall()
        return [_row_to_account(r) for r in rows]

    def close(self, account_id: int, at: datetime) -> None:
        """Stamp an account closed; retention purges its data 90 days later."""
        with self._transaction():
            self._conn.execute(
                "UPDATE accounts SET state = 'closed', closed_at = ? WHERE id = ? AND state = 'active'",
                (to_ms(at), account_id),
            )

    def reopen(self, account_id: int) -> None:
        """Cancel a closure (before the purge): the account is active again."""
        with self._transaction():
            self._conn.execute(
                "UPDATE accounts SET state = 'active', closed_at = NULL WHERE id = ? AND state = 'closed'",
                (account_id,),
            )
