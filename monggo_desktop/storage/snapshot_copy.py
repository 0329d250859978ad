"""An encrypted copy of the database as it was at one moment, made without the database thread.

``sqlcipher_export`` runs on a connection of its own (``Database.side_connection``), inside one read
transaction: in WAL mode that reader sees one consistent state and blocks no writer, so webhooks are
still stored and acknowledged while a large database is copied. The copy is keyed like the original (the
same raw key, or the same passphrase with a salt of its own).
"""

from __future__ import annotations

import threading
from pathlib import Path

import sqlcipher3

from monggo_desktop.domain.errors import OperationCancelledError
from monggo_desktop.storage.connection import HMAC_ALGORITHM, translate_error
from monggo_desktop.storage.database import Database


class SnapshotCopy:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._conn: sqlcipher3.Connection | None = None
        self._stopped = False

    def stop(self) -> None:
        """From any thread: the copy in progress stops at once (``sqlite3_interrupt``) and raises."""
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    def write(self, target: Path) -> int:
        """Write the copy to ``target`` (a new file); returns its schema version. The caller removes a
        partial ``target`` when this raises."""
        conn = self._db.side_connection()
        with self._lock:
            self._conn = conn
            stopped = self._stopped
        try:
            if stopped:
                raise OperationCancelledError("the copy was stopped: nothing was kept")
            return self._export(conn, target)
        except sqlcipher3.Error as exc:
            if self._stopped:
                raise OperationCancelledError("the copy was stopped: nothing was kept") from None
            translated = translate_error(exc)
            if translated is exc:
                raise
            raise translated from None
        finally:
            with self._lock:
                self._conn = None
            conn.close()

    @staticmethod
    def _export(conn: sqlcipher3.Connection, target: Path) -> int:
        # No KEY on ATTACH: the copy takes the main database's key. Its other cipher settings are
        # SQLCipher's defaults, so the page HMAC is set to the one every new database of ours has.
        conn.execute("ATTACH DATABASE ? AS copy", (str(target),))
        conn.execute(f"PRAGMA copy.cipher_hmac_algorithm = {HMAC_ALGORITHM}")
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM main.sqlite_schema").fetchone()  # the snapshot starts here
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('copy')").fetchall()
            conn.execute(f"PRAGMA copy.user_version = {version}")
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:  # an interrupt may already have rolled it back
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE copy")
        return version
