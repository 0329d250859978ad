"""Contact import: 100,000 CSV rows into a fresh SQLCipher database, end to end (read, check, merge, write).

Why it matters: a shop moving from a spreadsheet imports its whole customer list at once, and the staff
wait for it. The rows are valid Indonesian mobile numbers written the ways people write them (0812…,
+62 812-…, 62812…, 00 62 …), some with labels and notes, some repeated in another format (they merge).
Each run imports into a new database, then imports the same file again (everything unchanged). Prints
JSON with the medians; the target is 100,000 rows in at most 10 s.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import machine

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.services.contacts.importing import Outcome, import_contacts
from monggo_desktop.storage import Database

ROWS = 100_000
RUNS = 3
TARGET_S = 10.0
# Indonesian mobile prefixes (Telkomsel, Indosat, XL, Axis, Tri, Smartfren): 08xx + 8 digits.
PREFIXES = ("811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855", "856", "857", "858")
PREFIXES += ("817", "818", "819", "859", "877", "878", "831", "832", "833", "838", "895", "896", "897", "898")
LABELS = ("VIP", "Grosir", "Reseller", "Katering", "Langganan", "Baru")
NAMES = ("Dewi", "Budi", "Sari", "Agus", "Rina", "Joko", "Wulan", "Eko", "Putri", "Hendra", "Ayu", "Bambang")


def _formats(prefix: str, rest: str) -> list[str]:
    return [
        f"0{prefix}{rest}",
        f"+62 {prefix}-{rest[:4]}-{rest[4:]}",
        f"62{prefix}{rest}",
        f"00 62 {prefix} {rest[:4]} {rest[4:]}",
        f"0{prefix}-{rest[:4]}-{rest[4:]}",
    ]


def write_csv(path: Path, rows: int, seed: int = 7) -> dict[str, int]:
    """The file, and how many distinct numbers it holds. About 3% of rows repeat an earlier number."""
    rng = random.Random(seed)
    numbers: list[tuple[str, str]] = []
    lines = ["Nama,Nomor HP,Label,Catatan"]
    for i in range(rows):
        if numbers and rng.random() < 0.03:
            prefix, rest = rng.choice(numbers)
        else:
            prefix, rest = rng.choice(PREFIXES), f"{rng.randrange(10**8):08d}"
            numbers.append((prefix, rest))
        phone = rng.choice(_formats(prefix, rest))
        name = f"{rng.choice(NAMES)} {rng.choice(NAMES)}son{i % 97}"
        labels = ";".join(rng.sample(LABELS, rng.choice((0, 0, 1, 2))))
        notes = "Pesan tiap Jumat" if rng.random() < 0.1 else ""
        lines.append(f'{name},{phone},"{labels}",{notes}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"rows": rows, "distinct_numbers": len(set(numbers))}


def _run(folder: Path, source: Path, n: int) -> dict[str, float | dict[str, int]]:
    db = Database.open(folder / f"run{n}.db", RawKey.generate(), create=True)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        first = import_contacts(db, source)
        fresh, fresh_cpu = time.perf_counter() - wall, time.process_time() - cpu
        wall = time.perf_counter()
        again = import_contacts(db, source)
        repeat = time.perf_counter() - wall
        assert again.counts[Outcome.UNCHANGED] == ROWS, again.summary()
        counts = {o.value: c for o, c in first.counts.items()}
        assert db.call(lambda s: s.contacts.count()) == counts["created"]
    finally:
        db.close()
    return {"fresh": fresh, "fresh_cpu": fresh_cpu, "repeat": repeat, "counts": counts}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "contacts.csv"
        shape = write_csv(source, ROWS)
        runs = [_run(folder, source, n) for n in range(RUNS)]

    def median(key: str) -> float:
        return statistics.median(float(r[key]) for r in runs)  # type: ignore[arg-type]

    fresh = median("fresh")
    print(
        json.dumps(
            {
                "machine": machine.describe(),
                "runs": RUNS,
                "file": shape,
                "outcome": runs[0]["counts"],
                "metrics": {
                    "import_fresh_s": round(fresh, 2),
                    "import_fresh_rows_per_s": round(ROWS / fresh),
                    # CPU time of the whole process: what the import costs, whatever else the machine runs.
                    "import_fresh_cpu_s": round(median("fresh_cpu"), 2),
                    "reimport_unchanged_s": round(median("repeat"), 2),
                    "reimport_rows_per_s": round(ROWS / median("repeat")),
                    "all_runs_fresh_s": [round(float(r["fresh"]), 2) for r in runs],  # type: ignore[arg-type]
                },
                "target_s": TARGET_S,
                "meets_target": fresh <= TARGET_S,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
