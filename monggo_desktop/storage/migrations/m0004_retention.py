"""Retention: an index on the moment each message's 30 days start, and a record of every retention run.

The moment (design.md section 7): inbound, when it was received; outbound and delivered, when it was
delivered (or read or played, if the delivery receipt never came); never delivered, its last status.
The expression is written exactly as the retention queries write it, so SQLite uses the index for them.
"""

RETENTION_ANCHOR = (
    "(CASE WHEN direction = 'in' THEN created_at"
    " WHEN coalesce(delivered_at, read_at, played_at) IS NOT NULL THEN coalesce(delivered_at, read_at, played_at)"
    " ELSE max(created_at, coalesce(sent_at, 0), coalesce(failed_at, 0)) END)"
)

STATEMENTS: tuple[str, ...] = (
    f"CREATE INDEX messages_by_retention ON messages({RETENTION_ANCHOR})",
    # Counts only: a run's record never holds a number, a name or a word of a message.
    """
    CREATE TABLE retention_runs (
        id          INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        finished_at INTEGER,
        dry_run     INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
        outcome     TEXT NOT NULL CHECK (outcome IN ('running', 'done', 'cancelled', 'failed')),
        counts      TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX retention_runs_recent ON retention_runs(started_at DESC)",
)
