"""`monggo-desktop setup` and `recover` as a user runs them: a real process, the real keyring, real files."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys

import pytest

from monggo_desktop import __version__
from monggo_desktop.security import vault_config
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.helpers import all_bytes, seed_conversation, snapshot

TOKEN = "EAAGm0PBwZBxQBAKzTestAccessToken9876543210"
APP_SECRET = "5f4dcc3b5aa765d61d8327deb882cf99"
VERIFY_TOKEN = "monggo-verify-7c1e"
PHONE = "+6281398765432"
MESSAGE = "Tolong kirim ke Jalan Kaliurang km 5, rumah cat hijau"
PASSPHRASE = "nasi goreng pakai telur ceplok"
SETUP = ["setup", "--phone-number-id", "106540352242922", "--waba-id", "102290129340398", "--from-env"]
RECOVERY_KEY = re.compile(r"^\s+((?:[A-Z2-7]{5}-){10}[A-Z2-7]{1,5})$", re.MULTILINE)


def run_cli(
    *args: str, env: dict[str, str] | None = None, extra_env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ if env is None else env)
    full_env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "monggo_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=60,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"monggo-desktop {__version__}"


def test_setup_in_keyring_mode_shows_the_recovery_key_once(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    result = run_cli(*SETUP, "--data-dir", str(data), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert "keyring mode" in result.stdout
    assert RECOVERY_KEY.search(result.stdout)
    assert result.stderr == ""
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in data.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    # Running it again updates the credentials and shows no new recovery key.
    again = run_cli(*SETUP, "--data-dir", str(data), env=cli_env, extra_env={"MONGGO_ACCESS_TOKEN": TOKEN + "2"})
    assert again.returncode == 0 and "Updated" in again.stdout and not RECOVERY_KEY.search(again.stdout)
    with unlock(DataDirectory(data), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
        assert session.credentials.get(SecretName.ACCESS_TOKEN) == TOKEN + "2"


def test_no_secret_or_personal_data_in_plaintext_anywhere_in_the_data_directory(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    needles = [TOKEN, APP_SECRET, VERIFY_TOKEN, PHONE, PHONE[1:], MESSAGE, "Kaliurang", "Dewi Lestari"]

    def leaks() -> list[str]:
        blob = all_bytes(data)
        found = [n for n in needles if n.encode() in blob or n.encode("utf-16-le") in blob]
        return found

    assert leaks() == []
    with unlock(DataDirectory(data), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
        for i in range(50):
            session.db.call(
                lambda s, i=i: seed_conversation(s, phone=PHONE, text=f"{MESSAGE} ({i})", name="Dewi Lestari")
            )
        assert (data / "monggo.db-wal").exists()  # the WAL holds the fresh pages while the database is open
        assert leaks() == []
    assert leaks() == []


def test_missing_credentials_are_named_and_nothing_is_created(tmp_path, cli_env):
    env = {k: v for k, v in cli_env.items() if k != "MONGGO_APP_SECRET"}
    data = tmp_path / "data"
    result = run_cli(*SETUP, "--data-dir", str(data), env=env)
    assert_one_line_error(result, "MONGGO_APP_SECRET")
    assert not data.exists()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--phone-number-id", "+62 811"], "digits only"),
        (["--api-base", "http://graph.example.test"], "https"),
        (["--api-version", "25"], "v25.0"),
    ],
)
def test_bad_options_get_one_clear_line(tmp_path, cli_env, args, fragment):
    data = tmp_path / "data"
    result = run_cli(*SETUP, "--data-dir", str(data), *args, env=cli_env)
    assert_one_line_error(result, fragment)
    assert not data.exists()


def test_a_data_directory_that_cannot_be_made_is_a_clear_error(tmp_path, cli_env):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli(*SETUP, "--data-dir", str(blocker / "data"), env=cli_env)
    assert_one_line_error(result, "data directory")


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        ("keyrings.alt.file.PlaintextKeyring", "plain file"),
        ("keyring.backends.fail.Keyring", "no system keyring"),
        ("keyring.backends.null.Keyring", "switched off"),
    ],
)
def test_an_insecure_keyring_asks_for_passphrase_mode_and_stores_nothing(tmp_path, cli_env, backend, reason):
    data = tmp_path / "data"
    env = {**cli_env, "PYTHON_KEYRING_BACKEND": backend}
    result = run_cli(*SETUP, "--data-dir", str(data), env=env)
    assert_one_line_error(result, reason, "passphrase")
    assert not data.exists()
    assert all_bytes(tmp_path).find(TOKEN.encode()) == -1


def test_passphrase_mode_keeps_credentials_in_the_encrypted_database(tmp_path, cli_env):
    data = tmp_path / "data"
    env = {**cli_env, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    result = run_cli(*SETUP, "--data-dir", str(data), "--passphrase-file", str(passfile), env=env)
    assert result.returncode == 0, result.stderr
    assert "passphrase mode" in result.stdout and "plain file" in result.stderr
    assert not RECOVERY_KEY.search(result.stdout)
    assert vault_config.read(data / "vault.json").mode.value == "passphrase"
    blob = all_bytes(tmp_path / "xdg-data") if (tmp_path / "xdg-data").exists() else b""
    assert TOKEN.encode() not in blob and TOKEN.encode() not in all_bytes(data)

    before = snapshot(data)
    wrong = run_cli(*SETUP, "--data-dir", str(data), env=env, extra_env={"MONGGO_PASSPHRASE": PASSPHRASE + "!"})
    assert_one_line_error(wrong, "wrong passphrase or not a Monggo database")
    assert snapshot(data) == before

    missing = run_cli(*SETUP, "--data-dir", str(data), env=env)
    assert_one_line_error(missing, "MONGGO_PASSPHRASE", "--passphrase-file")

    right = run_cli(*SETUP, "--data-dir", str(data), env=env, extra_env={"MONGGO_PASSPHRASE": PASSPHRASE})
    assert right.returncode == 0 and "Updated" in right.stdout


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path, cli_env):
    data = tmp_path / "data"
    result = run_cli(*SETUP, "--data-dir", str(data), env=cli_env, extra_env={"MONGGO_PASSPHRASE": "short"})
    assert_one_line_error(result, "too short")
    assert not data.exists() or snapshot(data) == {}


def test_recover_puts_the_key_back(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    result = run_cli(*SETUP, "--data-dir", str(data), env=cli_env)
    recovery = RECOVERY_KEY.search(result.stdout).group(1)
    config = vault_config.read(data / "vault.json")
    vault = Unlocker(secure_keyring, TEST_KEYRING_SERVICE).vault(config)
    vault.delete(SecretName.DATABASE_KEY)

    locked = run_cli(*SETUP, "--data-dir", str(data), env=cli_env)
    assert_one_line_error(locked, "missing from the system keyring", "recover")

    keyfile = tmp_path / "recovery.txt"
    typo = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    keyfile.write_text(typo + "\n")
    bad = run_cli("recover", "--data-dir", str(data), "--recovery-key-file", str(keyfile), env=cli_env)
    assert_one_line_error(bad, "not a valid recovery key")

    good = run_cli("recover", "--data-dir", str(data), "--recovery-key-file", "-", env=cli_env, stdin=recovery)
    assert good.returncode == 0, good.stderr
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0


def test_commands_on_a_directory_that_was_never_set_up(tmp_path, cli_env):
    result = run_cli(
        "recover", "--data-dir", str(tmp_path / "nothing"), "--recovery-key-file", "-", env=cli_env, stdin="AAAAA"
    )
    assert_one_line_error(result, "monggo-desktop setup")
