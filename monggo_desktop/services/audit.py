"""The security self-check (``monggo-desktop audit``): what the privacy policy promises about storage and
transport, checked on this data directory. Each finding is one line saying what is wrong and what to do.

Passphrase mode (no secure keyring on this computer) is a secure configuration, not a finding.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from keyring.backend import KeyringBackend

from monggo_desktop.domain.account_rules import DEFAULT_API_BASE, is_loopback_host
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.security.vault_config import UnlockMode
from monggo_desktop.services.session import Session

PLAINTEXT_SUFFIXES = (".csv", ".vcf", ".vcard", ".json.tmp", ".part", ".partial", ".tmp")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class AuditReport:
    checks: tuple[str, ...]  # what was checked, in words
    findings: tuple[str, ...]  # what is wrong; empty when everything holds

    @property
    def clean(self) -> bool:
        return not self.findings


def audit(session: Session, keyring_backend: KeyringBackend) -> AuditReport:
    checks: list[str] = []
    findings: list[str] = []
    root = session.data_dir.root

    checks.append("how the database key is kept")
    if session.config.mode is UnlockMode.KEYRING:
        verdict = assess(keyring_backend)
        if not verdict.secure:
            findings.append(f"the database key is in a keyring that is not safe ({verdict.reason}): use a secure one")

    checks.append("the database encryption (SQLCipher 4, AES-256)")

    def cipher(store) -> tuple[str, int, str]:  # type: ignore[no-untyped-def]
        version = str(store.conn.execute("PRAGMA cipher_version").fetchone()[0])
        page_size = int(store.conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        kdf = str(store.conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
        return version, page_size, kdf

    version, _page, hmac = session.db.call(cipher)
    if not version.startswith("4."):
        findings.append(f"the database uses SQLCipher {version}, not 4.x: upgrade the app")
    if "SHA512" not in hmac.upper():
        findings.append(f"the database pages are authenticated with {hmac}, not HMAC-SHA512")
    if _head(session.data_dir.database) == SQLITE_HEADER:
        findings.append("the database file is not encrypted: restore from a backup or set the app up again")

    checks.append("the database pages' integrity (cipher_integrity_check)")
    problems = session.db.integrity_problems()
    if problems:
        findings.append(f"{len(problems)} database pages fail their check: restore the newest backup")

    checks.append("file permissions (0600 files, 0700 folders)")
    for path in [root, *sorted(root.rglob("*"))]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_dir() and mode & 0o077:
            findings.append(f"the folder {_rel(path, root)} is open to others ({mode:o}): chmod 700 it")
        elif path.is_file() and mode & 0o077:
            findings.append(f"the file {_rel(path, root)} is readable by others ({mode:o}): chmod 600 it")

    checks.append("no plaintext exports or temporary files in the data directory")
    for path in sorted(root.rglob("*")):
        if path.is_file() and (path.name.endswith(PLAINTEXT_SUFFIXES) or _head(path) == SQLITE_HEADER):
            findings.append(f"{_rel(path, root)} may hold personal data unencrypted: move it elsewhere or delete it")

    checks.append("the webhook receiver's address, and TLS to the Cloud API")
    settings = session.db.call(lambda s: s.settings.all())
    host = settings.get("webhook.host", "127.0.0.1")
    if isinstance(host, str) and not is_loopback_host(host):
        findings.append(
            f"the webhook receiver listens on {host}, not only on this computer: put it behind your TLS proxy"
            " or tunnel and bind it to 127.0.0.1"
        )
    for account in session.db.call(lambda s: s.accounts.list()):
        parts = urlsplit(account.api_base_url)
        if parts.scheme != "https" and not is_loopback_host(parts.hostname or ""):
            findings.append(f"the Cloud API address {account.api_base_url} is not HTTPS: use {DEFAULT_API_BASE}")
    return AuditReport(tuple(checks), tuple(findings))


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(16)


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path != root else "(the data directory)"
