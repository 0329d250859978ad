"""An error from below the UI put into the window's words: the one place a viewmodel turns a ``UserFacingError``
into the line it shows.

Errors whose text is fixed are translated by their kind; the others carry words and values a service put together
(a file's name, a line number), shown as a sentence in the words they came with.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseKeyMissingError,
    DiskFullError,
    InvalidRecoveryKeyError,
    NotSetUpError,
    UserFacingError,
    WrongKeyError,
)
from monggo_desktop.domain.profile import ProfileInvalidError
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP
from monggo_desktop.ui.profile_texts import problem_text
from monggo_desktop.ui.sentences import sentence

CONTEXT = "ErrorWords"

FIXED_TEXTS: dict[type[UserFacingError], str] = {
    WrongKeyError: QT_TRANSLATE_NOOP("ErrorWords", "Wrong passphrase, or this is not a Monggo database."),
    NotSetUpError: QT_TRANSLATE_NOOP(
        "ErrorWords", "There is no Monggo database in this folder yet: set the app up first."
    ),
    DatabaseKeyMissingError: QT_TRANSLATE_NOOP(
        "ErrorWords",
        "The database key is missing from the system keyring: recover it with the recovery key shown at setup.",
    ),
    InvalidRecoveryKeyError: QT_TRANSLATE_NOOP(
        "ErrorWords", "That is not a valid recovery key: check it for typos (groups of 5 letters and digits)."
    ),
    DiskFullError: QT_TRANSLATE_NOOP(
        "ErrorWords", "The disk is full: free some space and try again. Nothing was saved."
    ),
    CorruptDatabaseError: QT_TRANSLATE_NOOP(
        "ErrorWords", "The database file is damaged (a page failed its integrity check): restore it from a backup."
    ),
}


def error_text(error: UserFacingError) -> str:
    """The line the window shows for ``error``, in its language where the error's text is fixed."""
    if isinstance(error, ProfileInvalidError):  # said field by field, in the owner's language
        return "\n".join(problem_text(problem) for problem in error.problems)
    fixed = FIXED_TEXTS.get(type(error))
    if fixed is not None:
        return QCoreApplication.translate(CONTEXT, fixed)
    return sentence(error)
