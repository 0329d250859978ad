"""What every repository shares: the connection and a transaction that nests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import sqlcipher3

Row = tuple[Any, ...]  # one result row, as the driver returns it


@contextmanager
def transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error. Inside an open transaction it
    joins that one, so repository calls compose into one atomic unit."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite rolls back by itself on some errors (a full disk, for one)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def savepoint(conn: sqlcipher3.Connection, name: str = "part") -> Iterator[sqlcipher3.Connection]:
    """A part of the open transaction that an error undoes alone (the error still goes to the caller)."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # a full disk, say, has already rolled the whole transaction back
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


class Repository:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn

    def _transaction(self) -> AbstractContextManager[sqlcipher3.Connection]:
        return transaction(self._conn)
