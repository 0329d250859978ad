"""`--data-dir` and `--passphrase-file` work before or after the sub-command's name (design.md section 8)."""

from __future__ import annotations

import pytest

from monggo_desktop.security import vault_config
from monggo_desktop.security.vault_config import UnlockMode
from monggo_desktop.storage.data_dir import DataDirectory
from tests.integration.test_cli_setup import run_cli

IDS = ["--phone-number-id", "106540352242922", "--waba-id", "102290129340398", "--api-base", "http://127.0.0.1:9"]
PASSPHRASE = "sate kambing pak kumis enak"


@pytest.mark.parametrize("before", [True, False], ids=["before the command", "after the command"])
def test_the_data_directory_is_the_one_given_wherever_it_is_given(tmp_path, cli_env, before):
    data = tmp_path / "toko"
    env = {**cli_env, "MONGGO_PASSPHRASE": PASSPHRASE, "MONGGO_DATA_DIR": str(tmp_path / "elsewhere")}
    where = ["--data-dir", str(data)]
    setup = [*where, "setup", "--from-env", *IDS] if before else ["setup", *where, "--from-env", *IDS]
    result = run_cli(*setup, env=env)
    assert result.returncode == 0, result.stderr
    assert (data / "monggo.db").exists() and not (tmp_path / "elsewhere").exists()
    for command in (["status", "--json"], ["retention", "--dry-run"], ["audit"]):
        args = [*where, *command] if before else [*command, *where]
        result = run_cli(*args, env=env)
        assert "no Monggo database" not in result.stderr, (command, result.stderr)
        assert not (tmp_path / "elsewhere").exists()


def test_a_passphrase_file_before_the_command_is_used(tmp_path, cli_env):
    data = tmp_path / "toko"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    env = {**cli_env}
    env.pop("MONGGO_PASSPHRASE", None)
    result = run_cli("--passphrase-file", str(secret), "--data-dir", str(data), "setup", "--from-env", *IDS, env=env)
    assert result.returncode == 0, result.stderr
    config = vault_config.read(DataDirectory(data).vault_config)
    assert config is not None and config.mode is UnlockMode.PASSPHRASE  # the file's passphrase chose the mode
    result = run_cli("--passphrase-file", str(secret), "--data-dir", str(data), "retention", "--dry-run", env=env)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("before", [True, False], ids=["before the command", "after the command"])
def test_verbose_works_before_or_after_the_command(tmp_path, cli_env, before):
    data = tmp_path / "toko"
    env = {**cli_env, "MONGGO_PASSPHRASE": PASSPHRASE}
    assert run_cli("--data-dir", str(data), "setup", "--from-env", *IDS, env=env).returncode == 0
    args = ["-v", "retention", "--data-dir", str(data)] if before else ["retention", "--data-dir", str(data), "-v"]
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    assert "INFO" in result.stderr  # progress is logged, not only problems
