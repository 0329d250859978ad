"""`monggo-desktop contacts import|export` as the staff run it: a real process, the real keyring, real files.

The data directory is made by `monggo-desktop setup`; the checks read the database the way the app opens it.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from monggo_desktop.domain.models import Contact, DeletionRequest
from monggo_desktop.services.privacy.subjects import subject_hash
from monggo_desktop.services.session import Session, Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.contacts_io_helpers import BUDI, DEWI, RINA, SARI, state, write
from tests.integration.test_cli_setup import SETUP, assert_one_line_error, run_cli

PERSONAL = [DEWI, DEWI[1:], "0813", BUDI, RINA, SARI, "Dewi", "Budi", "Rina", "Sari", "Alergi", "kacang", "VIP"]
CSV = (
    "Nama;Nomor HP;Label(s);Catatan\n"  # 1
    "Dewi Lestari;0813-9876-5432;VIP;Alergi kacang\n"  # 2
    "Budi;+62 857 1234 5678;;\n"  # 3
    "Kosong;;VIP;\n"  # 4
    "Pendek;0812;;\n"  # 5
    "Rina;00 62 811 2233 4455;;\n"  # 6
    "Dewi;6281398765432;Katering;\n"  # 7
)


def _unlocked(data: Path, backend: KeyringBackend) -> Session:
    return unlock(DataDirectory(data), Unlocker(backend, TEST_KEYRING_SERVICE))


@pytest.fixture
def data(tmp_path, cli_env, secure_keyring) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    result = run_cli(*SETUP, "--data-dir", str(folder), env=cli_env)
    assert result.returncode == 0, result.stderr
    return folder


def _contacts(data: Path, backend: KeyringBackend) -> dict[str, Contact]:
    with _unlocked(data, backend) as session:
        return {c.phone_e164: c for c in session.db.call(lambda s: s.contacts.page(limit=1000))}


def _no_personal_data(*texts: str) -> None:
    for text in texts:
        assert not [p for p in PERSONAL if p in text], text


def test_import_reports_bad_rows_by_line_imports_the_rest_and_exits_1(data, tmp_path, cli_env, secure_keyring):
    source = write(tmp_path / "kontak.csv", CSV)
    result = run_cli("contacts", "import", str(source), "--data-dir", str(data), env=cli_env)
    assert result.returncode == 1
    assert result.stdout == f"Imported {source}: 3 created, 1 merged, 0 unchanged, 0 skipped, 2 rejected.\n"
    assert result.stderr.splitlines() == [
        "line 4: the phone number is empty",
        "line 5: impossible phone number: it is too short",
        "monggo-desktop: 2 rows rejected: correct them and import the file again",
    ]
    _no_personal_data(result.stdout.replace(str(source), ""), result.stderr)
    stored = _contacts(data, secure_keyring)
    assert set(stored) == {DEWI, BUDI, RINA} and stored[DEWI].labels == ["Katering", "VIP"]

    again = run_cli("contacts", "import", str(source), "--data-dir", str(data), env=cli_env)
    assert again.returncode == 1 and "0 created, 0 merged, 4 unchanged, 0 skipped, 2 rejected" in again.stdout


def test_a_clean_import_exits_0_with_one_line_and_nothing_on_stderr(data, tmp_path, cli_env, secure_keyring):
    source = write(tmp_path / "kontak.vcf", "BEGIN:VCARD\nVERSION:4.0\nFN:Dewi\nTEL:0813 9876 5432\nEND:VCARD\n")
    passphrase_file = tmp_path / "unused-passphrase"  # keyring mode: accepted, not needed
    passphrase_file.write_text("not used in keyring mode\n")
    result = run_cli(
        "contacts",
        "import",
        str(source),
        "--data-dir",
        str(data),
        "--passphrase-file",
        str(passphrase_file),
        env=cli_env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Imported {source}: 1 created, 0 merged, 0 unchanged, 0 skipped, 0 rejected.\n"
    assert result.stderr == ""
    assert set(_contacts(data, secure_keyring)) == {DEWI}


def test_a_forgotten_number_is_skipped_quietly_and_is_no_failure(data, tmp_path, cli_env, secure_keyring):
    with _unlocked(data, secure_keyring) as session:
        session.db.call(lambda s: s.deletion_requests.add(DeletionRequest(subject_hash=subject_hash(s, DEWI))))
    source = write(tmp_path / "kontak.csv", "name,phone\nDewi Lestari,0813 9876 5432\nBudi,0857 1234 5678\n")
    result = run_cli("contacts", "import", str(source), "--data-dir", str(data), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert "1 created, 0 merged, 0 unchanged, 1 skipped, 0 rejected" in result.stdout
    assert result.stderr == "line 2: skipped (a deletion request covers this number)\n"
    assert set(_contacts(data, secure_keyring)) == {BUDI}


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (b"", ("is empty",)),
        (b"name,notes\nDewi,Alergi kacang\n", ("no phone column",)),
        ("name,phone\nJosé,0813 9876 5432\n".encode("latin-1"), ("not UTF-8", "line 2", "CSV UTF-8")),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_line_before_anything_opens(
    data, tmp_path, cli_env, secure_keyring, content, fragments
):
    with _unlocked(data, secure_keyring) as session:
        before = state(session.db)
    source = tmp_path / "kontak.csv"
    source.write_bytes(content)
    result = run_cli("contacts", "import", str(source), "--data-dir", str(data), env=cli_env)
    assert_one_line_error(result, *fragments)
    assert result.stdout == "" and "José" not in result.stderr
    with _unlocked(data, secure_keyring) as session:
        assert state(session.db) == before


def test_a_missing_file_or_data_directory_is_one_line(tmp_path, cli_env):
    missing = run_cli("contacts", "import", str(tmp_path / "none.csv"), "--data-dir", str(tmp_path), env=cli_env)
    assert_one_line_error(missing, "cannot read", "none.csv")
    source = write(tmp_path / "kontak.csv", "name,phone\nDewi,0813 9876 5432\n")
    not_set_up = run_cli("contacts", "import", str(source), "--data-dir", str(tmp_path / "empty"), env=cli_env)
    assert_one_line_error(not_set_up, "setup")


def test_contacts_needs_import_or_export(cli_env):
    result = run_cli("contacts", env=cli_env)
    assert result.returncode == 2 and "import" in result.stderr and "Traceback" not in result.stderr


def test_export_then_import_round_trip_through_the_command_line(data, tmp_path, cli_env, secure_keyring):
    imported = run_cli("contacts", "import", str(write(tmp_path / "in.csv", CSV)), "--data-dir", str(data), env=cli_env)
    assert imported.returncode == 1 and "3 created" in imported.stdout  # two rows of CSV are bad on purpose
    with _unlocked(data, secure_keyring) as session:
        before = state(session.db)
    out = tmp_path / "out" / "kontak.csv"
    out.parent.mkdir()
    exported = run_cli("contacts", "export", str(out), "--data-dir", str(data), env=cli_env)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"Exported 3 contacts to {out}\n" and exported.stderr == ""
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and [p.name for p in out.parent.iterdir()] == ["kontak.csv"]
    assert out.read_bytes().startswith(b"\xef\xbb\xbfname,phone,labels,notes,consent,bsuid\r\n")

    back = run_cli("contacts", "import", str(out), "--data-dir", str(data), env=cli_env)
    assert back.returncode == 0 and "0 created, 0 merged, 3 unchanged" in back.stdout and back.stderr == ""
    with _unlocked(data, secure_keyring) as session:
        assert state(session.db) == before

    vcf = tmp_path / "out" / "kontak.vcf"
    assert run_cli("contacts", "export", str(vcf), "--data-dir", str(data), env=cli_env).returncode == 0
    assert vcf.read_text().count("BEGIN:VCARD") == 3 and "VERSION:4.0" in vcf.read_text()


def test_export_to_an_unknown_extension_is_one_line_and_writes_nothing(data, tmp_path, cli_env):
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("contacts", "export", str(out / "kontak.txt"), "--data-dir", str(data), env=cli_env)
    assert_one_line_error(result, ".csv or .vcf")
    assert list(out.iterdir()) == []


def test_ctrl_c_stops_between_batches_and_says_how_far_it_got(data, tmp_path, cli_env, secure_keyring):
    rows = 60_000  # big enough to be still running when the interrupt comes
    body = "".join(f"Pelanggan {i},0812 {i // 10000:04d} {i % 10000:04d},Grosir\n" for i in range(rows))
    source = write(tmp_path / "besar.csv", "name,phone,labels\n" + body)
    process = subprocess.Popen(
        [sys.executable, "-m", "monggo_desktop", "contacts", "import", str(source), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env,
    )
    try:
        deadline = time.monotonic() + 60
        while _count(data, secure_keyring) == 0:  # the first batch is in: the import is under way
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("monggo-desktop: interrupted after ") and "Traceback" not in err
    assert "import the file again to finish" in lines[0]
    stored = _count(data, secure_keyring)
    assert 0 < stored < rows and stored % 5_000 == 0  # whole batches only
    assert f"interrupted after {stored:,} of {rows:,} entries ({stored:,} created," in lines[0]


def _count(data: Path, backend: KeyringBackend) -> int:
    with _unlocked(data, backend) as session:
        return int(session.db.call(lambda s: s.contacts.count()))
