"""Contacts for the staff: custom fields, blocking, the history of edits, the consent ledger, fast sorting.

The consent ledger is append-only: a trigger refuses any change to what a row says (only a merge may hand
the rows to the kept contact); rows go only with their contact (a deletion request or retention).
"""

CONTACT_SORT_NAME = "coalesce(nullif(display_name, ''), nullif(profile_name, ''), phone_e164)"

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE contacts ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE contacts ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1))",
    f"CREATE INDEX contacts_by_name ON contacts({CONTACT_SORT_NAME} COLLATE NOCASE, id)",
    # What changed and when; there is one user, so not who.
    """
    CREATE TABLE contact_history (
        id         INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        at         INTEGER NOT NULL,
        changes    TEXT NOT NULL
    )
    """,
    "CREATE INDEX contact_history_by_contact ON contact_history(contact_id, at)",
    """
    CREATE TABLE consent_events (
        id          INTEGER PRIMARY KEY,
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        at          INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN
                        ('legal_basis', 'consent_given', 'consent_withdrawn', 'marketing_opt_out', 'marketing_opt_in')),
        legal_basis TEXT CHECK (legal_basis IN ('consent', 'contract', 'legitimate_interest')),
        source      TEXT NOT NULL CHECK (source IN ('manual', 'import', 'customer_reply', 'webhook'))
    )
    """,
    "CREATE INDEX consent_events_by_contact ON consent_events(contact_id, at)",
    """
    CREATE TRIGGER consent_events_append_only BEFORE UPDATE OF at, kind, legal_basis, source ON consent_events
    BEGIN
        SELECT RAISE(ABORT, 'the consent ledger is append-only');
    END
    """,
)
