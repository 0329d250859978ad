"""Applying the webhook inbox: every message type stored once, statuses forward only, crashes re-applied."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monggo_desktop.domain.errors import DiskFullError
from monggo_desktop.domain.models import Account, Direction, DownloadState, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.ingest import apply_pending
from monggo_desktop.services.messaging.statuses import apply_waiting
from tests.integration import webhook_bodies as bodies

FIXTURES = Path(__file__).parents[1] / "fixtures" / "webhooks"
NOW = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
PHONE_ID = "100000000000001"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def account_db(db):
    db.call(
        lambda s: s.accounts.add(
            Account(
                phone_number_id=PHONE_ID,
                waba_id="200000000000001",
                api_base_url="http://127.0.0.1:1",
                api_version="v25.0",
            )
        )
    )
    return db


def ingest(db, *bodies: bytes):
    for body in bodies:
        db.call(lambda s, b=body: s.inbox.add(b, NOW))
    return db.call(lambda s: apply_pending(s, now=NOW))


def messages(db) -> list[Message]:
    return db.call(lambda s: [s.messages.get(r[0]) for r in s.conn.execute("SELECT id FROM messages ORDER BY id")])


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("message_*.json")))
def test_every_message_fixture_is_stored_once(account_db, name):
    body = fixture(name)
    first = ingest(account_db, body)
    again = ingest(account_db, body.replace(b"{", b"{ ", 1))  # the same event, other bytes: dedupe by wamid
    stored = messages(account_db)
    expected = sum(len(c["value"].get("messages", [])) for e in json.loads(body)["entry"] for c in e["changes"])
    assert first.messages == expected == len(stored)
    assert again.messages == 0 and again.duplicates == expected
    assert all(m.direction is Direction.INBOUND and m.status is MessageStatus.RECEIVED for m in stored)


def test_text_creates_contact_and_conversation_with_unread_and_window(account_db):
    ingest(account_db, fixture("message_text.json"))
    [message] = messages(account_db)
    assert message.body == "Halo, apakah toko buka hari ini?"
    conversation = account_db.call(lambda s: s.conversations.get(message.conversation_id))
    contact = account_db.call(lambda s: s.contacts.get(conversation.contact_id))
    assert contact.phone_e164 == "+16505551234" and contact.profile_name == "Test Customer"
    assert conversation.unread_count == 1 and conversation.last_inbound_at == message.created_at


def test_reactions_replies_media_and_unsupported_keep_their_links(account_db):
    ingest(
        account_db,
        fixture("message_reaction.json"),
        fixture("message_reply_with_context.json"),
        fixture("message_image.json"),
        fixture("message_unsupported.json"),
    )
    by_type = {m.type: m for m in messages(account_db)}
    assert by_type["reaction"].reaction_to_wamid and by_type["reaction"].reaction_emoji
    assert by_type["text"].reply_to_wamid
    image = by_type["image"]
    media = account_db.call(lambda s: s.media.get(image.media_id))
    assert media.meta_media_id and media.download_state is DownloadState.PENDING
    assert by_type["unsupported"].payload["errors"] == [131051]
    conversation = account_db.call(lambda s: s.conversations.get(by_type["reaction"].conversation_id))
    assert conversation.unread_count == 3  # the reaction is not an unread message


def test_a_customer_who_changed_number_moves(account_db):
    ingest(account_db, fixture("message_text.json"))
    ingest(account_db, fixture("message_system_user_changed_number.json"))
    body = json.loads(fixture("message_system_user_changed_number.json"))
    system = body["entry"][0]["changes"][0]["value"]["messages"][0]["system"]
    new_wa_id = system.get("wa_id") or system.get("new_wa_id")
    phones = account_db.call(lambda s: [r[0] for r in s.conn.execute("SELECT phone_e164 FROM contacts")])
    assert "+" + new_wa_id in phones


def test_a_status_before_its_message_waits_then_applies(account_db):
    counts = ingest(account_db, fixture("status_read.json"))
    assert counts.pending_statuses == 1
    status = json.loads(fixture("status_read.json"))["entry"][0]["changes"][0]["value"]["statuses"][0]
    ingest(account_db, fixture("message_text.json"))
    conversation_id = messages(account_db)[0].conversation_id

    def send_and_settle(s):
        m = s.messages.add(
            Message(
                conversation_id=conversation_id,
                direction=Direction.OUTBOUND,
                type="text",
                body="Buka kak",
                wamid=status["id"],
            )
        )
        return apply_waiting(s, m)

    assert account_db.call(send_and_settle) == 1
    out = account_db.call(lambda s: s.messages.get_by_wamid(status["id"]))
    assert out.status is MessageStatus.READ and out.read_at is not None
    assert account_db.call(lambda s: s.pending_statuses.count()) == 0


def test_a_failed_status_keeps_the_code_and_a_readable_reason(account_db):
    ingest(account_db, fixture("message_text.json"))
    status = json.loads(fixture("status_failed.json"))["entry"][0]["changes"][0]["value"]["statuses"][0]
    conversation_id = messages(account_db)[0].conversation_id
    account_db.call(
        lambda s: s.messages.add(
            Message(
                conversation_id=conversation_id, direction=Direction.OUTBOUND, type="text", body="x", wamid=status["id"]
            )
        )
    )
    ingest(account_db, fixture("status_failed.json"))
    failed = account_db.call(lambda s: s.messages.get_by_wamid(status["id"]))
    assert failed.status is MessageStatus.FAILED
    assert failed.error_code == status["errors"][0]["code"] and failed.error_title and "error" not in failed.error_title


def test_webhooks_for_another_number_are_acknowledged_not_stored(db):
    counts = ingest(db, fixture("message_text.json"), fixture("status_sent.json"))
    assert counts.foreign == 2 and counts.messages == 0
    assert db.call(lambda s: (s.messages.count(), s.inbox.pending_count())) == (0, 0)


def test_a_crash_mid_batch_applies_everything_exactly_once_afterwards(account_db):
    for name in ("message_text.json", "message_image.json", "message_location.json"):
        account_db.call(lambda s, n=name: s.inbox.add(fixture(n), NOW))

    def crash(s):
        with s.transaction():
            apply_pending(s, now=NOW)
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        account_db.call(crash)
    assert account_db.call(lambda s: (s.messages.count(), s.inbox.pending_count())) == (0, 3)
    assert account_db.call(lambda s: apply_pending(s, now=NOW)).messages == 3
    assert account_db.call(lambda s: apply_pending(s, now=NOW)).bodies == 0
    assert account_db.call(lambda s: s.messages.count()) == 3


def test_a_full_disk_during_ingest_leaves_the_inbox_for_a_retry(account_db):
    big = json.loads(fixture("message_text.json"))
    msgs = big["entry"][0]["changes"][0]["value"]["messages"]
    template = msgs[0]
    big["entry"][0]["changes"][0]["value"]["messages"] = [
        {**template, "id": f"wamid.FULL{i}", "text": {"body": f"{i} " + "panjang " * 300}} for i in range(60)
    ]
    account_db.call(lambda s: s.inbox.add(json.dumps(big).encode(), NOW))
    pages = account_db.call(lambda s: s.conn.execute("PRAGMA page_count").fetchone()[0])
    account_db.call(lambda s: s.conn.execute(f"PRAGMA max_page_count = {pages + 3}"))
    with pytest.raises(DiskFullError):
        account_db.call(lambda s: apply_pending(s, now=NOW))
    assert account_db.call(lambda s: (s.messages.count(), s.inbox.pending_count())) == (0, 1)
    account_db.call(lambda s: s.conn.execute("PRAGMA max_page_count = 1073741823"))
    assert account_db.call(lambda s: apply_pending(s, now=NOW)).messages == 60


def test_one_batch_counts_unread_and_times_per_conversation(db):
    """A batch's messages update each conversation once at the end: the sums and latest times must be those
    of message-by-message updates, whatever the order of arrival, and reactions are no unread messages."""
    db.call(
        lambda s: s.accounts.add(
            Account(
                phone_number_id=bodies.PHONE_NUMBER_ID,
                waba_id=bodies.WABA_ID,
                api_base_url="http://127.0.0.1:1",
                api_version="v25.0",
            )
        )
    )
    t = 1_764_400_000
    batch = [
        bodies.inbound_text("6281111111111", "wamid.A1", t + 30, "halo"),
        bodies.inbound_text("6282222222222", "wamid.B1", t + 5, "pesan"),
        bodies.inbound_text("6281111111111", "wamid.A2", t + 10, "masih ada?"),  # late: an older time
        bodies.inbound_reaction("6281111111111", "wamid.A3", t + 40, "wamid.OURS"),
        bodies.inbound_reaction("6283333333333", "wamid.C1", t + 50, "wamid.OURS"),  # a reaction only
    ]
    counts = ingest(db, *batch)
    assert counts.messages == 5 and counts.bodies == 5

    def by_phone(s):  # type: ignore[no-untyped-def]
        rows = s.conn.execute(
            "SELECT c.phone_e164, v.unread_count, v.last_inbound_at, v.last_message_at"
            " FROM conversations v JOIN contacts c ON c.id = v.contact_id"
        )
        return {r[0]: r[1:] for r in rows}

    ms = 1000
    assert db.call(by_phone) == {
        "+6281111111111": (2, (t + 40) * ms, (t + 30) * ms),
        "+6282222222222": (1, (t + 5) * ms, (t + 5) * ms),
        "+6283333333333": (0, (t + 50) * ms, None),
    }
    assert db.call(lambda s: s.inbox.pending_count()) == 0
