"""AES-256 at rest (privacy policy 6.2): the database file is SQLCipher 4 and nothing else can read it."""

from __future__ import annotations

import sqlite3

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from monggo_desktop.domain.errors import CorruptDatabaseError, WrongKeyError
from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.storage import Database
from tests.integration.helpers import seed_conversation, snapshot

SECRET_TEXT = "Pesanan batik parang untuk Ibu Sari, alamat Jalan Malioboro 12"
PHONE = "+6281234567890"
PAGE = 4096
RESERVE = 80  # SQLCipher 4 per page: 16-byte IV + 64-byte HMAC-SHA512


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
    # Header bytes 16..21 of page 1: page size 4096 (big-endian), write/read format 2 (WAL), reserve 80.
    assert plain[:6] == bytes([0x10, 0x00, 2, 2, RESERVE, 64])


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
