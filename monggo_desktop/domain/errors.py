"""Errors a user can act on, with messages that are safe to show.

Anything that is not a ``UserFacingError`` is a bug: it is logged with its traceback and reported as such.
Messages never carry secrets, phone numbers, names or message text.

A message is a template and its values (domain/words.py): ``InvalidInputError("line {line}: not a valid phone
number", line=3)``. ``str()`` is the English sentence (the command line); the window translates the template.
"""

from __future__ import annotations

from monggo_desktop.domain.words import Value, Words


class UserFacingError(Exception):
    """An error whose message tells the user what is wrong and what to do."""

    exit_code = 1

    def __init__(self, message: str | Words, /, **args: Value) -> None:
        self.words = message if isinstance(message, Words) else Words(message, **args)
        self.message = str(self.words)
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return self.words.template

    def __str__(self) -> str:
        return self.message


class WrongKeyError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase or not a Monggo database")


class NotSetUpError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("no Monggo database in this data directory: run `monggo-desktop setup` first")


class AccountClosedError(UserFacingError):
    """The business account was closed: nothing is received or sent until it is reopened."""


class AlreadySetUpError(UserFacingError):
    pass


class DatabaseKeyMissingError(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            "the database key is missing from the system keyring: "
            "run `monggo-desktop recover` with the recovery key shown at setup"
        )


class InsecureKeyringError(UserFacingError):
    """The keyring backend would store secrets in plaintext, or cannot store them at all."""


class KeyringError(UserFacingError):
    """The keyring is there but refused a read or a write (locked, dismissed prompt, D-Bus down)."""


class PassphraseRequiredError(UserFacingError):
    pass


class WeakPassphraseError(UserFacingError):
    pass


class InvalidRecoveryKeyError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("that is not a valid recovery key: check it for typos (groups of 5 letters and digits)")


class UnsupportedCipherError(UserFacingError):
    pass


class NewerSchemaError(UserFacingError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            "this database was written by a newer Monggo Pinarak (schema {found}, this version knows up to "
            "{supported}): install the newer version to open it",
            found=found,
            supported=supported,
        )


class StorageUnavailableError(UserFacingError):
    """The disk or the data directory cannot be used: not writable, full, locked."""


class DiskFullError(StorageUnavailableError):
    def __init__(self) -> None:
        super().__init__("the disk is full: free some space and try again (nothing was saved)")


class CorruptDatabaseError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("the database file is damaged (a page failed its integrity check): restore it from a backup")


class InvalidPhoneNumberError(UserFacingError):
    pass


class InvalidInputError(UserFacingError):
    """A value given by the user (an option, a field) is not acceptable."""


class OperationCancelledError(UserFacingError):
    """A long job stopped on request (Cancel, or the app closing) before it finished: nothing was kept."""
