"""Start to first window: the frozen build (dist/monggo-desktop/, `make dist`) against the app run from source.

Target: the frozen build's start within 1.2x the start from source on the same machine, in the same run.

Both start exactly as a user starts them, as fresh processes on the same data directory: from source
``python -m monggo_desktop -v --data-dir D --lang en``, frozen ``dist/monggo-desktop/monggo-desktop`` with the
same arguments. A start is timed from just before the process is spawned to the app's ``-v`` line "started:
the window shows the first conversations", which the app logs once the conversation list's first page has
been painted (the moment cold_start.py waits for, seen from outside, since a frozen build cannot load a
harness). The process is then terminated. Kinds alternate, RUNS of each, after one untimed start of each
(bytecode caches written, files in the page cache); the figures are medians.

The data directory is set up by the app's own ``set_up`` (app_data.py). Under tools/with-test-keyring it is
in keyring mode, its key in the system keyring under a throw-away service name (removed at the end); without
a secure keyring it is in passphrase mode, so each start also runs the passphrase's KDF (about 0.2 s in
both kinds).

Usage: .venv/bin/python benchmarks/frozen_start.py [--messages N] [--executable PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import app_data
import machine
from cold_start import child_environment

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "monggo-desktop" / "monggo-desktop"
RUNS = 7
TARGET_RATIO = 1.2
STARTED = "INFO monggo.app: started:"


def start_ms(command: list[str], env: dict[str, str]) -> float:
    """Spawn ``command`` and return the milliseconds until it logs that its window is up; then end it."""
    began = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 (the app itself, from source or frozen)
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert process.stderr is not None
    seen: list[str] = []
    try:
        for line in process.stderr:
            if line.startswith(STARTED):
                return (time.perf_counter() - began) * 1000
            seen.append(line)
        raise RuntimeError(f"{command[0]} ended without showing its window: {''.join(seen)[-2000:]}")
    finally:
        process.send_signal(signal.SIGTERM)  # the shutdown is not timed; SQLite's WAL makes the kill safe
        process.communicate(timeout=60)


def data_directory(root: Path, messages: int) -> tuple[dict[str, str], str, object]:
    """Set up ``root``; return the environment the app needs to unlock it, how it unlocks, and the unlocker."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from monggo_desktop.domain.keys import Passphrase
    from monggo_desktop.security.keyring_vetting import assess
    from monggo_desktop.services.session import Unlocker

    verdict = assess(keyring.get_keyring())
    if verdict.backend is not None:
        service = f"Monggo Pinarak benchmark {uuid.uuid4().hex[:12]}"
        unlocker = Unlocker(keyring_backend=verdict.backend, service=service)
        env, mode = {"MONGGO_KEYRING_SERVICE": service}, f"keyring ({verdict.backend_name})"
    else:
        passphrase = secrets.token_urlsafe(18)
        unlocker = Unlocker(keyring_backend=NoKeyring(), passphrase=Passphrase(passphrase))
        env, mode = {"MONGGO_PASSPHRASE": passphrase}, f"passphrase ({verdict.reason})"
    app_data.create(root, unlocker, conversations=min(2_000, max(1, messages // 10)), messages=messages)
    return env, mode, unlocker


def main(messages: int, frozen: Path) -> None:
    if not frozen.is_file():
        raise SystemExit(f"{frozen} is missing: run `make dist` first")
    env = child_environment()
    env.pop("PYTHONPATH", None)
    source_env = dict(env, PYTHONPATH=str(ROOT))  # this checkout's app, whatever the venv has installed
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp, "data")
        unlock_env, mode, unlocker = data_directory(root, messages)
        args = ["-v", "--data-dir", str(root), "--lang", "en"]
        kinds = {
            "source": ([sys.executable, "-m", "monggo_desktop", *args], {**source_env, **unlock_env}),
            "frozen": ([str(frozen), *args], {**env, **unlock_env}),
        }
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        try:
            for command, kind_env in kinds.values():
                start_ms(command, kind_env)  # untimed
            for _ in range(RUNS):  # alternate so that noise hits both kinds alike
                for kind, (command, kind_env) in kinds.items():
                    times[kind].append(start_ms(command, kind_env))
        finally:
            app_data.forget(root, unlocker)  # type: ignore[arg-type]
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    ratio = medians["frozen"] / medians["source"]
    bundle = frozen.parent
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "unlock": mode,
                "load_average_1m_at_end": round(os.getloadavg()[0], 2),
                "dataset": {"messages": messages, "runs": RUNS},
                "bundle_mib": round(size / 2**20, 1),
                "metrics": {
                    "source_first_window_ms": round(medians["source"], 1),
                    "frozen_first_window_ms": round(medians["frozen"], 1),
                    "frozen_vs_source_ratio": round(ratio, 2),
                    "target_ratio": TARGET_RATIO,
                    "within_target": ratio <= TARGET_RATIO,
                    "all_runs_ms": {kind: [round(v, 1) for v in values] for kind, values in times.items()},
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000, help="messages in the data directory")
    parser.add_argument("--executable", type=Path, default=FROZEN, help="the frozen build's executable")
    options = parser.parse_args()
    main(options.messages, options.executable)
