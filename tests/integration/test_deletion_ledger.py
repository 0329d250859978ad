"""Restoring a backup never brings a deleted customer back, nor reopens a closed account (issue 20, point 5);
what `restore --force` replaces is kept as a backup file like any other (point 6).

As the owner does it: `setup`, customers written, `backup`, then `forget` (or closing the account), then
`restore`, in place or into a new folder, with the real keyring and the real command line.
"""

from __future__ import annotations

import asyncio
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from monggo_desktop.domain.models import Contact, Direction, MediaRef, Message, utc_now
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.account.accounts import current_account
from monggo_desktop.services.account.settings import SettingsService
from monggo_desktop.services.messaging.media_files import store_media
from monggo_desktop.services.privacy.backup import list_backups
from monggo_desktop.services.privacy.deletion_ledger import APPLIED_AGAIN, LEDGER_NAME, DeletionLedger
from monggo_desktop.services.privacy.subjects import is_forgotten, subject_hash
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.test_cli_setup import SETUP, assert_one_line_error, run_cli

SARI, BUDI = "+6281234567890", "+6281398765432"
SECRET = "alamat rahasia Jl. Kenanga 7"


def session_of(data: Path, keyring):  # type: ignore[no-untyped-def]
    return unlock(DataDirectory(data), Unlocker(keyring, TEST_KEYRING_SERVICE))


def seed_two_customers(data: Path, keyring) -> None:  # type: ignore[no-untyped-def]
    """Sari (a message and a photo) and Budi (a message)."""

    def write(store) -> None:  # type: ignore[no-untyped-def]
        account = store.accounts.list()[0]
        for phone, name, body in ((SARI, "Sari", SECRET), (BUDI, "Budi", "pesan biasa")):
            contact = store.contacts.add(Contact(phone_e164=phone, profile_name=name))
            chat = store.conversations.get_or_create(account.id, contact.id).id
            store.messages.add(Message(chat, Direction.INBOUND, "text", body=body, status=MessageStatus.RECEIVED))
        sari = store.contacts.get_by_phone(SARI)
        chat = store.conversations.get_or_create(account.id, sari.id).id
        media = store.media.add(MediaRef(mime_type="image/png", filename="ktp.png"))
        store_media(store, DataDirectory(data).media, media.id, b"\x89PNG photo of an id card")
        store.messages.add(Message(chat, Direction.INBOUND, "image", media_id=media.id, status=MessageStatus.RECEIVED))

    with session_of(data, keyring) as session:
        session.db.call(write)


def phones(data: Path, keyring) -> set[str]:  # type: ignore[no-untyped-def]
    with session_of(data, keyring) as session:
        return {c.phone_e164 for c in session.db.call(lambda s: s.contacts.page())}


def media_files(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "media").glob("*.bin"))


@pytest.fixture
def shop(tmp_path, cli_env, secure_keyring) -> Path:  # type: ignore[no-untyped-def]
    """A data folder with two customers and a backup made before anything was deleted."""
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    seed_two_customers(data, secure_keyring)
    made = run_cli("backup", "--data-dir", str(data), env=cli_env)
    assert made.returncode == 0, made.stderr
    return data


def only_backup(data: Path) -> Path:
    [backup] = sorted((data / "backups").glob("monggo-backup-*.zip"))
    return backup


def test_a_customer_forgotten_after_the_backup_stays_forgotten_when_it_is_restored_in_place(
    shop, cli_env, secure_keyring
):
    backup = only_backup(shop)
    photos_before = media_files(shop)
    forgot = run_cli("forget", SARI, "--data-dir", str(shop), env=cli_env)
    assert forgot.returncode == 0, forgot.stderr
    restored = run_cli("restore", str(backup), "--data-dir", str(shop), "--force", env=cli_env)
    assert restored.returncode == 0, restored.stderr
    assert "applied again: 1 customer deleted again, 1 receipt restored" in restored.stdout
    assert phones(shop, secure_keyring) == {BUDI}
    assert media_files(shop) == [] and photos_before  # Sari's photo did not come back either
    with session_of(shop, secure_keyring) as session:
        assert session.db.call(lambda s: is_forgotten(s, SARI))  # an old spreadsheet cannot bring her back
        receipts = session.db.call(lambda s: s.deletion_requests.recent())
        assert [r.counts.get(APPLIED_AGAIN) for r in receipts] == [1]
        assert SECRET not in session.db.call(lambda s: str(s.conn.execute("SELECT body FROM messages").fetchall()))
        assert not session.reapplied  # applied once: the next unlock finds nothing to do
    assert "deleted again" not in run_cli("status", "--data-dir", str(shop), env=cli_env).stdout


def test_restored_into_a_new_folder_the_deletion_follows_from_the_folder_the_backup_came_from(
    shop, tmp_path, cli_env, secure_keyring
):
    backup = only_backup(shop)
    assert run_cli("forget", SARI, "--data-dir", str(shop), env=cli_env).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    restored = run_cli("restore", str(backup), "--data-dir", str(elsewhere), env=cli_env)
    assert restored.returncode == 0, restored.stderr
    assert phones(elsewhere, secure_keyring) == {BUDI}
    assert (elsewhere / LEDGER_NAME).exists()  # the ledger came along: a later restore there honours it too


def test_a_backup_copied_away_with_its_ledger_beside_it_is_honoured(shop, tmp_path, cli_env, secure_keyring):
    assert run_cli("forget", SARI, "--data-dir", str(shop), env=cli_env).returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / only_backup(shop).name
    copy.write_bytes(only_backup(shop).read_bytes())
    (usb / LEDGER_NAME).write_bytes((shop / LEDGER_NAME).read_bytes())
    fresh = tmp_path / "new-computer"
    assert run_cli("restore", str(copy), "--data-dir", str(fresh), env=cli_env).returncode == 0
    assert phones(fresh, secure_keyring) == {BUDI}


def test_the_ledger_holds_salted_hashes_only(shop, cli_env, secure_keyring):
    assert run_cli("forget", SARI, "--data-dir", str(shop), env=cli_env).returncode == 0
    text = (shop / LEDGER_NAME).read_text()
    for clue in (SARI, SARI.lstrip("+"), SARI[-8:], "Sari"):
        assert clue not in text
    with session_of(shop, secure_keyring) as session:
        subject = session.db.call(lambda s: subject_hash(s, SARI))
    assert subject in text  # the receipt's own hash, so a restore can match it


def test_a_deletion_cut_short_before_the_database_changed_is_finished_at_the_next_start(shop, secure_keyring):
    """What a crash between writing the ledger and the commit leaves: the ledger says so, the data not yet."""
    with session_of(shop, secure_keyring) as session:
        session.db.call(lambda s: DeletionLedger.in_folder(shop).record_subject(s, subject_hash(s, SARI), utc_now()))
    assert phones(shop, secure_keyring) == {BUDI}


def test_a_damaged_ledger_stops_a_deletion_with_one_line_and_changes_nothing(shop, cli_env, secure_keyring):
    (shop / LEDGER_NAME).write_text("{not json")
    refused = run_cli("forget", SARI, "--data-dir", str(shop), env=cli_env)
    assert_one_line_error(refused, "deletions.json")
    assert phones(shop, secure_keyring) == {SARI, BUDI}
    assert (shop / LEDGER_NAME).read_text() == "{not json"  # never overwritten: it is the owner's to fix


def test_a_closed_account_stays_closed_with_its_first_date_after_a_restore(shop, cli_env, secure_keyring):
    backup = only_backup(shop)
    closed_on = utc_now() - timedelta(days=3)

    async def close() -> None:
        with session_of(shop, secure_keyring) as session:
            account = current_account(session)
            await SettingsService(session.db, account.id, now=lambda: closed_on).close_account()

    asyncio.run(close())
    restored = run_cli("restore", str(backup), "--data-dir", str(shop), "--force", env=cli_env)
    assert restored.returncode == 0, restored.stderr
    assert "closing (or reopening)" in restored.stdout
    with session_of(shop, secure_keyring) as session:
        account = current_account(session)
    assert account.closed_at is not None
    assert abs((account.closed_at - closed_on).total_seconds()) < 0.01  # the purge stays 90 days after that


def test_restore_force_keeps_what_it_replaces_as_a_backup_that_restores(shop, tmp_path, cli_env, secure_keyring):
    backup = only_backup(shop)
    with session_of(shop, secure_keyring) as session:  # written after the backup
        session.db.call(lambda s: s.contacts.add(Contact(phone_e164="+6281311112222", profile_name="Dewi")))
    forced = run_cli("restore", str(backup), "--data-dir", str(shop), "--force", env=cli_env)
    assert forced.returncode == 0, forced.stderr
    assert not list(shop.glob("replaced-*"))  # no folder beside the data that retention and audit cannot see
    [kept] = [p for p in (shop / "backups").glob("*.zip") if p != backup]
    assert kept.name.endswith("-replaced.zip")
    with zipfile.ZipFile(kept) as archive:
        assert "monggo.db" in archive.namelist()
        assert b"Dewi" not in archive.read("monggo.db")  # encrypted, as every backup
        manifest = json.loads(archive.read("manifest.json"))
    assert len([n for n in manifest["files"] if n.startswith("media/")]) == 1
    assert kept.name in [f.name for f in list_backups(DataDirectory(shop))]  # what the privacy center lists
    back = tmp_path / "back"
    assert run_cli("restore", str(kept), "--data-dir", str(back), env=cli_env).returncode == 0
    assert phones(back, secure_keyring) == {SARI, BUDI, "+6281311112222"}
