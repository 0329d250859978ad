from __future__ import annotations

import json
import re
from typing import Any

from monggo_desktop.storage.repositories.base import Repository

# Credentials belong in the keyring (or, in passphrase mode, the credentials table), never in settings.
_SECRET_LOOKING = re.compile(r"token|secret|password|passphrase|api_key|credential", re.IGNORECASE)


class SettingsRepository(Repository):
    """Non-secret preferences as JSON values under string keys."""

    def get(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        if _SECRET_LOOKING.search(key):
            raise ValueError("secrets are not settings: store them through the vault")
        with self._transaction():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def set_many(self, values: dict[str, Any]) -> None:
        with self._transaction():
            for key, value in values.items():
                self.set(key, value)

    def delete(self, key: str) -> None:
        with self._transaction():
            self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._conn.execute("SELECT key, value FROM settings")}
