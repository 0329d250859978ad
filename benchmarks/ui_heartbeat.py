"""The UI event loop's longest stall while webhooks stream in, measured by a 16 ms heartbeat timer.

Target: no gap between two heartbeat ticks longer than 50 ms while 200 inbound messages a second arrive.

The app is started as `monggo-desktop` starts it (``app.start``: unlock, database, messaging engine with its
webhook receiver, services, viewmodels, MainWindow), offscreen, on a data directory with 100,000 messages in
500 conversations (app_data.py: keyring mode; the receiver on a free loopback port instead of 8787). The
keyring is an in-memory one unless ``--system-keyring`` is given (run under tools/with-test-keyring): the
receiver reads the app secret from the credential store for every delivery, so the keyring is on the path.
The top conversation is open in the chat panel, as a user would have it. A precise 16 ms QTimer records when
each tick runs; a gap is the time between two ticks.

Phases alternate, ROUNDS of each: idle (the window with nothing arriving), then load: signed deliveries of
one text message each from 100 customers at RATE per second, open loop, from a second process
(webhook_load.py), through the real receiver, inbox, applier and the list and chat refreshes. A load phase
lasts until every delivered body has been applied. Prints JSON per phase: max gap, p99 gap, gaps over 50 ms,
messages applied, and the acknowledgement latency seen by the sender.

Then a retention phase: RETENTION_OLD messages past the 30-day period are written (outside the measured
time) and a retention run removes them in batches on the database thread while the heartbeat runs.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import app_data
import machine
import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from scale import scaled

from monggo_desktop import app
from monggo_desktop.services import engine
from monggo_desktop.services.session import Unlocker

# 700,000 messages of history and 300,000 past the retention period: the run removes 30 % of 1,000,000.
CONVERSATIONS = scaled(5_000)
CONTACTS = scaled(20_000)
MESSAGES = scaled(700_000)
RATE = 200.0
LOAD_SECONDS = 10.0
IDLE_SECONDS = 10.0
ROUNDS = 2
HEARTBEAT_MS = 16
STALL_MS = 50.0
RETENTION_OLD = scaled(300_000)
LOAD = Path(__file__).with_name("webhook_load.py")


class Heartbeat:
    """Records the time of every tick of a precise 16 ms timer on the Qt event loop."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self._timer = QTimer(interval=HEARTBEAT_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def mark(self) -> int:
        return len(self.ticks)

    def gaps_ms(self, since: int) -> list[float]:
        ticks = self.ticks[since:]
        return [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]


class RecordedEngine(engine.MessagingEngine):
    """The app's engine, remembered so that the benchmark can find the receiver's port."""

    last: RecordedEngine | None = None

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        RecordedEngine.last = self


def summary(gaps: list[float]) -> dict[str, float | int]:
    ordered = sorted(gaps)
    return {
        "ticks": len(gaps) + 1,
        "max_gap_ms": round(ordered[-1], 1),
        "p99_gap_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
        "median_gap_ms": round(statistics.median(ordered), 1),
        "gaps_over_50_ms": sum(g > STALL_MS for g in ordered),
    }


async def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        await asyncio.sleep(0.02)


async def deliver(url: str, seconds: float, first: int, rate: float = RATE) -> dict[str, object]:
    """Run the load generator to the end; polled, so that the Qt loop keeps running meanwhile."""
    with tempfile.TemporaryFile("w+") as out:  # a file, not a pipe: its one long line must not block it
        process = subprocess.Popen(  # noqa: S603 (our own script, run by this interpreter)
            [sys.executable, str(LOAD), url, app_data.APP_SECRET, str(rate), str(seconds), "text", str(first)],
            stdout=out,
        )
        while process.poll() is None:
            await asyncio.sleep(0.05)
        out.seek(0)
        result: dict[str, object] = json.loads(out.read())
    if process.returncode != 0:
        raise RuntimeError("the load generator failed")
    return result


def write_old_messages(store) -> None:  # type: ignore[no-untyped-def]
    """Messages received 40 days ago in the existing conversations: what the next retention run removes."""
    old_ms = int(time.time() * 1000) - 40 * 86_400_000
    ids = [r[0] for r in store.conn.execute("SELECT id FROM conversations ORDER BY id")]
    rows = [
        (ids[i % len(ids)], "in", f"Pesan lama {i}: kain batik tulis", "received", old_ms + i)
        for i in range(RETENTION_OLD)
    ]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO messages (conversation_id, direction, type, body, status, created_at)"
            " VALUES (?, ?, 'text', ?, ?, ?)",
            rows,
        )


async def main(root: Path, unlocker: Unlocker, build: dict[str, float]) -> dict[str, object]:
    running = await app.start(demo=False, data_dir=root, unlocker=unlocker)
    assert running is not None
    window = running.window
    window.show()
    if running.begin is not None:  # the engine starts once the window is up, as in the app
        await running.begin()
    recorded = RecordedEngine.last
    assert recorded is not None
    db, url = recorded.session.db, recorded.receiver.url
    # One message from customer 0 puts that conversation on top; open it as a user would, by selecting it.
    await deliver(url, 1.0, 0, rate=1.0)
    model = window.list_model  # type: ignore[attr-defined]
    await wait_until(lambda: model.rowCount() > 0 and model.rows()[0].title == "Pelanggan 0")
    window.list_view.setCurrentIndex(model.index(0, 0))  # type: ignore[attr-defined]
    await wait_until(lambda: window.chat_panel.model.rowCount() > 0)  # type: ignore[attr-defined]

    heartbeat = Heartbeat()
    heartbeat.start()
    idle_gaps: list[float] = []
    load_gaps: list[float] = []
    applied = 0
    drains: list[float] = []
    acks: list[float] = []
    failures = 0
    rates: list[float] = []
    for round_number in range(ROUNDS):  # alternate so that noise hits both phases alike
        since = heartbeat.mark()
        await asyncio.sleep(IDLE_SECONDS)
        idle_gaps += heartbeat.gaps_ms(since)

        before = await db.run(lambda s: s.messages.count())
        since = heartbeat.mark()
        result = await deliver(url, LOAD_SECONDS, 1 + round_number * 1_000_000)
        sent_done = time.perf_counter()
        while await db.run(lambda s: s.inbox.pending_count()):
            await asyncio.sleep(0.02)
        drains.append((time.perf_counter() - sent_done) * 1000)
        load_gaps += heartbeat.gaps_ms(since)
        applied += await db.run(lambda s: s.messages.count()) - before
        acks += result["latencies_ms"]  # type: ignore[arg-type]
        failures += int(result["failures"])  # type: ignore[call-overload]
        rates.append(float(result["achieved_rate"]))  # type: ignore[arg-type]
    await db.run(write_old_messages)
    since = heartbeat.mark()
    retention_started = time.perf_counter()
    removed = await recorded.retention.retention.run()
    retention_s = time.perf_counter() - retention_started
    retention_gaps = heartbeat.gaps_ms(since)
    heartbeat.stop()
    window.shutdown()  # type: ignore[attr-defined]
    await running.stop()
    window.close()

    load = summary(load_gaps)
    acks.sort()
    return {
        "machine": machine.describe(),
        "keyring": app_data.keyring_name(unlocker),
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "dataset": {
            "history_messages": MESSAGES,
            "conversations": CONVERSATIONS,
            "build_s": build,
            "rate_per_s": RATE,
            "load_seconds_per_round": LOAD_SECONDS,
            "idle_seconds_per_round": IDLE_SECONDS,
            "rounds": ROUNDS,
            "heartbeat_ms": HEARTBEAT_MS,
        },
        "metrics": {
            "idle": summary(idle_gaps),
            "load": {
                **load,
                "messages_applied": applied,
                "deliveries_failed": failures,
                "achieved_rate_per_s": round(statistics.median(rates), 1),
                "ack_p99_ms": round(acks[min(len(acks) - 1, int(0.99 * len(acks)))], 1),
                "drain_after_last_delivery_ms": round(max(drains), 1),
            },
            "retention": {
                **summary(retention_gaps),
                "messages_removed": removed.messages,
                "run_s": round(retention_s, 2),
            },
            "max_gap_under_load_ms": load["max_gap_ms"],
            "max_gap_during_retention_ms": summary(retention_gaps)["max_gap_ms"],
            "target_max_gap_ms": STALL_MS,
            "within_target": max(load["max_gap_ms"], summary(retention_gaps)["max_gap_ms"]) <= STALL_MS,
        },
    }


if __name__ == "__main__":
    qt_app = QApplication(sys.argv[:1])
    unlocker = app_data.unlocker_for(system_keyring="--system-keyring" in sys.argv[1:])
    engine.MessagingEngine = RecordedEngine  # type: ignore[misc]  # app.start looks it up at call time
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp, "data")
        try:
            build = app_data.create(data, unlocker, conversations=CONVERSATIONS, messages=MESSAGES, contacts=CONTACTS)
            with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
                print(json.dumps(runner.run(main(data, unlocker, build)), indent=2))
        finally:
            app_data.forget(data, unlocker)
