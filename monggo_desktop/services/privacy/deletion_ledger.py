"""Deletions kept outside the database, so that restoring a backup cannot bring a deleted customer back.

``deletions.json`` in the data directory lists every deletion request (the salted hash its receipt keeps and
when it was asked for) and every closing and reopening of the business account (privacy policy 6.3: a closed
account's data goes 90 days later, whatever is restored meanwhile). It is written *before* the database
changes, so a deletion cut short by a crash is finished at the next start; it is never put into a backup,
and a restore brings it along from the data directory the backup came from.

At every unlock (``services.session.unlock``), whatever it lists that the database does not know is applied
again before anything else reads the data: the customers are deleted once more, their receipts added, the
account closed again with its first closing date.

The salt lives inside the encrypted database, so the hashes here cannot be tested against a list of phone
numbers; ``salt_id`` (a hash of the salt) says which database lineage an entry belongs to.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import astuple, dataclass, field
from datetime import datetime
from pathlib import Path

from filelock import FileLock

from monggo_desktop.domain.errors import StorageUnavailableError
from monggo_desktop.domain.models import DeletionRequest, DeletionState, utc_now
from monggo_desktop.services.durable_files import write_whole
from monggo_desktop.services.privacy.subjects import subject_hash, subject_salt
from monggo_desktop.storage import Store
from monggo_desktop.storage.timeconv import from_ms, to_ms

log = logging.getLogger("monggo.privacy")

LEDGER_NAME = "deletions.json"
FORMAT = 1
APPLIED_AGAIN = "applied_again_after_restore"


@dataclass(slots=True)
class LedgerSection:
    """What one database lineage (one salt) recorded."""

    subjects: set[tuple[str, int]] = field(default_factory=set)  # (subject hash, requested at, ms)
    accounts: dict[str, tuple[int, int | None]] = field(default_factory=dict)  # account hash: (changed, closed)


@dataclass(frozen=True, slots=True)
class Reapplied:
    """What an unlock applied again; all zero when the database already knew everything."""

    customers: int = 0  # customers found in the database and deleted again
    receipts: int = 0  # deletion receipts added back (a customer may not have been in the backup at all)
    accounts: int = 0  # accounts whose closing or reopening was applied again
    unmatched: int = 0  # entries of another salt: a backup older than the salt, say; cannot be matched

    def __bool__(self) -> bool:
        return bool(self.customers or self.receipts or self.accounts)


class DeletionLedger:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_folder(cls, root: Path) -> DeletionLedger:
        return cls(root / LEDGER_NAME)

    @classmethod
    def beside_media(cls, media_dir: Path) -> DeletionLedger:
        """The ledger of the data directory whose ``media/`` folder this is."""
        return cls.in_folder(media_dir.parent)

    def read(self) -> dict[str, LedgerSection]:
        """Every section, by salt id; an absent file is an empty ledger. A damaged one is said, not guessed."""
        try:
            return _parse(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise LedgerUnreadableError(self.path) from None

    def record_subject(self, store: Store, subject: str, requested_at: datetime) -> None:
        self._change(store, lambda section: section.subjects.add((subject, _ms(requested_at))))

    def record_account(self, store: Store, phone_number_id: str, closed_at: datetime | None, at: datetime) -> None:
        account = account_hash(store, phone_number_id)

        def note(section: LedgerSection) -> None:
            section.accounts[account] = (_ms(at), to_ms(closed_at))

        self._change(store, note)

    def merge_from(self, *others: DeletionLedger) -> None:
        """Add what the other ledgers list (a restore's sources) to this one."""
        with self._lock():
            sections = self.read()
            for other in others:
                for salt, section in other.read().items():
                    _merge(sections.setdefault(salt, LedgerSection()), section)
            self._write(sections)

    def _change(self, store: Store, change: Callable[[LedgerSection], object]) -> None:
        with self._lock():
            sections = self.read()
            change(sections.setdefault(salt_id(store), LedgerSection()))
            self._write(sections)

    def _lock(self) -> FileLock:  # the app and a command such as `forget` may write at the same time
        return FileLock(
            self.path.with_name(self.path.name + ".lock"), mode=0o600, thread_local=False, fallback_to_soft=False
        )

    def _write(self, sections: dict[str, LedgerSection]) -> None:
        data = {"format": FORMAT, "databases": {salt: _section_json(s) for salt, s in sorted(sections.items())}}
        write_whole(self.path, json.dumps(data, indent=1, sort_keys=True).encode())


class LedgerUnreadableError(StorageUnavailableError):
    """Never overwritten: the entries it holds are what keeps deleted customers deleted."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            "{file} in the data folder is damaged: put back a copy of it, or move it away to start a new one"
            " (customers deleted before then could come back with a restored backup); nothing was changed",
            file=path.name,
        )


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def salt_id(store: Store) -> str:
    return hashlib.sha256(b"monggo-deletion-ledger\0" + bytes.fromhex(subject_salt(store))).hexdigest()[:32]


def account_hash(store: Store, phone_number_id: str) -> str:
    return subject_hash(store, "account:" + phone_number_id)


def reapply(store: Store, ledger: DeletionLedger, *, now: Callable[[], datetime] = utc_now) -> Reapplied:
    """Apply what the ledger lists and the database does not know, in one transaction. Media files of the
    customers deleted again are removed after the commit, from the ``media/`` folder beside the ledger."""
    own = salt_id(store)  # made now if the database has none yet, so that every later backup carries it
    try:
        sections = ledger.read()
    except LedgerUnreadableError:  # `audit` says so, and a deletion refuses to go on; the data still opens
        log.info("the deletion ledger cannot be read: nothing applied again")
        return Reapplied()
    mine = sections.get(own, LedgerSection())
    unmatched = sum(len(s.subjects) + len(s.accounts) for salt, s in sections.items() if salt != own)
    if unmatched:
        log.warning("%d deletion ledger entries belong to another copy of the database: not matched", unmatched)
    known = {
        (str(row[0]), int(row[1]))
        for row in store.conn.execute("SELECT subject_hash, requested_at FROM deletion_requests")
    }
    missing = sorted(mine.subjects - known, key=lambda entry: entry[1])
    changed_accounts = _accounts_to_change(store, mine)
    if not missing and not changed_accounts:
        return Reapplied(unmatched=unmatched)
    files: list[str] = []
    customers = 0
    with store.transaction():
        by_subject = _contacts_by_subject(store, {subject for subject, _ in missing})
        for subject, requested in missing:
            counts: dict[str, int] = {APPLIED_AGAIN: 1}
            for contact_id, wa_id, user_id in by_subject.pop(subject, []):
                removed = store.forget.remove_contact(contact_id, wa_id, user_id)
                files += removed.files
                counts.update({k: counts.get(k, 0) + v for k, v in removed.counts.items()})
                customers += 1
            store.privacy_records.forget_export_names(subject)
            at = now()
            store.deletion_requests.add(
                DeletionRequest(
                    subject_hash=subject,
                    requested_at=from_ms(requested) or at,
                    state=DeletionState.VERIFIED,
                    executed_at=at,
                    verified_at=at,
                    counts=counts,
                )
            )
        for account_id, closed_at in changed_accounts:
            state = "active" if closed_at is None else "closed"
            store.conn.execute(
                "UPDATE accounts SET state = ?, closed_at = ? WHERE id = ?", (state, closed_at, account_id)
            )
    media = ledger.path.parent / "media"
    for name in files:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(media / Path(name).name)
    if customers:
        store.retention.give_space_back()
    result = Reapplied(customers, len(missing), len(changed_accounts), unmatched)
    log.info("deletions applied again: %d customers, %d receipts, %d accounts", *astuple(result)[:3])
    return result


def _accounts_to_change(store: Store, section: LedgerSection) -> list[tuple[int, int | None]]:
    """Accounts whose state differs from the ledger's last word on them: (id, closed at in ms or None)."""
    if not section.accounts:
        return []
    changes = []
    for account_id, phone_number_id, closed_at in store.conn.execute(
        "SELECT id, phone_number_id, closed_at FROM accounts"
    ).fetchall():
        entry = section.accounts.get(account_hash(store, str(phone_number_id)))
        if entry is not None and entry[1] != closed_at:
            changes.append((int(account_id), entry[1]))
    return changes


def _contacts_by_subject(store: Store, subjects: set[str]) -> dict[str, list[tuple[int, str, str | None]]]:
    """The contacts whose number hashes to one of ``subjects``: one salted hash per contact, so only when
    something is missing."""
    found: dict[str, list[tuple[int, str, str | None]]] = {}
    if not subjects:
        return found
    rows = store.conn.execute("SELECT id, phone_e164, wa_id, user_id FROM contacts").fetchall()
    for contact_id, phone, wa_id, user_id in rows:
        for key in (phone, user_id):  # a receipt hashes the number, or the BSUID when there was none
            if key and (subject := subject_hash(store, str(key))) in subjects:
                found.setdefault(subject, []).append(
                    (int(contact_id), str(wa_id or (phone or "").lstrip("+")), user_id)
                )
                break
    return found


def _parse(raw: object) -> dict[str, LedgerSection]:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or not isinstance(raw.get("databases"), dict):
        raise ValueError("not a deletion ledger")
    sections = {}
    for salt, data in raw["databases"].items():
        section = LedgerSection()
        for entry in data.get("subjects", []):
            section.subjects.add((str(entry["subject"]), int(entry["requested_at"])))
        for account, entry in data.get("accounts", {}).items():
            closed = entry.get("closed_at")
            section.accounts[str(account)] = (int(entry["changed_at"]), None if closed is None else int(closed))
        sections[str(salt)] = section
    return sections


def _section_json(section: LedgerSection) -> dict[str, object]:
    return {
        "subjects": [{"subject": s, "requested_at": t} for s, t in sorted(section.subjects)],
        "accounts": {a: {"changed_at": c, "closed_at": closed} for a, (c, closed) in sorted(section.accounts.items())},
    }


def _merge(into: LedgerSection, other: LedgerSection) -> None:
    into.subjects |= other.subjects
    for account, entry in other.accounts.items():
        if account not in into.accounts or into.accounts[account][0] < entry[0]:  # the later change wins
            into.accounts[account] = entry
