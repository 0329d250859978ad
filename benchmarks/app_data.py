"""A set-up data directory with a long history, for benchmarks that start the app as a user would.

Used by cold_start.py and ui_heartbeat.py. The account is created by the app's own ``set_up`` in keyring mode
(raw 256-bit database key, no KDF). The keyring is, by default, one held in memory: benchmarks must run
without a desktop's Secret Service. Vetting refuses any keyring it does not know, so ``trust_memory_keyring``
lets this one through, in the benchmark process only. With ``--system-keyring`` the benchmarks use the
system's keyring instead (run them under tools/with-test-keyring), under a throw-away service name whose
entries are removed at the end. History is written with bulk ``executemany`` in big transactions, through the
real schema, so the search triggers run too.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from monggo_desktop.security.keyring_vetting import Verdict, assess

if TYPE_CHECKING:
    from monggo_desktop.services.session import Unlocker

PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"
APP_SECRET = "benchmark-app-secret"  # noqa: S105 (a throw-away test value)
API_BASE = "http://127.0.0.1:9"  # nothing listens there: template sync fails at once, as offline
STEP_MS = 1_000  # one message a second across all conversations: 1,000,000 span about 12 days
# Recent history, inside the 30-day retention period: a start must not find it old and delete it.
BASE_MS = int(time.time() * 1000) - 20 * 86_400_000
BATCH = 100_000
TEXTS = (
    "Halo kak, {item} {colour} masih ada? Nomor {n}",
    "Pesanan {n}: {qty} {item} bisa dikirim ke {city} minggu ini?",
    "Do you ship to {city}? I'd like {qty} {item} in {colour} ({n}).",
    "Terima kasih, {item} sudah sampai di {city} 🙏 #{n}",
    "Ongkir ke {city} berapa ya? Order {n}, {qty} {item}",
    "Kak, {item} yang {colour} ukuran L ada stok? Mau {qty} potong",
    "Sudah transfer ya kak, pesanan {n} atas nama pelanggan di {city}",
    "Is the {colour} {item} handmade? Order {n} for a wedding in {city}",
    "Baik kak, {item} {colour} dikirim besok pagi lewat kurir. Resi menyusul ({n})",
    "Maaf kak, {item} {colour} sedang kosong. Ada pilihan lain: {other}",
)
ITEMS = (
    "batik parang",
    "batik kawung",
    "batik mega mendung",
    "songket palembang",
    "tenun ikat",
    "kebaya encim",
    "selendang sutra",
    "kain lurik",
    "sarung tenun",
    "kemeja batik",
    "blus lasem",
    "taplak meja",
    "tas anyaman",
    "scarf",
    "table runner",
    "sarong",
    "silk shawl",
    "tote bag",
    "cushion cover",
    "wall hanging",
)
COLOURS = ("merah", "biru", "hijau", "coklat", "hitam", "putih", "emas", "indigo", "maroon", "navy", "sage")
CITIES = (
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Denpasar",
    "Yogyakarta",
    "Semarang",
    "Palembang",
    "Balikpapan",
    "Jakarta",
    "Malang",
    "Solo",
    "London",
    "Singapore",
    "Kuala Lumpur",
    "Sydney",
    "Amsterdam",
)
MEDIA_EVERY = 40  # one message in 40 is a photo (with a caption), as in a shop's chats

Entries = list[tuple[str, str, str]]  # (service, username, secret) as the keyring holds them


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps its entries in this process's memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, entries: Iterable[tuple[str, str, str]] = ()) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {(s, u): p for s, u, p in entries}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)

    def dump(self) -> Entries:
        return [(s, u, p) for (s, u), p in self.entries.items()]


def _assess(backend: KeyringBackend) -> Verdict:
    if isinstance(backend, MemoryKeyring):
        return Verdict(backend, "benchmarks.MemoryKeyring", "held in this benchmark's memory")
    return assess(backend)


def trust_memory_keyring() -> None:
    """Accept MemoryKeyring wherever the app vets a keyring (each module imported ``assess`` by name).

    The setup module is patched only when already imported: a started app never imports it, and importing
    it here would add to the start being measured.
    """
    from monggo_desktop.security import vault
    from monggo_desktop.services import session

    for module in (vault, session, sys.modules.get("monggo_desktop.services.setup.first_setup")):
        if module is not None:
            module.assess = _assess  # type: ignore[attr-defined]


def unlocker_for(system_keyring: bool) -> Unlocker:
    """An in-memory keyring, or the system's secure one under a service name of its own."""
    from monggo_desktop.services.session import Unlocker

    if not system_keyring:
        trust_memory_keyring()
        return Unlocker(keyring_backend=MemoryKeyring())
    import keyring

    verdict = assess(keyring.get_keyring())
    if verdict.backend is None:
        raise SystemExit(f"--system-keyring: {verdict.reason}; run under tools/with-test-keyring")
    return Unlocker(keyring_backend=verdict.backend, service=f"Monggo Pinarak benchmark {uuid.uuid4().hex[:12]}")


def keyring_name(unlocker: Unlocker) -> str:
    backend = type(unlocker.keyring_backend)
    return "in memory" if backend is MemoryKeyring else f"{backend.__module__}.{backend.__qualname__}"


def forget(root: Path, unlocker: Unlocker) -> None:
    """Remove the entries ``create`` put into the keyring."""
    from monggo_desktop.security import vault_config
    from monggo_desktop.storage.data_dir import DataDirectory

    config = vault_config.read(DataDirectory(root).vault_config)
    if config is not None:
        unlocker.vault(config).delete_all()


def entries(unlocker: Unlocker) -> Entries | None:
    """What the in-memory keyring holds, for a child process to load (None for the system keyring)."""
    backend = unlocker.keyring_backend
    return backend.dump() if isinstance(backend, MemoryKeyring) else None


def create(
    root: Path, unlocker: Unlocker, *, conversations: int, messages: int, contacts: int | None = None
) -> dict[str, float]:
    """Set up ``root`` as `monggo-desktop setup` would, then write the history; return how long each took.

    Messages are interleaved across conversations in time, as they arrive; every conversation gets its
    last_message_at, last_inbound_at and a few unread, so the conversation list shows full rows.
    ``contacts`` (at least ``conversations``) adds customers who have not written yet.
    """
    from monggo_desktop.services.session import unlock
    from monggo_desktop.services.setup.first_setup import SetupRequest, set_up
    from monggo_desktop.storage.data_dir import DataDirectory

    trust_memory_keyring()  # again, now that the setup module is imported
    directory = DataDirectory(root)
    started = time.perf_counter()
    set_up(
        directory,
        unlocker,
        SetupRequest(
            phone_number_id=PHONE_NUMBER_ID,
            waba_id=WABA_ID,
            access_token="EAAGbenchmarkAccessToken0123456789",  # noqa: S106 (a throw-away test value)
            app_secret=APP_SECRET,
            verify_token="benchmark-verify",  # noqa: S106
            api_base_url=API_BASE,
        ),
    )
    set_up_s = time.perf_counter() - started
    with unlock(directory, unlocker) as session:
        started = time.perf_counter()
        session.db.call(lambda s: _fill(s, conversations, messages, max(contacts or 0, conversations)))
        # The receiver on a free port (the setting the app reads): runs never clash over 8787.
        session.db.call(lambda s: s.settings.set("webhook.port", 0))
        fill_s = time.perf_counter() - started
    return {"set_up_s": round(set_up_s, 2), "fill_s": round(fill_s, 1)}


def wa_id(n: int) -> str:
    return f"628123{n:07d}"


def message_text(i: int) -> str:
    """Text for message ``i``: a shop's questions and answers in Indonesian and English, with a vocabulary
    of a few hundred words, so the search index is not a handful of repeated terms."""
    return TEXTS[i % len(TEXTS)].format(
        n=i,
        item=ITEMS[(i // 7) % len(ITEMS)],
        colour=COLOURS[(i // 3) % len(COLOURS)],
        city=CITIES[(i // 11) % len(CITIES)],
        qty=1 + i % 20,
        other=ITEMS[(i // 13) % len(ITEMS)],
    )


def _fill(store, conversations: int, messages: int, contacts: int) -> None:  # type: ignore[no-untyped-def]
    from monggo_desktop.domain.models import Contact

    account = store.accounts.get_by_phone_number_id(PHONE_NUMBER_ID)
    ids: list[int] = []
    with store.transaction():
        for n in range(contacts):
            contact = store.contacts.add(
                Contact(phone_e164="+" + wa_id(n), wa_id=wa_id(n), profile_name=f"Pelanggan {n}")
            )
            if n < conversations:
                ids.append(store.conversations.get_or_create(account.id, contact.id).id)
    last: dict[int, int] = {}
    last_in: dict[int, int] = {}
    for start in range(0, messages, BATCH):
        rows = []
        media = []
        for i in range(start, min(messages, start + BATCH)):
            # A fixed stride over the conversations: neighbours in time belong to different customers.
            conversation = ids[(i * 7919) % conversations]
            inbound = i % 3 != 0
            at = BASE_MS + i * STEP_MS
            status, sent, delivered, read, failed = _status(inbound, i, at)
            photo = i % MEDIA_EVERY == 0
            if photo:
                media.append((i, f"{7_000_000_000_000 + i}", "image/jpeg", 48_000 + i % 90_000, at))
            rows.append(
                (
                    conversation,
                    f"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYIDNB{i:012d}",
                    "in" if inbound else "out",
                    "image" if photo else "text",
                    message_text(i),
                    i if photo else None,
                    status,
                    at,
                    sent,
                    delivered,
                    read,
                    failed,
                    131026 if failed else None,
                )
            )
            last[conversation] = at
            if inbound:
                last_in[conversation] = at
        with store.transaction():  # one transaction per batch: a commit per row would take hours
            store.conn.executemany(
                "INSERT INTO media (id, meta_media_id, mime_type, file_size, created_at) VALUES (?, ?, ?, ?, ?)",
                media,
            )
            store.conn.executemany(
                "INSERT INTO messages (conversation_id, wamid, direction, type, body, media_id, status, created_at,"
                " sent_at, delivered_at, read_at, failed_at, error_code)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    with store.transaction():
        store.conn.executemany(
            "UPDATE conversations SET last_message_at = ?, last_inbound_at = ?, unread_count = ? WHERE id = ?",
            [(last.get(c), last_in.get(c), c % 4, c) for c in ids],
        )


def _status(inbound: bool, i: int, at: int) -> tuple[str, int | None, int | None, int | None, int | None]:
    """Inbound: received. Outbound: mostly read, some delivered or only sent, one in 50 failed."""
    if inbound:
        return "received", None, None, None, None
    if i % 50 == 0:
        return "failed", None, None, None, at + 2_000
    if i % 7 == 0:
        return "sent", at + 1_000, None, None, None
    if i % 5 == 0:
        return "delivered", at + 1_000, at + 3_000, None, None
    return "read", at + 1_000, at + 3_000, at + 60_000, None
