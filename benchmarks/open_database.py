"""Open time of an existing database: raw key (keyring mode) vs passphrase (SQLCipher KDF).

Why it matters: the app opens the database at every start; design.md keys it with a raw key so that
no key derivation runs each time. Prints JSON with medians in milliseconds and their ratio.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

import machine

from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.storage import Database

RUNS = 15


def _open_ms(path: Path, key: RawKey | Passphrase) -> float:
    start = time.perf_counter()
    db = Database.open(path, key)
    db.call(lambda s: s.conn.execute("SELECT count(*) FROM messages").fetchone())
    elapsed = (time.perf_counter() - start) * 1000
    db.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw_path, pass_path = Path(tmp, "raw.db"), Path(tmp, "pass.db")
        raw_key, passphrase = RawKey.generate(), Passphrase("benchmark passphrase, long enough")
        Database.open(raw_path, raw_key, create=True).close()
        Database.open(pass_path, passphrase, create=True).close()
        raw_ms, pass_ms = [], []
        for _ in range(RUNS):  # alternate so that noise hits both sides alike
            raw_ms.append(_open_ms(raw_path, raw_key))
            pass_ms.append(_open_ms(pass_path, passphrase))
    raw, kdf = statistics.median(raw_ms), statistics.median(pass_ms)
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "runs": RUNS,
                "metrics": {
                    "open_raw_key_ms": round(raw, 2),
                    "open_passphrase_ms": round(kdf, 2),
                    "passphrase_vs_raw_ratio": round(kdf / raw, 1),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
