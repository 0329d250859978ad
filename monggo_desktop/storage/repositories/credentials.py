from __future__ import annotations

from monggo_desktop.storage.repositories.base import Repository


class CredentialRepository(Repository):
    """Secrets inside the encrypted database: the API credentials in passphrase mode, and the recovery
    secret once the app lock has re-keyed the database."""

    def get(self, name: str) -> str | None:
        row = self._conn.execute("SELECT value FROM credentials WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set(self, name: str, value: str) -> None:
        with self._transaction():
            self._conn.execute(
                "INSERT INTO credentials (name, value) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def delete(self, name: str) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM credentials WHERE name = ?", (name,))
