"""The chat's services over a real database: rows, search, bubbles and paging, sending, the demo session, and
the changes they announce (what changed, so that a delivery tick repaints one row)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from monggo_desktop.domain.changes import EVERYTHING, Changes
from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.domain.models import Account, Contact, Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.demo import start_demo
from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.services.messaging.ingest import apply_pending
from monggo_desktop.services.messaging.outbox import WindowClosedError
from tests.integration import webhook_bodies

NOW = datetime.now(UTC)


def seed(store, *, conversations: int = 3, per: int = 4) -> tuple[int, list[int]]:
    account = store.accounts.add(
        Account(
            phone_number_id=webhook_bodies.PHONE_NUMBER_ID,
            waba_id="102290129340398",
            api_base_url="http://127.0.0.1:1",
            api_version="v25.0",
        )
    )
    ids = []
    for c in range(conversations):
        contact = store.contacts.add(
            Contact(phone_e164=f"+62812345678{c:02d}", wa_id=f"62812345678{c:02d}", profile_name=f"Pelanggan {c}")
        )
        conversation = store.conversations.get_or_create(account.id, contact.id)
        for i in range(per):
            at = NOW - timedelta(hours=c, minutes=per - i)
            inbound = i % 2 == 0
            store.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
                    type="text",
                    body=f"pesan {c}.{i} tentang kain songket" if c == 1 else f"pesan {c}.{i}",
                    status=MessageStatus.RECEIVED if inbound else MessageStatus.DELIVERED,
                    wamid=f"wamid.{c}.{i}",
                    created_at=at,
                )
            )
            if inbound:
                store.conversations.record_inbound(conversation.id, at)
            else:
                store.conversations.record_outbound(conversation.id, at)
        ids.append(conversation.id)
    return account.id, ids


async def test_rows_are_newest_first_with_previews_ticks_and_windows(db):
    account_id, ids = db.call(seed)
    reads = chat_services(db, account_id).reads
    page = await reads.conversations()
    assert [r.conversation_id for r in page.items] == ids and not page.has_more
    first = page.items[0]
    assert first.title == "Pelanggan 0" and first.preview == "pesan 0.3"  # "You:" is the list's, translated
    assert first.last_outbound_status is MessageStatus.DELIVERED and first.unread == 2
    assert first.window_closes_at is not None and first.window_closes_at > NOW
    assert first.phone_display.startswith("+62 812")


async def test_search_finds_names_numbers_and_words_inside_messages(db):
    account_id, ids = db.call(seed)
    reads = chat_services(db, account_id).reads
    assert [r.conversation_id for r in await reads.search("songk")] == [ids[1]]
    assert [r.conversation_id for r in await reads.search("Pelanggan 2")] == [ids[2]]
    assert [r.conversation_id for r in await reads.search("0812-3456-7802")] == [ids[2]]
    assert await reads.search("tidak ada") == []


async def test_the_newest_page_of_a_long_conversation_comes_first(db):
    account_id, ids = db.call(lambda s: seed(s, conversations=1, per=2))
    conversation_id = ids[0]

    def fill(s):
        base = int((NOW - timedelta(days=200)).timestamp() * 1000)
        with s.transaction():
            s.conn.executemany(
                "INSERT INTO messages (conversation_id, direction, type, body, status, created_at)"
                " VALUES (?, 'in', 'text', ?, 'received', ?)",
                [(conversation_id, f"arsip {n}", base + n * 1000) for n in range(100_000)],
            )

    db.call(fill)
    services = chat_services(db, account_id).reads
    newest = await services.newest_bubbles(conversation_id)
    assert newest.has_more and len(newest.items) == 50
    assert [b.text for b in newest.items[-2:]] == ["pesan 0.0", "pesan 0.1"]  # oldest first, newest last
    older = await services.older_bubbles(conversation_id, newest.items[0].message_id)
    assert older.items[-1].at <= newest.items[0].at and len(older.items) == 50
    assert older.items[-1].text == "arsip 99951"
    # Back down, as a chat that dropped its newest rows asks for them again.
    newer = await services.newer_bubbles(conversation_id, older.items[-1].message_id)
    assert [b.message_id for b in newer.items] == [b.message_id for b in newest.items] and not newer.has_more
    below = await services.newer_bubbles(conversation_id, older.items[0].message_id)
    assert below.has_more and [b.text for b in below.items[:2]] == ["arsip 99903", "arsip 99904"]


async def test_sending_queues_and_a_closed_window_is_refused(db):
    account_id, ids = db.call(seed)
    woken = []
    services = chat_services(db, account_id)
    services.actions.attach_sender(lambda: woken.append(1))
    changes: list[Changes] = []
    services.feed.subscribe(changes.append)
    message_id = await services.actions.send_text(ids[0], "Siap kak")
    assert woken
    assert changes == [Changes.of_conversations([ids[0]], list_order=True)]  # its row moves to the top
    assert db.call(lambda s: s.outbox.get_for_message(message_id)) is not None
    db.call(lambda s: s.conn.execute("UPDATE conversations SET last_inbound_at = 0 WHERE id = ?", (ids[1],)))
    with pytest.raises(WindowClosedError):
        await services.actions.send_text(ids[1], "Halo lagi")
    assert len(changes) == 1  # a refused message changed nothing


async def test_mark_read_clears_the_unread_count(db):
    account_id, ids = db.call(seed)
    services = chat_services(db, account_id)
    changes: list[Changes] = []
    services.feed.subscribe(changes.append)
    await services.actions.mark_read(ids[0])
    assert (await services.reads.conversation(ids[0])).unread == 0
    assert changes == [Changes.of_conversations([ids[0]])]  # its row only: nothing moves


async def test_the_demo_answers_and_moves_ticks_then_vanishes():
    demo = await start_demo(status_delays=(0.05, 0.1, 0.15))
    demo.reply_delay = (0.1, 0.2)
    root = demo.root
    try:
        services = demo.services.reads
        rows = (await services.conversations()).items
        assert len(rows) == 6 and any(r.window_closes_at and r.window_closes_at < NOW for r in rows)
        open_row = next(r for r in rows if r.window_closes_at and r.window_closes_at > datetime.now(UTC))
        before = (await services.conversation(open_row.conversation_id)).unread
        message_id = await demo.services.actions.send_text(open_row.conversation_id, "Ada yang bisa dibantu lagi?")
        async with asyncio.timeout(15):
            while True:
                bubbles = (await services.newest_bubbles(open_row.conversation_id)).items
                mine = next(b for b in bubbles if b.message_id == message_id)
                answered = (await services.conversation(open_row.conversation_id)).unread > before
                if mine.status is MessageStatus.READ and answered:
                    break
                await asyncio.sleep(0.05)
    finally:
        await demo.stop()
    assert not root.exists()


async def test_a_file_is_checked_kept_encrypted_and_queued(db, tmp_path):
    account_id, ids = db.call(seed)
    media_dir = tmp_path / "media"
    media_dir.mkdir()
    services = chat_services(db, account_id, media_dir=media_dir).actions
    photo = tmp_path / "katalog.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"batik" * 400)
    message_id = await services.send_file(ids[0], photo, caption="Katalog baru")
    message = db.call(lambda s: s.messages.get(message_id))
    assert message.type == "image" and message.body == "Katalog baru"
    assert db.call(lambda s: s.outbox.get_for_message(message_id)) is not None
    [stored] = list(media_dir.iterdir())
    assert b"batik" not in stored.read_bytes()

    refused = tmp_path / "animasi.gif"
    refused.write_bytes(b"GIF89a")
    too_big = tmp_path / "besar.jpg"
    too_big.write_bytes(b"\xff\xd8" + b"0" * (5_000_001))
    for path, reason in ((refused, "does not accept"), (too_big, "at most"), (tmp_path / "hilang.pdf", "cannot read")):
        with pytest.raises(UserFacingError, match=reason):
            await services.send_file(ids[0], path)
    db.call(lambda s: s.conn.execute("UPDATE conversations SET last_inbound_at = 0 WHERE id = ?", (ids[1],)))
    with pytest.raises(WindowClosedError):
        await services.send_file(ids[1], photo)
    assert len(list(media_dir.iterdir())) == 1  # nothing written for the refused ones
    assert db.call(lambda s: s.messages.count()) == 13


def test_a_webhook_batch_says_which_conversations_it_changed_and_whether_the_list_moves(db):
    _account_id, ids = db.call(seed)
    at = int(NOW.timestamp())
    first_customer = "6281234567800"  # Pelanggan 0, conversation ids[0]

    def apply(*bodies: bytes) -> Changes:
        for body in bodies:
            db.call(lambda s, b=body: s.inbox.add(b, NOW))
        return db.call(lambda s: apply_pending(s, now=NOW)).changes

    ticks = apply(webhook_bodies.status("wamid.0.1", "read", at, first_customer))
    assert ticks == Changes.of_conversations([ids[0]])  # a tick: one row repainted, nothing moves
    new_message = apply(webhook_bodies.inbound_text(first_customer, "wamid.new.1", at, "Sudah sampai kak"))
    assert new_message == Changes.of_conversations([ids[0]], list_order=True)
    nothing = apply(webhook_bodies.status("wamid.unknown", "delivered", at, first_customer))
    assert not nothing  # a status waiting for its message shows nowhere yet


async def test_the_feed_passes_what_changed_and_what_retention_removed_reaches_everything(db):
    from monggo_desktop.services.privacy.retention import RetentionProgress

    account_id, ids = db.call(seed)
    services = chat_services(db, account_id)
    heard: list[Changes] = []
    services.feed.subscribe(heard.append)
    services.feed.announce(Changes())  # nothing changed: nobody is bothered
    await services.actions.set_pinned(ids[2], True)
    services.feed.retention_progress(RetentionProgress(done=10, total=10, finished=True))
    assert heard == [Changes.of_conversations([ids[2]], list_order=True), EVERYTHING]
