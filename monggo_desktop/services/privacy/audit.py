"""The security self-check (``monggo-desktop audit``, and the privacy center's panel): what the privacy
policy promises about storage and transport, checked on this data directory. Each finding says what is
wrong and what to do; it is a kind and its subject, so the screen can say it in the owner's language.

Passphrase mode (no secure keyring on this computer) is a secure configuration, not a finding. The checks
that read the whole database run on a connection of their own: the database thread stays free.
"""

from __future__ import annotations

import os
import stat
import time
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from monggo_desktop.domain.account_rules import DEFAULT_API_BASE, is_loopback_host
from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.security.keyring_vetting import SecretStore, assess
from monggo_desktop.security.vault_config import UnlockMode
from monggo_desktop.services.privacy.deletion_ledger import DeletionLedger, LedgerUnreadableError
from monggo_desktop.services.session import Session

PLAINTEXT_SUFFIXES = (".csv", ".vcf", ".vcard", ".json.tmp", ".part", ".partial", ".tmp")
TEMPORARY_SUFFIXES = (".part", ".partial", ".tmp")
IN_PROGRESS_SECONDS = 60.0
SQLITE_HEADER = b"SQLite format 3\x00"
ZIP_HEADER = b"PK\x03\x04"


class Check(StrEnum):
    KEY_STORAGE = "key_storage"
    ENCRYPTION = "encryption"
    INTEGRITY = "integrity"
    PERMISSIONS = "permissions"
    PLAINTEXT_FILES = "plaintext_files"
    TRANSPORT = "transport"

    @property
    def text(self) -> str:
        return _CHECK_TEXT[self]


_CHECK_TEXT = {
    Check.KEY_STORAGE: "how the database key is kept",
    Check.ENCRYPTION: "the database encryption (SQLCipher 4, AES-256)",
    Check.INTEGRITY: "the database pages' integrity (cipher_integrity_check)",
    Check.PERMISSIONS: "file permissions (0600 files, 0700 folders)",
    Check.PLAINTEXT_FILES: "no plaintext exports or temporary files in the data directory",
    Check.TRANSPORT: "the webhook receiver's address, and TLS to the Cloud API",
}


class FindingKind(StrEnum):
    UNSAFE_KEYRING = "unsafe_keyring"  # detail: why the keyring is not safe
    OLD_CIPHER = "old_cipher"  # subject: the SQLCipher version
    WEAK_HMAC = "weak_hmac"  # subject: the page HMAC algorithm
    PLAINTEXT_DATABASE = "plaintext_database"
    DAMAGED_PAGES = "damaged_pages"  # subject: how many problems
    OPEN_FOLDER = "open_folder"  # subject: the folder; detail: its mode
    OPEN_FILE = "open_file"  # subject: the file; detail: its mode
    PLAINTEXT_FILE = "plaintext_file"  # subject: the file
    PUBLIC_RECEIVER = "public_receiver"  # subject: the address it listens on
    NO_TLS = "no_tls"  # subject: the Cloud API address
    LEFT_BEHIND = "left_behind"  # subject: a replaced-* folder an earlier version's restore kept
    DAMAGED_LEDGER = "damaged_ledger"  # subject: the deletion ledger's file name


# SQLCipher 4's page HMACs at or above 256 bits; HMAC-SHA1 (SQLCipher 3's) is reported.
STRONG_PAGE_HMACS = frozenset({"HMAC_SHA256", "HMAC_SHA512"})


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    subject: str = ""  # the file, folder, address or version concerned (relative to the data directory)
    detail: str = ""  # a mode, a reason

    def __str__(self) -> str:
        s, d = self.subject, self.detail
        return {
            FindingKind.UNSAFE_KEYRING: f"the database key is in a keyring that is not safe ({d}): use a secure one",
            FindingKind.OLD_CIPHER: f"the database uses SQLCipher {s}, not 4.x: upgrade the app",
            FindingKind.WEAK_HMAC: f"the database pages are authenticated with {s}, weaker than HMAC-SHA256",
            FindingKind.PLAINTEXT_DATABASE: (
                "the database file is not encrypted: restore from a backup or set the app up again"
            ),
            FindingKind.DAMAGED_PAGES: f"{s} database pages fail their check: restore the newest backup",
            FindingKind.OPEN_FOLDER: f"the folder {s} is open to others ({d}): chmod 700 it",
            FindingKind.OPEN_FILE: f"the file {s} is readable by others ({d}): chmod 600 it",
            FindingKind.PLAINTEXT_FILE: f"{s} may hold personal data unencrypted: move it elsewhere or delete it",
            FindingKind.PUBLIC_RECEIVER: (
                f"the webhook receiver listens on {s}, not only on this computer: put it behind your TLS proxy"
                " or tunnel and bind it to 127.0.0.1"
            ),
            FindingKind.NO_TLS: f"the Cloud API address {s} is not HTTPS: use {DEFAULT_API_BASE}",
            FindingKind.LEFT_BEHIND: (
                f"{s} is a full copy of the data an earlier restore replaced, which no retention or deletion"
                " reaches: delete it (restore it into another folder first if you still need it)"
            ),
            FindingKind.DAMAGED_LEDGER: (
                f"{s}, the record of deletion requests, is damaged: put back a copy of it, else deleted customers"
                " could return with a restored backup"
            ),
        }[self.kind]


@dataclass(frozen=True, slots=True)
class AuditReport:
    checks: tuple[Check, ...]  # what was checked
    findings: tuple[Finding, ...]  # what is wrong; empty when everything holds

    @property
    def clean(self) -> bool:
        return not self.findings


def audit(session: Session, keyring_backend: SecretStore | None) -> AuditReport:
    """Run every check. It blocks for as long as reading the whole database takes (seconds when it is
    large), so the app runs it on a thread of its own."""
    checks: list[Check] = []
    findings: list[Finding] = []
    root = session.data_dir.root

    checks.append(Check.KEY_STORAGE)
    # The demo's key is in memory only (``ephemeral``), and it is audited without the machine's keyring (None).
    if session.config.mode is UnlockMode.KEYRING and not session.ephemeral and keyring_backend is not None:
        verdict = assess(keyring_backend)
        if not verdict.secure:
            findings.append(Finding(FindingKind.UNSAFE_KEYRING, detail=verdict.reason))

    checks.append(Check.ENCRYPTION)

    def cipher(store) -> tuple[str, int, str]:  # type: ignore[no-untyped-def]
        version = str(store.conn.execute("PRAGMA cipher_version").fetchone()[0])
        page_size = int(store.conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        hmac = str(store.conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
        return version, page_size, hmac

    version, _page, hmac = session.db.call(cipher)
    if not version.startswith("4."):
        findings.append(Finding(FindingKind.OLD_CIPHER, version))
    if hmac.upper() not in STRONG_PAGE_HMACS:
        findings.append(Finding(FindingKind.WEAK_HMAC, hmac))
    if _head(session.data_dir.database) == SQLITE_HEADER:
        findings.append(Finding(FindingKind.PLAINTEXT_DATABASE))

    checks.append(Check.INTEGRITY)
    problems = session.db.integrity_problems(side=True)
    if problems:
        findings.append(Finding(FindingKind.DAMAGED_PAGES, str(len(problems))))

    checks.append(Check.PERMISSIONS)
    tree = _tree(root)
    for path in [root, *tree]:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except FileNotFoundError:  # a temporary file gone meanwhile
            continue
        if path.is_dir() and mode & 0o077:
            findings.append(Finding(FindingKind.OPEN_FOLDER, _rel(path, root), f"{mode:o}"))
        elif path.is_file() and mode & 0o077:
            findings.append(Finding(FindingKind.OPEN_FILE, _rel(path, root), f"{mode:o}"))

    checks.append(Check.PLAINTEXT_FILES)
    for folder in sorted(root.glob("replaced-*")):
        if folder.is_dir():
            findings.append(Finding(FindingKind.LEFT_BEHIND, _rel(folder, root)))
    ledger = DeletionLedger.in_folder(root)
    try:
        ledger.read()
    except LedgerUnreadableError:
        findings.append(Finding(FindingKind.DAMAGED_LEDGER, ledger.path.name))
    for path in tree:
        if not path.is_file() or _being_written(path, root):
            continue
        head = _head(path)
        # Backups are ZIPs of already-encrypted files (the database under its key, media each AES-GCM).
        backup = path.parent == session.data_dir.backups
        if path.name.endswith(PLAINTEXT_SUFFIXES) or head == SQLITE_HEADER or (not backup and _plain_zip(path, head)):
            findings.append(Finding(FindingKind.PLAINTEXT_FILE, _rel(path, root)))

    checks.append(Check.TRANSPORT)
    settings = session.db.call(lambda s: s.settings.all())
    host = AppSettings.from_stored(settings).webhook_host
    if not is_loopback_host(host):
        findings.append(Finding(FindingKind.PUBLIC_RECEIVER, host))
    for account in session.db.call(lambda s: s.accounts.list()):
        parts = urlsplit(account.api_base_url)
        if parts.scheme != "https" and not is_loopback_host(parts.hostname or ""):
            findings.append(Finding(FindingKind.NO_TLS, account.api_base_url))
    return AuditReport(tuple(checks), tuple(findings))


def _tree(root: Path) -> list[Path]:
    """Every folder and file under the data directory, walked once. A folder removed while it is walked (a
    backup's temporary folder) is skipped, as os.walk does; pathlib's rglob would raise."""
    found: list[Path] = []
    for folder, folders, files in os.walk(root):
        found.extend(Path(folder, name) for name in (*folders, *files))
    return sorted(found)


def _being_written(path: Path, root: Path) -> bool:
    """A temporary file of a write in progress (a media download, a setting saved whole), or a file in a
    temporary folder (a backup being made): not a finding. One left behind by a crash is older than a minute,
    and is one."""
    relative = path.relative_to(root)
    temporary = next((p for p in (relative, *relative.parents) if p.name.endswith(TEMPORARY_SUFFIXES)), None)
    if temporary is None:
        return False
    try:
        return time.time() - (root / temporary).stat().st_mtime < IN_PROGRESS_SECONDS
    except FileNotFoundError:  # done meanwhile
        return True


def _plain_zip(path: Path, head: bytes) -> bool:
    """A ZIP with any member not encrypted (an export made with --no-encrypt), whatever its name: by content."""
    if not head.startswith(ZIP_HEADER):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return any(not info.flag_bits & 0x1 for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return True  # a damaged ZIP in the data directory cannot be shown to be encrypted


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(16)
    except FileNotFoundError:  # removed while the check ran (a backup's temporary file, say)
        return b""


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path != root else "(the data directory)"
