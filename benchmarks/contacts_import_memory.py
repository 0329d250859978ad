"""Peak memory growth while importing 1,000,000 CSV rows (about 47 MB) of contacts (issue 20, point 12).

Target: growth < 150 MB. The file is the contact-import benchmark's (contacts_import.py: valid Indonesian
mobile numbers written the ways people write them, labels, notes, about 3 % repeats), scaled to 1,000,000
rows. A second file holds one 50 MB cell among ordinary rows: the cell must reject its row, not the memory.

Each import runs in a fresh child process (this script with ``--child``), as `monggo-desktop contacts import`
runs it: a new SQLCipher database open, then ``import_contacts`` (the whole file checked first, then read
again as a stream and written in batches of 5,000 rows). The baseline is VmRSS once the database is open and
the import module imported; the peak is the larger of VmHWM (reset at the baseline where the kernel allows)
and VmRSS sampled every 10 ms on a thread. Growth = peak - baseline. ``--rows N`` overrides the size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import machine
import proc_memory
from contacts_import import write_csv
from export_memory import child_environment
from scale import divisor, scaled

ROWS = 1_000_000
BIG_CELL_MB = 50
TARGET_MB = 150.0


def write_big_cell(path: Path) -> None:
    """Three ordinary rows around one with a 50 MB note, written without holding it whole."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write('name,phone,notes\nDewi,0813 9876 5432,\nBudi,0857 1234 5678,"')
        piece = "catatan panjang sekali " * 4_000
        for _ in range(BIG_CELL_MB * 1_000_000 // len(piece)):
            out.write(piece)
        out.write('"\nRina,0811 2233 4455,\n')


def child(source: Path, database: Path) -> None:
    from monggo_desktop.domain.keys import RawKey
    from monggo_desktop.services.contacts.importing import import_contacts
    from monggo_desktop.storage import Database

    db = Database.open(database, RawKey.generate(), create=True)
    try:
        baseline = proc_memory.rss_mb()
        reset = proc_memory.reset_peak()
        started = time.perf_counter()
        with proc_memory.PeakSampler() as sampler:
            result = import_contacts(db, source)
        seconds = time.perf_counter() - started
        status = proc_memory.status_mb()
    finally:
        db.close()
    peak = max(sampler.peak_mb, status["VmHWM"]) if reset else sampler.peak_mb
    counts = {o.value: n for o, n in result.counts.items()}
    print(json.dumps({"baseline_mb": baseline, "peak_mb": peak, "seconds": round(seconds, 1), "counts": counts}))


def _measure(source: Path, folder: Path) -> dict[str, object]:
    done = subprocess.run(  # noqa: S603 (this script, run by this interpreter)
        [sys.executable, str(Path(__file__).resolve()), "--child", str(source), str(folder / f"{source.stem}.db")],
        capture_output=True,
        text=True,
        check=False,
        env=child_environment(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"the import process failed:\n{done.stderr[-4000:]}")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    measured["growth_mb"] = round(measured["peak_mb"] - measured["baseline_mb"], 1)
    return measured


def main(rows: int | None = None) -> dict[str, object]:
    count = rows if rows is not None else scaled(ROWS)
    with tempfile.TemporaryDirectory(prefix="monggo-import-") as tmp:
        folder = Path(tmp)
        source, big = folder / "contacts.csv", folder / "big-cell.csv"
        shape = write_csv(source, count)
        write_big_cell(big)
        file_mb = round(source.stat().st_size / 1e6, 1)
        rows_run = _measure(source, folder)
        big_run = _measure(big, folder)
    assert big_run["counts"]["rejected"] == 1 and big_run["counts"]["created"] == 3 - 1, big_run
    return {
        "machine": machine.describe(),
        "dataset": {**shape, "file_mb": file_mb, "scale_divisor": divisor(), "big_cell_mb": BIG_CELL_MB},
        "metrics": {
            "contacts_import_peak_rss_growth_mb": rows_run["growth_mb"],
            "baseline_rss_mb": rows_run["baseline_mb"],
            "import_seconds": rows_run["seconds"],
            "counts": rows_run["counts"],
            "big_cell_peak_rss_growth_mb": big_run["growth_mb"],
            "big_cell_counts": big_run["counts"],
            "target_mb": TARGET_MB,
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, help="rows in the file (default: 1,000,000, scaled)")
    parser.add_argument("--child", nargs=2, type=Path, metavar=("CSV", "DATABASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(*args.child)
    else:
        print(json.dumps(main(args.rows), indent=2))
