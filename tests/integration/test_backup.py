"""Backups and restore as a user runs them: `monggo-desktop backup`, then `restore` into an empty folder."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import subprocess
import sys
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.privacy import BackupFailure, BackupOutcome, BackupTrigger
from monggo_desktop.services.privacy.backup import Backups, BackupSchedule, make_backup, restore_backup, write_archive
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.test_cli_retention import message_count, seed
from tests.integration.test_cli_setup import SETUP, assert_one_line_error, run_cli
from tests.simulator_helpers import FakeClock


def backups_of(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("monggo-backup-*.zip"))


def test_backup_then_restore_into_an_empty_folder_round_trips(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    seed(data, secure_keyring)
    made = run_cli("backup", "--data-dir", str(data), env=cli_env)
    assert made.returncode == 0, made.stderr
    [backup] = backups_of(data)
    assert backup.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(backup) as archive:
        names = set(archive.namelist())
        assert {"monggo.db", "vault.json", "manifest.json"} <= names
        assert b"lama 31" not in archive.read("monggo.db")  # the copy is encrypted too
    restored = tmp_path / "restored"
    done = run_cli("restore", str(backup), "--data-dir", str(restored), env=cli_env)
    assert done.returncode == 0, done.stderr
    assert "opens and checks clean" in done.stdout
    assert message_count(restored, secure_keyring) == message_count(data, secure_keyring) == 4
    with unlock(DataDirectory(restored), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
        assert session.db.integrity_problems() == []


def test_restore_refuses_a_live_folder_without_force_and_keeps_it_aside_with_it(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    assert run_cli("backup", "--data-dir", str(data), env=cli_env).returncode == 0
    [backup] = backups_of(data)
    seed(data, secure_keyring)  # written after the backup
    refused = run_cli("restore", str(backup), "--data-dir", str(data), env=cli_env)
    assert_one_line_error(refused, "--force")
    assert message_count(data, secure_keyring) == 4  # untouched
    forced = run_cli("restore", str(backup), "--data-dir", str(data), "--force", env=cli_env)
    assert forced.returncode == 0, forced.stderr
    assert message_count(data, secure_keyring) == 0  # as it was at the backup
    aside = list(data.glob("replaced-*"))
    assert aside == [] and any(p.name.endswith("-replaced.zip") for p in backups_of(data))  # kept as a backup


def test_a_damaged_backup_is_refused_and_nothing_is_written(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    assert run_cli("backup", "--data-dir", str(data), env=cli_env).returncode == 0
    [backup] = backups_of(data)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(name, content[:-1] + bytes([content[-1] ^ 1]) if name == "monggo.db" else content)
    empty = tmp_path / "empty"
    result = run_cli("restore", str(damaged), "--data-dir", str(empty), env=cli_env)
    assert_one_line_error(result, "damaged")
    assert not empty.exists()
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    assert_one_line_error(run_cli("restore", str(junk), "--data-dir", str(empty), env=cli_env), "damaged")


# Backups while the app runs: on a connection of their own, recorded, and never a partial file.

FILLER_ROWS = 60_000  # about 30 MB: the copy takes long enough for writes to land while it runs


@pytest.fixture
def live(data_dir):  # type: ignore[no-untyped-def]
    """A data directory with a database big enough that copying it takes a while."""
    data_dir.prepare()
    key = RawKey.generate()
    database = Database.open(data_dir.database, key, create=True)

    def fill(store) -> None:  # type: ignore[no-untyped-def]
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO usage_events (name, occurred_at, properties) VALUES ('filler', ?, ?)",
                ((i, json.dumps({"pad": os.urandom(240).hex()})) for i in range(FILLER_ROWS)),
            )

    database.call(fill)
    yield database, data_dir, key
    database.close()


def write_pair(store) -> int:  # type: ignore[no-untyped-def]
    """One transaction touching two tables: a copy that is one snapshot holds both halves or neither."""
    with store.transaction():
        store.conn.execute("INSERT INTO usage_events (name, occurred_at) VALUES ('pair', 0)")
        count = store.conn.execute("SELECT count(*) FROM usage_events WHERE name = 'pair'").fetchone()[0]
        store.settings.set("test.pairs", count)
    return int(count)


def leftovers(data_dir) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in data_dir.backups.iterdir() if not p.name.startswith("monggo-backup-"))


async def test_a_backup_taken_while_the_app_keeps_writing_is_consistent_and_restores(live, tmp_path):
    db, data_dir, key = live
    backups = Backups(db, data_dir)
    writes_during: list[int] = []
    making = asyncio.ensure_future(backups.make(BackupTrigger.MANUAL))
    while not making.done():  # the app's own writes, on the database thread, all through the backup
        writes_during.append(await db.run(write_pair))
    result = making.result()
    backups.close()
    # On the database thread the copy would have held every write until it was done.
    assert len(writes_during) >= 5, writes_during
    [run] = db.call(lambda s: s.privacy_records.recent_backups())
    assert (run.trigger, run.outcome, run.file_name, run.size) == (
        BackupTrigger.MANUAL, BackupOutcome.DONE, result.path.name, result.path.stat().st_size
    )  # fmt: skip
    assert leftovers(data_dir) == []

    restored = DataDirectory(tmp_path / "restored")
    restore_backup(result.path, restored)
    copy = Database.open(restored.database, key)
    try:
        pairs = copy.call(lambda s: s.conn.execute("SELECT count(*) FROM usage_events WHERE name = 'pair'").fetchone())
        recorded = copy.call(lambda s: s.settings.get("test.pairs", 0))
        assert pairs[0] == recorded  # both halves of every write, or neither: one snapshot
        assert 0 <= pairs[0] < writes_during[-1]  # and the writes after it are not in it
        filler = copy.call(
            lambda s: s.conn.execute("SELECT count(*) FROM usage_events WHERE name = 'filler'").fetchone()[0]
        )
        assert filler == FILLER_ROWS
        assert copy.integrity_problems() == []
    finally:
        copy.close()


async def test_the_schedule_makes_one_only_when_none_is_a_day_old(live):
    db, data_dir, _key = live
    clock = FakeClock()
    first = BackupSchedule(db, data_dir, clock=clock)
    assert first.due_in() == 0.0  # none yet: due now
    first.start()
    async with asyncio.timeout(30):
        while first.last is None:
            await asyncio.sleep(0.05)
    await first.stop()
    assert len(backups_of(data_dir.root)) == 1

    clock.advance(2 * 3600)  # two hours later: the next one is due in 22 hours
    second = BackupSchedule(db, data_dir, clock=clock)
    assert 22 * 3600 - 60 < second.due_in() < 22 * 3600 + 60
    clock.advance(23 * 3600)  # a day and an hour after the first: due now, and made at once
    third = BackupSchedule(db, data_dir, clock=clock)
    assert third.due_in() == 0.0
    third.start()
    async with asyncio.timeout(30):
        while third.last is None:
            await asyncio.sleep(0.05)
    await third.stop()
    assert len(backups_of(data_dir.root)) == 2
    runs = db.call(lambda s: s.privacy_records.recent_backups())
    assert [(r.trigger, r.outcome) for r in runs] == [(BackupTrigger.DAILY, BackupOutcome.DONE)] * 2


async def test_stopping_the_app_mid_backup_leaves_no_file_and_records_it(live):
    db, data_dir, _key = live
    schedule = BackupSchedule(db, data_dir)
    schedule.start()
    async with asyncio.timeout(10):
        while not db.call(lambda s: s.privacy_records.recent_backups()):
            await asyncio.sleep(0.005)
    await schedule.stop()
    [run] = db.call(lambda s: s.privacy_records.recent_backups())
    assert run.outcome is BackupOutcome.CANCELLED and run.file_name is None
    assert list(data_dir.backups.iterdir()) == []


async def test_a_failed_backup_is_recorded_as_a_code_and_the_schedule_carries_on(live, caplog):
    db, data_dir, _key = live
    data_dir.backups.rmdir()
    data_dir.backups.write_text("not a folder")  # the backups folder cannot be made or written
    schedule = BackupSchedule(db, data_dir)
    schedule.start()
    async with asyncio.timeout(10):
        while not any(r.outcome is BackupOutcome.FAILED for r in db.call(lambda s: s.privacy_records.recent_backups())):
            await asyncio.sleep(0.02)
    assert not schedule._task.done()  # waiting to try again; the app carries on
    await schedule.stop()
    [run] = db.call(lambda s: s.privacy_records.recent_backups())
    assert run.reason is BackupFailure.NOT_WRITABLE
    logged = [r.getMessage() for r in caplog.records if r.name == "monggo.backup"]
    assert logged == ["daily backup failed: not_writable (StorageUnavailableError)"]
    assert data_dir.backups.read_text() == "not a folder"


def test_a_backup_to_an_unusable_folder_is_one_line_and_leaves_nothing(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    (data / "backups").rmdir()
    (data / "backups").write_text("a file where the folder should be")
    assert_one_line_error(run_cli("backup", "--data-dir", str(data), env=cli_env), "backup could not be written")
    assert (data / "backups").read_text() == "a file where the folder should be"


@pytest.mark.skipif(sys.platform != "linux", reason="ulimit -f as the failing disk")
def test_a_backup_on_a_full_disk_is_one_line_and_leaves_no_partial_file(tmp_path, cli_env, secure_keyring):
    """The file size limit (RLIMIT_FSIZE) fails the write half-way, like a full disk would: the database's own
    files fit under it, the backup (with its media) does not."""
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    seed(data, secure_keyring)
    for n in range(1, 9):  # encrypted media files as they are kept: random bytes, 160 KiB each
        (data / "media" / f"{n:010d}.bin").write_bytes(os.urandom(160 * 1024))
    limit_kib = 512
    assert all(p.stat().st_size < limit_kib * 1024 for p in data.rglob("*") if p.is_file())
    # setrlimit in bytes: the shell's `ulimit -f` counts 512-byte blocks in dash and 1 KiB blocks in bash.
    limit = limit_kib * 1024
    result = subprocess.run(
        [sys.executable, "-m", "monggo_desktop", "backup", "--data-dir", str(data)],
        capture_output=True, text=True, env=cli_env, stdin=subprocess.DEVNULL, timeout=60, check=False,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
    )  # fmt: skip
    assert_one_line_error(result, "disk is full")
    assert list((data / "backups").iterdir()) == []
    assert run_cli("backup", "--data-dir", str(data), env=cli_env).returncode == 0  # without the limit it fits
    [backup] = backups_of(data)
    assert backup.stat().st_size > limit_kib * 1024


def test_the_work_folder_of_a_killed_backup_goes_with_the_next_one(data_dir):
    data_dir.prepare()
    db = Database.open(data_dir.database, RawKey.generate(), create=True)
    try:
        abandoned = data_dir.backups / ".backup-killed.partial"
        abandoned.mkdir()
        (abandoned / "monggo.db").write_bytes(b"half a copy")
        two_days_ago = time.time() - 2 * 86_400
        os.utime(abandoned, (two_days_ago, two_days_ago))
        in_progress = data_dir.backups / ".backup-running.partial"  # another backup's, right now
        in_progress.mkdir()
        make_backup(db, data_dir)
    finally:
        db.close()
    assert not abandoned.exists() and in_progress.exists()
    assert len(backups_of(data_dir.root)) == 1


def test_a_backup_file_is_private_while_it_is_written_whatever_the_umask(tmp_path):
    """The self-check may look while the start-of-day backup is being written: its file is never open to others."""
    work = tmp_path / ".backup-now.partial"
    work.mkdir(mode=0o700)
    members = [(f"media/{n}.bin", tmp_path / f"{n}.bin") for n in range(3)]
    for _, path in members:
        path.write_bytes(os.urandom(1024))
    modes_seen: list[int] = []

    def look() -> None:
        partial = work / "backup.zip"
        if partial.exists():
            modes_seen.append(partial.stat().st_mode & 0o777)

    loose = os.umask(0o022)
    try:
        write_archive(work, members, tmp_path / "backup.zip", datetime(2026, 12, 1, tzinfo=UTC), 1, look)
    finally:
        os.umask(loose)
    assert modes_seen and set(modes_seen) == {0o600}
    assert (tmp_path / "backup.zip").stat().st_mode & 0o777 == 0o600
