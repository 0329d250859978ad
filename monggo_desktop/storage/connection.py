"""Opening a SQLCipher 4 database: key first, then checks, then pragmas.

A wrong key or a foreign file is detected before anything is written, so the file stays byte-for-byte
as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlcipher3

from monggo_desktop.domain.errors import (
    CorruptDatabaseError,
    DiskFullError,
    NotSetUpError,
    StorageUnavailableError,
    UnsupportedCipherError,
    UserFacingError,
    WrongKeyError,
)
from monggo_desktop.domain.keys import DatabaseKey, Passphrase, RawKey

log = logging.getLogger("monggo.storage")

PAGE_CACHE_KIB = 64 * 1024  # at least 64 MiB of page cache
STATEMENT_CACHE = 512
BUSY_TIMEOUT_MS = 5000

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def key_pragma(key: DatabaseKey) -> str:
    """The ``PRAGMA key`` statement. PRAGMA takes no bound parameters, so the value is quoted here."""
    if isinstance(key, RawKey):
        return f"PRAGMA key = \"x'{key.hex()}'\""
    if isinstance(key, Passphrase):
        return "PRAGMA key = '" + key.value.replace("'", "''") + "'"
    raise TypeError("unknown key type")


# Page authentication. SHA-256 runs in hardware on current x86 and ARM CPUs (SHA extensions) where
# SHA-512 does not, which makes every page read and write cheaper; a 256-bit HMAC key with a 256-bit tag
# is as strong as the AES-256 it protects. Databases made before this choice use SQLCipher 4's default,
# HMAC-SHA512, and are recognised by trying it second (SQLCipher keeps no record of it in the file).
HMAC_ALGORITHM = "HMAC_SHA256"
LEGACY_HMAC_ALGORITHM = "HMAC_SHA512"


def connect(path: Path, key: DatabaseKey, *, create: bool = False) -> sqlcipher3.Connection:
    """Open, key and check the database at ``path``; configure it for the app.

    With ``create`` False a missing file is an error rather than a new, empty database.
    """
    exists = path.exists()
    if not exists and not create:
        raise NotSetUpError()
    algorithms = (HMAC_ALGORITHM, LEGACY_HMAC_ALGORITHM) if exists else (HMAC_ALGORITHM,)
    for tried, algorithm in enumerate(algorithms, start=1):
        try:
            conn = _keyed(path, key, algorithm)
        except WrongKeyError:
            if tried == len(algorithms):
                raise
            continue
        try:
            if not exists:
                # Must precede the first table: lets retention give space back with incremental vacuum.
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            _configure(conn)
        except BaseException:
            conn.close()
            raise
        return conn
    raise AssertionError("unreachable")


def _keyed(path: Path, key: DatabaseKey, hmac_algorithm: str) -> sqlcipher3.Connection:
    """A connection keyed with ``key`` under ``hmac_algorithm`` whose key has been checked against the file
    (``WrongKeyError`` when it does not open it; nothing is written either way)."""
    try:
        # A statement cache larger than the driver's default: with the default, applying webhooks ran at half
        # speed once the schema grew past migration 9 (benchmarks/ingest.py, and eight empty tables added to
        # schema 8 do the same); with 512 it runs as fast as before.
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, cached_statements=STATEMENT_CACHE
        )
    except sqlcipher3.Error as exc:
        raise translate_error(exc) from None
    try:
        # SQLCipher writes its own diagnostics to stderr (a wrong key prints an HMAC failure);
        # our errors say what happened, in one line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm}")
        _check_cipher_version(conn)
        _check_key(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_cipher_version(conn: sqlcipher3.Connection) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    version = row[0] if row else ""
    if not version or not str(version).startswith("4."):
        raise UnsupportedCipherError(
            "this build's SQLCipher is not version 4, so the database cannot be opened safely: reinstall the app"
        )


def _check_key(conn: sqlcipher3.Connection) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        code = _primary_code(exc)
        if code == SQLITE_NOTADB:
            raise WrongKeyError() from None
        raise translate_error(exc) from None


def _configure(conn: sqlcipher3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageUnavailableError("the database could not switch to WAL mode: check the data directory")
    for pragma in (
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        f"PRAGMA cache_size = -{PAGE_CACHE_KIB}",
        "PRAGMA temp_store = MEMORY",
        # The webhook inbox is acknowledged only after commit, so commits must survive a power cut.
        "PRAGMA synchronous = FULL",
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    ):
        conn.execute(pragma)


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate_error(exc: BaseException) -> BaseException:
    """Map an environment failure to a user-facing error; anything else is returned unchanged (a bug)."""
    if isinstance(exc, UserFacingError):
        return exc
    code = _primary_code(exc)
    if code == SQLITE_FULL:
        return DiskFullError()
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptDatabaseError()
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageUnavailableError(
            "the database is busy in another Monggo Pinarak window or command: close it and try again"
        )
    if code in (SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR):
        return StorageUnavailableError(
            "the data directory cannot be written: check its permissions and free disk space"
        )
    return exc
