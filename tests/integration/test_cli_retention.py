"""`monggo-desktop retention [--dry-run]` as a script runs it: counts per kind of data, exit 0, idempotent."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monggo_desktop.domain.models import Contact, Direction, Message, utc_now
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.test_cli_setup import SETUP, assert_one_line_error, run_cli


def seed(data: Path, secure_keyring) -> None:  # type: ignore[no-untyped-def]
    def write(store):  # type: ignore[no-untyped-def]
        account = store.accounts.list()[0]
        contact = store.contacts.add(Contact(phone_e164="+6281234567890", profile_name="Sari"))
        chat = store.conversations.get_or_create(account.id, contact.id).id
        for days in (31, 45, 400):
            store.messages.add(
                Message(chat, Direction.INBOUND, "text", body=f"lama {days}", status=MessageStatus.RECEIVED,
                        created_at=utc_now() - timedelta(days=days))
            )  # fmt: skip
        store.messages.add(Message(chat, Direction.INBOUND, "text", body="baru", status=MessageStatus.RECEIVED))

    with unlock(DataDirectory(data), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
        session.db.call(write)


def message_count(data: Path, secure_keyring) -> int:  # type: ignore[no-untyped-def]
    with unlock(DataDirectory(data), Unlocker(secure_keyring, TEST_KEYRING_SERVICE)) as session:
        return session.db.call(lambda s: s.messages.count())


def messages_line(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("messages,"))


def test_dry_run_then_run_then_nothing_left_to_remove(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    seed(data, secure_keyring)

    dry = run_cli("retention", "--data-dir", str(data), "--dry-run", env=cli_env)
    assert dry.returncode == 0, dry.stderr
    assert messages_line(dry.stdout).split()[-5:] == ["3", "would", "be", "removed", "now"]
    assert "30 days after delivery" in dry.stdout and len(dry.stdout.splitlines()) == 7
    assert message_count(data, secure_keyring) == 4

    real = run_cli("retention", "--data-dir", str(data), env=cli_env)
    assert real.returncode == 0, real.stderr
    assert messages_line(real.stdout).split()[-2:] == ["3", "removed"]
    assert message_count(data, secure_keyring) == 1
    for text in ("lama", "Sari", "+62"):
        assert text not in real.stdout + real.stderr

    again = run_cli("retention", "--data-dir", str(data), env=cli_env)
    assert again.returncode == 0 and messages_line(again.stdout).split()[-2:] == ["0", "removed"]


def test_retention_on_an_empty_folder_says_what_to_do(tmp_path, cli_env):
    result = run_cli("retention", "--data-dir", str(tmp_path / "nothing"), env=cli_env)
    assert_one_line_error(result, "setup")


def test_forget_deletes_a_customer_and_an_unknown_number_is_one_line(tmp_path, cli_env, secure_keyring):
    data = tmp_path / "data"
    assert run_cli(*SETUP, "--data-dir", str(data), env=cli_env).returncode == 0
    seed(data, secure_keyring)
    done = run_cli("forget", "--data-dir", str(data), "0812-3456-7890", env=cli_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Deleted one customer's data: 1 conversation, 4 messages")
    assert "6281234567890" not in done.stdout + done.stderr and "Sari" not in done.stdout
    assert message_count(data, secure_keyring) == 0
    again = run_cli("forget", "--data-dir", str(data), "0812-3456-7890", env=cli_env)
    assert_one_line_error(again, "no customer with that number")
