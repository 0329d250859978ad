"""The log file: private, rotated, redacted, and configured once however often ``configure`` runs."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from monggo_desktop import logging_setup

TOKEN = "EAAGm0PBwZBxQBAKzTestAccessToken9876543210"
PHONE = "+6281398765432"


@pytest.fixture(autouse=True)
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    logging_setup.shutdown()
    root.setLevel(level)
    assert root.handlers == handlers


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would make group- and world-readable files, as a desktop session often has."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_monggo_handler", False)]


def _flush() -> None:
    for handler in _ours():
        handler.flush()


def test_a_record_with_a_token_a_number_a_name_and_an_address_reaches_the_file_redacted(tmp_path, loose_umask):
    log_file = logging_setup.configure(tmp_path / "logs")
    assert log_file == tmp_path / "logs" / "monggo.log"
    log = logging.getLogger("monggo.cloud")
    log.warning("send to %s with token %s failed", PHONE, TOKEN)
    log.info('webhook contact {"profile": {"name": "Sari Wulandari"}, "wa_id": "%s"}', PHONE[1:])
    log.info("contact display_name=Dewi Lestari, email=dewi.lestari@example.co.id")
    try:
        raise ValueError(f"bad recipient {PHONE}")
    except ValueError:
        log.exception("sending failed")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    for secret in (TOKEN, PHONE, PHONE[1:], "Sari", "Wulandari", "Dewi", "Lestari", "dewi.lestari@example.co.id"):
        assert secret not in text, secret
    assert text.count("[redacted]") >= 6
    assert "send to [redacted] with token [redacted] failed" in text
    assert "ValueError: bad recipient [redacted]" in text  # the traceback is kept, cleaned
    assert "monggo.cloud" in text and "Z WARNING" in text  # UTC time stamps


def test_the_file_is_0600_and_the_folder_0700_whatever_the_umask(tmp_path, loose_umask):
    logs = tmp_path / "logs"
    log_file = logging_setup.configure(logs)
    assert log_file is not None
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert not log_file.exists()  # created by the first record, not by configuring
    logging.getLogger("monggo.test").warning("first line")
    _flush()
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_rotated_files_stay_private_and_are_bounded(tmp_path, loose_umask, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    log_file = logging_setup.configure(tmp_path / "logs")
    assert log_file is not None
    for i in range(400):
        logging.getLogger("monggo.test").warning("line %d of a long run of warnings", i)
    _flush()
    files = sorted(log_file.parent.iterdir())
    assert [f.name for f in files] == ["monggo.log", *(f"monggo.log.{i}" for i in range(1, 5))]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert all(f.stat().st_size <= 2000 for f in files)


def test_an_existing_loose_folder_and_file_are_tightened(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    os.chmod(logs, 0o755)  # noqa: S103 (the loose folder under test)
    (logs / "monggo.log").write_text("old\n")
    os.chmod(logs / "monggo.log", 0o644)
    logging_setup.configure(logs)
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert stat.S_IMODE((logs / "monggo.log").stat().st_mode) == 0o600


def test_configuring_twice_does_not_duplicate_handlers(tmp_path):
    logging_setup.configure(None)
    logging_setup.configure(tmp_path / "logs")
    log_file = logging_setup.configure(tmp_path / "logs", verbose=True)
    assert log_file is not None
    assert len(_ours()) == 2  # stderr and the file
    logging.getLogger("monggo.test").warning("exactly once")
    _flush()
    assert log_file.read_text(encoding="utf-8").count("exactly once") == 1
    logging_setup.configure(None)
    assert len(_ours()) == 1


def test_stderr_shows_warnings_or_with_verbose_also_info(capsys):
    logging_setup.configure(None)
    logging.getLogger("monggo.test").info("quiet detail")
    logging.getLogger("monggo.test").warning("a problem with %s", PHONE)
    err = capsys.readouterr().err
    assert "quiet detail" not in err and "WARNING monggo.test: a problem with [redacted]" in err
    logging_setup.configure(None, verbose=True)
    logging.getLogger("monggo.test").info("loud detail")
    assert "INFO monggo.test: loud detail" in capsys.readouterr().err


def test_a_logs_folder_that_cannot_be_made_leaves_stderr_logging(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert logging_setup.configure(blocker / "logs") is None
    assert "logging to stderr only" in capsys.readouterr().err
    assert len(_ours()) == 1


def test_logging_never_creates_a_data_directory(tmp_path: Path):
    assert logging_setup.configure(tmp_path / "missing" / "logs") is None
    assert not (tmp_path / "missing").exists()
