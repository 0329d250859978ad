"""`export --out` writes only a new file, or replaces a regular one with --force; never a device, never anything
inside the data directory (the live database was once replaced by the ZIP)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.integration.test_cli_setup import assert_one_line_error, run_cli

IDS = ["--phone-number-id", "106540352242922", "--waba-id", "102290129340398", "--api-base", "http://127.0.0.1:9"]
PASSPHRASE = "gudeg yu djum wijilan"


@pytest.fixture
def shop(tmp_path, cli_env) -> tuple[Path, dict[str, str]]:
    data = tmp_path / "data"
    env = {**cli_env, "MONGGO_PASSPHRASE": PASSPHRASE}
    result = run_cli("setup", "--data-dir", str(data), "--from-env", *IDS, env=env)
    assert result.returncode == 0, result.stderr
    return data, env


def export(data: Path, env: dict[str, str], out: Path | str, *more: str):  # type: ignore[no-untyped-def]
    return run_cli("export", "--data-dir", str(data), "--out", str(out), "--no-encrypt", *more, env=env)


def test_the_live_database_is_never_the_target(shop):
    data, env = shop
    before = (data / "monggo.db").read_bytes()
    assert_one_line_error(export(data, env, data / "monggo.db"), "inside the data directory")
    assert_one_line_error(export(data, env, data / "backups" / "copy.zip", "--force"), "inside the data directory")
    assert (data / "monggo.db").read_bytes() == before
    assert run_cli("retention", "--dry-run", "--data-dir", str(data), env=env).returncode == 0  # still opens


def test_an_existing_file_is_kept_unless_force(shop, tmp_path):
    data, env = shop
    target = tmp_path / "copy.zip"
    target.write_bytes(b"the owner's other file")
    assert_one_line_error(export(data, env, target), "already exists", "--force")
    assert target.read_bytes() == b"the owner's other file"
    result = export(data, env, target, "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:2] == b"PK"


def test_a_device_is_not_a_file(shop):
    data, env = shop
    result = export(data, env, "/dev/null", "--force")
    assert_one_line_error(result, "not a regular file")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)  # still the device
