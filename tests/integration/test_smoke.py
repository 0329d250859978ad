"""`monggo-desktop --smoke` from source: every check passes, and it leaves nothing behind (no files, no data
directory, no keyring entry). test_dist_build.py runs the same checks on the frozen build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring

from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.smoke import SMOKE_KEYRING_SERVICE

CHECKS = ("modules", "translations", "database", "keyring", "window")


def run_smoke(command: list[str], tmp_path: Path, **extra_env: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run ``command --smoke`` with its temporary files, the app's default data directory and the XDG data
    and config homes all pointed into ``tmp_path``; returns the result and that folder."""
    home = tmp_path / "smoke-home"
    for folder in ("tmp", "xdg-data", "xdg-config"):
        (home / folder).mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra_env)
    env.update(
        TMPDIR=str(home / "tmp"),
        XDG_DATA_HOME=str(home / "xdg-data"),
        XDG_CONFIG_HOME=str(home / "xdg-config"),
        MONGGO_DATA_DIR=str(home / "data-dir"),
    )
    env.pop("MONGGO_PASSPHRASE", None)
    result = subprocess.run([*command, "--smoke"], capture_output=True, text=True, env=env, timeout=120, check=False)
    return result, home


def assert_smoke_passed(result: subprocess.CompletedProcess[str], home: Path, *, keyring_checked: bool) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "smoke check passed"
    outcomes = {line.split(":")[0].split()[1]: line.split()[0] for line in lines[1:-1]}
    assert list(outcomes) == list(CHECKS)
    assert outcomes == {name: "ok" if name != "keyring" or keyring_checked else "skip" for name in CHECKS}
    assert "Traceback" not in result.stdout + result.stderr
    # Nothing left behind: the temporary data directory is gone, the owner's never existed.
    assert list((home / "tmp").iterdir()) == []
    assert list((home / "xdg-data").iterdir()) == []
    assert list((home / "xdg-config").iterdir()) == []
    assert not (home / "data-dir").exists()


def no_smoke_entry_left() -> bool:
    verdict = assess(keyring.get_keyring())
    return verdict.backend is None or verdict.backend.get_credential(SMOKE_KEYRING_SERVICE, None) is None


def test_smoke_from_source_passes_and_leaves_nothing_behind(tmp_path, secure_keyring):
    result, home = run_smoke([sys.executable, "-m", "monggo_desktop"], tmp_path)
    assert_smoke_passed(result, home, keyring_checked=True)
    assert "SecretService" in result.stdout or "macOS" in result.stdout or "Windows" in result.stdout
    assert no_smoke_entry_left()


def test_without_a_secure_keyring_the_keyring_check_is_skipped_in_one_line(tmp_path):
    result, home = run_smoke(
        [sys.executable, "-m", "monggo_desktop"], tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    assert_smoke_passed(result, home, keyring_checked=False)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("skip")]
    assert line.startswith("skip  keyring: no secure keyring backend")
