"""Peak memory growth while exporting everything: 1,000,000 messages in 5,000 conversations (issue 9).

Target: growth < 100 MB. A data directory is set up as the app does (app_data.py: keyring mode, an in-memory
keyring, history written in bulk through the real schema), and PHOTOS of its messages become downloaded
photos with their encrypted files in the media folder (the app's own media storage), so the export's media
path runs too (the export decrypts each file into the ZIP, one at a time).

The export runs in a fresh child process (this script with ``--child``), as `monggo-desktop export` runs
it: the data directory unlocked, then ``export_data`` writing the AES-256 encrypted ZIP (the default)
from the database thread. The baseline is VmRSS once the database is open and the export module imported;
the peak is the larger of VmHWM (reset at the baseline where the kernel allows) and VmRSS sampled every
10 ms on a thread. Growth = peak - baseline. Also reported: the export's seconds and the file's size.
``--messages N`` overrides the size (conversations and photos keep their ratios to the messages).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_data
import machine
import photos
import proc_memory
from scale import divisor, scaled

MESSAGES = 1_000_000
CONVERSATIONS = 5_000
PHOTOS = 300
DISTINCT_PHOTOS = 8
PHOTO_SIZE = (640, 480)  # the export reads no file content: small files keep the folder small
TARGET_MB = 100.0
PASSPHRASE = "benchmark export passphrase"  # noqa: S105 (a throw-away test value)


def build(root: Path, unlocker, messages: int, conversations: int, photo_count: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from monggo_desktop.services.session import unlock
    from monggo_desktop.storage.data_dir import DataDirectory

    _app = QGuiApplication.instance() or QGuiApplication([])  # the JPEG writer needs one
    jpegs = photos.sample_jpegs(DISTINCT_PHOTOS, *PHOTO_SIZE)
    timings = app_data.create(root, unlocker, conversations=conversations, messages=messages)
    directory = DataDirectory(root)
    started = time.perf_counter()
    with unlock(directory, unlocker) as session:
        session.db.call(lambda s: _attach_photos(s, directory.media, jpegs, photo_count, messages))
    timings["photos_s"] = round(time.perf_counter() - started, 1)
    media_bytes = sum(f.stat().st_size for f in directory.media.iterdir())
    return {
        "messages": messages,
        "conversations": conversations,
        "photos": photo_count,
        "media_folder_mb": round(media_bytes / 1e6, 1),
        "database_mb": round(directory.database.stat().st_size / 1e6, 1),
        "build": timings,
    }


def _attach_photos(store, media_dir: Path, jpegs: list[bytes], count: int, messages: int) -> None:  # type: ignore[no-untyped-def]
    """Turn messages spread evenly over the history into photos with a caption."""
    media_ids = photos.store_photos(store, media_dir, jpegs, count)
    stride = max(1, messages // max(1, count))
    with store.transaction():
        store.conn.executemany(
            "UPDATE messages SET type = 'image', media_id = ? WHERE id = ?",
            [(media_id, 1 + n * stride) for n, media_id in enumerate(media_ids)],
        )


# --- the child: the export, in a process of its own ------------------------------------------------------


def child(root: Path, out: Path) -> None:
    from monggo_desktop.domain.keys import Passphrase
    from monggo_desktop.services.session import Unlocker, unlock
    from monggo_desktop.storage.data_dir import DataDirectory

    entries = json.loads(sys.stdin.readline())["memory_keyring"]
    app_data.trust_memory_keyring()
    unlocker = Unlocker(keyring_backend=app_data.MemoryKeyring(entries))
    with unlock(DataDirectory(root), unlocker) as session:
        from monggo_desktop.services.privacy.export import ExportRequest, export_data

        baseline = proc_memory.rss_mb()
        reset = proc_memory.reset_peak()
        started = time.perf_counter()
        with proc_memory.PeakSampler() as sampler:
            request = ExportRequest(out=out, passphrase=Passphrase(PASSPHRASE))
            result = export_data(session.db, request, media_dir=session.data_dir.media)
        seconds = time.perf_counter() - started
        status = proc_memory.status_mb()
    peak = max(sampler.peak_mb, status["VmHWM"]) if reset else sampler.peak_mb
    print(
        json.dumps(
            {
                "baseline_mb": baseline,
                "peak_mb": peak,
                "hwm_mb": status["VmHWM"],
                "hwm_reset": reset,
                "sampled_peak_mb": sampler.peak_mb,
                "samples": sampler.samples,
                "rss_after_mb": status["VmRSS"],
                "seconds": round(seconds, 1),
                "size_mb": round(out.stat().st_size / 1e6, 1),
                "encrypted": result.encrypted,
                "counts": result.counts,
            }
        ),
        flush=True,
    )


def child_environment() -> dict[str, str]:
    """This environment, with this checkout's code first on the path: the child runs what the parent does."""
    repo = str(Path(__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": repo + (os.pathsep + path if path else "")}


def main(messages: int | None = None) -> dict[str, object]:
    count = messages if messages is not None else scaled(MESSAGES)
    conversations = max(1, count * CONVERSATIONS // MESSAGES)
    photo_count = min(count, max(1, count * PHOTOS // MESSAGES))
    unlocker = app_data.unlocker_for(system_keyring=False)
    with tempfile.TemporaryDirectory(prefix="monggo-export-") as tmp:
        root = Path(tmp, "data")
        dataset = build(root, unlocker, count, conversations, photo_count)
        done = subprocess.run(  # noqa: S603 (this script, run by this interpreter)
            [sys.executable, str(Path(__file__).resolve()), "--child", str(root), str(Path(tmp, "export.zip"))],
            input=json.dumps({"memory_keyring": app_data.entries(unlocker)}) + "\n",
            capture_output=True,
            text=True,
            check=False,
            env=child_environment(),
        )
    if done.returncode != 0:
        raise RuntimeError(f"the export process failed:\n{done.stderr[-4000:]}")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "machine": machine.describe(),
        "dataset": {
            **dataset,
            "scale_divisor": divisor(),
            "encrypted": measured["encrypted"],
            "counts": measured["counts"],
        },
        "metrics": {
            "export_peak_rss_growth_mb": round(measured["peak_mb"] - measured["baseline_mb"], 1),
            "baseline_rss_mb": measured["baseline_mb"],
            "peak_rss_mb": measured["peak_mb"],
            "sampled_peak_rss_mb": measured["sampled_peak_mb"],
            "vm_hwm_mb": measured["hwm_mb"],
            "hwm_reset_at_baseline": measured["hwm_reset"],
            "rss_after_export_mb": measured["rss_after_mb"],
            "export_seconds": measured["seconds"],
            "export_size_mb": measured["size_mb"],
            "target_mb": TARGET_MB,
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, help="messages in the export (default: 1,000,000, scaled)")
    parser.add_argument("--child", nargs=2, type=Path, metavar=("DATA_DIR", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(*args.child)
    else:
        print(json.dumps(main(args.messages), indent=2))
