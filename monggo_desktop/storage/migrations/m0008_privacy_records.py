"""The privacy center's records: every export made and every backup attempted. Dates, counts and file
names only; a one-customer export keeps the same salted hash a deletion receipt keeps, never the number,
so that deleting that customer can blank the export's file name too."""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE export_records (
        id           INTEGER PRIMARY KEY,
        made_at      INTEGER NOT NULL,
        scope        TEXT NOT NULL CHECK (scope IN ('account', 'contact')),
        encrypted    INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
        file_name    TEXT,
        subject_hash TEXT
    )
    """,
    "CREATE INDEX export_records_recent ON export_records(made_at DESC)",
    "CREATE INDEX export_records_by_subject ON export_records(subject_hash) WHERE subject_hash IS NOT NULL",
    # reason: a code the screen puts in words ('disk_full', 'not_writable', 'damaged', 'error'), no text.
    """
    CREATE TABLE backup_runs (
        id          INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        finished_at INTEGER,
        trigger     TEXT NOT NULL CHECK (trigger IN ('daily', 'manual', 'command')),
        outcome     TEXT NOT NULL CHECK (outcome IN ('running', 'done', 'failed', 'cancelled')),
        file_name   TEXT,
        size        INTEGER,
        media_files INTEGER,
        reason      TEXT
    )
    """,
    "CREATE INDEX backup_runs_recent ON backup_runs(started_at DESC)",
)
