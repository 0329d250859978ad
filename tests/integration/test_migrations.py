"""Numbered migrations: fresh databases, upgrades from the previous version, failures, newer files."""

from __future__ import annotations

import pytest
import sqlcipher3

from monggo_desktop.domain.errors import NewerSchemaError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.storage import Database
from monggo_desktop.storage.connection import connect
from monggo_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from tests.integration.helpers import snapshot

EXPECTED_TABLES = {
    "accounts",
    "contacts",
    "labels",
    "contact_labels",
    "conversations",
    "conversation_labels",
    "media",
    "messages",
    "outbox",
    "settings",
    "credentials",
    "deletion_requests",
    "usage_events",
    "message_search",
}


def _tables(db: Database) -> set[str]:
    return set(db.call(lambda s: [r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]))


def _version(db: Database) -> int:
    return db.call(lambda s: s.conn.execute("PRAGMA user_version").fetchone()[0])


def test_a_fresh_database_gets_every_migration(tmp_path):
    db = Database.open(tmp_path / "m.db", RawKey.generate(), create=True)
    try:
        assert _version(db) == LATEST_VERSION == len(MIGRATIONS)
        assert _tables(db) >= EXPECTED_TABLES
        assert db.call(lambda s: s.conn.execute("PRAGMA foreign_key_check").fetchall()) == []
    finally:
        db.close()


def seed_with_first_schema(store) -> int:  # type: ignore[no-untyped-def]
    """An account, a contact, a conversation and a message, in SQL that every schema version accepts."""
    conn = store.conn
    with store.transaction():
        conn.execute(
            "INSERT INTO accounts (id, phone_number_id, waba_id, api_base_url, api_version, created_at)"
            " VALUES (1, '106540352242922', '102290129340398', 'https://graph.example.test', 'v25.0', 0)"
        )
        conn.execute(
            "INSERT INTO contacts (id, phone_e164, profile_name, created_at, updated_at)"
            " VALUES (1, '+6281234567890', 'Sari', 0, 0)"
        )
        conn.execute("INSERT INTO conversations (id, account_id, contact_id, created_at) VALUES (1, 1, 1, 0)")
        cur = conn.execute(
            "INSERT INTO messages (conversation_id, direction, type, body, status, created_at)"
            " VALUES (1, 'in', 'text', 'Kain songket dari Palembang', 'received', 0)"
        )
    return int(cur.lastrowid)


def test_a_database_from_the_previous_version_is_upgraded_with_its_data(tmp_path):
    path, key = tmp_path / "m.db", RawKey.generate()
    old = Database.open(path, key, create=True, migrations=MIGRATIONS[:-1])
    assert _version(old) == LATEST_VERSION - 1
    message_id = old.call(seed_with_first_schema)  # today's repositories may expect newer columns
    old.close()

    db = Database.open(path, key)
    try:
        assert _version(db) == LATEST_VERSION
        message = db.call(lambda s: s.messages.get(message_id))
        assert message is not None and message.body == "Kain songket dari Palembang"
        # Version 2 built the search index over messages that were already there.
        assert [m.id for m in db.call(lambda s: s.messages.search("songk"))] == [message_id]
    finally:
        db.close()


def test_a_failing_migration_leaves_the_database_at_its_old_version(tmp_path):
    path, key = tmp_path / "m.db", RawKey.generate()
    Database.open(path, key, create=True).close()
    broken = (
        *MIGRATIONS,
        Migration(LATEST_VERSION + 1, "broken", ("CREATE TABLE half_done (x)", "INSERT INTO no_such_table VALUES (1)")),
    )
    with pytest.raises(sqlcipher3.OperationalError):
        Database.open(path, key, migrations=broken)
    db = Database.open(path, key)
    try:
        assert _version(db) == LATEST_VERSION
        assert "half_done" not in _tables(db)
    finally:
        db.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path, key = tmp_path / "m.db", RawKey.generate()
    Database.open(path, key, create=True).close()
    conn = connect(path, key)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(NewerSchemaError, match="newer Monggo Pinarak"):
        Database.open(path, key)
    assert snapshot(tmp_path) == before


def test_migration_numbers_must_be_a_sequence(tmp_path):
    gap = (MIGRATIONS[0], Migration(3, "gap", ()))
    with pytest.raises(ValueError, match="1, 2, 3"):
        Database.open(tmp_path / "m.db", RawKey.generate(), create=True, migrations=gap)


def test_version_9_lets_a_customer_have_a_bsuid_and_no_number_and_keeps_everything_that_hangs_on_contacts(tmp_path):
    """The contacts' NOT NULL on the phone is lifted in place: a rebuild would have fired the cascades."""
    path, key = tmp_path / "m.db", RawKey.generate()
    old = Database.open(path, key, create=True, migrations=MIGRATIONS[:8])
    message_id = old.call(seed_with_first_schema)
    old.close()
    db = Database.open(path, key)
    try:
        assert db.call(lambda s: s.messages.get(message_id)) is not None  # the cascade did not run
        conn_rows = db.call(lambda s: s.conn.execute("SELECT count(*) FROM conversations").fetchone()[0])
        assert conn_rows == 1
        db.call(
            lambda s: s.conn.execute(
                "INSERT INTO contacts (user_id, username, created_at, updated_at)"
                " VALUES ('ID.1234567890', 'batikfan', 0, 0)"
            )
        )
        with pytest.raises(sqlcipher3.IntegrityError, match="CHECK"):
            db.call(lambda s: s.conn.execute("INSERT INTO contacts (created_at, updated_at) VALUES (0, 0)"))
        with pytest.raises(sqlcipher3.IntegrityError, match="UNIQUE"):
            db.call(
                lambda s: s.conn.execute(
                    "INSERT INTO contacts (user_id, created_at, updated_at) VALUES ('ID.1234567890', 0, 0)"
                )
            )
        assert db.integrity_problems() == []
        assert db.call(lambda s: s.conn.execute("PRAGMA foreign_key_check").fetchall()) == []
    finally:
        db.close()
    again = Database.open(path, key)  # a new connection reads the rewritten schema
    try:
        assert (
            again.call(lambda s: s.conn.execute("SELECT count(*) FROM contacts WHERE phone_e164 IS NULL").fetchone()[0])
            == 1
        )
    finally:
        again.close()
