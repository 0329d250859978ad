"""Shared fixtures: real SQLCipher files in tmp_path, the real OS keyring, Qt offscreen with qasync."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import keyring
import pytest
from keyring.backend import KeyringBackend

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory

# One keyring service per test run, so runs never see each other's entries; removed at the end.
TEST_KEYRING_SERVICE = f"Monggo Pinarak test {uuid.uuid4().hex[:12]}"


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDirectory:
    return DataDirectory(tmp_path / "data")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "test.db", RawKey.generate(), create=True)
    yield database
    database.close()


@pytest.fixture(scope="session")
def secure_keyring() -> Iterator[KeyringBackend]:
    """The machine's real keyring, narrowed to its secure backend (gnome-keyring's Secret Service in CI)."""
    backend = keyring.get_keyring()
    verdict = assess(backend)
    if verdict.backend is None:
        message = f"no secure OS keyring here ({verdict.reason}); run the suite through `make test`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield verdict.backend
    _remove_test_entries(verdict.backend)


@pytest.fixture
def keyring_service(secure_keyring: KeyringBackend) -> str:
    return TEST_KEYRING_SERVICE


def _remove_test_entries(backend: KeyringBackend) -> None:
    """Delete every item this run stored under its service (Secret Service lets us search by attribute)."""
    try:
        import secretstorage
    except ImportError:
        return
    try:
        connection = secretstorage.dbus_init()
    except secretstorage.exceptions.SecretStorageException:
        return
    try:
        collection = secretstorage.get_default_collection(connection)
        for item in collection.search_items({"service": TEST_KEYRING_SERVICE}):
            item.delete()
    except secretstorage.exceptions.SecretStorageException:
        pass
    finally:
        connection.close()


@pytest.fixture
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:  # type: ignore[no-untyped-def]
    """asyncio driven by whatever Qt loop qtbot spins (pytest-qt does not drive qasync by itself)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
