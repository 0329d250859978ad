"""Applies migrations one by one, each in its own transaction together with its version bump.

A migration that fails rolls back whole: the database stays at the version it had.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlcipher3

from monggo_desktop.domain.errors import NewerSchemaError

log = logging.getLogger("monggo.storage")


Step = str | Callable[[sqlcipher3.Connection], None]  # SQL, or a step that needs values (a schema's version)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[Step, ...]


def current_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, migrations: Sequence[Migration], *, target: int | None = None) -> int:
    """Bring the schema up to ``target`` (default: the last migration); return the version reached."""
    _check_sequence(migrations)
    latest = migrations[-1].version if migrations else 0
    goal = latest if target is None else target
    version = current_version(conn)
    if version > latest:
        raise NewerSchemaError(version, latest)
    for migration in migrations:
        if migration.version <= version or migration.version > goal:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                if isinstance(statement, str):
                    conn.execute(statement)
                else:
                    statement(conn)
            # PRAGMA takes no parameters; the version is an int from our own table.
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("schema migrated to version %d (%s)", migration.version, migration.name)
        version = migration.version
    return version


def _check_sequence(migrations: Sequence[Migration]) -> None:
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise ValueError(f"migration numbers must run 1, 2, 3…; found {migration.version} at {expected}")
