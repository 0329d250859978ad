"""Retention on a real SQLCipher database with a fake clock: each period at its boundary, batches, records."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from monggo_desktop.domain.keys import RawKey
from monggo_desktop.domain.models import Account, Contact, Direction, MediaRef, Message, UsageEvent
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.media_files import file_name, store_media
from monggo_desktop.services.privacy.retention import Retention, RetentionPeriods
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.connection import _configure
from monggo_desktop.storage.migrations import migrate

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
JUST_KEPT = NOW - (30 * DAY - timedelta(hours=1))  # 29 days 23 hours ago
JUST_GONE = NOW - (30 * DAY + timedelta(seconds=1))


@pytest.fixture
def world(data_dir):  # type: ignore[no-untyped-def]
    data_dir.prepare()
    database = Database.open(data_dir.database, RawKey.generate(), create=True)
    yield database, data_dir
    database.close()


def conversation(db: Database, phone: str = "+6281234567890", account_id: int | None = None) -> int:
    def make(store):  # type: ignore[no-untyped-def]
        account = (
            account_id
            or store.accounts.add(
                Account(
                    phone_number_id=f"p{phone}", waba_id="w", api_base_url="http://127.0.0.1:9", api_version="v25.0"
                )
            ).id
        )
        contact = store.contacts.add(Contact(phone_e164=phone, profile_name="Sari"))
        return store.conversations.get_or_create(account, contact.id).id

    return db.call(make)


def message(db: Database, conversation_id: int, body: str, **fields) -> int:  # type: ignore[no-untyped-def]
    fields.setdefault("direction", Direction.INBOUND)
    fields.setdefault("status", MessageStatus.RECEIVED)
    return db.call(
        lambda s: s.messages.add(Message(conversation_id=conversation_id, type="text", body=body, **fields)).id
    )


def bodies(db: Database) -> set[str]:
    return {r[0] for r in db.call(lambda s: s.conn.execute("SELECT body FROM messages").fetchall())}


def retention(db, data_dir, **kwargs) -> Retention:  # type: ignore[no-untyped-def]
    return Retention(db, data_dir, now=lambda: NOW, **kwargs)


async def test_messages_are_kept_30_days_after_delivery_and_not_a_second_longer(world):
    db, data_dir = world
    chat = conversation(db)
    message(db, chat, "received, 29 days 23 hours ago", created_at=JUST_KEPT)
    message(db, chat, "received, 30 days and a second ago", created_at=JUST_GONE)
    out = {"direction": Direction.OUTBOUND}
    message(db, chat, "sent long ago, delivered recently", created_at=NOW - 40 * DAY, delivered_at=JUST_KEPT,
            status=MessageStatus.DELIVERED, **out)  # fmt: skip
    message(db, chat, "delivered 30 days and a second ago", created_at=JUST_GONE, delivered_at=JUST_GONE,
            status=MessageStatus.READ, read_at=JUST_KEPT, **out)  # fmt: skip
    message(db, chat, "read without a delivery receipt", created_at=NOW - 40 * DAY, read_at=JUST_GONE,
            status=MessageStatus.READ, **out)  # fmt: skip
    message(db, chat, "failed recently after a long try", created_at=NOW - 40 * DAY, failed_at=JUST_KEPT,
            status=MessageStatus.FAILED, **out)  # fmt: skip
    message(db, chat, "failed long ago", created_at=NOW - 40 * DAY, failed_at=JUST_GONE,
            status=MessageStatus.FAILED, **out)  # fmt: skip
    message(db, chat, "never left, queued long ago", created_at=JUST_GONE, status=MessageStatus.PENDING, **out)

    counts = await retention(db, data_dir).run()

    assert bodies(db) == {
        "received, 29 days 23 hours ago",
        "sent long ago, delivered recently",
        "failed recently after a long try",
    }
    assert counts.messages == 5


async def test_search_rows_and_media_files_go_with_their_messages(world):
    db, data_dir = world
    chat = conversation(db)

    def photo(store):  # type: ignore[no-untyped-def]
        media = store.media.add(MediaRef(mime_type="image/png", filename="batik.png"))
        store_media(store, data_dir.media, media.id, b"\x89PNG fake bytes")
        return media.id

    old_photo, shared_photo = db.call(photo), db.call(photo)
    message(db, chat, "kain parang lama", created_at=JUST_GONE, media_id=old_photo)
    message(db, chat, "foto dipakai dua kali", created_at=JUST_GONE, media_id=shared_photo)
    message(db, chat, "foto yang sama, baru", created_at=JUST_KEPT, media_id=shared_photo)

    counts = await retention(db, data_dir).run()

    assert counts.messages == 2 and counts.media_files == 1
    assert not (data_dir.media / file_name(old_photo)).exists()
    assert (data_dir.media / file_name(shared_photo)).exists()  # still shown by the newer message
    search = "SELECT rowid FROM message_search WHERE message_search MATCH 'parang'"
    assert db.call(lambda s: s.conn.execute(search).fetchall()) == []
    assert db.call(lambda s: s.media.get(old_photo)) is None


async def test_a_second_run_removes_nothing_and_the_dry_run_foretold_the_first(world):
    db, data_dir = world
    chat = conversation(db)
    for n in range(7):
        message(db, chat, f"lama {n}", created_at=JUST_GONE - n * DAY)
    message(db, chat, "baru", created_at=NOW - DAY)
    foretold = await retention(db, data_dir).dry_run()
    assert bodies(db) == {f"lama {n}" for n in range(7)} | {"baru"}  # a dry run removes nothing
    done = await retention(db, data_dir).run()
    again = await retention(db, data_dir).run()
    assert foretold.messages == done.messages == 7 and again.total == 0
    records = db.call(lambda s: s.retention.recent_runs())
    assert [(r.dry_run, r.outcome, r.counts["messages"]) for r in records] == [
        (False, "done", 0),
        (False, "done", 7),
        (True, "done", 7),
    ]
    assert "lama" not in str(records)  # counts only


async def test_batches_report_progress_and_a_cancelled_run_is_finished_by_the_next(world):
    db, data_dir = world
    chat = conversation(db)
    for n in range(10):
        message(db, chat, f"pesan {n}", created_at=JUST_GONE - n * timedelta(minutes=1))
    seen = []
    first = retention(db, data_dir, batch=3)

    def progress(p):  # type: ignore[no-untyped-def]
        seen.append((p.done, p.total))
        if p.done >= 3:
            first.cancel()  # the app closes after the first batch

    first.on_progress = progress
    counts = await first.run()
    assert counts.messages == 3 and seen == [(0, 10), (3, 10)]
    assert db.call(lambda s: s.retention.recent_runs())[0].outcome == "cancelled"
    rest = await retention(db, data_dir, batch=3).run()
    assert rest.messages == 7 and bodies(db) == set()


async def test_a_closed_account_is_purged_90_days_after_closing(world):
    db, data_dir = world
    kept_chat = conversation(db, "+6281111111111")
    gone_chat = conversation(db, "+6282222222222")
    kept_account, gone_account = (
        db.call(lambda s, c=c: s.conversations.get(c).account_id) for c in (kept_chat, gone_chat)
    )
    db.call(lambda s: s.accounts.close(kept_account, NOW - 89 * DAY))
    db.call(lambda s: s.accounts.close(gone_account, NOW - 91 * DAY))
    message(db, kept_chat, "akun ditutup 89 hari lalu", created_at=NOW - DAY)
    message(db, gone_chat, "akun ditutup 91 hari lalu", created_at=NOW - DAY)

    counts = await retention(db, data_dir).run()

    assert counts.closed_accounts == 1 and bodies(db) == {"akun ditutup 89 hari lalu"}
    assert db.call(lambda s: s.accounts.get(gone_account)) is None
    assert db.call(lambda s: s.contacts.get_by_phone("+6282222222222")) is None
    assert db.call(lambda s: s.contacts.get_by_phone("+6281111111111")) is not None


async def test_backups_after_90_days_and_logs_and_usage_events_after_12_months(world):
    db, data_dir = world
    data_dir.backups.mkdir(exist_ok=True)
    data_dir.logs.mkdir(exist_ok=True)

    def aged(path, days: float) -> None:  # type: ignore[no-untyped-def]
        path.write_bytes(b"x")
        stamp = (NOW - timedelta(days=days)).timestamp()
        os.utime(path, (stamp, stamp))

    aged(data_dir.backups / "backup-89.db", 89)
    aged(data_dir.backups / "backup-91.db", 91)
    aged(data_dir.logs / "monggo.log.1", 364)
    aged(data_dir.logs / "monggo.log.2", 366)
    for days in (364, 366):
        db.call(lambda s, d=days: s.usage_events.add(UsageEvent("app_started", occurred_at=NOW - d * DAY)))

    counts = await retention(db, data_dir).run()

    assert sorted(p.name for p in data_dir.backups.iterdir()) == ["backup-89.db"]
    assert sorted(p.name for p in data_dir.logs.iterdir()) == ["monggo.log.1"]
    assert (counts.backups, counts.log_files, counts.usage_events) == (1, 1, 1)
    assert len(db.call(lambda s: s.usage_events.since(NOW - 400 * DAY))) == 1


async def test_settings_shorten_a_period_but_never_lengthen_it(world):
    db, data_dir = world
    chat = conversation(db)
    message(db, chat, "delapan hari", created_at=NOW - 8 * DAY)
    message(db, chat, "tiga puluh satu hari", created_at=NOW - 31 * DAY)
    db.call(lambda s: s.settings.set("retention.messages_days", 60))  # longer than the policy: ignored
    assert (await retention(db, data_dir).periods()).messages == 30 * DAY
    await retention(db, data_dir).run()
    assert bodies(db) == {"delapan hari"}
    db.call(lambda s: s.settings.set("retention.messages_days", 7))
    await retention(db, data_dir).run()
    assert bodies(db) == set()


def test_periods_from_settings_ignore_nonsense():
    periods = RetentionPeriods.from_settings(
        {"retention.backups_days": 0, "retention.logs_days": "10", "retention.usage_events_days": True}
    )
    assert periods == RetentionPeriods()


async def test_the_search_index_keeps_no_trigram_of_a_removed_message(world):
    db, data_dir = world
    chat = conversation(db)
    message(db, chat, "kode rahasia zqxjkw", created_at=JUST_GONE)
    message(db, chat, "pesan baru", created_at=JUST_KEPT)

    def index_bytes(store) -> bytes:  # type: ignore[no-untyped-def]
        return b"".join(bytes(r[0]) for r in store.conn.execute("SELECT block FROM message_search_data"))

    assert b"zqx" in db.call(index_bytes)
    await retention(db, data_dir).run()
    stored = db.call(index_bytes)
    assert not any(t in stored for t in (b"zqx", b"qxj", b"xjk", b"jkw"))  # gone from the pages, not just hidden
    assert b"bar" in stored  # the kept message is still indexed


def merge_settings(db: Database) -> dict[str, int]:
    rows = db.call(lambda s: s.conn.execute("SELECT k, v FROM message_search_config").fetchall())
    return {k: int(v) for k, v in rows if k in ("automerge", "crisismerge")}


async def test_the_search_index_is_not_merged_while_deleting_and_merges_again_afterwards(world):
    """Each batch adds a segment of delete markers; they wait for the one rewrite at the end, and afterwards
    new messages' segments are merged as FTS5 does by default."""
    db, data_dir = world
    chat = conversation(db)
    for n in range(40):
        message(db, chat, f"pesan lama nomor {n}", created_at=JUST_GONE - n * timedelta(minutes=1))
    message(db, chat, "pesan baru", created_at=JUST_KEPT)
    during = []
    run = retention(db, data_dir, batch=2)
    run.on_progress = lambda p: during.append(merge_settings(db)) if 0 < p.done < p.total else None
    counts = await run.run()
    assert counts.messages == 40
    assert during and all(s == {"automerge": 0, "crisismerge": 1000} for s in during)
    assert merge_settings(db) == {"automerge": 4, "crisismerge": 16}
    hits = db.call(lambda s: s.conn.execute("SELECT count(*) FROM message_search WHERE body MATCH 'lama'").fetchone())
    assert hits[0] == 0


async def test_merges_paused_by_a_run_that_never_finished_are_switched_back_on(world):
    db, data_dir = world
    db.call(lambda s: s.retention.pause_search_merges())  # as a run left it when the power went
    counts = await retention(db, data_dir).run()  # nothing to remove this time
    assert counts.messages == 0
    assert merge_settings(db) == {"automerge": 4, "crisismerge": 16}


class _UnkeyedDatabase(Database):
    """The app's Database and Store over an unkeyed file, configured as connect() configures its own: here
    the test can read what every page of the file holds."""

    def _open(self, key: object, create: bool, migrations) -> None:  # type: ignore[no-untyped-def]
        conn = sqlcipher3.connect(str(self.path), isolation_level=None)
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        _configure(conn)
        migrate(conn, migrations)
        self._store = Store(conn)


def file_bytes(data_dir) -> bytes:  # type: ignore[no-untyped-def]
    return b"".join(p.read_bytes() for p in data_dir.root.glob("monggo.db*"))


async def test_no_page_of_the_old_search_index_outlives_the_run(data_dir):
    """The index rewrite frees the old segments' pages without zeroing them; the run ends with none free, so
    not a byte of a removed message's text or index terms is left anywhere in the files."""
    data_dir.prepare()
    db = _UnkeyedDatabase.open(data_dir.database, RawKey.generate(), create=True)
    try:
        chat = conversation(db)
        for n in range(300):  # enough for the index to span many pages
            message(db, chat, f"kode rahasia zqxjkw{n:03d} wvyqpf", created_at=JUST_GONE - n * timedelta(minutes=1))
            message(db, chat, f"pesan baru nomor {n}", created_at=JUST_KEPT)
        db.call(lambda s: s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
        assert b"zqxjkw" in file_bytes(data_dir) and b"vyq" in file_bytes(data_dir)
        counts = await retention(db, data_dir, batch=50).run()
        assert counts.messages == 300
        assert db.call(lambda s: s.retention.free_pages()) == 0
        assert db.call(lambda s: s.conn.execute("PRAGMA secure_delete").fetchone()[0]) == 1  # ON again
        stored = file_bytes(data_dir)
        assert not any(t in stored for t in (b"zqxjkw", b"zqx", b"qxj", b"vyq", b"yqp", b"wvy"))
        assert b"pesan baru nomor 299" in stored
    finally:
        db.close()


async def test_a_run_with_nothing_to_remove_gives_back_pages_left_free(world):
    """A run cut short between the index rewrite and giving space back leaves free pages: the next run gives
    them back even when it has nothing to remove."""
    db, data_dir = world
    chat = conversation(db)
    for n in range(200):
        message(db, chat, f"pesan {n} " + "isi panjang " * 40, created_at=JUST_KEPT)
    db.call(lambda s: s.conn.execute("DELETE FROM messages WHERE id % 2 = 0"))
    assert db.call(lambda s: s.retention.free_pages()) > 0
    counts = await retention(db, data_dir).run()
    assert counts.total == 0
    assert db.call(lambda s: s.retention.free_pages()) == 0
