"""The database: one SQLCipher connection that lives on one worker thread.

SQLite connections are bound to the thread that made them, and keying, migrations and writes must not
block the Qt thread, so all work goes through ``run`` (from asyncio) or ``call`` (from plain code).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import sqlcipher3

from monggo_desktop.domain.errors import CorruptDatabaseError
from monggo_desktop.domain.keys import DatabaseKey, Passphrase, RawKey
from monggo_desktop.storage.connection import connect, translate_error
from monggo_desktop.storage.migrations import MIGRATIONS, Migration, migrate
from monggo_desktop.storage.store import Store

T = TypeVar("T")
log = logging.getLogger("monggo.storage")

DB_FILENAME = "monggo.db"


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-db")
        self._store: Store | None = None
        self._key: DatabaseKey | None = None
        self._closed = False

    @classmethod
    def open(
        cls,
        path: Path,
        key: DatabaseKey,
        *,
        create: bool = False,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Database:
        """Open (or with ``create``, make) the database, and bring its schema up to date."""
        db = cls(path)
        try:
            db._pool.submit(db._open, key, create, migrations).result()
        except BaseException:
            db.close()
            raise
        return db

    def _open(self, key: DatabaseKey, create: bool, migrations: Sequence[Migration]) -> None:
        conn = connect(self.path, key, create=create)
        try:
            migrate(conn, migrations)
        except sqlcipher3.Error as exc:
            conn.close()
            raise translate_error(exc) from None
        except BaseException:
            conn.close()
            raise
        self._store = Store(conn)
        self._key = key

    def rekey(self, key: RawKey) -> None:
        """Re-encrypt every page under ``key`` (``PRAGMA rekey``, one transaction: a crash leaves the file
        under exactly one of the two keys), then fold the WAL back into the file."""

        def work(store: Store) -> None:
            store.conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
            self._key = key
            try:
                store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error:
                log.warning("WAL checkpoint after re-key failed; it happens at close", exc_info=True)

        self.call(work)

    @property
    def key(self) -> DatabaseKey | None:
        """The key the database is open with (in memory anyway: SQLCipher holds it)."""
        return self._key

    def opened_with(self, key: DatabaseKey) -> bool:
        """Whether ``key`` is the key this database is open with (checking a passphrase or recovery key)."""
        current = self._key
        if isinstance(key, RawKey) and isinstance(current, RawKey):
            return hmac.compare_digest(key.value, current.value)
        if isinstance(key, Passphrase) and isinstance(current, Passphrase):
            return hmac.compare_digest(key.value.encode("utf-8"), current.value.encode("utf-8"))
        return False

    def side_connection(self) -> sqlcipher3.Connection:
        """A second connection to the same file with the current key, for long reads (a backup) that must
        not hold the database thread. The caller closes it."""
        if self._key is None or self._closed:
            raise RuntimeError("the database is closed")
        return connect(self.path, self._key)

    async def run(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` on the database thread without blocking the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, self._invoke, fn)

    def call(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` on the database thread and wait for it (headless commands)."""
        return self._pool.submit(self._invoke, fn).result()

    def _invoke(self, fn: Callable[[Store], T]) -> T:
        if self._store is None:
            raise RuntimeError("the database is closed")
        try:
            return fn(self._store)
        except sqlcipher3.Error as exc:
            translated = translate_error(exc)
            if translated is exc:
                raise
            raise translated from None

    def integrity_problems(self, *, side: bool = False) -> list[str]:
        """Pages whose HMAC fails (``cipher_integrity_check``) plus SQLite's own structural check.

        With ``side`` it reads on a connection of its own: on a large database the check takes seconds, which
        the database thread (and the app waiting on it) should not.
        """
        try:
            if not side:
                return self.call(lambda store: _integrity_problems(store.conn))
            conn = self.side_connection()
            try:
                return _integrity_problems(conn)
            except sqlcipher3.Error as exc:
                raise translate_error(exc) from None
            finally:
                conn.close()
        except CorruptDatabaseError:
            return ["the database file is damaged"]

    def close(self) -> None:
        """Checkpoint the WAL into the file and close; calling it again does nothing."""
        if self._closed:
            return
        self._closed = True

        def _close() -> None:
            if self._store is not None:
                try:
                    self._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlcipher3.Error as exc:  # the WAL stays beside the file and is applied at the next open
                    log.warning("WAL checkpoint at close failed (%s)", type(exc).__name__)
                self._store.conn.close()
                self._store = None

        try:
            self._pool.submit(_close).result()
        finally:
            self._pool.shutdown(wait=True)


def _integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [str(r[0]) for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
    return problems
