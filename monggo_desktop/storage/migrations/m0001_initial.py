"""The first schema. Times are integer milliseconds since the epoch (UTC)."""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE accounts (
        id              INTEGER PRIMARY KEY,
        phone_number_id TEXT NOT NULL UNIQUE,
        waba_id         TEXT NOT NULL,
        display_number  TEXT,
        verified_name   TEXT,
        api_base_url    TEXT NOT NULL,
        api_version     TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'closed')),
        created_at      INTEGER NOT NULL,
        closed_at       INTEGER,
        CHECK ((state = 'closed') = (closed_at IS NOT NULL))
    )
    """,
    """
    CREATE TABLE contacts (
        id                   INTEGER PRIMARY KEY,
        phone_e164           TEXT NOT NULL UNIQUE CHECK (phone_e164 GLOB '+[1-9]*'),
        wa_id                TEXT UNIQUE,
        display_name         TEXT NOT NULL DEFAULT '',
        profile_name         TEXT NOT NULL DEFAULT '',
        notes                TEXT NOT NULL DEFAULT '',
        legal_basis          TEXT CHECK (legal_basis IN ('consent', 'contract', 'legitimate_interest')),
        consent_given_at     INTEGER,
        consent_withdrawn_at INTEGER,
        marketing_opt_out    INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_out IN (0, 1)),
        marketing_opt_out_at INTEGER,
        created_at           INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE labels (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        color TEXT NOT NULL DEFAULT '#607d8b'
    )
    """,
    """
    CREATE TABLE contact_labels (
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        label_id   INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, label_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX contact_labels_by_label ON contact_labels(label_id)",
    """
    CREATE TABLE conversations (
        id              INTEGER PRIMARY KEY,
        account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        unread_count    INTEGER NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
        last_inbound_at INTEGER,
        last_message_at INTEGER,
        archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        pinned          INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        created_at      INTEGER NOT NULL,
        UNIQUE (account_id, contact_id)
    )
    """,
    "CREATE INDEX conversations_by_contact ON conversations(contact_id)",
    "CREATE INDEX conversations_recent ON conversations(pinned DESC, last_message_at DESC, id DESC)",
    """
    CREATE TABLE conversation_labels (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        label_id        INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, label_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE media (
        id            INTEGER PRIMARY KEY,
        meta_media_id TEXT,
        mime_type     TEXT NOT NULL,
        sha256        TEXT,
        file_size     INTEGER,
        filename      TEXT,
        local_path    TEXT,
        created_at    INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE messages (
        id                INTEGER PRIMARY KEY,
        conversation_id   INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        wamid             TEXT UNIQUE,
        direction         TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        type              TEXT NOT NULL,
        body              TEXT,
        media_id          INTEGER REFERENCES media(id) ON DELETE SET NULL,
        status            TEXT NOT NULL CHECK (status IN
                            ('pending', 'uncertain', 'sent', 'delivered', 'read', 'played', 'failed', 'received')),
        created_at        INTEGER NOT NULL,
        sent_at           INTEGER,
        delivered_at      INTEGER,
        read_at           INTEGER,
        played_at         INTEGER,
        failed_at         INTEGER,
        error_code        INTEGER,
        error_title       TEXT,
        reply_to_wamid    TEXT,
        reaction_to_wamid TEXT,
        reaction_emoji    TEXT,
        payload           TEXT
    )
    """,
    "CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at DESC, id DESC)",
    "CREATE INDEX messages_by_media ON messages(media_id) WHERE media_id IS NOT NULL",
    "CREATE INDEX messages_by_reaction_target ON messages(reaction_to_wamid) WHERE reaction_to_wamid IS NOT NULL",
    """
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        message_id      INTEGER NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
        state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'in_flight', 'uncertain')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error      TEXT,
        created_at      INTEGER NOT NULL
    )
    """,
    "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    # API credentials live here only in passphrase mode, when no secure keyring exists.
    """
    CREATE TABLE credentials (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE deletion_requests (
        id           INTEGER PRIMARY KEY,
        subject_hash TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        state        TEXT NOT NULL CHECK (state IN ('recorded', 'executed', 'verified')),
        executed_at  INTEGER,
        verified_at  INTEGER,
        counts       TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX deletion_requests_by_subject ON deletion_requests(subject_hash)",
    """
    CREATE TABLE usage_events (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        occurred_at INTEGER NOT NULL,
        properties  TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX usage_events_by_time ON usage_events(occurred_at)",
)
