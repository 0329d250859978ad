"""`contacts export` onto a full disk: one line, no traceback, no partial file, nothing left open (a statement
left open used to make the last WAL checkpoint fail with "database table is locked", printed as a traceback)."""

from __future__ import annotations

import subprocess
import sys

from tests.integration.test_cli_setup import run_cli

IDS = ["--phone-number-id", "106540352242922", "--waba-id", "102290129340398", "--api-base", "http://127.0.0.1:9"]


def test_a_full_disk_is_one_line_and_leaves_nothing_behind(tmp_path, cli_env):
    env = {**cli_env, "MONGGO_PASSPHRASE": "lotek pak darmo masih buka"}
    data = tmp_path / "data"
    assert run_cli("setup", "--data-dir", str(data), "--from-env", *IDS, env=env).returncode == 0
    rows = "\n".join(f"Pelanggan {n},+62812{n:07d}" for n in range(6000))
    source = tmp_path / "kontak.csv"
    source.write_text("name,phone\n" + rows + "\n")
    assert run_cli("contacts", "import", str(source), "--data-dir", str(data), env=env).returncode == 0
    out = tmp_path / "out" / "semua.csv"
    out.parent.mkdir()
    limit_kib = 64  # RLIMIT_FSIZE: the write fails half-way, as on a full disk
    result = subprocess.run(
        ["sh", "-c", f'ulimit -f {limit_kib}; exec "$0" "$@"', sys.executable, "-m", "monggo_desktop",
         "contacts", "export", str(out), "--data-dir", str(data)],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "nothing was saved" in result.stderr
    assert list(out.parent.iterdir()) == []  # no partial file
    assert not (data / "monggo.db-wal").exists() or (data / "monggo.db-wal").stat().st_size == 0
