"""One owner per data directory: the app or ``serve`` holds a lock while it receives (design.md section 8).

The lock is the operating system's (``filelock``: flock on POSIX, LockFileEx on Windows) on ``receiver.lock``,
so a crashed process never blocks the next start: the lock goes with the process. Who holds it (the command,
its process id and since when; nothing personal) is written beside it in ``receiver.json`` so that a second
receiver, ``restore`` and ``setup`` can say which process is running.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from datetime import datetime

from filelock import FileLock, Timeout

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.words import Words
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.services")

LOCK_NAME = "receiver.lock"
HOLDER_NAME = "receiver.json"


class DataDirectoryBusyError(InvalidInputError):
    """Another process receives on this data directory."""


class ReceiverLock:
    def __init__(self, data_dir: DataDirectory, command: str) -> None:
        self._data_dir = data_dir
        self._command = command
        self._lock = _file_lock(data_dir)

    def acquire(self) -> None:
        """Take the data directory, or raise DataDirectoryBusyError naming the process that has it."""
        try:
            self._lock.acquire()
        except Timeout:
            raise DataDirectoryBusyError(
                "{holder} already receives on this data directory: stop it first, or use another data directory",
                holder=holder(self._data_dir) or Words("another Monggo Pinarak"),
            ) from None
        info = {"command": self._command, "pid": os.getpid(), "since": utc_now().isoformat()}
        path = self._data_dir.root / HOLDER_NAME
        with contextlib.suppress(OSError):  # only words for the others: the lock itself is what counts
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                json.dump(info, out)
        log.info("this process receives on the data directory now")

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                (self._data_dir.root / HOLDER_NAME).unlink()
            self._lock.release(force=True)


def holder(data_dir: DataDirectory) -> Words | None:
    """The running receiver in words ("monggo-desktop serve, process 4242, since 10:02"), or None when no
    process holds the lock (a ``receiver.json`` left by a crash says nothing then)."""
    if not (data_dir.root / LOCK_NAME).exists():
        return None
    probe = _file_lock(data_dir)
    try:
        probe.acquire()
    except Timeout:
        return _describe(data_dir)
    probe.release(force=True)
    return None


def refuse_if_receiving(data_dir: DataDirectory, what: str) -> None:
    """``restore`` and ``setup`` must not change the data under a running receiver: one line naming it. Only
    the command line asks, so ``what`` (what it was about to do) is in English."""
    running = holder(data_dir)
    if running is not None:
        raise DataDirectoryBusyError(
            "{holder} receives on this data directory: stop it before {what}", holder=running, what=what
        )


def _file_lock(data_dir: DataDirectory) -> FileLock:
    # No soft-lock fallback: a soft lock is a file that a crash would leave behind, blocking the next start.
    return FileLock(data_dir.root / LOCK_NAME, timeout=0, mode=0o600, thread_local=False, fallback_to_soft=False)


def _describe(data_dir: DataDirectory) -> Words:
    try:
        info = json.loads((data_dir.root / HOLDER_NAME).read_text(encoding="utf-8"))
        command: Words | str = Words("the app") if info.get("command") == "app" else "monggo-desktop serve"
        since = datetime.fromisoformat(str(info["since"])).astimezone().strftime("%Y-%m-%d %H:%M")
        return Words("{command} (process {pid}, since {since})", command=command, pid=int(info["pid"]), since=since)
    except (OSError, ValueError, KeyError, TypeError):
        return Words("another Monggo Pinarak process")
