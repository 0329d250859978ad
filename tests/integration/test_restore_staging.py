"""A restore checks everything in a staging folder first and changes nothing on any failure: a member a backup
never has (`sub/dir/x.bin`, `logs`), or a database that fails its integrity check."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from tests.integration.helpers import snapshot
from tests.integration.test_cli_setup import assert_one_line_error, run_cli

IDS = ["--phone-number-id", "106540352242922", "--waba-id", "102290129340398", "--api-base", "http://127.0.0.1:9"]


@pytest.fixture
def shop(tmp_path, cli_env) -> tuple[Path, dict[str, str], Path]:
    env = {**cli_env, "MONGGO_PASSPHRASE": "wedang ronde mbah payem"}
    data = tmp_path / "data"
    assert run_cli("setup", "--data-dir", str(data), "--from-env", *IDS, env=env).returncode == 0
    rows = "\n".join(f"Pelanggan {n},+62812{n:07d}" for n in range(3000))
    (tmp_path / "k.csv").write_text("name,phone\n" + rows + "\n")
    assert run_cli("contacts", "import", str(tmp_path / "k.csv"), "--data-dir", str(data), env=env).returncode == 0
    assert run_cli("backup", "--data-dir", str(data), env=env).returncode == 0
    return data, env, next((data / "backups").glob("*.zip"))


def doctored(original: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the backup with its members changed by ``change`` and a manifest that matches them."""
    with zipfile.ZipFile(original) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != "manifest.json"}
        manifest = json.loads(archive.read("manifest.json"))
    change(members)
    manifest["files"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    with zipfile.ZipFile(target, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    return target


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.__setitem__("sub/dir/x.bin", b"x"),
        lambda m: m.__setitem__("logs", b"not a folder"),
    ],
    ids=["a nested member", "a member named logs"],
)
def test_a_member_a_backup_never_has_is_refused_and_nothing_is_written(shop, tmp_path, change):
    data, env, backup = shop
    bad = doctored(backup, tmp_path / "bad.zip", change)
    before = snapshot(data)
    assert_one_line_error(run_cli("restore", str(bad), "--force", "--data-dir", str(data), env=env), "refused")
    assert snapshot(data) == before
    fresh = tmp_path / "fresh"
    assert_one_line_error(run_cli("restore", str(bad), "--data-dir", str(fresh), env=env), "refused")
    assert not fresh.exists()


def test_a_database_that_fails_its_integrity_check_changes_nothing(shop, tmp_path):
    data, env, backup = shop

    def damage(members: dict[str, bytes]) -> None:
        page = bytearray(members["monggo.db"])
        middle = len(page) // 2
        page[middle : middle + 64] = bytes(64)  # a page in the middle: the first still opens
        members["monggo.db"] = bytes(page)

    bad = doctored(backup, tmp_path / "damaged.zip", damage)
    before = snapshot(data)
    result = run_cli("restore", str(bad), "--force", "--data-dir", str(data), env=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert snapshot(data) == before  # no replaced-* folder, no staging left, the live files as they were
    fresh = tmp_path / "fresh"
    result = run_cli("restore", str(bad), "--data-dir", str(fresh), env=env)
    assert result.returncode != 0 and not fresh.exists()
