"""What encryption costs (issue 9): the app's storage workload on SQLCipher against the same schema unkeyed.

Two databases side by side in one process: the app's own (``Database.open`` with a raw 256-bit key, so the
app's connect() pragmas) and a plain SQLite file made by the same sqlcipher3 module without ``PRAGMA key``
but otherwise alike (WAL, synchronous FULL, secure_delete ON, the same page cache, auto_vacuum INCREMENTAL,
then the app's migrations). Each run builds both afresh and times five steps on each, alternating:

1. ingest: the history (message_mix.py) in transactions of INGEST_BATCH messages, the search triggers
   running; the two databases take batch about;
2. search index build: FTS5 ``rebuild`` of the message index;
3. open: the newest page of the busiest conversation, as the chat asks the chat's reads (ChatReads) for it;
4. search: the conversation list's search (ChatReads.search: first 50), whole and partial words;
5. retention: the app's Retention run removing the 30 % of messages past the retention period, with its
   batches, search index purge, checkpoint and incremental vacuum.

Which side goes first alternates from run to run. Per step the median over runs is reported for each side,
with their ratio; ``encryption_overhead_ratio`` is the geometric mean of the five ratios (target <= 1.15)
and ``retention_vs_plain_ratio`` the retention step's alone (issue 8: within 1.3x).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import machine
import sqlcipher3
from message_mix import Mix, batches
from scale import divisor, quick, scaled

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account, Contact
from monggo_desktop.services.messaging.chat_reads import CHAT_PAGE, ChatReads
from monggo_desktop.services.privacy.retention import Retention
from monggo_desktop.storage import Database
from monggo_desktop.storage.connection import BUSY_TIMEOUT_MS, _configure
from monggo_desktop.storage.data_dir import DataDirectory
from monggo_desktop.storage.migrations import Migration, migrate
from monggo_desktop.storage.store import Store

T = TypeVar("T")

MESSAGES = 1_000_000
MESSAGES_PER_CONVERSATION = 200  # 5,000 conversations at full scale
RUNS = 3
QUICK_RUNS = 5  # a tenth of the data: more runs for the same confidence, as cheap
INGEST_BATCH = 10_000
OPENS = 900
SEARCH_PASSES = 1  # each query this many times a round
ROUNDS = 9  # open and search alternate between the sides in this many rounds (a page open takes about 1 ms)
TARGET_OVERALL = 1.15
TARGET_RETENTION = 1.3
CIPHER, PLAIN = "cipher", "plain"
STEPS = ("ingest", "fts_build", "open", "search", "retention")
SQLITE_HEADER = b"SQLite format 3\x00"
# Whole words, parts of words (trigrams match inside words), phrases, numbers, and one that matches nothing.
QUERIES = (
    "batik", "ongkir", "pengiriman", "invoice", "Pekalongan", "mega mendung", "scarves", "refund",
    "terima kasih", "London", "kebaya", "transfer", "wholesale", "gamis", "resi", "COD",
    "kirim", "ship", "ngal", "arang", "mendu", "deliv", "bayar", "ukur", "tenu", "songk", "sutr",
    "INV/2025/0012", "150.000", "JP12", "xylofon",
)  # fmt: skip


def plain_connect(path: Path) -> sqlcipher3.Connection:
    """A connection to an unkeyed file, configured as the app's connect() configures its own."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # a new file, as connect() does before the first table
    _configure(conn)  # the app's own pragmas, so that the two sides cannot drift apart
    return conn


class PlainDatabase(Database):
    """The app's Database (one thread, the same Store) over an unkeyed file: the benchmark's reference only."""

    def _open(self, key: object, create: bool, migrations: Sequence[Migration]) -> None:
        conn = plain_connect(self.path)
        try:
            migrate(conn, migrations)
        except BaseException:
            conn.close()
            raise
        self._store = Store(conn)


@dataclass
class Side:
    name: str
    directory: DataDirectory
    db: Database
    services: ChatReads


def open_side(name: str, root: Path, mix: Mix) -> Side:
    directory = DataDirectory(root / name)
    directory.root.mkdir()
    if name == CIPHER:
        db = Database.open(directory.database, RawKey.generate(), create=True)
    else:
        db = PlainDatabase.open(directory.database, RawKey.generate(), create=True)  # the key is not used
    db.call(lambda s: seed(s, mix.conversations))  # the account it makes is the only one: reads need no id
    return Side(name, directory, db, ChatReads(db))


def seed(store: Store, conversations: int) -> int:
    """The account, its customers and their conversations (ids 1 … conversations, as message_mix assumes)."""
    account = store.accounts.add(
        Account(
            phone_number_id="106540352242922",
            waba_id="102290129340398",
            api_base_url="http://127.0.0.1:9",
            api_version="v25.0",
        )
    )
    with store.transaction():
        for n in range(conversations):
            contact = store.contacts.add(
                Contact(phone_e164=f"+628123{n:07d}", wa_id=f"628123{n:07d}", profile_name=f"Pelanggan {n}")
            )
            conversation = store.conversations.get_or_create(account.id, contact.id)
            if conversation.id != n + 1:
                raise RuntimeError("conversation ids must run 1, 2, 3… in a fresh database")
    return int(account.id)


# The steps -------------------------------------------------------------------------------------------------

History = list[tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]


def insert_batch(store: Store, media: list[tuple[object, ...]], rows: list[tuple[object, ...]]) -> None:
    with store.transaction():
        if media:
            store.conn.executemany(
                "INSERT INTO media (id, meta_media_id, mime_type, file_size, filename, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                media,
            )
        store.conn.executemany(
            "INSERT INTO messages (conversation_id, wamid, direction, type, body, media_id, status, created_at,"
            " sent_at, delivered_at, read_at, failed_at, error_code, error_title)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def finish_ingest(store: Store) -> None:
    """What the list shows per conversation: its last message, last inbound and a few unread."""
    with store.transaction():
        store.conn.execute(
            "UPDATE conversations SET unread_count = id % 4,"
            " last_message_at = (SELECT max(created_at) FROM messages WHERE conversation_id = conversations.id),"
            " last_inbound_at = (SELECT max(created_at) FROM messages"
            "   WHERE conversation_id = conversations.id AND direction = 'in')"
        )


def rebuild_search(store: Store) -> None:
    with store.transaction():
        store.conn.execute("INSERT INTO message_search(message_search) VALUES ('rebuild')")


async def open_newest(services: ChatReads, conversation_id: int, count: int) -> None:
    for _ in range(count):
        page = await services.newest_bubbles(conversation_id)
        if len(page.items) != CHAT_PAGE:
            raise RuntimeError("the busiest conversation should fill a page")


async def search_all(services: ChatReads, queries: Sequence[str], passes: int) -> None:
    for _ in range(passes):
        for text in queries:
            await services.search(text)


# One run ---------------------------------------------------------------------------------------------------


@dataclass
class Sizes:
    opens: int
    search_passes: int
    rounds: int


@dataclass
class Totals:
    """One step's time in one run, per side, added up over its parts."""

    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    def add(self, side: str, work: Callable[..., T], *args: Any) -> T:
        """Run ``work(*args)``, adding its wall-clock and CPU milliseconds to ``side``'s. CPU time is the whole
        process's (so the database thread's too): other work on a shared machine disturbs it less."""
        wall, cpu = time.perf_counter(), time.process_time()
        result = work(*args)
        self.wall[side] = self.wall.get(side, 0.0) + (time.perf_counter() - wall) * 1000
        self.cpu[side] = self.cpu.get(side, 0.0) + (time.process_time() - cpu) * 1000
        return result


def one_run(
    root: Path, mix: Mix, history: History, sides_first: tuple[str, str], sizes: Sizes
) -> tuple[dict[str, Totals], dict[str, float]]:
    """Build both databases and time every step on each, alternating; returns each step's totals and the
    databases' sizes at the end."""
    sides = [open_side(name, root, mix) for name in sides_first]
    steps = {step: Totals() for step in STEPS}
    try:
        with asyncio.Runner() as runner:
            for media, rows in history:
                for side in sides:
                    steps["ingest"].add(side.name, side.db.call, partial(insert_batch, media=media, rows=rows))
            for side in sides:
                steps["ingest"].add(side.name, side.db.call, finish_ingest)
            check_files(sides)
            for side in sides:
                steps["fts_build"].add(side.name, side.db.call, rebuild_search)
            per_round = max(1, sizes.opens // sizes.rounds)
            for _ in range(sizes.rounds):
                for side in sides:
                    steps["open"].add(side.name, runner.run, open_newest(side.services, 1, per_round))
            for _ in range(sizes.rounds):
                for side in sides:
                    steps["search"].add(side.name, runner.run, search_all(side.services, QUERIES, sizes.search_passes))
            for side in sides:
                counts = steps["retention"].add(side.name, runner.run, Retention(side.db, side.directory).run())
                if counts.messages != mix.expired:
                    raise RuntimeError(f"{side.name}: retention removed {counts.messages}, expected {mix.expired}")
    finally:
        for side in sides:
            side.db.close()
    return steps, {side.name: mib(side.directory) for side in sides}


def check_files(sides: list[Side]) -> None:
    """The plain file must be plain SQLite and the app's must not be, or the comparison means nothing."""
    for side in sides:
        with open(side.directory.database, "rb") as f:
            plain = f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
        if plain != (side.name == PLAIN):
            raise RuntimeError(f"the {side.name} database file is {'not ' if not plain else ''}plain SQLite")


def mib(directory: DataDirectory) -> float:
    return round(sum(p.stat().st_size for p in directory.database_files() if p.exists()) / 2**20, 1)


# The whole benchmark ---------------------------------------------------------------------------------------


def main(messages: int | None = None, runs: int | None = None, sizes: Sizes | None = None) -> dict[str, object]:
    messages = messages or scaled(MESSAGES)
    runs = runs or (QUICK_RUNS if quick() else RUNS)
    sizes = sizes or Sizes(opens=OPENS, search_passes=SEARCH_PASSES, rounds=ROUNDS)
    mix = Mix(
        messages=messages,
        conversations=max(2, messages // MESSAGES_PER_CONVERSATION),
        now_ms=int(time.time() * 1000),
    )
    began = time.perf_counter()
    history: History = list(batches(mix, INGEST_BATCH))  # made once: both sides and every run insert the same
    generate_s = time.perf_counter() - began
    gc.collect()
    gc.freeze()  # the history's million objects stay out of the collector's scans during the timings
    results: list[dict[str, Totals]] = []
    sizes_mib: dict[str, float] = {}
    try:
        for run in range(runs):
            first = (CIPHER, PLAIN) if run % 2 == 0 else (PLAIN, CIPHER)
            with tempfile.TemporaryDirectory(prefix="monggo-enc-bench-") as tmp:
                steps, sizes_mib = one_run(Path(tmp), mix, history, first, sizes)
            results.append(steps)
    finally:
        gc.unfreeze()
    return report(mix, runs, sizes, results, sizes_mib, generate_s)


def report(
    mix: Mix,
    runs: int,
    sizes: Sizes,
    results: list[dict[str, Totals]],
    sizes_mib: dict[str, float],
    generate_s: float,
) -> dict[str, object]:
    metrics: dict[str, float] = {}
    cpu: dict[str, float] = {}
    ratios = []
    for step in STEPS:
        cipher = statistics.median(r[step].wall[CIPHER] for r in results)
        plain = statistics.median(r[step].wall[PLAIN] for r in results)
        ratios.append(cipher / plain)
        metrics[f"{step}_cipher_ms"] = round(cipher, 1)
        metrics[f"{step}_plain_ms"] = round(plain, 1)
        metrics[f"{step}_ratio"] = round(cipher / plain, 3)
        cipher_cpu = statistics.median(r[step].cpu[CIPHER] for r in results)
        cpu[step] = round(cipher_cpu / statistics.median(r[step].cpu[PLAIN] for r in results), 3)
    overall = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    return {
        "machine": {
            **machine.describe(),
            "sqlite": sqlcipher3.sqlite_version,
            "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        },
        "dataset": {
            "messages": mix.messages,
            "conversations": mix.conversations,
            "busiest_conversation": len(range(0, mix.messages, mix.largest_share)),
            "expired_messages": mix.expired,
            "ingest_batch": INGEST_BATCH,
            "opens": sizes.rounds * max(1, sizes.opens // sizes.rounds),
            "searches": sizes.rounds * sizes.search_passes * len(QUERIES),
            "runs": runs,
            "scale_divisor": divisor(),
            "database_mib_after_retention": sizes_mib,
            "history_generated_s": round(generate_s, 1),
            "targets": {"encryption_overhead_ratio": TARGET_OVERALL, "retention_vs_plain_ratio": TARGET_RETENTION},
            # The same comparison in CPU time, and every run's wall-clock figures, to judge the noise.
            "cpu_ratio_per_step": cpu,
            "runs_ms": {
                side: {step: [round(r[step].wall[side], 1) for r in results] for step in STEPS}
                for side in (CIPHER, PLAIN)
            },
        },
        "metrics": {
            "encryption_overhead_ratio": round(overall, 3),
            "retention_vs_plain_ratio": metrics["retention_ratio"],
            **metrics,
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, help="history size (default: 1,000,000, scaled)")
    parser.add_argument("--runs", type=int, help=f"default: {RUNS}, {QUICK_RUNS} for a quick run")
    arguments = parser.parse_args()
    print(json.dumps(main(arguments.messages, arguments.runs), indent=2))
