"""What Meta really sends (issue 21): customers known by a business-scoped user id (BSUID) and a username,
possibly without a phone number; edited and deleted messages; ads; the account's notices.

A contact now has a phone number, a BSUID, or both: ``phone_e164`` may be NULL when ``user_id`` is set.
SQLite cannot drop a NOT NULL with ALTER TABLE, and rebuilding ``contacts`` would fire the cascades of every
table that refers to it, so the column's constraint is rewritten in the schema text (the procedure SQLite
documents for removing NOT NULL and CHECK constraints: the stored rows do not change, and all of them satisfy
the new, weaker constraints).
"""

from __future__ import annotations

import sqlcipher3

# How a contact is sorted and shown when no one named it: the username, then the number, then the BSUID.
CONTACT_SORT_NAME = (
    "coalesce(nullif(display_name, ''), nullif(profile_name, ''), nullif(username, ''), phone_e164, user_id)"
)
_OLD_PHONE = "phone_e164           TEXT NOT NULL UNIQUE CHECK (phone_e164 GLOB '+[1-9]*'),"
_NEW_PHONE = "phone_e164           TEXT UNIQUE CHECK (phone_e164 IS NULL OR phone_e164 GLOB '+[1-9]*'),"
_EITHER = ", CHECK (phone_e164 IS NOT NULL OR user_id IS NOT NULL))"
# The messages that came from a click-to-WhatsApp ad, for the reports (the expression is the queries' own).
# json_valid first: a payload that is not JSON (an older version's, say) must never make an insert fail.
FROM_AN_AD = "CASE WHEN json_valid(payload) THEN json_extract(payload, '$.referral') END IS NOT NULL"


def _phone_may_be_missing(conn: sqlcipher3.Connection) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'contacts'").fetchone()[0]
    if _OLD_PHONE not in sql or not sql.rstrip().endswith(")"):
        raise RuntimeError("the contacts table is not the one this migration knows")
    new = sql.replace(_OLD_PHONE, _NEW_PHONE).rstrip()[:-1] + _EITHER
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'contacts'",
            (new,),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")  # every connection reads the schema again
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


STATEMENTS = (
    "ALTER TABLE contacts ADD COLUMN user_id TEXT",
    "ALTER TABLE contacts ADD COLUMN username TEXT",
    _phone_may_be_missing,
    "CREATE UNIQUE INDEX contacts_by_user_id ON contacts(user_id) WHERE user_id IS NOT NULL",
    "DROP INDEX contacts_by_name",
    f"CREATE INDEX contacts_by_name ON contacts({CONTACT_SORT_NAME} COLLATE NOCASE, id)",
    # An edit replaces the content and says when; a revoke (the customer deleted it) empties the message.
    "ALTER TABLE messages ADD COLUMN edited_at INTEGER",
    "ALTER TABLE messages ADD COLUMN revoked_at INTEGER",
    f"CREATE INDEX messages_from_ads ON messages(created_at) WHERE {FROM_AN_AD}",
    # What Meta says about the account or the number that the owner must see: a restriction, a violation, a
    # quality drop, a display name decision. Shown as a banner until dismissed.
    """
    CREATE TABLE account_notices (
        id           INTEGER PRIMARY KEY,
        waba_id      TEXT NOT NULL,
        field        TEXT NOT NULL,
        event        TEXT,
        detail       TEXT,
        until        INTEGER,
        received_at  INTEGER NOT NULL,
        dismissed_at INTEGER
    )
    """,
    "CREATE INDEX account_notices_open ON account_notices(received_at DESC) WHERE dismissed_at IS NULL",
)
