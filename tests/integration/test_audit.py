"""`monggo-desktop audit`: a clean data directory passes; each broken promise is one line and a non-zero exit."""

from __future__ import annotations

import os

from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.test_cli_setup import SETUP, run_cli


def test_a_fresh_setup_passes_and_each_broken_promise_is_a_finding(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    clean = run_cli("audit", "--data-dir", str(data), env=cli_env)
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.strip().endswith("All checks hold.") and "checked: file permissions" in clean.stdout

    os.chmod(data / "monggo.db", 0o644)
    (data / "kontak.csv").write_text("name,phone\nSari,+6281234567890\n")
    os.chmod(data / "kontak.csv", 0o600)
    with unlock(DataDirectory(data), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
        session.db.call(lambda s: s.settings.set("webhook.host", "0.0.0.0"))  # noqa: S104 (the finding tested)

    found = run_cli("audit", "--data-dir", str(data), env=cli_env)
    assert found.returncode == 1
    lines = found.stderr.strip().splitlines()
    # SQLite gives the -wal and -shm files the main file's mode: all three are said.
    assert len(lines) == 5, found.stderr
    assert sum("readable by others" in line for line in lines) == 3
    assert any("monggo.db is readable by others" in line for line in lines)
    assert any("kontak.csv may hold personal data unencrypted" in line for line in lines)
    assert any("listens on 0.0.0.0" in line for line in lines)
    assert "Traceback" not in found.stderr and "6281234567890" not in found.stderr


def test_a_plaintext_export_is_found_by_its_content_whatever_its_name(tmp_path, cli_env):
    """An export made with --no-encrypt and renamed (no .zip, no .csv) inside the data directory is a finding;
    an encrypted one is not, and neither are the backups (ZIPs of already-encrypted files)."""
    import stat as stat_module

    env = {**cli_env, "MONGGO_PASSPHRASE": "bakso malang cak man enak"}
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=env).returncode == 0
    assert run_cli("backup", "--data-dir", str(data), env=env).returncode == 0
    clean = run_cli("audit", "--data-dir", str(data), env=env)
    assert clean.returncode == 0, clean.stderr
    plain, sealed = tmp_path / "plain.zip", tmp_path / "sealed.zip"
    assert run_cli("export", "--data-dir", str(data), "--out", str(plain), "--no-encrypt", env=env).returncode == 0
    exported = run_cli(
        "export", "--data-dir", str(data), "--out", str(sealed), env={**env, "MONGGO_EXPORT_PASSPHRASE": "x" * 16}
    )
    assert exported.returncode == 0, exported.stderr
    for source, name in ((sealed, "arsip"), (plain, "catatan-lama")):
        target = data / name
        target.write_bytes(source.read_bytes())
        target.chmod(stat_module.S_IRUSR | stat_module.S_IWUSR)
    result = run_cli("audit", "--data-dir", str(data), env=env)
    assert result.returncode == 1
    assert "catatan-lama may hold personal data unencrypted" in result.stderr
    assert "arsip" not in result.stderr


def test_a_folder_an_earlier_restore_left_and_a_damaged_deletion_ledger_are_findings(tmp_path, cli_env):
    """Earlier versions kept what `restore --force` replaced in a replaced-* folder, out of reach of retention
    and `forget`; a damaged deletions.json would let a restored backup bring deleted customers back."""
    env = {**cli_env, "MONGGO_PASSPHRASE": "bakso malang cak man enak"}
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=env).returncode == 0
    left = data / "replaced-20261101-101010"
    left.mkdir(mode=0o700)
    (left / "monggo.db").write_bytes((data / "monggo.db").read_bytes())
    os.chmod(left / "monggo.db", 0o600)
    (data / "deletions.json").write_text("{damaged")
    os.chmod(data / "deletions.json", 0o600)
    result = run_cli("audit", "--data-dir", str(data), env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert any("replaced-20261101-101010 is a full copy of the data" in line for line in lines)
    assert any("deletions.json, the record of deletion requests, is damaged" in line for line in lines)


def test_a_temporary_file_being_written_is_not_a_finding_but_one_left_by_a_crash_is(tmp_path, cli_env):
    """A media download writes `….bin.tmp` before renaming it: the self-check must not flag a write in progress
    (the privacy center runs it while the app works), yet a leftover from a crash holds plaintext risk."""
    import time

    env = {**cli_env, "MONGGO_PASSPHRASE": "bakso malang cak man enak"}
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=env).returncode == 0
    fresh = data / "media" / "0000000001.bin.tmp"
    fresh.write_bytes(b"in progress")
    os.chmod(fresh, 0o600)
    assert run_cli("audit", "--data-dir", str(data), env=env).returncode == 0
    old = time.time() - 3600
    os.utime(fresh, (old, old))
    result = run_cli("audit", "--data-dir", str(data), env=env)
    assert result.returncode == 1 and "0000000001.bin.tmp may hold personal data" in result.stderr


def test_a_backup_being_written_in_its_temporary_folder_is_not_a_finding_but_one_left_by_a_crash_is(tmp_path, cli_env):
    """The start-of-day backup writes its ZIP inside `backups/.backup-….partial/`: half-written, it reads as a
    damaged ZIP. The self-check found it while the demo started; a folder left by a crash is still flagged."""
    import time

    env = {**cli_env, "MONGGO_PASSPHRASE": "bakso malang cak man enak"}
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=env).returncode == 0
    work = data / "backups" / ".backup-x1y2z3.partial"
    work.mkdir(mode=0o700)
    half = work / "backup.zip"
    half.write_bytes(b"PK\x03\x04 half written")
    os.chmod(half, 0o600)
    assert run_cli("audit", "--data-dir", str(data), env=env).returncode == 0
    old = time.time() - 3600
    os.utime(work, (old, old))
    result = run_cli("audit", "--data-dir", str(data), env=env)
    assert result.returncode == 1 and ".partial/backup.zip may hold personal data" in result.stderr
