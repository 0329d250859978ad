"""What the tray reads (real SQLCipher, the real ingest path): the unread total and what is new since a watermark."""

from __future__ import annotations

import pytest

from monggo_desktop.services.messaging.notifications import APP_LOCK_ENABLED, NOTIFICATIONS_ENABLED, NotificationFeed
from tests.inbound import add_account, customer_reacts, customer_sends_photo, customer_writes

SARI = "6281234567801"
BUDI = "6281234567802"


@pytest.fixture
def account_id(db) -> int:
    return db.call(add_account)


async def test_the_first_look_sets_the_watermark_and_reports_nothing_old(db, account_id):
    customer_writes(db, SARI, "Halo kak", name="Sari Wulandari")
    feed = NotificationFeed(db, account_id)
    first = await feed.check(None)
    assert first.unread == 1
    assert first.batch.messages == 0 and first.batch.conversations == ()
    assert first.batch.watermark == db.call(lambda s: s.views.newest_message_id()) > 0
    assert (await feed.check(first.batch.watermark)).batch.messages == 0


async def test_new_customer_messages_are_grouped_per_conversation_newest_first(db, account_id):
    feed = NotificationFeed(db, account_id)
    watermark = (await feed.check(None)).batch.watermark
    customer_writes(db, SARI, "Ada kain songket?", name="Sari Wulandari")
    customer_writes(db, BUDI, "Pesan batik", name="")  # no name: the formatted number, as in the list
    customer_writes(db, SARI, "Yang merah", name="Sari Wulandari")
    state = await feed.check(watermark)
    batch = state.batch
    assert (batch.messages, batch.customers, state.unread) == (3, 2, 3)
    sari, budi = batch.conversations
    assert (sari.title, sari.count, sari.type, sari.text) == ("Sari Wulandari", 2, "text", "Yang merah")
    assert (budi.title, budi.count, budi.text) == ("+62 812-3456-7802", 1, "Pesan batik")
    assert (await feed.check(batch.watermark)).batch.messages == 0  # each message is new once


async def test_photos_count_reactions_ours_and_archived_ones_do_not(db, account_id):
    feed = NotificationFeed(db, account_id)
    watermark = (await feed.check(None)).batch.watermark
    wamid = customer_writes(db, SARI, "Halo", name="Sari")
    customer_writes(db, BUDI, "Arsip", name="Budi")
    budi = db.call(lambda s: s.views.search_rows("Budi"))[0].conversation_id
    db.call(lambda s: s.conversations.set_flags(budi, archived=True))
    customer_reacts(db, SARI, wamid, "👍", name="Sari")
    customer_sends_photo(db, SARI, name="Sari")
    state = await feed.check(watermark)
    assert (state.batch.messages, state.batch.customers, state.unread) == (2, 1, 2)
    assert (state.batch.conversations[0].type, state.batch.conversations[0].text) == ("image", None)
    assert await feed.unread_total() == 2


async def test_another_accounts_messages_are_not_ours(db, account_id):
    db.call(lambda s: add_account(s, "999999999999999"))
    feed = NotificationFeed(db, account_id)
    watermark = (await feed.check(None)).batch.watermark
    customer_writes(db, SARI, "Untuk nomor lain", phone_number_id="999999999999999")
    state = await feed.check(watermark)
    assert state.unread == 0 and state.batch.messages == 0


async def test_the_settings_and_the_lock_which_keeps_names_and_text_in_storage(db, account_id):
    feed = NotificationFeed(db, account_id)
    assert await feed.enabled() and not await feed.locked()  # the defaults
    await feed.set_enabled(False)
    assert db.call(lambda s: s.settings.get(NOTIFICATIONS_ENABLED)) is False
    assert not await feed.enabled()
    await feed.set_enabled(True)
    db.call(lambda s: s.settings.set(APP_LOCK_ENABLED, True))
    watermark = (await feed.check(None)).batch.watermark
    customer_writes(db, SARI, "Rahasia", name="Sari Wulandari")
    state = await feed.check(watermark)
    assert state.locked and state.batch.messages == 1 and state.batch.customers == 1
    assert state.batch.conversations == ()  # counted, not named
    assert (await feed.inbound_since(watermark)).conversations == ()
