"""Numbered schema migrations; ``PRAGMA user_version`` holds the number of the last one applied."""

from __future__ import annotations

from monggo_desktop.storage.migrations import (
    m0001_initial,
    m0002_message_search,
    m0003_messaging,
    m0004_retention,
    m0005_contacts,
    m0006_search_bulk_delete,
    m0007_reports,
    m0008_privacy_records,
    m0009_customers_and_events,
)
from monggo_desktop.storage.migrations.runner import Migration, current_version, migrate

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", m0001_initial.STATEMENTS),
    Migration(2, "message search (FTS5 trigram)", m0002_message_search.STATEMENTS),
    Migration(3, "messaging engine: inbox, pending statuses, templates, media keys", m0003_messaging.STATEMENTS),
    Migration(4, "retention: the messages' retention index and the record of runs", m0004_retention.STATEMENTS),
    Migration(5, "contacts: custom fields, blocking, history, consent ledger", m0005_contacts.STATEMENTS),
    Migration(6, "search: deleted entries purged in bulk, not row by row", m0006_search_bulk_delete.STATEMENTS),
    Migration(7, "reports: messages indexed by the time they were written", m0007_reports.STATEMENTS),
    Migration(8, "privacy center: the exports made and the backups attempted", m0008_privacy_records.STATEMENTS),
    Migration(
        9,
        "customers by BSUID and username, edits and deletions, ads, the account's notices",
        m0009_customers_and_events.STATEMENTS,
    ),
)
LATEST_VERSION = MIGRATIONS[-1].version

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "current_version", "migrate"]
