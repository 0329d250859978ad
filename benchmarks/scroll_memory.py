"""Resident memory after scrolling a 100,000-message conversation end to end in the chat panel (issue 9).

Target: RSS <= 250 MB after the scroll. A data directory is set up as the app does (app_data.py: keyring
mode, an in-memory keyring) with one customer's conversation: MESSAGES text messages of varied length in
Indonesian and English, some replies quoting an earlier message, and a downloaded photo every PHOTO_EVERY
messages (phone-sized JPEGs, encrypted through the app's media storage, so the chat decodes thumbnails).

A fresh child process (this script with ``--child``) then does what a user does, offscreen: the real
ChatPanel with its ChatViewModel, ChatModel and BubbleDelegate on the unlocked database opens the
conversation (newest page), pages up to the oldest message (Page Up on the scroll bar, each step painted;
the model asks for the next older page whenever the view reaches the top), then pages back down to the
newest (the model keeps a window of rows, so the way down loads pages again). It reports VmRSS before
opening (the panel shown, nothing open), after opening, at the top and after the scroll back down, VmHWM,
the pages loaded and the thumbnail cache's bytes. ``--messages N`` overrides the size.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import app_data
import machine
import photos
import proc_memory
from scale import divisor, scaled

MESSAGES = 100_000
PHOTO_EVERY = 250
DISTINCT_PHOTOS = 12
REPLY_EVERY = 37
SPAN_MS = 25 * 86_400_000  # inside the 30-day retention period
TARGET_MB = 250.0
PANEL_SIZE = (760, 640)
PAGE_TIMEOUT_S = 30.0

OPENINGS = (
    "Halo kak",
    "Selamat pagi",
    "Permisi",
    "Hi",
    "Good afternoon",
    "Kak",
    "Pak",
    "Bu",
    "Hello",
    "Assalamualaikum",
)
SENTENCES = (
    "batik tulis motif parang masih ada?",
    "pesanan 20 kodi bisa dikirim minggu ini?",
    "ongkir ke Surabaya berapa ya?",
    "saya sudah transfer ke BCA, mohon dicek.",
    "barangnya sudah sampai, terima kasih banyak 🙏",
    "do you ship to London? I'd like three scarves.",
    "could you send me a photo of the blue one?",
    "kain songket yang kemarin jadi saya ambil ya.",
    "untuk seragam kantor 45 orang, bisa dapat harga grosir?",
    "warnanya agak beda dengan di foto, apakah bisa tukar?",
    "the parcel arrived today and the colours are lovely.",
    "ukuran L masih ada stok? kalau habis, XL juga boleh.",
    "kapan restock motif kawung warna sogan?",
    "please confirm the total including shipping to Singapore.",
    "mohon dikirim lewat JNE YES supaya sampai sebelum Jumat.",
    "Is the fabric cotton or silk? My mother prefers cotton.",
)
SHORT = ("Ok kak", "Siap", "👍", "Terima kasih 🙏", "Thanks!", "Baik pak", "Sip", "Oke, ditunggu ya")


def message_text(rng: random.Random) -> str:
    """Mostly one or two sentences; some one-word answers; now and then a long paragraph."""
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(SHORT)
    sentences = 1 if roll < 0.6 else 2 if roll < 0.9 else rng.randint(5, 12)
    body = " ".join(rng.choice(SENTENCES) for _ in range(sentences))
    return f"{rng.choice(OPENINGS)}, {body}"


def build(root: Path, unlocker, messages: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The data directory: set up by the app, then one long conversation written in bulk."""
    from PySide6.QtGui import QGuiApplication

    from monggo_desktop.services.session import unlock
    from monggo_desktop.storage.data_dir import DataDirectory

    _app = QGuiApplication.instance() or QGuiApplication([])  # the JPEG writer needs one
    photo_count = messages // PHOTO_EVERY
    jpegs = photos.sample_jpegs(min(DISTINCT_PHOTOS, photo_count))
    timings = app_data.create(root, unlocker, conversations=1, messages=0)
    directory = DataDirectory(root)
    started = time.perf_counter()
    with unlock(directory, unlocker) as session:
        media_ids = session.db.call(lambda s: photos.store_photos(s, directory.media, jpegs, photo_count))
        session.db.call(lambda s: _fill(s, messages, media_ids))
    timings["fill_s"] = round(time.perf_counter() - started, 1)
    return {
        "messages": messages,
        "photos": photo_count,
        "photo_size": f"{photos.WIDTH}x{photos.HEIGHT}",
        "photo_file_kb": round(sum(map(len, jpegs)) / len(jpegs) / 1024, 1) if jpegs else None,
        "replies": messages // REPLY_EVERY,
        "build": timings,
    }


def _fill(store, messages: int, media_ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(42)
    conversation_id = store.conn.execute("SELECT id FROM conversations").fetchone()[0]
    end = int(time.time() * 1000) - 3_600_000  # the last message an hour ago: the 24-hour window is open
    step = SPAN_MS // max(1, messages)
    photos_left = iter(media_ids)
    rows = []
    for i in range(messages):
        inbound = rng.random() < 0.55
        media_id = next(photos_left, None) if i % PHOTO_EVERY == PHOTO_EVERY - 1 else None
        kind = "image" if media_id is not None else "text"
        body = (rng.choice(("Motif parang, ukuran M", "Ini fotonya kak", None))) if media_id else message_text(rng)
        reply_to = f"wamid.bench.{i - rng.randint(1, 30)}" if i % REPLY_EVERY == REPLY_EVERY - 1 else None
        rows.append(
            (
                conversation_id,
                f"wamid.bench.{i}",
                "in" if inbound else "out",
                kind,
                body,
                media_id,
                "received" if inbound else "read",
                end - (messages - 1 - i) * step,
                reply_to,
            )
        )
    last_in = max(r[7] for r in rows if r[2] == "in") if rows else None
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO messages (conversation_id, wamid, direction, type, body, media_id, status, created_at,"
            " reply_to_wamid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        store.conn.execute(
            "UPDATE conversations SET last_message_at = ?, last_inbound_at = ?, unread_count = 0 WHERE id = ?",
            (rows[-1][7] if rows else None, last_in, conversation_id),
        )


# --- the child: open and scroll, in a process of its own -----------------------------------------------


async def _settle(seconds: float = 0.3) -> None:
    """Let queued work (layouts, thumbnails arriving) run, as it would while the user looks."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await asyncio.sleep(0.01)


async def _page_through(panel, arrived: asyncio.Event, *, up: bool) -> int:  # type: ignore[no-untyped-def]
    """Page Up (or Down) to the conversation's end, each step painted; returns the steps taken.

    Reaching the top (bottom) of the loaded rows asks for the next page, as the panel does for a user's
    scroll; when a page leaves the bar at the end (no change, so no new request) the reader nudges it.
    """
    from PySide6.QtWidgets import QAbstractSlider

    view, model = panel.bubbles, panel.model
    bar = view.verticalScrollBar()
    action = QAbstractSlider.SliderAction.SliderPageStepSub if up else QAbstractSlider.SliderAction.SliderPageStepAdd
    steps = 0
    while True:
        end = bar.minimum() if up else bar.maximum()
        if bar.value() != end:
            bar.triggerAction(action)
            view.viewport().repaint()
            steps += 1
            await asyncio.sleep(0)
            continue
        if not (model.has_older if up else model.has_newer):
            return steps
        arrived.clear()
        if bar.maximum() > bar.minimum():
            bar.setValue(end + (1 if up else -1))
            bar.setValue(end)
        elif up:  # all rows fit on screen: nothing to scroll, so ask as the bar would
            model.request_older()
        else:
            model.request_newer()
        await asyncio.wait_for(arrived.wait(), PAGE_TIMEOUT_S)
        await asyncio.sleep(0)


async def scroll(root: Path, unlocker) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from monggo_desktop.services.messaging.chat_services import chat_services
    from monggo_desktop.services.session import unlock
    from monggo_desktop.storage.data_dir import DataDirectory
    from monggo_desktop.ui.chat_panel import ChatPanel
    from monggo_desktop.ui.viewmodels.chat import ChatViewModel

    directory = DataDirectory(root)
    rss: dict[str, float] = {}
    with unlock(directory, unlocker) as session:
        account = session.db.call(lambda s: s.accounts.get_by_phone_number_id(app_data.PHONE_NUMBER_ID))
        conversation_id = session.db.call(lambda s: s.conn.execute("SELECT id FROM conversations").fetchone()[0])
        services = chat_services(session.db, account.id, media_dir=directory.media)
        vm = ChatViewModel(services)
        panel = ChatPanel(vm)
        panel.resize(*PANEL_SIZE)
        panel.show()
        await _settle()
        rss["before_open"] = proc_memory.rss_mb()

        pages = 0
        arrived = asyncio.Event()

        def page_arrived(*_args: object) -> None:
            nonlocal pages
            pages += 1
            arrived.set()

        for signal in (vm.opened, vm.older_loaded, vm.newer_loaded):
            signal.connect(page_arrived)
        vm.open(conversation_id)
        await asyncio.wait_for(arrived.wait(), PAGE_TIMEOUT_S)
        panel.bubbles.viewport().repaint()
        await _settle()
        rss["after_open"] = proc_memory.rss_mb()

        started = time.perf_counter()
        steps_up = await _page_through(panel, arrived, up=True)
        up_s = time.perf_counter() - started
        await _settle()
        rss["at_top"] = proc_memory.rss_mb()
        started = time.perf_counter()
        steps_down = await _page_through(panel, arrived, up=False)
        down_s = time.perf_counter() - started
        await _settle()
        rss["after_scroll"] = proc_memory.rss_mb()
        rows = panel.model.rowCount()
        thumbnail_mb = vm.thumbnails.cached_bytes / 1e6
        vm.shutdown()
        panel.close()
    return {
        "rss_mb": rss,
        "hwm_mb": proc_memory.status_mb()["VmHWM"],
        "pages_loaded": pages,
        "rows": rows,
        "thumbnail_cache_mb": round(thumbnail_mb, 1),
        "page_steps_up": steps_up,
        "page_steps_down": steps_down,
        "scroll_up_s": round(up_s, 1),
        "scroll_down_s": round(down_s, 1),
    }


def child(root: Path) -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from monggo_desktop.services.session import Unlocker

    entries = json.loads(sys.stdin.readline())["memory_keyring"]
    app_data.trust_memory_keyring()
    unlocker = Unlocker(keyring_backend=app_data.MemoryKeyring(entries))
    _app = QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        result = runner.run(scroll(root, unlocker))
    print(json.dumps(result), flush=True)


def child_environment() -> dict[str, str]:
    """This environment, with this checkout's code first on the path: the child runs what the parent does."""
    repo = str(Path(__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": repo + (os.pathsep + path if path else "")}


def main(messages: int | None = None) -> dict[str, object]:
    count = messages if messages is not None else scaled(MESSAGES)
    unlocker = app_data.unlocker_for(system_keyring=False)
    with tempfile.TemporaryDirectory(prefix="monggo-scroll-") as tmp:
        root = Path(tmp, "data")
        dataset = build(root, unlocker, count)
        done = subprocess.run(  # noqa: S603 (this script, run by this interpreter)
            [sys.executable, str(Path(__file__).resolve()), "--child", str(root)],
            input=json.dumps({"memory_keyring": app_data.entries(unlocker)}) + "\n",
            capture_output=True,
            text=True,
            check=False,
            env=child_environment(),
        )
    if done.returncode != 0:
        raise RuntimeError(f"the scrolling process failed:\n{done.stderr[-4000:]}")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    rss = measured["rss_mb"]
    return {
        "machine": machine.describe(),
        "dataset": {**dataset, "scale_divisor": divisor(), "panel": f"{PANEL_SIZE[0]}x{PANEL_SIZE[1]}"},
        "metrics": {
            "rss_mb_after_scroll": rss["after_scroll"],
            "rss_mb_before_open": rss["before_open"],
            "rss_mb_after_open": rss["after_open"],
            "rss_mb_at_top": rss["at_top"],
            "vm_hwm_mb": measured["hwm_mb"],
            "pages_loaded": measured["pages_loaded"],
            "rows_in_model": measured["rows"],
            "thumbnail_cache_mb": measured["thumbnail_cache_mb"],
            "page_steps_up": measured["page_steps_up"],
            "page_steps_down": measured["page_steps_down"],
            "scroll_up_s": measured["scroll_up_s"],
            "scroll_down_s": measured["scroll_down_s"],
            "target_mb": TARGET_MB,
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, help="messages in the conversation (default: 100,000, scaled)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
    else:
        print(json.dumps(main(args.messages), indent=2))
