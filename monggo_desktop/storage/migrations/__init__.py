"""Numbered schema migrations; ``PRAGMA user_version`` holds the number of the last one applied."""

from __future__ import annotations

from monggo_desktop.storage.migrations import m0001_initial, m0002_message_search
from monggo_desktop.storage.migrations.runner import Migration, current_version, migrate

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", m0001_initial.STATEMENTS),
    Migration(2, "message search (FTS5 trigram)", m0002_message_search.STATEMENTS),
)
LATEST_VERSION = MIGRATIONS[-1].version

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "current_version", "migrate"]
