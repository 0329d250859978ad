"""AES-256 at rest (privacy policy 6.2): the database file is SQLCipher 4 and nothing else can read it."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from monggo_desktop.domain.errors import CorruptDatabaseError, WrongKeyError
from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.storage import Database, connection
from monggo_desktop.storage.snapshot_copy import SnapshotCopy
from tests.integration.helpers import seed_conversation, snapshot

SECRET_TEXT = "Pesanan batik parang untuk Ibu Sari, alamat Jalan Malioboro 12"
PHONE = "+6281234567890"
PAGE = 4096
RESERVE = 48  # per page: 16-byte IV + 32-byte HMAC-SHA256
LEGACY_RESERVE = 80  # databases made with SQLCipher 4's default, HMAC-SHA512


@pytest.fixture
def written(tmp_path):
    key = RawKey.generate()
    path = tmp_path / "monggo.db"
    db = Database.open(path, key, create=True)
    for i in range(200):  # enough rows to fill several pages
        db.call(lambda s, i=i: seed_conversation(s, phone=PHONE, text=f"{SECRET_TEXT} #{i}"))
    db.close()
    return path, key


def test_the_file_has_no_sqlite_header_and_no_plaintext(written):
    path, _ = written
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3\x00")
    assert SECRET_TEXT.encode() not in data
    assert PHONE.encode() not in data and PHONE[1:].encode() not in data


def test_plain_sqlite_cannot_read_it(written):
    path, _ = written
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_page_one_decrypts_with_aes_256_cbc_and_the_raw_key(written):
    """Decrypt the first page by hand: AES-256-CBC under the 32-byte key gives SQLite's header fields."""
    path, key = written
    page = path.read_bytes()[:PAGE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key.value), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[16 : PAGE - RESERVE]) + decryptor.finalize()
    # Header bytes 16..19 of page 1: page size 4096 (big-endian), write/read format 2 (WAL). (Byte 20,
    # the space SQLite leaves free per page, stays SQLCipher's 80: it is fixed when the key is set.)
    assert plain[:4] == bytes([0x10, 0x00, 2, 2])


def page_one_header(path, key, reserve):
    """Page 1's header bytes 16..21, decrypted with the IV found ``reserve`` bytes from the page's end."""
    page = path.read_bytes()[:PAGE]
    iv = page[PAGE - reserve : PAGE - reserve + 16]
    decryptor = Cipher(algorithms.AES(key.value), modes.CBC(iv)).decryptor()
    return (decryptor.update(page[16 : PAGE - reserve]) + decryptor.finalize())[:6]


def test_pages_are_authenticated_with_hmac_sha256(written):
    path, key = written
    for algorithm, opens in (("HMAC_SHA256", True), ("HMAC_SHA512", False)):
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}")
        try:
            if opens:
                assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 200
            else:
                with pytest.raises(sqlcipher3.DatabaseError):
                    conn.execute("SELECT count(*) FROM messages").fetchone()
        finally:
            conn.close()


@pytest.fixture
def legacy(tmp_path, monkeypatch):
    """A database made before the page HMAC became SHA-256: SQLCipher 4's default, HMAC-SHA512."""
    key = RawKey.generate()
    path = tmp_path / "monggo.db"
    with monkeypatch.context() as patched:
        patched.setattr(connection, "HMAC_ALGORITHM", "HMAC_SHA512")
        db = Database.open(path, key, create=True)
        db.call(lambda s: seed_conversation(s, phone=PHONE, text=SECRET_TEXT))
        db.close()
    assert page_one_header(path, key, LEGACY_RESERVE)[:4] == bytes([0x10, 0x00, 2, 2])
    return path, key


def test_a_database_made_with_hmac_sha512_still_opens_and_stays_so(legacy):
    path, key = legacy
    db = Database.open(path, key)
    try:
        db.call(lambda s: seed_conversation(s, phone="+628111", text="masih bisa"))
        texts = db.call(lambda s: [r[0] for r in s.conn.execute("SELECT body FROM messages ORDER BY id")])
        assert texts == [SECRET_TEXT, "masih bisa"]
        assert db.integrity_problems() == []
    finally:
        db.close()
    assert page_one_header(path, key, LEGACY_RESERVE)[:4] == bytes([0x10, 0x00, 2, 2])
    with pytest.raises(WrongKeyError):
        Database.open(path, RawKey.generate())


def test_a_copy_of_a_legacy_database_is_made_with_hmac_sha256(legacy, tmp_path):
    path, key = legacy
    db = Database.open(path, key)
    try:
        SnapshotCopy(db).write(tmp_path / "copy.db")
    finally:
        db.close()
    assert page_one_header(tmp_path / "copy.db", key, RESERVE)[:2] == bytes([0x10, 0x00])
    copy = Database.open(tmp_path / "copy.db", key)
    try:
        assert copy.call(lambda s: s.conn.execute("SELECT body FROM messages").fetchone()[0]) == SECRET_TEXT
    finally:
        copy.close()


@pytest.mark.parametrize("wrong", [RawKey.generate(), Passphrase("correct horse battery staple")])
def test_a_wrong_key_cannot_open_it_and_changes_nothing(written, wrong):
    path, _ = written
    before = snapshot(path.parent)
    with pytest.raises(WrongKeyError, match="wrong passphrase or not a Monggo database"):
        Database.open(path, wrong)
    assert snapshot(path.parent) == before


def test_a_plain_sqlite_file_is_not_taken_for_ours(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(WrongKeyError):
        Database.open(path, RawKey.generate())
    assert snapshot(tmp_path) == before


def test_a_flipped_byte_in_a_page_is_detected(written):
    path, key = written
    data = bytearray(path.read_bytes())
    assert len(data) > 6 * PAGE
    data[5 * PAGE + 300] ^= 0x01
    path.write_bytes(bytes(data))
    db = Database.open(path, key)
    try:
        problems = db.integrity_problems()
        assert any("HMAC" in p or "hmac" in p.lower() or "damaged" in p for p in problems), problems
        # Reading the damaged page fails loudly instead of returning altered data.
        tables = db.call(lambda s: [r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")])
        failures = 0
        for table in tables:
            try:
                db.call(lambda s, t=table: s.conn.execute(f'SELECT * FROM "{t}"').fetchall())
            except CorruptDatabaseError:
                failures += 1
        assert failures >= 1
    finally:
        db.close()


def test_passphrase_mode_opens_with_the_passphrase_only(tmp_path):
    path = tmp_path / "monggo.db"
    Database.open(path, Passphrase("kopi tubruk di pagi hari"), create=True).close()
    Database.open(path, Passphrase("kopi tubruk di pagi hari")).close()
    with pytest.raises(WrongKeyError):
        Database.open(path, Passphrase("kopi tubruk di sore hari"))


def test_connection_settings(db):
    def read(s):
        q = lambda sql: s.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "cipher_version": q("PRAGMA cipher_version"),
            "journal_mode": q("PRAGMA journal_mode"),
            "foreign_keys": q("PRAGMA foreign_keys"),
            "secure_delete": q("PRAGMA secure_delete"),
            "cache_size": q("PRAGMA cache_size"),
            "auto_vacuum": q("PRAGMA auto_vacuum"),
            "temp_store": q("PRAGMA temp_store"),
        }

    settings = db.call(read)
    assert settings["cipher_version"].startswith("4.")
    assert settings["journal_mode"] == "wal"
    assert settings["foreign_keys"] == 1
    assert settings["secure_delete"] == 1
    assert settings["cache_size"] <= -64 * 1024  # negative = KiB: at least 64 MiB
    assert settings["auto_vacuum"] == 2  # incremental
    assert settings["temp_store"] == 2  # memory
