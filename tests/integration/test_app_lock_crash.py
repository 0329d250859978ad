"""A process killed while it turns the app lock on: the database opens with exactly one of the old and the
new key, and the next unlock (with the passphrase) settles on it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monggo_desktop.domain.errors import WrongKeyError
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.security import vault_config
from monggo_desktop.security.key_slots import open_lock_slot
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.services.setup.first_setup import set_up
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory
from tests.integration.helpers import SETUP_REQUEST

PASSPHRASE = "correct horse battery staple"
ROWS = 40_000  # about 10 MB: the re-key takes long enough to be cut in the middle

CHILD = """
import asyncio, sys
import keyring
from monggo_desktop.services.account.app_lock import AppLock
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.integration.helpers import SETUP_REQUEST
unlocker = Unlocker(keyring.get_keyring(), sys.argv[2])
session = unlock(DataDirectory(__import__("pathlib").Path(sys.argv[1])), unlocker)
print("unlocked", flush=True)
asyncio.run(AppLock(session, unlocker).turn_on(sys.argv[3]))
print("done", flush=True)
"""


def _opens(path: Path, key) -> bool:
    try:
        Database.open(path, key).close()
    except WrongKeyError:
        return False
    return True


@pytest.fixture
def filled(tmp_path, secure_keyring, keyring_service):
    source = DataDirectory(tmp_path / "source")
    unlocker = Unlocker(secure_keyring, keyring_service)
    set_up(
        source,
        unlocker,
        SETUP_REQUEST,
    )
    with unlock(source, unlocker) as session:
        key = session.db.key

        def fill(store) -> None:
            with store.transaction():
                store.conn.execute("CREATE TABLE ballast (data BLOB)")
                store.conn.executemany("INSERT INTO ballast VALUES (randomblob(200))", [()] * ROWS)

        session.db.call(fill)
        vault = unlocker.vault(session.config)
    yield source, unlocker, key, vault
    vault.delete_all()


@pytest.mark.parametrize("delay", [0.0, 0.15, 0.3, 0.45, 0.6, 0.9])
def test_a_kill_during_the_rekey_leaves_exactly_one_key_working(tmp_path, filled, delay):
    source, unlocker, old_key, vault = filled
    vault.set_database_key(old_key)  # an earlier round may have finished and taken it out
    target = DataDirectory(tmp_path / f"copy-{delay}")
    shutil.copytree(source.root, target.root)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target.root), unlocker.service, PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "unlocked"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    config = vault_config.read(target.vault_config)
    new_slots = config.pending or config.slots
    new_key = open_lock_slot(new_slots.lock, PASSPHRASE) if new_slots.lock is not None else None
    old_works = _opens(target.database, old_key)
    new_works = new_key is not None and _opens(target.database, new_key)
    assert old_works != new_works, "exactly one of the two keys opens the file"

    with unlock(target, Unlocker(unlocker.keyring_backend, unlocker.service, Passphrase(PASSPHRASE))) as session:
        assert session.db.integrity_problems() == []
        assert session.db.call(lambda s: s.conn.execute("SELECT count(*) FROM ballast").fetchone()[0]) == ROWS
        assert session.config.pending is None
        assert session.config.app_lock == new_works
