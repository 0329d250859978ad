"""Search over the whole history: the message search (first 50 results, newest first) and the conversation
list's search box (names, numbers and message text), with whole words, parts of words and phrases.

The data directory is made like the app's (``app_data.create``): 1,000,000 messages in 5,000 conversations
with 20,000 contacts at full scale. Each query runs on the database thread, as the app runs it.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import app_data
import machine
from scale import scaled

MESSAGES = scaled(1_000_000)
CONVERSATIONS = scaled(5_000)
CONTACTS = scaled(20_000)
ROUNDS = 5
QUERIES = (
    # whole words, in both languages
    "songket", "Surabaya", "kebaya", "wedding", "ongkir", "handmade", "kurir", "indigo",
    # parts of words, as people type them
    "songk", "abaya", "ndigo", "Palemb", "transf", "hand", "kirim",
    # phrases and a number
    "batik parang", "sudah sampai", "table runner", "Pesanan 4242", "silk shawl",
)  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * (len(ordered) - 1) + 0.5))]


def main() -> dict[str, object]:
    from monggo_desktop.services.session import unlock
    from monggo_desktop.storage.data_dir import DataDirectory

    unlocker = app_data.unlocker_for(False)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        build = app_data.create(root, unlocker, conversations=CONVERSATIONS, messages=MESSAGES, contacts=CONTACTS)
        with unlock(DataDirectory(root), unlocker) as session:
            db = session.db
            messages_ms: list[float] = []
            rows_ms: list[float] = []
            found: dict[str, int] = {}
            for _ in range(ROUNDS):
                for query in QUERIES:
                    started = time.perf_counter()
                    hits = db.call(lambda s, q=query: s.messages.search(q, limit=50))
                    messages_ms.append((time.perf_counter() - started) * 1000)
                    found[query] = len(hits)
                    started = time.perf_counter()
                    db.call(lambda s, q=query: s.views.search_rows(q))
                    rows_ms.append((time.perf_counter() - started) * 1000)
    return {
        "machine": machine.describe(),
        "dataset": {
            "messages": MESSAGES,
            "conversations": CONVERSATIONS,
            "contacts": CONTACTS,
            "queries": len(QUERIES),
            "rounds": ROUNDS,
            **build,
        },
        "metrics": {
            "search_p50_ms": round(statistics.median(messages_ms), 2),
            "search_p95_ms": round(percentile(messages_ms, 0.95), 2),
            "conversation_search_p95_ms": round(percentile(rows_ms, 0.95), 2),
            "search_queries_without_results": sum(1 for n in found.values() if n == 0),
        },
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
