"""`monggo-desktop export`: the rights of access and portability, as a user runs it.

The database is made by `monggo-desktop setup` in a real process with the real keyring, seeded through the
repositories, and exported by the real command; the ZIP is opened the way a recipient would open it.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import pty
import random
import re
import secrets
import signal
import stat
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pyzipper
from keyring.backend import KeyringBackend

from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.models import (
    ConsentEvent,
    ConsentKind,
    ConsentSource,
    Contact,
    DeletionRequest,
    Direction,
    LegalBasis,
    MediaRef,
    Message,
)
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.media_files import store_media
from monggo_desktop.services.privacy.export import ExportRequest, export_data
from monggo_desktop.services.session import Session, Unlocker, unlock
from monggo_desktop.storage import Store
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.helpers import cli_environment
from tests.integration.test_cli_setup import APP_SECRET, SETUP, TOKEN, VERIFY_TOKEN, assert_one_line_error, run_cli

EXPORT_PASSPHRASE = "sate ayam madura tanpa kecap"
DEWI = "+6281398765432"
BUDI = "+6285712345678"
RINA = "+6281122334455"  # a contact who never wrote
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
SECRET_TEXTS = ["Kak, pesanan nasi kuning 20 kotak untuk Sabtu bisa?", "Halo, toko buka jam berapa?", "Alergi kacang"]
PERSONAL = [DEWI, DEWI[1:], BUDI, BUDI[1:], RINA, "Dewi Lestari", "Budi Santoso", *SECRET_TEXTS]
MESSAGE_KEYS = {"id", "local_id", "conversation", "direction", "contact", "type", "text", "timestamp", "status"}
PHOTO = b"\xff\xd8\xff\xe0 a stored photo of the boxes " + bytes(range(256)) * 40
SCRIPT_TEXT = "Baik, kami catat <script>alert(1)</script>"
FORMULA_TEXT = "=1+1 Buka jam 8 pagi"
RECEIPT_HASH = "5a" * 32
TEXT_FILES = ["contacts.csv", "data.json", "messages.csv"]
TIME_KEYS = {
    "created_at",
    "updated_at",
    "closed_at",
    "consent_given_at",
    "consent_withdrawn_at",
    "marketing_opt_out_at",
    "last_inbound_at",
    "last_message_at",
    "timestamp",
    "sent_at",
    "delivered_at",
    "read_at",
    "played_at",
    "failed_at",
    "at",
    "requested_at",
    "executed_at",
    "verified_at",
    "fetched_at",
}


@dataclass(frozen=True)
class Seeded:
    data: Path
    env: dict[str, str]
    chronological: list[int]  # local message ids, oldest first


def _env(tmp: Path) -> dict[str, str]:
    return cli_environment(
        xdg_root=tmp / "xdg-data",
        MONGGO_ACCESS_TOKEN=TOKEN,
        MONGGO_APP_SECRET=APP_SECRET,
        MONGGO_VERIFY_TOKEN=VERIFY_TOKEN,
    )


def _set_up(tmp: Path) -> tuple[Path, dict[str, str]]:
    data, env = tmp / "data", _env(tmp)
    result = run_cli(*SETUP, "--data-dir", str(data), env=env)
    assert result.returncode == 0, result.stderr
    return data, env


def _seed_customers(store: Store) -> list[int]:
    """Two customers who wrote, one who never did; messages stored out of time order. Returns ids, oldest first."""
    account = store.accounts.list()[0]
    assert account.id is not None
    with store.transaction():
        dewi = store.contacts.add(
            Contact(
                phone_e164=DEWI,
                wa_id=DEWI[1:],
                display_name="Dewi Lestari",
                profile_name="Dewi",
                labels=["VIP", "Katering"],
                notes="Alergi kacang",
                legal_basis=LegalBasis.CONSENT,
                consent_given_at=T0 - timedelta(days=30),
                marketing_opt_out=True,
                marketing_opt_out_at=T0 - timedelta(days=1),
                created_at=T0 - timedelta(days=30),
                updated_at=T0 - timedelta(days=1),
            )
        )
        budi = store.contacts.add(Contact(phone_e164=BUDI, wa_id=BUDI[1:], profile_name="Budi Santoso"))
        store.contacts.add(Contact(phone_e164=RINA, display_name="Rina", legal_basis=LegalBasis.CONTRACT))
        assert dewi.id is not None and budi.id is not None
        c_dewi = store.conversations.get_or_create(account.id, dewi.id).id
        c_budi = store.conversations.get_or_create(account.id, budi.id).id
        assert c_dewi is not None and c_budi is not None
        photo = store.media.add(MediaRef(mime_type="image/jpeg", sha256="ab" * 32, file_size=48213, filename="k.jpg"))

        def at(minutes: float) -> datetime:
            return T0 + timedelta(minutes=minutes)

        def add(minutes: float, conversation: int, **fields: object) -> int:
            fields.setdefault("type", "text")
            message = store.messages.add(Message(conversation_id=conversation, created_at=at(minutes), **fields))
            assert message is not None and message.id is not None
            return message.id

        d1 = add(
            10,
            c_dewi,
            direction=Direction.INBOUND,
            body=SECRET_TEXTS[0],
            status=MessageStatus.RECEIVED,
            wamid="wamid.D1",
        )
        b1 = add(
            5,
            c_budi,
            direction=Direction.INBOUND,
            body=SECRET_TEXTS[1],
            status=MessageStatus.RECEIVED,
            wamid="wamid.B1",
        )
        d2 = add(
            12,
            c_dewi,
            direction=Direction.OUTBOUND,
            body="Bisa kak, untuk jam berapa?",
            status=MessageStatus.READ,
            wamid="wamid.D2",
            sent_at=at(12.02),
            delivered_at=at(12.05),
            read_at=at(13),
            reply_to_wamid="wamid.D1",
        )
        b2 = add(
            6,
            c_budi,
            direction=Direction.OUTBOUND,
            body=FORMULA_TEXT,
            status=MessageStatus.FAILED,
            wamid="wamid.B2",
            failed_at=at(6.1),
            error_code=131047,
            error_title="Re-engagement message",
        )
        d3 = add(
            13,
            c_dewi,
            direction=Direction.INBOUND,
            type="reaction",
            status=MessageStatus.RECEIVED,
            wamid="wamid.D3",
            reaction_to_wamid="wamid.D2",
            reaction_emoji="👍",
        )
        d4 = add(14, c_dewi, direction=Direction.OUTBOUND, body=SCRIPT_TEXT, status=MessageStatus.PENDING)
        b3 = add(
            12,
            c_budi,
            direction=Direction.INBOUND,
            type="location",
            status=MessageStatus.RECEIVED,
            wamid="wamid.B3",
            payload={"latitude": -7.78, "longitude": 110.37, "name": "Warung"},
        )
        d5 = add(
            15,
            c_dewi,
            direction=Direction.INBOUND,
            type="image",
            body="Ini contoh kotaknya",
            status=MessageStatus.RECEIVED,
            wamid="wamid.D5",
            media_id=photo.id,
        )
        store.conversations.record_inbound(c_dewi, at(15))
        store.conversations.set_flags(c_budi, pinned=True)
        for contact_id, kind in ((dewi.id, ConsentKind.CONSENT_GIVEN), (dewi.id, ConsentKind.MARKETING_OPT_OUT)):
            store.consent.append(ConsentEvent(contact_id, kind, ConsentSource.MANUAL, at=T0 - timedelta(days=1)))
        store.consent.append(
            ConsentEvent(budi.id, ConsentKind.LEGAL_BASIS, ConsentSource.IMPORT, legal_basis=LegalBasis.CONTRACT)
        )
        store.deletion_requests.add(DeletionRequest(subject_hash=RECEIPT_HASH, requested_at=T0))
    # d2 and b3 share a minute: the lower id comes first.
    return [b1, b2, d1, d2, b3, d3, d4, d5]


def _unlocked(data: Path, backend: KeyringBackend) -> Session:
    return unlock(DataDirectory(data), Unlocker(backend, TEST_KEYRING_SERVICE))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, secure_keyring) -> Seeded:
    data, env = _set_up(tmp_path_factory.mktemp("export"))
    with _unlocked(data, secure_keyring) as session:
        order = session.db.call(_seed_customers)
        media = session.data_dir.media

        def store_photo(store: Store) -> None:
            (photo_id,) = store.conn.execute("SELECT media_id FROM messages WHERE wamid = 'wamid.D5'").fetchone()
            store_media(store, media, photo_id, PHOTO)

        session.db.call(store_photo)
    return Seeded(data, env, order)


def _export(seeded: Seeded, out: Path, *args: str, passphrase: str | None = None, stdin: str = ""):  # type: ignore[no-untyped-def]
    extra = {"MONGGO_EXPORT_PASSPHRASE": passphrase} if passphrase is not None else {}
    # stdin is a pipe, never a terminal: no passphrase prompt.
    return run_cli(
        "export", "--data-dir", str(seeded.data), "--out", str(out), *args, env=seeded.env, extra_env=extra, stdin=stdin
    )


def _read_plain(path: Path) -> tuple[dict, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert {*TEXT_FILES, "manifest.json"} <= set(archive.namelist())
        return json.loads(archive.read("manifest.json")), archive.read("data.json")


def _read_all(path: Path, passphrase: str | None = None) -> dict[str, bytes]:
    """Every file of the export, by name, opened as a recipient would (pyzipper for an AES ZIP)."""
    with pyzipper.AESZipFile(path) as archive:
        if passphrase is not None:
            archive.setpassword(passphrase.encode())
        return {name: archive.read(name) for name in archive.namelist()}


def _csv_rows(raw: bytes) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheet programs read it as UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- whole account -----------------------------------------------------------------------------------


def test_whole_account_plain_export(seeded, tmp_path):
    out = tmp_path / "export.zip"
    result = _export(seeded, out, "--no-encrypt")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert len(line.splitlines()) == 1 and str(out) in line
    assert "3 contacts, 2 conversations, 8 messages, 2 transcripts, 1 media file" in line and "NOT encrypted" in line
    assert not any(p in line for p in PERSONAL)
    assert len(result.stderr.strip().splitlines()) == 1 and "personal data unencrypted" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == ["export.zip"]

    manifest, raw = _read_plain(out)
    assert manifest["format"] == "monggo-pinarak-export" and manifest["format_version"] == 2
    assert manifest["scope"] == "account" and manifest["encrypted"] is False
    assert manifest["counts"] == {
        "accounts": 1,
        "contacts": 3,
        "conversations": 2,
        "messages": 8,
        "consent": 3,
        "deletion_receipts": 1,
        "transcripts": 2,
        "media_files": 1,
        "media_missing": 0,
        "media_unreadable": 0,
    }
    assert "not included" not in manifest["notes"]
    assert ISO_UTC.match(manifest["created_at"]) and manifest["app_version"]
    data = json.loads(raw)
    assert data["account"]["phone_number_id"] == "106540352242922" and data["account"]["state"] == "active"
    assert sorted(c["phone"] for c in data["contacts"]) == sorted([DEWI, BUDI, RINA])
    assert len(data["messages"]) == 8


def test_the_manifest_hashes_match_every_file(seeded, tmp_path):
    out = tmp_path / "export.zip"
    assert _export(seeded, out, passphrase=EXPORT_PASSPHRASE).returncode == 0
    files = _read_all(out, EXPORT_PASSPHRASE)
    manifest = json.loads(files.pop("manifest.json"))
    assert set(manifest["files"]) == set(files)
    for name, raw in files.items():
        assert manifest["files"][name] == {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}, name


def test_encrypted_export_opens_only_with_its_passphrase(seeded, tmp_path):
    out = tmp_path / "export.zip"
    result = _export(seeded, out, passphrase=EXPORT_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "encrypted with AES-256" in result.stdout and result.stderr == ""
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    blob = out.read_bytes()
    leaked = [p for p in PERSONAL if p.encode() in blob or p.encode("utf-16-le") in blob]
    assert leaked == []
    assert PHOTO[:64] not in blob and b"k.jpg" not in blob  # nor the photo, nor the customer's file name
    with pyzipper.AESZipFile(out) as archive:
        names = archive.namelist()
        for info in archive.infolist():
            assert info.flag_bits & 0x1, info.filename  # encrypted
            assert info.wz_aes_strength == 3, info.filename  # WinZip AES strength 3: 256-bit keys
        archive.setpassword(EXPORT_PASSPHRASE.encode())
        data = json.loads(archive.read("data.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert {*TEXT_FILES, "manifest.json"} < set(names) and len(names) == 7  # + 2 transcripts and the photo
    assert manifest["encrypted"] is True and manifest["counts"]["messages"] == 8
    assert {m["text"] for m in data["messages"]} >= set(SECRET_TEXTS[:2])

    for name in names:
        with pyzipper.AESZipFile(out) as archive:
            archive.setpassword(b"not the passphrase at all")
            with pytest.raises(RuntimeError, match=r"[Bb]ad password"):
                archive.read(name)
    with pyzipper.AESZipFile(out) as archive, pytest.raises(RuntimeError, match="requires a password"):
        archive.read("messages.csv")


def test_without_an_export_passphrase_nothing_is_written(seeded, tmp_path):
    out = tmp_path / "export.zip"
    result = _export(seeded, out)
    assert_one_line_error(result, "MONGGO_EXPORT_PASSPHRASE", "--no-encrypt")
    short = _export(seeded, out, passphrase="pendek")
    assert_one_line_error(short, "too short", "12")
    assert _leftovers(tmp_path) == []


def _export_on_a_terminal(seeded: Seeded, out: Path, answers: list[str]) -> tuple[int, str]:
    """Run the export with a terminal as stdin (a pty, in a new session so no real terminal is touched),
    answering each passphrase prompt as it appears. Returns the exit code and everything on stderr."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "monggo_desktop", "export", "--data-dir", str(seeded.data), "--out", str(out)],
        stdin=terminal,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=seeded.env,
        start_new_session=True,
    )
    os.close(terminal)
    assert process.stderr is not None
    seen, pending = b"", list(answers)
    try:
        while chunk := os.read(process.stderr.fileno(), 4096):
            seen += chunk
            prompts = seen.count(b"Passphrase for the export") + seen.count(b"Repeat it")
            while pending and prompts > len(answers) - len(pending):
                os.write(controller, pending.pop(0).encode() + b"\n")
        return process.wait(timeout=60), seen.decode()
    finally:
        os.close(controller)
        process.stderr.close()
        if process.poll() is None:
            process.kill()
            process.wait()


def test_on_a_terminal_the_passphrase_is_asked_twice(seeded, tmp_path):
    out = tmp_path / "export.zip"
    code, err = _export_on_a_terminal(seeded, out, [EXPORT_PASSPHRASE, EXPORT_PASSPHRASE])
    assert code == 0, err
    assert "Passphrase for the export" in err and "Repeat it" in err and EXPORT_PASSPHRASE not in err
    with pyzipper.AESZipFile(out) as archive:
        archive.setpassword(EXPORT_PASSPHRASE.encode())
        assert json.loads(archive.read("manifest.json"))["encrypted"] is True

    other = tmp_path / "other.zip"
    code, err = _export_on_a_terminal(seeded, other, [EXPORT_PASSPHRASE, EXPORT_PASSPHRASE + "!"])
    assert code != 0 and "the two passphrases differ" in err and "Traceback" not in err
    assert _leftovers(tmp_path) == ["export.zip"]


def test_a_target_folder_that_does_not_exist_is_a_clear_error(seeded, tmp_path):
    out = tmp_path / "nowhere" / "export.zip"
    result = _export(seeded, out, "--no-encrypt")
    assert_one_line_error(result, "does not exist", str(tmp_path / "nowhere"))
    assert not (tmp_path / "nowhere").exists()
    folder = _export(seeded, tmp_path, "--no-encrypt")
    assert_one_line_error(folder, "is a folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_a_target_folder_that_cannot_be_written_is_a_clear_error(seeded, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = _export(seeded, locked / "export.zip", "--no-encrypt")
    assert_one_line_error(result, "cannot be written")
    assert list(locked.iterdir()) == []


# --- the round trip ----------------------------------------------------------------------------------


def _database_ids(seeded: Seeded, backend: KeyringBackend) -> tuple[list[int], list[str]]:
    with _unlocked(seeded.data, backend) as session:
        return session.db.call(
            lambda s: (
                [r[0] for r in s.conn.execute("SELECT id FROM messages ORDER BY id")],
                [r[0] for r in s.conn.execute("SELECT phone_e164 FROM contacts ORDER BY id")],
            )
        )


def test_round_trip_every_message_once_in_data_json_and_messages_csv(seeded, tmp_path, secure_keyring):
    message_ids, phones = _database_ids(seeded, secure_keyring)
    out = tmp_path / "export.zip"
    assert _export(seeded, out, passphrase=EXPORT_PASSPHRASE).returncode == 0
    files = _read_all(out, EXPORT_PASSPHRASE)
    data = json.loads(files["data.json"])
    assert sorted(m["local_id"] for m in data["messages"]) == message_ids  # each exactly once
    rows = _csv_rows(files["messages.csv"])
    assert sorted(int(r["local_id"]) for r in rows) == message_ids
    assert list(rows[0]) == [
        "id",
        "local_id",
        "conversation",
        "contact",
        "direction",
        "type",
        "text",
        "timestamp",
        "status",
        "sent_at",
        "delivered_at",
        "read_at",
        "failed_at",
        "error",
        "media_file",
    ]
    by_local = {m["local_id"]: m for m in data["messages"]}
    for row in rows:
        message = by_local[int(row["local_id"])]
        assert row["id"] == (message["id"] or "") and row["contact"] == message["contact"]
        assert row["timestamp"] == message["timestamp"] and row["status"] == message["status"]
        assert row["media_file"] == message.get("media_file", "")
    failed = next(r for r in rows if r["id"] == "wamid.B2")
    assert failed["text"] == "'" + FORMULA_TEXT  # a spreadsheet shows it, runs nothing
    assert failed["error"] == "131047 Re-engagement message" and failed["failed_at"] == "2026-03-02T08:06:06.000Z"
    assert next(r for r in rows if r["id"] == "wamid.D2")["read_at"] == "2026-03-02T08:13:00.000Z"

    contacts = _csv_rows(files["contacts.csv"])
    assert sorted(c["phone"] for c in contacts) == sorted(phones)
    assert next(c for c in contacts if c["phone"] == DEWI)["name"] == "Dewi Lestari"

    consent = data["consent"]
    assert [(c["contact"], c["kind"]) for c in consent] == [
        (DEWI, "consent_given"),
        (DEWI, "marketing_opt_out"),
        (BUDI, "legal_basis"),
    ]
    assert data["deletion_receipts"] == [
        {
            "subject_hash": RECEIPT_HASH,
            "requested_at": "2026-03-02T08:00:00.000Z",
            "state": "recorded",
            "executed_at": None,
            "verified_at": None,
            "counts": {},
        }
    ]


def test_one_readable_transcript_per_conversation(seeded, tmp_path):
    out = tmp_path / "export.zip"
    assert _export(seeded, out, "--no-encrypt").returncode == 0
    files = _read_all(out)
    data = json.loads(files["data.json"])
    transcripts = {name: raw.decode() for name, raw in files.items() if name.startswith("transcripts/")}
    ids = {c["contact"]: c["id"] for c in data["conversations"]}
    assert sorted(transcripts) == sorted(
        [f"transcripts/{ids[DEWI]}-Dewi_Lestari.html", f"transcripts/{ids[BUDI]}-Budi_Santoso.html"]
    )
    dewi = transcripts[f"transcripts/{ids[DEWI]}-Dewi_Lestari.html"]
    assert "<title>Dewi Lestari (+6281398765432)</title>" in dewi and "<h2>2026-03-02</h2>" in dewi
    for message in data["messages"]:
        page = transcripts[
            f"transcripts/{ids[message['contact']]}-"
            + ("Dewi_Lestari.html" if message["contact"] == DEWI else "Budi_Santoso.html")
        ]
        if message["text"]:
            assert html.escape(message["text"]) in page, message["text"]
    assert "<script>" not in dewi and "&lt;script&gt;alert(1)&lt;/script&gt;" in dewi
    assert SECRET_TEXTS[1] not in dewi  # Budi's words are in Budi's page only
    photo = next(m for m in data["messages"] if m["id"] == "wamid.D5")
    assert f'href="../{photo["media_file"]}"' in dewi and "08:15" in dewi


def test_media_holds_the_decrypted_files(seeded, tmp_path):
    out = tmp_path / "export.zip"
    assert _export(seeded, out, passphrase=EXPORT_PASSPHRASE).returncode == 0
    files = _read_all(out, EXPORT_PASSPHRASE)
    data = json.loads(files["data.json"])
    photo = next(m for m in data["messages"] if m["id"] == "wamid.D5")
    # An encrypted export's file names name no one: the type stands in for the customer's file name.
    assert photo["media_file"] == f"media/{photo['local_id']}-image.jpg"
    assert [name for name in files if name.startswith("media/")] == [photo["media_file"]]
    assert files[photo["media_file"]] == PHOTO
    assert not [name for name in files if "Dewi" in name or "Budi" in name or "628" in name]


def test_a_media_file_not_on_this_computer_is_counted_as_missing(seeded, tmp_path, secure_keyring):
    with _unlocked(seeded.data, secure_keyring) as session:
        result = export_data(session.db, ExportRequest(tmp_path / "e.zip"), media_dir=tmp_path / "elsewhere")
    assert result.counts["media_files"] == 0 and result.counts["media_missing"] == 1
    files = _read_all(tmp_path / "e.zip")
    assert not [name for name in files if name.startswith("media/")]
    assert all("media_file" not in m for m in json.loads(files["data.json"])["messages"])


def test_progress_only_moves_forward(seeded, tmp_path, secure_keyring):
    seen: list[tuple[int, int]] = []
    with _unlocked(seeded.data, secure_keyring) as session:
        export_data(
            session.db,
            ExportRequest(tmp_path / "e.zip"),
            page_size=2,
            progress=lambda done, total: seen.append((done, total)),
            media_dir=session.data_dir.media,
        )
    assert seen and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert {t for _, t in seen} == {3 * 8 + 1} and seen[-1] == (25, 25)


# --- the data itself ---------------------------------------------------------------------------------


def _times(value: object) -> Iterator[str]:
    """Every value under a time key, anywhere in the document."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in TIME_KEYS and item is not None:
                yield item
            else:
                yield from _times(item)
    elif isinstance(value, list):
        for item in value:
            yield from _times(item)


def test_data_json_fields_and_times(seeded, tmp_path):
    out = tmp_path / "export.zip"
    assert _export(seeded, out, "--no-encrypt").returncode == 0
    data = json.loads(_read_plain(out)[1])
    assert set(data) == {"account", "profile", "contacts", "conversations", "messages", "consent", "deletion_receipts"}
    assert set(data["account"]) == {
        "phone_number_id",
        "waba_id",
        "display_number",
        "verified_name",
        "state",
        "created_at",
        "closed_at",
    }
    times = list(_times(data))
    assert len(times) > 20 and all(ISO_UTC.match(t) for t in times), times

    dewi = next(c for c in data["contacts"] if c["phone"] == DEWI)
    assert dewi["wa_id"] == DEWI[1:] and dewi["display_name"] == "Dewi Lestari" and dewi["profile_name"] == "Dewi"
    assert dewi["labels"] == ["Katering", "VIP"] and dewi["notes"] == "Alergi kacang"
    assert dewi["legal_basis"] == "consent" and dewi["consent_given_at"] == "2026-01-31T08:00:00.000Z"
    assert dewi["consent_withdrawn_at"] is None
    assert dewi["marketing_opt_out"] is True and dewi["marketing_opt_out_at"] == "2026-03-01T08:00:00.000Z"

    conversations = {c["contact"]: c for c in data["conversations"]}
    assert set(conversations) == {DEWI, BUDI}
    assert (
        conversations[DEWI]["unread_count"] == 1
        and conversations[DEWI]["last_inbound_at"] == "2026-03-02T08:15:00.000Z"
    )
    assert conversations[BUDI]["pinned"] is True and conversations[BUDI]["archived"] is False
    assert set(conversations[DEWI]) == {
        "id",
        "contact",
        "account",
        "unread_count",
        "last_inbound_at",
        "last_message_at",
        "archived",
        "pinned",
        "created_at",
    }

    by_id = {m["id"]: m for m in data["messages"]}
    for message in data["messages"]:
        assert set(message) >= MESSAGE_KEYS, message
        assert message["direction"] in ("in", "out")
    read = by_id["wamid.D2"]
    assert read["direction"] == "out" and read["contact"] == DEWI and read["status"] == "read"
    assert read["timestamp"] == "2026-03-02T08:12:00.000Z" and read["sent_at"] == "2026-03-02T08:12:01.200Z"
    assert read["delivered_at"] == "2026-03-02T08:12:03.000Z" and read["read_at"] == "2026-03-02T08:13:00.000Z"
    assert read["reply_to"] == "wamid.D1" and "failed_at" not in read
    failed = by_id["wamid.B2"]
    assert failed["status"] == "failed" and failed["error_code"] == 131047
    assert failed["error_title"] == "Re-engagement message" and failed["failed_at"] == "2026-03-02T08:06:06.000Z"
    reaction = by_id["wamid.D3"]
    assert reaction["text"] is None and reaction["reaction_to"] == "wamid.D2" and reaction["reaction_emoji"] == "👍"
    assert by_id["wamid.B3"]["payload"] == {"latitude": -7.78, "longitude": 110.37, "name": "Warung"}
    photo = by_id["wamid.D5"]
    assert photo["media"] == {
        "mime_type": "image/jpeg",
        "filename": "k.jpg",
        "sha256": "ab" * 32,  # WhatsApp's, as it announced the file
        "size": len(PHOTO),
    }
    assert photo["media_file"] == f"media/{photo['local_id']}-k.jpg"
    assert "media_file" not in read
    pending = next(m for m in data["messages"] if m["text"] == SCRIPT_TEXT)
    assert pending["id"] is None and pending["status"] == "pending" and isinstance(pending["local_id"], int)


def test_messages_are_in_chronological_order(seeded, tmp_path):
    out = tmp_path / "export.zip"
    assert _export(seeded, out, "--no-encrypt").returncode == 0
    messages = json.loads(_read_plain(out)[1])["messages"]
    assert [m["local_id"] for m in messages] == seeded.chronological
    stamps = [m["timestamp"] for m in messages]
    assert stamps == sorted(stamps)


# --- one customer ------------------------------------------------------------------------------------


def test_contact_scope_holds_only_that_customer(seeded, tmp_path):
    out = tmp_path / "dewi.zip"
    result = _export(seeded, out, "--contact", "0813-9876-5432", passphrase=EXPORT_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "one customer's data (1 contact, 1 conversation, 5 messages" in result.stdout
    assert DEWI not in result.stdout and "Dewi" not in result.stdout
    with pyzipper.AESZipFile(out) as archive:
        archive.setpassword(EXPORT_PASSPHRASE.encode())
        raw = archive.read("data.json")
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["scope"] == "contact"
    assert manifest["counts"] == {
        "accounts": 1,
        "contacts": 1,
        "conversations": 1,
        "messages": 5,
        "consent": 2,
        "deletion_receipts": 0,
        "transcripts": 1,
        "media_files": 1,
        "media_missing": 0,
        "media_unreadable": 0,
    }
    data = json.loads(raw)
    assert [c["phone"] for c in data["contacts"]] == [DEWI]
    assert [c["contact"] for c in data["conversations"]] == [DEWI]
    assert {m["contact"] for m in data["messages"]} == {DEWI}
    keys = [(m["timestamp"], m["local_id"]) for m in data["messages"]]
    assert keys == sorted(keys)
    for other in (BUDI, BUDI[1:], RINA, "Budi Santoso", SECRET_TEXTS[1], "Buka jam 8 pagi", "Warung"):
        assert other.encode() not in raw, other
    assert {c["contact"] for c in data["consent"]} == {DEWI} and data["deletion_receipts"] == []

    files = _read_all(out, EXPORT_PASSPHRASE)
    conversation = data["conversations"][0]["id"]
    assert [n for n in files if n.startswith("transcripts/")] == [f"transcripts/{conversation}.html"]
    photo = next(m for m in data["messages"] if m["id"] == "wamid.D5")
    assert [n for n in files if n.startswith("media/")] == [photo["media_file"]]
    assert [r["phone"] for r in _csv_rows(files["contacts.csv"])] == [DEWI]
    assert {r["contact"] for r in _csv_rows(files["messages.csv"])} == {DEWI}
    for name, content in files.items():
        for other in (BUDI, BUDI[1:], RINA, "Budi Santoso", SECRET_TEXTS[1], "Buka jam 8 pagi"):
            assert other.encode() not in content, (name, other)


def test_an_unknown_contact_is_an_error_and_writes_nothing(seeded, tmp_path):
    out = tmp_path / "export.zip"
    result = _export(seeded, out, "--contact", "+6281234500000", "--no-encrypt")
    assert_one_line_error(result, "no contact has that number, BSUID or username")
    assert "6281234500000" not in result.stderr
    bad = _export(seeded, out, "--contact", "12", "--no-encrypt")
    assert_one_line_error(bad, "phone number")
    assert _leftovers(tmp_path) == []


def test_the_log_file_is_private_and_holds_no_personal_data(seeded, tmp_path):
    assert _export(seeded, tmp_path / "e.zip", "--contact", DEWI, "--no-encrypt").returncode == 0
    logs = seeded.data / "logs"
    log_file = logs / "monggo.log"
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert log_file.exists() and stat.S_IMODE(log_file.stat().st_mode) == 0o600
    text = log_file.read_text()
    assert "export written" in text
    assert not [p for p in PERSONAL if p in text]


# --- paging, cancelling, failing ---------------------------------------------------------------------


@pytest.fixture
def busy(tmp_path_factory: pytest.TempPathFactory, secure_keyring) -> Iterator[Seeded]:
    """Four customers writing in interleaved bursts, with many messages sharing a millisecond."""
    data, env = _set_up(tmp_path_factory.mktemp("busy"))
    rng = random.Random(7)

    def seed(store: Store) -> None:
        account_id = store.accounts.list()[0].id
        with store.transaction():
            conversations = []
            for n in range(4):
                contact = store.contacts.add(Contact(phone_e164=f"+62812345678{n:02d}"))
                conversations.append(store.conversations.get_or_create(account_id, contact.id).id)
            for i in range(230):
                store.messages.add(
                    Message(
                        conversation_id=rng.choice(conversations),
                        direction=Direction.INBOUND,
                        type="text",
                        body=secrets.token_urlsafe(600),  # incompressible, for the file size limit test
                        status=MessageStatus.RECEIVED,
                        wamid=f"wamid.busy{i}",
                        created_at=T0 + timedelta(milliseconds=rng.randrange(0, 60_000, 250)),
                    )
                )

    with _unlocked(data, secure_keyring) as session:
        session.db.call(seed)
    yield Seeded(data, env, [])


def test_paging_gives_the_same_complete_order_at_any_page_size(busy, tmp_path, secure_keyring):
    digests = set()
    with _unlocked(busy.data, secure_keyring) as session:
        for page_size in (1, 7, 500):
            out = tmp_path / f"p{page_size}.zip"
            result = export_data(session.db, ExportRequest(out), page_size=page_size)
            assert result.counts["messages"] == 230
            digests.add(result.data_sha256)
            messages = json.loads(_read_plain(out)[1])["messages"]
            keys = [(m["timestamp"], m["local_id"]) for m in messages]
            assert keys == sorted(keys) and len(set(keys)) == 230
            assert len({m["timestamp"] for m in messages}) < 230  # ties exist, and were ordered by id
    assert len(digests) == 1  # byte for byte the same data.json


def test_an_interrupted_export_leaves_no_file(busy, tmp_path, secure_keyring):
    out = tmp_path / "export.zip"
    cancel = threading.Event()
    main = threading.main_thread().ident
    assert main is not None
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    seen: list[int] = []
    cancelled: list[bool] = []

    def progress(done: int, total: int) -> None:  # runs on the database thread, mid-export
        seen.append(done)
        if len(seen) == 1:
            # Ctrl-C reaches the waiting main thread. A signal that lands while that thread is between two
            # waits is only handled at its next wait, so a user would press Ctrl-C again: so does the test.
            for _ in range(6):
                signal.pthread_kill(main, signal.SIGINT)
                if cancel.wait(5):
                    break
            cancelled.append(cancel.is_set())

    try:
        with _unlocked(busy.data, secure_keyring) as session, pytest.raises(KeyboardInterrupt):
            export_data(session.db, ExportRequest(out), cancel=cancel, progress=progress, page_size=10)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert cancelled == [True] and seen == [10]  # cancelled after the first page, no page after it
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform != "linux", reason="ulimit -f as the failing disk")
def test_a_write_failure_leaves_no_partial_file(busy, tmp_path):
    """The file size limit (RLIMIT_FSIZE) makes the write fail half-way, like a full disk would."""
    out = tmp_path / "export.zip"
    limit_kib = 48  # above SQLite's 32 KiB -shm file, far below this export's size
    result = subprocess.run(
        [
            "sh",
            "-c",
            f'ulimit -f {limit_kib * 2}; exec "$0" "$@"',
            sys.executable,
            "-m",
            "monggo_desktop",
            "export",
            "--data-dir",
            str(busy.data),
            "--out",
            str(out),
            "--no-encrypt",
        ],
        capture_output=True,
        text=True,
        env=busy.env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert_one_line_error(result, "could not be written", "nothing was saved")
    assert _leftovers(tmp_path) == []
    assert _export(busy, out, "--no-encrypt").returncode == 0  # without the limit it fits
    assert out.stat().st_size > limit_kib * 2 * 1024


def test_an_existing_file_is_replaced_whole(seeded, tmp_path):
    out = tmp_path / "export.zip"
    out.write_bytes(b"an older file")
    os.chmod(out, 0o644)
    assert _export(seeded, out, "--force", passphrase=EXPORT_PASSPHRASE).returncode == 0  # replaced only when asked
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pyzipper.AESZipFile(out) as archive:
        archive.setpassword(EXPORT_PASSPHRASE.encode())
        assert json.loads(archive.read("manifest.json"))["counts"]["messages"] == 8
    assert _leftovers(tmp_path) == ["export.zip"]


def test_an_export_passphrase_object_hides_its_value():
    assert EXPORT_PASSPHRASE not in repr(ExportRequest(Path("x.zip"), passphrase=Passphrase(EXPORT_PASSPHRASE)))


def test_a_customer_known_only_by_a_username_is_exported_by_bsuid_with_their_ids(db, tmp_path):
    """The right of access holds for a customer who never shared a number: `--contact` takes a BSUID or an
    @username, and data.json carries the BSUID and username the app keeps."""
    from monggo_desktop.domain.models import Contact

    def seed(store):  # type: ignore[no-untyped-def]
        account = store.accounts.list()[0] if store.accounts.list() else None
        if account is None:
            from tests.inbound import add_account

            add_account(store)
            account = store.accounts.list()[0]
        contact = store.contacts.add(Contact(phone_e164=None, user_id="ID.55512345678901", username="sari.batik"))
        chat = store.conversations.get_or_create(account.id, contact.id).id
        store.messages.add(
            Message(chat, Direction.INBOUND, "text", body="halo dari username", status=MessageStatus.RECEIVED)
        )

    db.call(seed)
    for who in ("ID.55512345678901", "@sari.batik"):
        out = tmp_path / f"{who.strip('@.')}.zip"
        export_data(db, ExportRequest(out=out, contact=who))
        with zipfile.ZipFile(out) as archive:
            data = json.loads(archive.read("data.json"))
        [contact] = data["contacts"]
        assert (contact["user_id"], contact["username"], contact["phone"]) == ("ID.55512345678901", "sari.batik", None)
        assert [m["text"] for m in data["messages"]] == ["halo dari username"]
