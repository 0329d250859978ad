"""`monggo-desktop restore` (design.md section 8): parsing only; the work is services/privacy/backup.py's.

Imports inside functions: the backup and session modules load only when ``restore`` runs.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from monggo_desktop.domain.errors import InvalidInputError

if TYPE_CHECKING:
    from monggo_desktop.services.privacy.deletion_ledger import Reapplied
    from monggo_desktop.storage.data_dir import DataDirectory


def cmd_restore(args: argparse.Namespace) -> int:
    from monggo_desktop.cli import _data_dir, _plural, _unlocker
    from monggo_desktop.domain.errors import DatabaseKeyMissingError
    from monggo_desktop.services.owner_lock import refuse_if_receiving
    from monggo_desktop.services.privacy.backup import restore_backup
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    refuse_if_receiving(data_dir, "restoring a backup")
    unlocker = _unlocker(args)
    opened: list[Reapplied] = []

    def verify(staged: DataDirectory) -> None:
        """The staged database opens and checks clean before anything in the data directory changes."""
        try:
            with unlock(staged, unlocker) as session:
                problems = session.db.integrity_problems()
        except DatabaseKeyMissingError:
            return  # its key is not here: the bytes match the backup's hashes; `recover` opens it later
        if problems:
            raise InvalidInputError("the backup's database does not pass its integrity check: nothing was restored")
        opened.append(session.reapplied)

    manifest = restore_backup(args.file, data_dir, force=args.force, verify=verify)
    if not opened:
        print(
            f"Restored the backup of {manifest['created_at']} into {data_dir.root}. Its key is not in this"
            " computer's keyring: run `monggo-desktop recover` with the recovery key to open it."
        )
        return 0
    print(f"Restored the backup of {manifest['created_at']} into {data_dir.root}; it opens and checks clean.")
    again = opened[0]
    if again.receipts:
        print(
            f"Deletion requests made after this backup were applied again: {_plural(again.customers, 'customer')}"
            f" deleted again, {_plural(again.receipts, 'receipt')} restored."
        )
    if again.accounts:
        print("The business account's closing (or reopening) made after this backup was applied again.")
    if again.unmatched:
        print(
            f"{_plural(again.unmatched, 'deletion')} recorded outside this backup's database could not be matched"
            " to it (the backup is older than the app version that records them): check those customers are gone."
        )
    return 0
