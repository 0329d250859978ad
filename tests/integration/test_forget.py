"""The right to deletion: `forget` removes every trace of one customer and keeps a receipt with a hash only."""

from __future__ import annotations

import pytest

from monggo_desktop.domain.errors import InvalidInputError, UserFacingError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import ConsentKind, ConsentSource, DeletionState, MediaRef, Message
from monggo_desktop.domain.models import Direction as In
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.consent import record_consent
from monggo_desktop.services.forget import forget
from monggo_desktop.services.media_files import store_media
from monggo_desktop.services.subjects import is_forgotten
from monggo_desktop.storage import Database
from tests.inbound import add_account, customer_writes

SECRET = "kode rahasia zqxjkw untuk pesanan"
NUMBER = "6281234567890"


@pytest.fixture
def world(data_dir):  # type: ignore[no-untyped-def]
    data_dir.prepare()
    database = Database.open(data_dir.database, RawKey.generate(), create=True)
    database.call(add_account)
    yield database, data_dir
    database.close()


def every_text(db) -> str:  # type: ignore[no-untyped-def]
    """Every value of every table (and the search index's pages), as one searchable text."""

    def dump(store) -> str:  # type: ignore[no-untyped-def]
        tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        parts = []
        for table in tables:
            if table == "message_search":
                continue  # the virtual table reads through to messages; its pages are message_search_data
            for row in store.conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    parts.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
        return "\n".join(parts)

    return db.call(dump)


def seed_customer(db, data_dir) -> int:  # type: ignore[no-untyped-def]
    customer_writes(db, NUMBER, SECRET, name="Sari Rahasia")

    def more(store) -> int:  # type: ignore[no-untyped-def]
        contact = store.contacts.get_by_phone("+" + NUMBER)
        contact.labels, contact.notes = ["Pelanggan khusus"], "Alamat: Jl. Kenanga 7"
        store.contacts.update(contact)
        record_consent(store, contact.id, ConsentKind.CONSENT_GIVEN, ConsentSource.MANUAL)
        chat = store.conversations.get_or_create(1, contact.id).id
        media = store.media.add(MediaRef(mime_type="image/png", filename="ktp.png"))
        store_media(store, data_dir.media, media.id, b"\x89PNG photo of an id card")
        store.messages.add(
            Message(chat, In.OUTBOUND, "image", body="foto KTP diterima", media_id=media.id, status=MessageStatus.READ)
        )
        return media.id

    return db.call(more)


def test_forget_leaves_no_trace_and_a_receipt_with_a_hash_only(world):
    db, data_dir = world
    customer_writes(db, "6285700000001", "pelanggan lain tetap ada", name="Budi")
    media_id = seed_customer(db, data_dir)
    before = every_text(db)
    assert NUMBER in before and "zqxjkw" in before and "Sari Rahasia" in before

    receipt = db.call(lambda s: forget(s, data_dir.media, "0812-3456-7890"))

    assert receipt.state is DeletionState.VERIFIED and receipt.verified_at is not None
    assert receipt.counts["messages"] == 2 and receipt.counts["media_files"] == 1
    assert receipt.counts["consent_entries"] == 1
    after = every_text(db)
    for trace in (NUMBER, "zqxjkw", "zqx", "Sari Rahasia", "Kenanga", "Pelanggan khusus", "KTP", "ktp.png"):
        assert trace not in after, trace
    assert "pelanggan lain tetap ada" in after  # only that customer
    assert not list(data_dir.media.glob(f"{media_id:010d}*"))
    assert NUMBER not in receipt.subject_hash and len(receipt.subject_hash) == 64
    assert db.call(lambda s: is_forgotten(s, "+" + NUMBER))  # an old import will not bring them back
    for path in data_dir.root.rglob("*"):  # and no file under the data directory holds it in the clear
        if path.is_file():
            assert NUMBER.encode() not in path.read_bytes() and b"zqxjkw" not in path.read_bytes(), path


def test_a_customer_who_writes_again_starts_a_new_empty_contact(world):
    db, data_dir = world
    seed_customer(db, data_dir)
    db.call(lambda s: forget(s, data_dir.media, "+" + NUMBER))
    customer_writes(db, NUMBER, "halo lagi", name="Sari")
    contact = db.call(lambda s: s.contacts.get_by_phone("+" + NUMBER))
    assert contact is not None and contact.labels == [] and contact.notes == ""
    assert db.call(lambda s: s.consent.of(contact.id)) == []


def test_an_unknown_number_is_said_and_nothing_is_recorded(world):
    db, data_dir = world
    with pytest.raises(InvalidInputError, match="no customer with that number"):
        db.call(lambda s: forget(s, data_dir.media, "+6281299999999"))
    with pytest.raises(UserFacingError, match="too short"):
        db.call(lambda s: forget(s, data_dir.media, "0812"))
    assert db.call(lambda s: s.conn.execute("SELECT count(*) FROM deletion_requests").fetchone()[0]) == 0
