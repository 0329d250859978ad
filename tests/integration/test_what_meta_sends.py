"""What Meta really sends, applied to a real SQLCipher database (issue 21; cloud-api.md §8, §8c): customers known
only by a username, edits and deletions, ads and forwards, echoes from the business's phone, statuses, and a body
in which one part cannot be applied."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from itertools import count
from typing import Any

import pytest

from monggo_desktop.domain.models import Direction, MediaRef, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.ingest import apply_pending
from monggo_desktop.services.messaging.media_files import store_media
from tests.inbound import PHONE_NUMBER_ID, add_account

SARI, SARI_BSUID = "6281234567890", "ID.13491208655302741918"
_ids = count(1)


def body(*items: dict[str, Any], field: str = "messages", contacts: list[dict[str, Any]] | None = None) -> bytes:
    key = {"messages": "messages", "statuses": "statuses", "smb_message_echoes": "message_echoes"}[field]
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
        key: list(items),
    }
    if contacts is not None:
        value["contacts"] = contacts
    change = {"field": "smb_message_echoes" if field == "smb_message_echoes" else "messages", "value": value}
    return json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [change]}]}).encode()


def text(body_text: str, *, sender: str = SARI, user_id: str | None = None, **extra: Any) -> dict[str, Any]:
    message = {"from": sender, "id": f"wamid.meta.{next(_ids)}", "timestamp": str(int(time.time())), "type": "text"}
    message["text"] = {"body": body_text}
    if user_id:
        message["from_user_id"] = user_id
    return {**message, **extra}


def apply(db, raw: bytes):  # type: ignore[no-untyped-def]
    def run(store):  # type: ignore[no-untyped-def]
        store.inbox.add(raw, datetime.now(UTC))
        return apply_pending(store)

    return db.call(run)


def contacts(db) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    return db.call(
        lambda s: s.conn.execute("SELECT phone_e164, wa_id, user_id, username, profile_name FROM contacts").fetchall()
    )


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    db.call(add_account)
    return db


def test_a_customer_known_only_by_a_username_is_stored_with_their_bsuid(shop):
    profile = {"profile": {"name": "Sari W", "username": "sari.batik"}, "user_id": SARI_BSUID}
    counts = apply(shop, body(text("Halo, masih ada?", sender="", user_id=SARI_BSUID), contacts=[profile]))
    assert counts.messages == 1 and counts.not_understood == 0
    assert contacts(shop) == [(None, None, SARI_BSUID, "sari.batik", "Sari W")]
    bodies = shop.call(lambda s: [m.body for m in s.messages.search("masih")])
    assert bodies == ["Halo, masih ada?"]


def test_a_bsuid_customer_who_later_shares_the_number_stays_one_customer(shop):
    apply(shop, body(text("pertama", sender="", user_id=SARI_BSUID), contacts=[{"user_id": SARI_BSUID}]))
    apply(shop, body(text("kedua", sender=SARI, user_id=SARI_BSUID), contacts=[{"wa_id": SARI, "user_id": SARI_BSUID}]))
    assert contacts(shop) == [("+" + SARI, SARI, SARI_BSUID, None, "")]
    chats = shop.call(lambda s: s.conn.execute("SELECT count(*) FROM conversations").fetchone()[0])
    assert chats == 1


def test_a_number_customer_and_a_bsuid_only_customer_are_merged_when_meta_links_them(shop):
    apply(shop, body(text("dari nomor", sender=SARI), contacts=[{"wa_id": SARI}]))
    apply(shop, body(text("dari nama pengguna", sender="", user_id=SARI_BSUID), contacts=[{"user_id": SARI_BSUID}]))
    assert len(contacts(shop)) == 2  # nothing said yet that they are one person
    apply(shop, body(text("keduanya", sender=SARI, user_id=SARI_BSUID)))
    assert contacts(shop) == [("+" + SARI, SARI, SARI_BSUID, None, "")]
    messages = shop.call(
        lambda s: s.conn.execute("SELECT count(DISTINCT conversation_id), count(*) FROM messages").fetchone()
    )
    assert tuple(messages) == (1, 3)


def test_a_changed_bsuid_follows_the_customer(shop):
    apply(shop, body(text("halo", sender=SARI, user_id=SARI_BSUID)))
    change = {
        "from": SARI,
        "from_user_id": SARI_BSUID,
        "id": f"wamid.meta.{next(_ids)}",
        "timestamp": str(int(time.time())),
        "type": "system",
        "system": {"body": "User changed", "type": "user_changed_user_id", "user_id": "ID.99999999999999999"},
    }
    apply(shop, body(change))
    assert [c[2] for c in contacts(shop)] == ["ID.99999999999999999"]


def test_an_edit_replaces_the_text_everywhere_and_keeps_no_earlier_version(shop):
    first = text("Saya pesan 2 kain parang")
    apply(shop, body(first))
    edit = {
        "from": SARI,
        "id": f"wamid.meta.{next(_ids)}",
        "timestamp": str(int(time.time())),
        "type": "edit",
        "edit": {
            "original_message_id": first["id"],
            "message": {"type": "text", "text": {"body": "Saya pesan 3 kain kawung"}},
        },
    }
    counts = apply(shop, body(edit))
    assert counts.not_understood == 0
    rows = shop.call(lambda s: s.conn.execute("SELECT body, edited_at FROM messages").fetchall())
    assert len(rows) == 1 and rows[0][0] == "Saya pesan 3 kain kawung" and rows[0][1] is not None
    assert shop.call(lambda s: s.messages.search("parang")) == []  # the old words left the search index
    assert [m.body for m in shop.call(lambda s: s.messages.search("kawung"))] == ["Saya pesan 3 kain kawung"]


def test_a_revoke_removes_the_text_the_file_and_the_search_words(shop, data_dir):
    data_dir.prepare()
    photo = {"from": SARI, "id": f"wamid.meta.{next(_ids)}", "timestamp": str(int(time.time())), "type": "image"}
    photo["image"] = {"id": "media-77", "mime_type": "image/jpeg", "caption": "foto KTP saya"}
    apply(shop, body(photo))

    def downloaded(store) -> str:  # type: ignore[no-untyped-def]
        message = store.messages.get_by_wamid(photo["id"])
        store_media(store, data_dir.media, message.media_id, b"\xff\xd8 a photo of an id card")
        return store.media.get(message.media_id).local_path

    local = shop.call(downloaded)
    assert (data_dir.media / local).exists()
    revoke = {"from": SARI, "id": f"wamid.meta.{next(_ids)}", "timestamp": str(int(time.time())), "type": "revoke"}
    revoke["revoke"] = {"original_message_id": photo["id"]}
    counts = apply(shop, body(revoke))
    assert counts.files == [local]  # the applier removes it once the batch has committed
    row = shop.call(lambda s: s.conn.execute("SELECT body, media_id, payload, revoked_at FROM messages").fetchone())
    assert row[:3] == (None, None, None) and row[3] is not None
    assert shop.call(lambda s: s.messages.search("KTP")) == []
    assert shop.call(lambda s: s.conn.execute("SELECT count(*) FROM media").fetchone()[0]) == 0


def test_a_customer_cannot_edit_or_delete_someone_else_s_message(shop):
    other = text("pesan Budi", sender="6281398765432")
    apply(shop, body(other))
    revoke = {"from": SARI, "id": f"wamid.meta.{next(_ids)}", "timestamp": str(int(time.time())), "type": "revoke"}
    revoke["revoke"] = {"original_message_id": other["id"]}
    apply(shop, body(revoke))
    assert shop.call(lambda s: s.messages.get_by_wamid(other["id"])).body == "pesan Budi"


def test_ads_and_forwards_are_kept_and_an_echo_is_an_outbound_message_from_the_phone(shop):
    ad = {"source_url": "https://fb.me/ad", "source_type": "ad", "headline": "Batik tulis diskon", "ctwa_clid": "ARAx"}
    apply(shop, body(text("Saya lihat iklannya", referral=ad), text("terusan", context={"frequently_forwarded": True})))
    echo = {"from": "15550783881", "to": SARI, "id": f"wamid.meta.{next(_ids)}", "timestamp": str(int(time.time()))}
    echo |= {"type": "text", "text": {"body": "Siap kak, dikirim besok"}}
    apply(shop, body(echo, field="smb_message_echoes"))
    rows = shop.call(
        lambda s: s.conn.execute("SELECT direction, status, body, payload FROM messages ORDER BY id").fetchall()
    )
    assert json.loads(rows[0][3])["referral"]["headline"] == "Batik tulis diskon"
    assert json.loads(rows[1][3])["forwarded"] == "many"
    assert rows[2][:3] == ("out", "sent", "Siap kak, dikirim besok") and json.loads(rows[2][3])["from_phone"] is True
    unread = shop.call(lambda s: s.conn.execute("SELECT unread_count FROM conversations").fetchone()[0])
    assert unread == 2  # the echo is not news for the owner


def test_a_status_never_moves_a_customer_s_message(shop):
    message = text("halo")
    apply(shop, body(message))
    status = {"id": message["id"], "status": "read", "timestamp": str(int(time.time())), "recipient_id": SARI}
    apply(shop, body(status, field="statuses"))
    row = shop.call(lambda s: s.conn.execute("SELECT status, delivered_at, read_at FROM messages").fetchone())
    assert tuple(row) == ("received", None, None)


def test_one_part_that_cannot_be_applied_is_kept_and_the_rest_of_the_body_is_stored(shop):
    good = text("yang ini baik")
    bad = text("nomor yang bukan nomor", sender="<WHATSAPP_USER_PHONE_NUMBER>")
    counts = apply(shop, body(bad, good))
    assert counts.messages == 1 and counts.not_understood == 1
    assert shop.call(lambda s: [m.body for m in s.messages.search("baik")]) == ["yang ini baik"]
    kept = shop.call(lambda s: s.conn.execute("SELECT error, length(body) > 0 FROM webhook_inbox").fetchall())
    assert kept == [("a message could not be applied (IntegrityError)", 1)]


def test_a_kept_body_outlives_the_dedupe_window_and_goes_with_retention(shop):
    apply(shop, body(text("x", sender="<WHATSAPP_USER_PHONE_NUMBER>")))
    later = datetime.now(UTC).replace(year=datetime.now(UTC).year + 1)
    assert shop.call(lambda s: s.inbox.forget_applied_before(later)) == 0
    assert shop.call(lambda s: s.inbox.kept_count()) == 1
    assert shop.call(lambda s: s.retention.delete_old_webhook_bodies(later)) == 1


def test_an_outbound_message_of_ours_is_delivered_by_its_status(shop):
    def ours(store) -> int:  # type: ignore[no-untyped-def]
        from monggo_desktop.domain.models import Contact

        contact = store.contacts.add(Contact(phone_e164="+" + SARI, wa_id=SARI))
        chat = store.conversations.get_or_create(1, contact.id).id
        store.media.add(MediaRef(mime_type="image/png"))
        return store.messages.add(
            Message(
                chat, Direction.OUTBOUND, "text", body="pesanan dikirim", status=MessageStatus.SENT, wamid="wamid.out.1"
            )
        ).id

    shop.call(ours)
    status = {"id": "wamid.out.1", "status": "delivered", "timestamp": str(int(time.time())), "recipient_id": SARI}
    apply(shop, body(status, field="statuses"))
    assert shop.call(lambda s: s.messages.get_by_wamid("wamid.out.1")).status is MessageStatus.DELIVERED


def test_a_reply_to_a_username_only_customer_goes_to_their_bsuid(shop):
    from monggo_desktop.services.messaging.outbox import queue_text

    apply(shop, body(text("halo", sender="", user_id=SARI_BSUID), contacts=[{"user_id": SARI_BSUID}]))
    chat = shop.call(lambda s: s.conn.execute("SELECT id FROM conversations").fetchone()[0])
    shop.call(lambda s: queue_text(s, chat, "Halo kak"))
    due = shop.call(lambda s: s.outbox.due_per_recipient(datetime.now(UTC)))
    assert [recipient for _, recipient in due] == [SARI_BSUID]


def test_meta_s_131062_is_said_in_words():
    from monggo_desktop.cloud.errors import classify, user_message

    words = user_message(131062, classify(131062))
    assert "username" in words and "number" in words


def test_a_username_only_customer_is_forgotten_by_bsuid_or_username_and_a_restore_cannot_bring_them_back(
    shop, data_dir
):
    from monggo_desktop.services.privacy.deletion_ledger import DeletionLedger, reapply
    from monggo_desktop.services.privacy.forget import forget

    data_dir.prepare()
    profile = {"profile": {"name": "Sari W", "username": "sari.batik"}, "user_id": SARI_BSUID}
    raw = body(text("alamat saya Jl. Kenanga 7", sender="", user_id=SARI_BSUID), contacts=[profile])
    apply(shop, raw)
    receipt = shop.call(lambda s: forget(s, data_dir.media, "@Sari.Batik"))
    assert receipt.counts["messages"] == 1 and contacts(shop) == []
    left = "SELECT count(*) FROM webhook_inbox WHERE instr(body, ?) > 0"
    assert shop.call(lambda s: s.conn.execute(left, (SARI_BSUID.encode(),)).fetchone()[0]) == 0
    # The same customer as an older backup would hold them: the ledger deletes them again at the next unlock.
    apply(shop, raw.replace(b"wamid.meta.", b"wamid.old."))
    again = shop.call(lambda s: reapply(s, DeletionLedger.beside_media(data_dir.media)))
    assert again.customers == 0  # the receipt is in this database: only a restore lacks it
    shop.call(lambda s: s.conn.execute("DELETE FROM deletion_requests"))  # as in a backup from before the request
    again = shop.call(lambda s: reapply(s, DeletionLedger.beside_media(data_dir.media)))
    assert again.customers == 1 and contacts(shop) == []


def test_a_past_photo_sent_first_as_a_placeholder_becomes_the_photo_when_its_media_comes(shop):
    """Meta's own example (tests/fixtures/meta_webhooks/history.json): the phone's history gives a photo as a
    ``media_placeholder``; its media comes later in a ``history`` change of its own, under the same id."""
    from pathlib import Path

    cases = json.loads((Path(__file__).parents[1] / "fixtures" / "meta_webhooks" / "history.json").read_text())
    past, media = cases["history_approved"], cases["history_media_asset"]
    for case in (past, media):
        case["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = PHONE_NUMBER_ID
    placeholder_id = "wamid.QyNUEHBgLMTY0NjcwNDM1OTUVAgARGBI1Rj3NEYxMzAzMzQ5MkEA"

    def stored(store):  # type: ignore[no-untyped-def]
        return store.conn.execute(
            "SELECT type, body, media_id IS NOT NULL FROM messages WHERE wamid = ?", (placeholder_id,)
        ).fetchall()

    now = datetime.fromtimestamp(1739230970, UTC)

    def apply_at(raw: bytes):  # type: ignore[no-untyped-def]
        def run(store):  # type: ignore[no-untyped-def]
            store.inbox.add(raw, now)
            return apply_pending(store, now=now)

        return shop.call(run)

    apply_at(json.dumps(past).encode())
    assert shop.call(stored) == [("unsupported", None, False)]
    counts = apply_at(json.dumps(media).encode())
    assert counts.messages == 1 and counts.duplicates == 0
    assert shop.call(stored) == [("image", "Black Prince echeveria", True)]  # one row, now the photo
    assert [m.body for m in shop.call(lambda s: s.messages.search("echeveria"))] == ["Black Prince echeveria"]
    again = apply_at(json.dumps(media, indent=1).encode())  # delivered again (other bytes: not the same body)
    assert again.duplicates == 1 and shop.call(stored) == [("image", "Black Prince echeveria", True)]


def test_a_reaction_taken_back_under_the_reactions_own_id_removes_it(shop):
    """Meta's own example (tests/fixtures/meta_webhooks/messages_reaction.json): the removal comes with the
    reaction's id and no emoji. Before, it was dropped as a duplicate and the 👍 stayed."""
    from pathlib import Path

    meta = Path(__file__).parents[1] / "fixtures" / "meta_webhooks"
    cases = json.loads((meta / "messages_reaction.json").read_text(encoding="utf-8"))
    for case in cases.values():
        case["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = PHONE_NUMBER_ID

    def reactions(store):  # type: ignore[no-untyped-def]
        return store.conn.execute("SELECT wamid, reaction_emoji FROM messages WHERE type = 'reaction'").fetchall()

    apply(shop, json.dumps(cases["reaction"]).encode())
    [(wamid, emoji)] = shop.call(reactions)
    assert emoji == "👍"
    counts = apply(shop, json.dumps(cases["reaction_removed"]).encode())
    assert counts.duplicates == 0
    assert shop.call(reactions) == [(wamid, "")]  # one row, its reaction taken back
    again = apply(shop, json.dumps(cases["reaction_removed"], indent=1).encode())  # delivered again
    assert again.duplicates == 1 and shop.call(reactions) == [(wamid, "")]
