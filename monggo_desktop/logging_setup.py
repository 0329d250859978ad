"""Where log records go: stderr always, and the data directory's rotating log file once one is open.

Every handler carries the redaction filters, so phone numbers, names in key-value or JSON form, e-mail
addresses and tokens are replaced before a record is formatted, whichever logger wrote it. Message text is
never logged in the first place. Calling ``configure`` again replaces our handlers instead of adding more.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import time
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from monggo_desktop.security.redaction import REDACTED, RedactingFilter

LOG_FILENAME = "monggo.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 4  # monggo.log plus four rotated files: five of about 5 MB each
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s.%(msecs)03dZ %(levelname)s %(name)s [%(threadName)s]: %(message)s"
FILE_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"

_OURS = "_monggo_handler"  # marks the handlers this module installed on the root logger

# A person's name behind a key such as name=, "profile_name": or display_name: (quoted, or unquoted words).
_NAME = re.compile(
    r"""(?ix)
    (\b(?:display_|profile_|verified_|contact_|customer_|first_|last_|full_|formatted_|sender_)?name)
    (["']?\s*[:=]\s*)
    (?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;&)}\]"']+(?:[ ](?-i:[A-Z])[^\s,;&)}\]"']*)*)
    """
)


class NameRedactingFilter(logging.Filter):
    """Replaces the value of name fields; the general filter (tokens, numbers, e-mail) runs after it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _NAME.sub(rf"\1\2{REDACTED}", record.getMessage())
        record.args = None
        return True


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file is created 0600, whatever the process umask."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


def configure(data_dir_logs: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to stderr at WARNING (INFO when ``verbose``) and, given a logs folder, to its rotating file.

    Returns the log file's path, or None when there is none. A logs folder that cannot be made or written
    leaves logging on stderr with a warning there: a log file is never a reason to refuse to start.
    """
    root = logging.getLogger()
    shutdown()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.INFO if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter(STDERR_FORMAT))
    handlers: list[logging.Handler] = [stderr]
    log_file: Path | None = None
    problem: str | None = None
    if data_dir_logs is not None:
        try:
            log_file = _prepare(data_dir_logs)
        except OSError as exc:
            problem = os.strerror(exc.errno).lower() if exc.errno else "not writable"
        else:
            file_handler = _PrivateRotatingFileHandler(
                log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
            )
            file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
            formatter = logging.Formatter(FILE_FORMAT, FILE_DATE_FORMAT)
            formatter.converter = time.gmtime  # UTC, like every other time we keep
            file_handler.setFormatter(formatter)
            handlers.append(file_handler)
    for handler in handlers:
        handler.addFilter(NameRedactingFilter())
        handler.addFilter(RedactingFilter())
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(min(h.level for h in handlers))
    if problem is not None:
        logging.getLogger("monggo").warning("logging to stderr only: the logs folder cannot be used (%s)", problem)
    return log_file


def shutdown() -> None:
    """Remove and close the handlers ``configure`` installed; other handlers (a test's) stay."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()


def _prepare(folder: Path) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)  # not parents: logs never create a data directory by themselves
    os.chmod(folder, 0o700)
    path = folder / LOG_FILENAME
    for existing in [path, *(path.with_name(f"{LOG_FILENAME}.{i}") for i in range(1, BACKUP_COUNT + 1))]:
        if existing.exists():
            os.chmod(existing, 0o600)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    return path
