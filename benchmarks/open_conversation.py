"""Opening a conversation: newest page read and painted, in a 100,000-message conversation (issue 5).

Runs the real services, viewmodel, model and delegate offscreen. Each run opens the long conversation
and a 10-message one alternately, timing from the click (open) to the end of the chat list's first paint
after the page arrived: the paint Qt does in its own time, as in the app, caught by an event filter on the
list's viewport. (Forcing a repaint instead would paint twice: once forced, once for the update the model
change had already queued.) Prints JSON with the p50 and p95 for both, so the ratio shows that length
does not matter.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import machine
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from scale import scaled

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account, Contact
from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.storage import Database
from monggo_desktop.ui.chat_panel import ChatPanel
from monggo_desktop.ui.viewmodels.chat import ChatViewModel

LONG = scaled(100_000, at_least=200)
SHORT = 10
RUNS = 30


def seed(store) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    account = store.accounts.add(
        Account(
            phone_number_id="106540352242922",
            waba_id="102290129340398",
            api_base_url="http://127.0.0.1:1",
            api_version="v25.0",
        )
    )
    ids = []
    base = int((datetime.now(UTC) - timedelta(days=300)).timestamp() * 1000)
    for n, count in enumerate((LONG, SHORT)):
        contact = store.contacts.add(Contact(phone_e164=f"+6281234567{n:03d}", profile_name=f"Pelanggan {n}"))
        conversation = store.conversations.get_or_create(account.id, contact.id)
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO messages (conversation_id, direction, type, body, status, created_at)"
                " VALUES (?, ?, 'text', ?, ?, ?)",
                [
                    (
                        conversation.id,
                        "in" if i % 3 else "out",
                        f"Pesan nomor {i}: batik tulis motif parang kawung",
                        "received" if i % 3 else "read",
                        base + i * 1000,
                    )
                    for i in range(count)
                ],
            )
        ids.append(conversation.id)
    return account.id, ids[0], ids[1]


class PaintWatch(QObject):
    """Once armed, lets the viewport's next paint event run to its end, then notes the time."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__()
        self._viewport = viewport
        self.painted = asyncio.Event()
        self.at = 0.0

    def arm(self, *_args: object) -> None:
        self.painted.clear()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        self._viewport.removeEventFilter(self)
        QCoreApplication.sendEvent(watched, event)  # the paint itself, inside Qt's paint of the viewport
        self.at = time.perf_counter()
        self.painted.set()
        return True


async def measure(panel: ChatPanel, vm: ChatViewModel, conversation_id: int) -> float:
    watch = PaintWatch(panel.bubbles.viewport())
    vm.opened.connect(watch.arm)  # after the panel's own slot: the page is in the model
    start = time.perf_counter()
    vm.open(conversation_id)
    await asyncio.wait_for(watch.painted.wait(), 10)
    vm.opened.disconnect(watch.arm)
    return (watch.at - start) * 1000


async def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp, "bench.db"), RawKey.generate(), create=True)
        account_id, long_id, short_id = db.call(seed)
        services = chat_services(db, account_id)
        vm = ChatViewModel(services)
        panel = ChatPanel(vm)
        panel.resize(760, 640)
        panel.show()
        long_ms, short_ms = [], []
        for _ in range(RUNS):
            long_ms.append(await measure(panel, vm, long_id))
            short_ms.append(await measure(panel, vm, short_id))
        vm.shutdown()
        panel.close()
        db.close()

    def p95(values: list[float]) -> float:
        return sorted(values)[int(0.95 * (len(values) - 1))]

    return {
        "machine": machine.describe(),
        "dataset": {"long_conversation": LONG, "short_conversation": SHORT, "runs": RUNS},
        "metrics": {
            "open_conversation_p50_ms": round(statistics.median(long_ms), 2),
            "open_conversation_p95_ms": round(p95(long_ms), 2),
            "open_short_conversation_p95_ms": round(p95(short_ms), 2),
            "long_vs_short_p95_ratio": round(p95(long_ms) / p95(short_ms), 2),
        },
    }


if __name__ == "__main__":
    app = QApplication([])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        print(json.dumps(runner.run(main()), indent=2))
