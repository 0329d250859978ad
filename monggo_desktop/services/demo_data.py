"""Seed data for demo mode: a believable small shop's day, in Indonesian and English.

Some conversations have a photo, a reply, a reaction; one send failed; one customer last wrote two days
ago, so their 24-hour window is closed and only templates may go to them.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from monggo_desktop.domain.models import Contact, Direction, MediaRef, Message
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.words import english
from monggo_desktop.services.messaging import quick_replies
from monggo_desktop.services.messaging.media_files import store_media
from monggo_desktop.services.messaging.quick_replies import QuickReply
from monggo_desktop.storage import Store

CUSTOMERS: tuple[tuple[str, str, list[str]], ...] = (
    ("Sari Wulandari", "0812-3456-7801", ["Pelanggan tetap"]),
    ("Budi Santoso", "0813-2222-3302", ["Grosir"]),
    ("Maya Putri", "0856-7777-1203", []),
    ("Daniel Moore", "+44 7911 123456", ["Export"]),
    ("Rina Kusuma", "0821-5555-6605", ["Pelanggan tetap"]),
    ("Agus Hartono", "0819-4444-2206", []),
)
EXCHANGES = (
    ("Halo kak, batik tulis motif parang masih ada?", "Masih ada kak, ukuran M dan L. Mau dikirim foto?"),
    ("Pesanan 20 kodi bisa dikirim minggu ini?", "Bisa pak, kami kirim hari Kamis lewat JNE."),
    ("Terima kasih, barangnya sudah sampai 🙏", "Sama-sama kak, ditunggu order berikutnya!"),
    ("Do you ship to London? I'd like three scarves.", "Yes, we ship worldwide. Shipping to the UK is 5-7 days."),
    ("Kak, bisa COD di Yogyakarta?", "Bisa kak untuk area Kota Yogyakarta."),
    ("Kain songket yang kemarin jadi pesan ya", "Baik pak, totalnya Rp 1.250.000."),
)
FOLLOW_UPS = {1: "Oke pak, saya transfer sekarang ya", 3: "Perfect, I'll order three today."}
REPLIES = (  # what the Indonesian customers answer
    "Oke kak, terima kasih 🙏",
    "Siap, saya tunggu ya",
    "Boleh minta foto yang lain?",
    "Mantap, langsung transfer ya kak",
)
ENGLISH_REPLIES = ("Great, thank you!", "Lovely, I'll wait for the photos.", "Perfect, sending the payment now.")
ENGLISH_SPEAKERS = frozenset({"Daniel Moore"})


def customer_names() -> dict[str, str]:
    """The demo customers' names by WhatsApp id: a customer keeps their name when they write again."""
    return {normalize_e164(phone).lstrip("+"): name for name, phone, _labels in CUSTOMERS}


def reply_for(name: str | None, pick: Callable[[Sequence[str]], str]) -> str:
    """A customer's answer, in their own language."""
    return pick(ENGLISH_REPLIES if name in ENGLISH_SPEAKERS else REPLIES)


QUICK_REPLIES = (
    QuickReply("rekening", "Pembayaran lewat transfer ke BCA 000-111-2222 a.n. Batik Monggo Pinarak ya kak."),
    QuickReply("ongkir", "Ongkos kirim ke Pulau Jawa Rp 15.000, luar Jawa mulai Rp 30.000."),
    QuickReply("terimakasih", "Terima kasih sudah berbelanja di Batik Monggo Pinarak 🙏"),
    QuickReply("hours", "We are open Monday to Saturday, 09:00-17:00 (Jakarta time)."),
)


@dataclass(frozen=True, slots=True)
class SeededCustomer:
    wa_id: str
    conversation_id: int
    window_open: bool
    last_inbound_at: datetime
    received: tuple[str, ...] = ()  # the ids of the messages the customer sent: read receipts may name them


def seed_history(store: Store, account_id: int, media_dir: Path, now: datetime) -> list[SeededCustomer]:
    """Write the demo's conversations. Runs on the database thread, in one transaction."""
    seeded: list[SeededCustomer] = []
    with store.transaction():
        for index, ((name, phone, labels), (question, answer)) in enumerate(zip(CUSTOMERS, EXCHANGES, strict=True)):
            e164 = normalize_e164(phone)
            contact = store.contacts.add(
                Contact(phone_e164=e164, wa_id=e164.lstrip("+"), profile_name=name, labels=labels)
            )
            assert contact.id is not None
            conversation = store.conversations.get_or_create(account_id, contact.id)
            assert conversation.id is not None
            closed = index == len(CUSTOMERS) - 1  # the last customer wrote two days ago
            asked_at = now - (timedelta(days=2) if closed else timedelta(minutes=55 - index * 8))
            question_wamid = f"wamid.demo-in-{index}"
            store.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.INBOUND,
                    type="text",
                    body=question,
                    status=MessageStatus.RECEIVED,
                    wamid=question_wamid,
                    created_at=asked_at,
                )
            )
            store.conversations.record_inbound(conversation.id, asked_at)
            answered_at = asked_at + timedelta(minutes=3)
            failed = index == 2
            store.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.OUTBOUND,
                    type="text",
                    body=answer,
                    status=MessageStatus.FAILED if failed else MessageStatus.READ,
                    wamid=None if failed else f"wamid.demo-out-{index}",
                    created_at=answered_at,
                    sent_at=None if failed else answered_at,
                    delivered_at=None if failed else answered_at,
                    read_at=None if failed else answered_at + timedelta(minutes=1),
                    failed_at=answered_at if failed else None,
                    error_code=131026 if failed else None,
                    error_title=english("The message could not be delivered: the number may not use WhatsApp")
                    if failed
                    else None,
                    reply_to_wamid=question_wamid if index == 0 else None,
                )
            )
            store.conversations.record_outbound(conversation.id, answered_at)
            store.conversations.mark_read(conversation.id)  # the owner read it before answering
            if index in FOLLOW_UPS:  # and these customers wrote again: unread
                followed_at = answered_at + timedelta(minutes=4)
                store.messages.add(
                    Message(
                        conversation_id=conversation.id,
                        direction=Direction.INBOUND,
                        type="text",
                        body=FOLLOW_UPS[index],
                        status=MessageStatus.RECEIVED,
                        wamid=f"wamid.demo-follow-{index}",
                        created_at=followed_at,
                    )
                )
                store.conversations.record_inbound(conversation.id, followed_at)
            if index == 1:  # the customer liked the answer
                store.messages.add(
                    Message(
                        conversation_id=conversation.id,
                        direction=Direction.INBOUND,
                        type="reaction",
                        status=MessageStatus.RECEIVED,
                        wamid="wamid.demo-react-1",
                        reaction_to_wamid="wamid.demo-out-1",
                        reaction_emoji="👍",
                        created_at=answered_at + timedelta(minutes=2),
                    )
                )
            if index == 0:  # and a photo for Sari
                media = store.media.add(MediaRef(mime_type="image/png", filename="parang.png"))
                assert media.id is not None
                store_media(store, media_dir, media.id, sample_png(320, 240))
                photo_at = answered_at + timedelta(minutes=2)
                store.messages.add(
                    Message(
                        conversation_id=conversation.id,
                        direction=Direction.OUTBOUND,
                        type="image",
                        body="Motif parang, ukuran M",
                        media_id=media.id,
                        status=MessageStatus.DELIVERED,
                        wamid="wamid.demo-photo-0",
                        created_at=photo_at,
                        sent_at=photo_at,
                        delivered_at=photo_at,
                    )
                )
                store.conversations.record_outbound(conversation.id, photo_at)
            received = store.conn.execute(
                "SELECT wamid FROM messages WHERE conversation_id = ? AND direction = ? AND wamid IS NOT NULL",
                (conversation.id, Direction.INBOUND.value),
            ).fetchall()
            seeded.append(
                SeededCustomer(
                    contact.wa_id or "", conversation.id, not closed, asked_at, tuple(w for (w,) in received)
                )
            )
        quick_replies.save(store, list(QUICK_REPLIES))
    return seeded


def sample_png(width: int, height: int) -> bytes:
    """A small batik-coloured gradient, as a real PNG file (no imaging library needed)."""
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (120 + x % 60, 40 + (y * 150) // height, 30 + (x * y) % 40))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
