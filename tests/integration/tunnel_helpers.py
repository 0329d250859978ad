"""The cloudflared stand-in (tests/tools/fake_cloudflared.py) as the app finds it: through MONGGO_CLOUDFLARED."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

STAND_IN = Path(__file__).resolve().parents[1] / "tools" / "fake_cloudflared.py"


def install_stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **switches: str) -> Path:
    """A `cloudflared` program in ``tmp_path`` that runs the stand-in with this interpreter; MONGGO_CLOUDFLARED
    points at it. ``switches`` are the stand-in's FAKE_CLOUDFLARED_* variables, without the prefix."""
    program = tmp_path / "bin" / "cloudflared"
    program.parent.mkdir(parents=True, exist_ok=True)
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{STAND_IN}" "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("MONGGO_CLOUDFLARED", str(program))
    for name in ("FAIL", "EXIT_AFTER", "ROUTE_AFTER", "PORT", "TARGET", "LOG"):
        monkeypatch.delenv(f"FAKE_CLOUDFLARED_{name}", raising=False)
    for name, value in switches.items():
        monkeypatch.setenv(f"FAKE_CLOUDFLARED_{name.upper()}", value)
    return program


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (ended, not yet reaped) has stopped running
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False
