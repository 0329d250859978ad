"""Cold start to the first painted window with a 1,000,000-message database, against a bare PySide6 window.

Target: the app's first painted window within 2x the time a bare PySide6 window (QApplication, QMainWindow,
a label) takes on the same machine in the same run.

A data directory is set up once per run in a temporary folder by the app's own ``set_up`` (keyring mode: a
raw 256-bit database key, so no KDF runs at start) and filled with 1,000,000 messages over 2,000
conversations. Each start is a fresh process (cold_start_window.py), timed by this process from just before
it is spawned to the child's "painted" line: interpreter start, imports, unlock, database open, composition,
the first page of the conversation list read and painted (the app), or the label painted (bare). Kinds
alternate, RUNS of each, after one untimed start of each; the figure is the median. A third kind, the app
on a data directory with 20 messages, separates what the app costs at any size from what the big database
adds.

The keyring: where a Secret Service answers (``make bench`` runs under tools/with-test-keyring, which starts
a private gnome-keyring), the children use it exactly as the app does on a Linux desktop: the Secret Service
asked directly, then D-Bus lookups of the database key and the access token, under a throw-away service name
whose entries are removed at the end. Without one (or with ``--memory-keyring``) the keys come from an
in-memory keyring, which reaches the app as a backend named for the keyring library (env_keyring.py), so
that the app goes through the keyring library as it does for any named backend. The JSON says which.

"Cold" means a new process, not an empty OS page cache: the database file is as the build left it in
memory, as it is when the app is started again on a machine that has been running.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import app_data
import machine
from scale import scaled

if TYPE_CHECKING:
    from monggo_desktop.services.session import Unlocker

MESSAGES = scaled(1_000_000)
CONVERSATIONS = scaled(5_000)
CONTACTS = scaled(20_000)
RUNS = 7
TARGET_RATIO = 2.0
CHILD = Path(__file__).with_name("cold_start_window.py")


def child_environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app has its bytecode compiled; a setting that forbids writing it would make every
    # start compile the app's sources again, which is not what a user's start does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("MONGGO_KEYRING_SERVICE", "MONGGO_PASSPHRASE", "MONGGO_DATA_DIR"):
        env.pop(name, None)
    return env


def start_ms(args: list[str], stdin_text: str, env: dict[str, str]) -> float:
    """Spawn the child and return the milliseconds until it says it has painted."""
    began = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 (our own script, run by this interpreter)
        [sys.executable, str(CHILD), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(stdin_text + "\n")
    process.stdin.flush()
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - began) * 1000
    _, errors = process.communicate(timeout=60)  # the shutdown after the paint is not timed
    if line.strip() != "painted" or process.returncode != 0:
        raise RuntimeError(f"{args[0]} start failed ({process.returncode}): {errors[-2000:]}")
    return elapsed


def app_kind(root: Path, unlocker: Unlocker, env: dict[str, str]) -> tuple[list[str], str, dict[str, str]]:
    stdin_text = json.dumps({"memory_keyring": app_data.entries(unlocker)})
    return ["app", str(root)], stdin_text, {**env, "MONGGO_KEYRING_SERVICE": unlocker.service}


def main(system_keyring: bool) -> None:
    env = child_environment()
    big_unlocker, small_unlocker = app_data.unlocker_for(system_keyring), app_data.unlocker_for(system_keyring)
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp, "big"), Path(tmp, "small")
        try:
            build = app_data.create(
                big, big_unlocker, conversations=CONVERSATIONS, messages=MESSAGES, contacts=CONTACTS
            )
            app_data.create(small, small_unlocker, conversations=5, messages=20)
            db_mib = sum(p.stat().st_size for p in big.glob("monggo.db*")) / 2**20
            kinds = {
                "bare": (["bare"], "{}", env),
                "app": app_kind(big, big_unlocker, env),
                "app_20_messages": app_kind(small, small_unlocker, env),
            }
            times: dict[str, list[float]] = {kind: [] for kind in kinds}
            for args, stdin_text, kind_env in kinds.values():
                start_ms(args, stdin_text, kind_env)  # untimed: bytecode caches written, files in the page cache
            for _ in range(RUNS):  # alternate so that noise hits every kind alike
                for kind, (args, stdin_text, kind_env) in kinds.items():
                    times[kind].append(start_ms(args, stdin_text, kind_env))
        finally:
            app_data.forget(big, big_unlocker)
            app_data.forget(small, small_unlocker)
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    ratio = medians["app"] / medians["bare"]
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "keyring": app_data.keyring_name(big_unlocker),
                "load_average_1m_at_end": round(os.getloadavg()[0], 2),
                "dataset": {
                    "messages": MESSAGES,
                    "conversations": CONVERSATIONS,
                    "contacts": CONTACTS,
                    "database_mib": round(db_mib),
                    "build_s": build,
                    "runs": RUNS,
                },
                "metrics": {
                    "bare_window_painted_ms": round(medians["bare"], 1),
                    "app_painted_ms": round(medians["app"], 1),
                    "app_painted_20_messages_ms": round(medians["app_20_messages"], 1),
                    "app_vs_bare_ratio": round(ratio, 2),
                    "target_ratio": TARGET_RATIO,
                    "within_target": ratio <= TARGET_RATIO,
                    "all_runs_ms": {kind: [round(v, 1) for v in values] for kind, values in times.items()},
                },
            },
            indent=2,
        )
    )


def secret_service_answers() -> bool:
    from monggo_desktop.security.secret_service import SecretServiceKeyring

    return SecretServiceKeyring.available()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(
        system_keyring="--system-keyring" in arguments
        or ("--memory-keyring" not in arguments and secret_service_answers())
    )
