"""Files written whole: what the exports and backups share to make a finished file survive a crash."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from monggo_desktop.domain.errors import DiskFullError, StorageUnavailableError


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; some file systems cannot open a folder for this, which is no error."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_whole(target: Path, data: bytes) -> None:
    """``data`` as ``target``, whole or not at all: written beside it under a temporary name (0600),
    synced, then renamed over it. A failure leaves no partial file and says why in one line."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _write_error(exc, target) from None
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(exc, target) from None
        raise
    sync_folder(target.parent)


def _write_error(exc: OSError, target: Path) -> StorageUnavailableError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFullError()
    reason = os.strerror(exc.errno).lower() if exc.errno else "an input/output error"
    return StorageUnavailableError(
        "the file {file} could not be written in {folder} ({reason}): nothing was saved",
        file=target.name,
        folder=str(target.parent),
        reason=reason,
    )
