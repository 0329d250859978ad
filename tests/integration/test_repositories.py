"""Repositories over a real SQLCipher file: round trips, idempotence, paging, search, failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from monggo_desktop.domain.errors import DiskFullError
from monggo_desktop.domain.models import (
    Contact,
    DeletionRequest,
    DeletionState,
    Direction,
    LegalBasis,
    Message,
    OutboxEntry,
    OutboxState,
    UsageEvent,
)
from monggo_desktop.domain.status import MessageStatus
from tests.integration.helpers import seed_conversation

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _conversation_id(db, message_id: int) -> int:
    message = db.call(lambda s: s.messages.get(message_id))
    return message.conversation_id


def _outbound(db, body: str, wamid: str) -> Message:
    """An outbound message in a fresh conversation."""
    conversation_id = _conversation_id(db, db.call(lambda s: seed_conversation(s, phone="+6281234567890", text="x")))
    message = Message(
        conversation_id=conversation_id, direction=Direction.OUTBOUND, type="text", body=body, wamid=wamid
    )
    return db.call(lambda s: s.messages.add(message))


def test_contact_round_trip_with_labels_and_consent(db):
    contact = Contact(
        phone_e164="+6281234567890",
        wa_id="6281234567890",
        display_name="Bu Sari",
        labels=["VIP", "Grosir", "VIP "],
        legal_basis=LegalBasis.CONSENT,
        consent_given_at=T0,
        marketing_opt_out=True,
        marketing_opt_out_at=T0 + timedelta(days=1),
    )
    stored = db.call(lambda s: s.contacts.add(contact))
    again = db.call(lambda s: s.contacts.get(stored.id))
    assert again.phone_e164 == "+6281234567890" and again.name == "Bu Sari"
    assert again.labels == ["Grosir", "VIP"]
    assert again.legal_basis is LegalBasis.CONSENT and again.consent_given_at == T0
    assert again.marketing_opt_out and again.marketing_opt_out_at == T0 + timedelta(days=1)
    again.labels = ["Grosir"]
    again.notes = "Prefers morning delivery"
    db.call(lambda s: s.contacts.update(again))
    assert db.call(lambda s: s.contacts.get_by_phone("+6281234567890")).labels == ["Grosir"]


def test_a_contact_number_must_be_e164(db):
    with pytest.raises(sqlcipher3.IntegrityError):
        db.call(lambda s: s.contacts.add(Contact(phone_e164="081234567890")))


def test_a_message_id_is_stored_once_however_often_it_arrives(db):
    first = db.call(lambda s: seed_conversation(s, phone="+6281234567890", text="Halo kak"))
    conversation_id = _conversation_id(db, first)
    duplicate = Message(
        conversation_id=conversation_id,
        direction=Direction.INBOUND,
        type="text",
        body="Halo kak",
        status=MessageStatus.RECEIVED,
        wamid=db.call(lambda s: s.messages.get(first)).wamid,
    )
    assert db.call(lambda s: s.messages.add(duplicate)) is None
    assert db.call(lambda s: s.messages.count()) == 1


def test_statuses_only_move_forward_in_the_database(db):
    out = _outbound(db, "Siap kak", "wamid.out1")
    apply = lambda st, at, **kw: db.call(lambda s: s.messages.apply_status(out.id, st, at, **kw))  # noqa: E731
    assert apply(MessageStatus.READ, T0 + timedelta(seconds=30)) is MessageStatus.READ
    assert apply(MessageStatus.SENT, T0) is MessageStatus.READ  # late: kept as a time, not as the status
    assert apply(MessageStatus.DELIVERED, T0 + timedelta(seconds=5)) is MessageStatus.READ
    assert apply(MessageStatus.FAILED, T0 + timedelta(seconds=40), error_code=131026) is MessageStatus.READ
    stored = db.call(lambda s: s.messages.get(out.id))
    assert stored.status is MessageStatus.READ
    assert (stored.sent_at, stored.delivered_at, stored.read_at) == (
        T0,
        T0 + timedelta(seconds=5),
        T0 + timedelta(seconds=30),
    )
    assert stored.error_code is None and stored.failed_at is None


def test_a_failure_keeps_its_code_and_reason(db):
    out = _outbound(db, "Promo", "wamid.out2")
    db.call(lambda s: s.messages.apply_status(out.id, MessageStatus.SENT, T0))
    db.call(
        lambda s: s.messages.apply_status(
            out.id, MessageStatus.FAILED, T0, error_code=131026, error_title="Message undeliverable"
        )
    )
    db.call(lambda s: s.messages.apply_status(out.id, MessageStatus.DELIVERED, T0))
    stored = db.call(lambda s: s.messages.get(out.id))
    assert stored.status is MessageStatus.FAILED
    assert (stored.error_code, stored.error_title) == (131026, "Message undeliverable")


def test_search_matches_parts_of_words_case_and_accents_ignored(db):
    ids = {
        text: db.call(lambda s, t=text: seed_conversation(s, phone="+6281234567890", text=t))
        for text in ("Batik tulis motif PARANG", "Kain songket Palembang", "Café latte untuk dua orang", "ok")
    }
    find = lambda q: {m.body for m in db.call(lambda s: s.messages.search(q))}  # noqa: E731
    assert find("paran") == {"Batik tulis motif PARANG"}
    assert find("lemba") == {"Kain songket Palembang"}
    assert find("cafe") == {"Café latte untuk dua orang"}
    assert find("ok") == {"ok"}  # shorter than a trigram: still found
    assert find('"; DROP') == set()  # FTS syntax in user text is plain text
    db.call(lambda s: s.conn.execute("DELETE FROM messages WHERE id = ?", (ids["Kain songket Palembang"],)))
    assert find("lemba") == set()
    db.call(
        lambda s: s.conn.execute(
            "UPDATE messages SET body = 'Sarung tenun' WHERE id = ?", (ids["Batik tulis motif PARANG"],)
        )
    )
    assert find("paran") == set() and find("tenun") == {"Sarung tenun"}


def test_conversation_pages_are_keyset_paged_newest_first(db):
    first = db.call(lambda s: seed_conversation(s, phone="+6281234567890", text="m0"))
    conversation_id = _conversation_id(db, first)

    def add_many(s):
        for i in range(1, 120):
            s.messages.add(
                Message(
                    conversation_id=conversation_id,
                    direction=Direction.OUTBOUND,
                    type="text",
                    body=f"m{i}",
                    created_at=T0 + timedelta(minutes=i),
                )
            )

    db.call(add_many)
    seen, before = [], None
    while True:
        page = db.call(lambda s, b=before: s.messages.newest_page(conversation_id, before=b, limit=50))
        if not page:
            break
        seen.extend(m.body for m in page)
        before = (page[-1].created_at, page[-1].id)
    assert len(seen) == 120 and len(set(seen)) == 120
    assert seen[:3] == ["m0", "m119", "m118"]  # m0 was seeded "now", after the fixed T0 timeline


def test_outbox_entry_and_message_commit_together_or_not_at_all(db):
    message_id = db.call(lambda s: seed_conversation(s, phone="+6281234567890", text="x"))
    conversation_id = _conversation_id(db, message_id)

    def enqueue_then_fail(s):
        with s.transaction():
            m = s.messages.add(
                Message(
                    conversation_id=conversation_id, direction=Direction.OUTBOUND, type="text", body="Will not survive"
                )
            )
            s.outbox.add(OutboxEntry(message_id=m.id))
            raise RuntimeError("crash before commit")

    with pytest.raises(RuntimeError):
        db.call(enqueue_then_fail)
    assert db.call(lambda s: s.outbox.count()) == 0
    assert db.call(lambda s: s.messages.search("survive")) == []

    def enqueue(s):
        with s.transaction():
            m = s.messages.add(
                Message(conversation_id=conversation_id, direction=Direction.OUTBOUND, type="text", body="Sampai jumpa")
            )
            return s.outbox.add(OutboxEntry(message_id=m.id, next_attempt_at=T0))

    entry = db.call(enqueue)
    assert [e.id for e in db.call(lambda s: s.outbox.due(T0))] == [entry.id]
    db.call(lambda s: s.outbox.set_state(entry.id, OutboxState.IN_FLIGHT, count_attempt=True))
    assert db.call(lambda s: s.outbox.mark_in_flight_uncertain()) == 1
    assert db.call(lambda s: s.outbox.get_for_message(entry.message_id)).state is OutboxState.UNCERTAIN


def test_settings_hold_json_and_refuse_secrets(db):
    db.call(lambda s: s.settings.set("default_region", "ID"))
    db.call(lambda s: s.settings.set("retention", {"messages_days": 30}))
    assert db.call(lambda s: s.settings.get("retention")) == {"messages_days": 30}
    assert db.call(lambda s: s.settings.get("missing", 7)) == 7
    with pytest.raises(ValueError, match="vault"):
        db.call(lambda s: s.settings.set("access_token", "EAAG-not-here"))


def test_deletion_requests_and_usage_events(db):
    request = db.call(lambda s: s.deletion_requests.add(DeletionRequest(subject_hash="ab" * 32, requested_at=T0)))
    request.state, request.executed_at, request.counts = DeletionState.EXECUTED, T0, {"messages": 3}
    db.call(lambda s: s.deletion_requests.update(request))
    assert db.call(lambda s: s.deletion_requests.for_subject("ab" * 32))[0].counts == {"messages": 3}
    db.call(lambda s: s.usage_events.add(UsageEvent(name="app_started", occurred_at=T0 - timedelta(days=400))))
    db.call(lambda s: s.usage_events.add(UsageEvent(name="app_started", occurred_at=T0)))
    assert db.call(lambda s: s.usage_events.delete_before(T0 - timedelta(days=365))) == 1
    assert [e.name for e in db.call(lambda s: s.usage_events.since(T0 - timedelta(days=1)))] == ["app_started"]


def test_a_full_disk_is_a_clear_error_and_writes_nothing(db):
    message_id = db.call(lambda s: seed_conversation(s, phone="+6281234567890", text="before"))
    conversation_id = _conversation_id(db, message_id)
    pages = db.call(lambda s: s.conn.execute("PRAGMA page_count").fetchone()[0])
    db.call(lambda s: s.conn.execute(f"PRAGMA max_page_count = {pages + 2}"))  # SQLite's own SQLITE_FULL

    def write_a_lot(s):
        with s.transaction():
            for i in range(200):
                s.messages.add(
                    Message(
                        conversation_id=conversation_id,
                        direction=Direction.OUTBOUND,
                        type="text",
                        body=f"{i} " + "lorem ipsum " * 200,
                    )
                )

    with pytest.raises(DiskFullError, match="disk is full"):
        db.call(write_a_lot)
    assert db.call(lambda s: s.messages.count()) == 1
