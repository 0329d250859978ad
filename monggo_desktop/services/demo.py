"""Seed data for demo mode: a believable small shop's morning, in Indonesian and English."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account, Contact, Direction, Message, utc_now
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.data_dir import DataDirectory

DEMO_PHONE_NUMBER_ID = "100000000000001"
DEMO_WABA_ID = "200000000000001"

_CUSTOMERS = (
    ("Sari Wulandari", "0812-3456-7801", ["Pelanggan tetap"]),
    ("Budi Santoso", "0813-2222-3302", ["Grosir"]),
    ("Maya Putri", "0856-7777-1203", []),
    ("Daniel Moore", "+44 7911 123456", ["Export"]),
    ("Rina Kusuma", "0821-5555-6605", ["Pelanggan tetap"]),
)
_EXCHANGES = (
    ("Halo kak, batik tulis motif parang masih ada?", "Masih ada kak, ukuran M dan L. Mau dikirim foto?"),
    ("Pesanan 20 kodi bisa dikirim minggu ini?", "Bisa pak, kami kirim hari Kamis lewat JNE."),
    ("Terima kasih, barangnya sudah sampai 🙏", "Sama-sama kak, ditunggu order berikutnya!"),
    (
        "Do you ship to London? I'd like three scarves.",
        "Yes, we ship worldwide. Shipping to the UK is 5-7 days.",
    ),
    ("Kak, bisa COD di Yogyakarta?", "Bisa kak untuk area Kota Yogyakarta."),
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    contacts: int
    conversations: int
    messages: int


def seed_demo(store: Store) -> DemoSummary:
    """Fill an empty demo database. Runs in one transaction: all or nothing."""
    now = utc_now()
    messages = 0
    with store.transaction():
        account = store.accounts.add(
            Account(
                phone_number_id=DEMO_PHONE_NUMBER_ID,
                waba_id=DEMO_WABA_ID,
                api_base_url="http://127.0.0.1",
                api_version="v25.0",
                display_number="+62 811-0000-0001",
                verified_name="Batik Monggo",
            )
        )
        assert account.id is not None
        for index, ((name, phone, labels), (question, answer)) in enumerate(zip(_CUSTOMERS, _EXCHANGES, strict=True)):
            e164 = normalize_e164(phone)
            contact = store.contacts.add(
                Contact(phone_e164=e164, wa_id=e164.lstrip("+"), profile_name=name, labels=labels)
            )
            assert contact.id is not None
            conversation = store.conversations.get_or_create(account.id, contact.id)
            assert conversation.id is not None
            asked_at = now - timedelta(minutes=50 - index * 9)
            store.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.INBOUND,
                    type="text",
                    body=question,
                    status=MessageStatus.RECEIVED,
                    wamid=f"wamid.demo-in-{index}",
                    created_at=asked_at,
                )
            )
            store.conversations.record_inbound(conversation.id, asked_at)
            answered_at = asked_at + timedelta(minutes=3)
            store.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.OUTBOUND,
                    type="text",
                    body=answer,
                    status=MessageStatus.READ if index % 2 == 0 else MessageStatus.DELIVERED,
                    wamid=f"wamid.demo-out-{index}",
                    created_at=answered_at,
                    sent_at=answered_at,
                    delivered_at=answered_at + timedelta(seconds=2),
                    read_at=answered_at + timedelta(minutes=1) if index % 2 == 0 else None,
                )
            )
            store.conversations.record_outbound(conversation.id, answered_at)
            messages += 2
    return DemoSummary(contacts=len(_CUSTOMERS), conversations=len(_CUSTOMERS), messages=messages)


@dataclass(slots=True)
class DemoEnvironment:
    """A throw-away data directory whose key exists only in memory: gone when the demo ends."""

    root: Path
    db: Database
    summary: DemoSummary

    def close(self) -> None:
        self.db.close()
        shutil.rmtree(self.root, ignore_errors=True)


def start_demo() -> DemoEnvironment:
    root = Path(tempfile.mkdtemp(prefix="monggo-demo-"))
    data_dir = DataDirectory(root)
    try:
        data_dir.prepare()
        db = Database.open(data_dir.database, RawKey.generate(), create=True)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    try:
        summary = db.call(seed_demo)
    except BaseException:
        db.close()
        shutil.rmtree(root, ignore_errors=True)
        raise
    return DemoEnvironment(root=root, db=db, summary=summary)
