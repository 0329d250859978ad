"""The messaging engine: a durable webhook inbox, statuses waiting for their message, synced templates,
media download state and the keys that encrypt media files."""

STATEMENTS: tuple[str, ...] = (
    # Verified webhook bodies, stored before Meta gets its 200; applied later in order of arrival.
    # body_hash makes a re-delivery of the same bytes a no-op; the body is emptied once applied.
    """
    CREATE TABLE webhook_inbox (
        id          INTEGER PRIMARY KEY,
        body_hash   TEXT NOT NULL UNIQUE,
        body        BLOB NOT NULL,
        received_at INTEGER NOT NULL,
        applied_at  INTEGER,
        error       TEXT
    )
    """,
    "CREATE INDEX webhook_inbox_unapplied ON webhook_inbox(id) WHERE applied_at IS NULL",
    "CREATE INDEX webhook_inbox_applied ON webhook_inbox(applied_at) WHERE applied_at IS NOT NULL",
    # Statuses for messages not stored yet (a webhook can overtake the send's own answer).
    """
    CREATE TABLE pending_statuses (
        id               INTEGER PRIMARY KEY,
        wamid            TEXT NOT NULL,
        local_message_id INTEGER,
        status           TEXT NOT NULL,
        occurred_at      INTEGER NOT NULL,
        error_code       INTEGER,
        error_title      TEXT,
        received_at      INTEGER NOT NULL
    )
    """,
    "CREATE INDEX pending_statuses_by_wamid ON pending_statuses(wamid)",
    "CREATE INDEX pending_statuses_by_local ON pending_statuses(local_message_id) WHERE local_message_id IS NOT NULL",
    """
    CREATE TABLE templates (
        id               INTEGER PRIMARY KEY,
        account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        meta_template_id TEXT NOT NULL,
        name             TEXT NOT NULL,
        language         TEXT NOT NULL,
        status           TEXT NOT NULL,
        category         TEXT,
        components       TEXT NOT NULL DEFAULT '[]',
        parameter_format TEXT,
        quality_score    TEXT,
        rejected_reason  TEXT,
        synced_at        INTEGER NOT NULL,
        UNIQUE (account_id, name, language)
    )
    """,
    # AES-256-GCM keys for the files under media/; they live only inside the encrypted database.
    """
    CREATE TABLE file_keys (
        id         INTEGER PRIMARY KEY,
        key        BLOB NOT NULL CHECK (length(key) = 32),
        created_at INTEGER NOT NULL
    )
    """,
    "ALTER TABLE media ADD COLUMN key_id INTEGER REFERENCES file_keys(id)",
    """
    ALTER TABLE media ADD COLUMN download_state TEXT NOT NULL DEFAULT 'none'
        CHECK (download_state IN ('none', 'pending', 'done', 'failed'))
    """,
    "ALTER TABLE media ADD COLUMN download_attempts INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE media ADD COLUMN next_attempt_at INTEGER",
    "ALTER TABLE media ADD COLUMN last_error TEXT",
    "CREATE INDEX media_downloads_due ON media(next_attempt_at) WHERE download_state = 'pending'",
)
