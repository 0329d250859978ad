"""The right to deletion: `forget` removes every trace of one customer and keeps a receipt with a hash only."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.domain.errors import InvalidInputError, UserFacingError
from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.domain.models import ConsentKind, ConsentSource, DeletionState, MediaRef, Message
from monggo_desktop.domain.models import Direction as In
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.contacts.consent import record_consent
from monggo_desktop.services.contacts.service import ContactsService
from monggo_desktop.services.messaging.media_files import store_media
from monggo_desktop.services.privacy.export import ExportRequest, write_export
from monggo_desktop.services.privacy.forget import META_DELETED, META_NOT_DELETED, delete_at_meta, forget, forget_here
from monggo_desktop.services.privacy.subjects import is_forgotten
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage import Database
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.inbound import add_account, customer_writes
from tests.simulator_helpers import PHONE_ID, TOKEN, WABA_ID, assert_graph_error, running

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


# The media sent to them, at Meta: deleted there too when possible (the simulator over loopback).

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8


def sent_and_received_media(db, data_dir, sent_ids: list[str], received_id: str) -> int:  # type: ignore[no-untyped-def]
    """The customer's chat with photos sent to them (uploaded to Meta) and one they sent; returns their id."""
    seed_customer(db, data_dir)

    def add(store) -> int:  # type: ignore[no-untyped-def]
        contact = store.contacts.get_by_phone("+" + NUMBER)
        chat = store.conversations.get_or_create(1, contact.id).id
        for meta_id, direction in [*((m, In.OUTBOUND) for m in sent_ids), (received_id, In.INBOUND)]:
            media = store.media.add(MediaRef(mime_type="image/jpeg", meta_media_id=meta_id))
            store.messages.add(Message(chat, direction, "image", media_id=media.id, status=MessageStatus.DELIVERED))
        return contact.id

    return db.call(add)


def simulator_client(base_url: str, **retry: float) -> CloudApiClient:
    return CloudApiClient(
        ClientConfig(access_token=TOKEN, phone_number_id=PHONE_ID, waba_id=WABA_ID, api_base_url=base_url),
        retry=RetryPolicy(**retry) if retry else None,  # type: ignore[arg-type]
    )


async def test_forget_deletes_the_media_sent_to_them_at_meta(world):
    db, data_dir = world
    async with running() as stack:
        client = simulator_client(stack.sim.base_url)
        sent = [await client.media.upload(JPEG, "image/jpeg", f"menu-{n}.jpg") for n in range(2)]
        theirs = stack.sim.add_inbound_media(JPEG, "image/jpeg")
        expired = "1049382716354"  # gone at Meta already (uploads last 30 days): refused, the others still go
        contact_id = sent_and_received_media(db, data_dir, [sent[0], expired, sent[1]], theirs)
        service = ContactsService(db, 1, media_dir=data_dir.media, client=lambda: client)

        receipt = await service.forget(contact_id)
        await client.aclose()

        assert receipt.counts[META_DELETED] == 2 and receipt.counts[META_NOT_DELETED] == 1
        assert db.call(lambda s: s.deletion_requests.get(receipt.id)).counts == receipt.counts  # kept
        for media_id in sent:
            assert_graph_error(await stack.api.get(f"/{media_id}"), 400, 100)  # gone at Meta
        assert (await stack.api.get(f"/{theirs}")).status_code == 200  # what they sent is not ours to delete
    assert NUMBER not in every_text(db) and "zqxjkw" not in every_text(db)


async def test_refused_or_offline_the_local_deletion_stands_and_the_receipt_counts_it(world):
    db, data_dir = world
    async with running() as stack:
        client = simulator_client(stack.sim.base_url)
        sent = [await client.media.upload(JPEG, "image/jpeg", "foto.jpg") for _ in range(3)]
        sent_and_received_media(db, data_dir, sent, stack.sim.add_inbound_media(JPEG, "image/jpeg"))
        stack.sim.faults.expired_token = True  # Meta refuses every call
        forgotten = await db.run(lambda s: forget_here(s, data_dir.media, "+" + NUMBER))
        receipt = await delete_at_meta(db, forgotten, client)
        await client.aclose()
        stack.sim.faults.expired_token = False
        assert (await stack.api.get(f"/{sent[0]}")).status_code == 200  # still there: refused
    assert receipt.state is DeletionState.VERIFIED
    assert (receipt.counts[META_DELETED], receipt.counts[META_NOT_DELETED]) == (0, 3)
    assert NUMBER not in every_text(db)

    sent_and_received_media(db, data_dir, ["111", "222"], "333")  # again, with the simulator gone: offline
    offline = simulator_client("http://127.0.0.1:9", max_attempts=2, base_delay=0.01)
    forgotten = await db.run(lambda s: forget_here(s, data_dir.media, "+" + NUMBER))
    receipt = await delete_at_meta(db, forgotten, offline)
    await offline.aclose()
    assert (receipt.counts[META_DELETED], receipt.counts[META_NOT_DELETED]) == (0, 2)
    assert receipt.counts["messages"] == 5 and NUMBER not in every_text(db)
    stored = db.call(lambda s: s.deletion_requests.get(receipt.id))
    assert stored.counts[META_NOT_DELETED] == 2 and not any(NUMBER in key for key in stored.counts)


async def test_without_an_access_token_nothing_is_asked_of_meta_and_all_count_as_not_deleted(world):
    db, data_dir = world
    sent_and_received_media(db, data_dir, ["111"], "333")
    forgotten = await db.run(lambda s: forget_here(s, data_dir.media, "+" + NUMBER))
    receipt = await delete_at_meta(db, forgotten, None)
    assert (receipt.counts[META_DELETED], receipt.counts[META_NOT_DELETED]) == (0, 1)


async def test_the_forget_command_deletes_the_media_sent_to_them_at_meta_too(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"

    async def cli(*args: str) -> tuple[int, str, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "monggo_desktop", *args, "--data-dir", str(data),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=cli_env,
        )  # fmt: skip
        out, err = await asyncio.wait_for(process.communicate(), 60)
        return process.returncode or 0, out.decode(), err.decode()

    async with running(access_token=None) as stack:  # the simulator serves while the command runs
        setup = ["setup", "--phone-number-id", PHONE_ID, "--waba-id", WABA_ID, "--from-env"]
        assert (await cli(*setup, "--api-base", stack.sim.base_url))[0] == 0
        uploaded = (await stack.upload(JPEG, "image/jpeg", "menu.jpg")).json()["id"]
        with unlock(DataDirectory(data), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
            customer_writes(session.db, NUMBER, "kirim menunya ya")
            sent_and_received_media(
                session.db, session.data_dir, [uploaded], stack.sim.add_inbound_media(JPEG, "image/jpeg")
            )

        code, out, err = await cli("forget", "0812-3456-7890")
        assert code == 0, err
        assert "Files sent to them and kept by Meta: 1 of 1 deleted there." in out
        assert NUMBER not in out + err
        assert_graph_error(await stack.api.get(f"/{uploaded}"), 400, 100)


def test_exports_are_recorded_and_a_forgotten_customers_file_names_go_with_them(world, tmp_path):
    db, data_dir = world
    seed_customer(db, data_dir)
    mine = ExportRequest(tmp_path / "Sari Rahasia.zip", contact="+" + NUMBER, passphrase=Passphrase("x" * 12))
    db.call(lambda s: write_export(s, ExportRequest(tmp_path / "semua.zip")))
    db.call(lambda s: write_export(s, mine))

    def listed() -> list[tuple[bool, bool, str | None]]:
        exports = db.call(lambda s: s.privacy_records.recent_exports())
        return [(e.whole_account, e.encrypted, e.file_name) for e in exports]

    assert listed() == [(False, True, "Sari Rahasia.zip"), (True, False, "semua.zip")]
    db.call(lambda s: forget(s, data_dir.media, "+" + NUMBER))
    assert listed() == [(False, True, None), (True, False, "semua.zip")]  # still listed, without the name
    assert "Sari Rahasia" not in every_text(db)


def test_labels_nobody_has_yet_are_not_the_forgotten_customer_s(world):
    """A label made on the Contacts screen and not used yet stays; one only the forgotten customer had goes."""
    db, data_dir = world
    customer_writes(db, "6285700000001", "pelanggan lain", name="Budi")
    seed_customer(db, data_dir)  # labelled "Pelanggan khusus", theirs alone
    db.call(lambda s: s.labels.create("Grosir Desember"))

    db.call(lambda s: forget(s, data_dir.media, "+" + NUMBER))

    names = db.call(lambda s: [r[0] for r in s.conn.execute("SELECT name FROM labels ORDER BY name")])
    assert names == ["Grosir Desember"]
