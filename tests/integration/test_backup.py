"""Backups and restore as a user runs them: `monggo-desktop backup`, then `restore` into an empty folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.test_cli_retention import message_count, seed
from tests.integration.test_cli_setup import SETUP, assert_one_line_error, run_cli


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
    assert len(aside) == 1 and (aside[0] / "monggo.db").exists()  # the replaced files are kept, not deleted


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


async def test_the_backup_schedule_makes_one_when_none_is_a_day_old(db, data_dir):
    from datetime import timedelta

    from monggo_desktop.services.backup import BackupSchedule

    data_dir.prepare()
    schedule = BackupSchedule(db, data_dir, every=timedelta(days=1))
    assert schedule.due_in() == 0.0  # none yet: due now
    schedule.start()
    import asyncio

    async with asyncio.timeout(10):
        while schedule.last is None:
            await asyncio.sleep(0.05)
    await schedule.stop()
    assert schedule.last.path.exists() and 86_000 < schedule.due_in() <= 86_400
