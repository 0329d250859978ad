"""The privacy center's codes in readable, translated words: data classes, run and receipt states, why a
backup failed, and what the security self-check found. Counts and dates only, never content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from monggo_desktop.domain.privacy import BackupFailure
from monggo_desktop.services.privacy.audit import Finding, FindingKind
from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP
from monggo_desktop.ui.local_format import count_text


def kept_label(what: str) -> str:
    labels = {
        "messages": QCoreApplication.translate("PrivacyPage", "Messages, with their files and search entries"),
        "closed_accounts": QCoreApplication.translate("PrivacyPage", "Account data after the account is closed"),
        "backups": QCoreApplication.translate("PrivacyPage", "Encrypted backups"),
        "logs": QCoreApplication.translate("PrivacyPage", "Log files"),
        "usage_events": QCoreApplication.translate("PrivacyPage", "Usage analytics"),
    }
    return labels.get(what, what)


def count_names() -> dict[str, str]:
    """The data classes a run or a deletion request counts, as the screen names them."""
    return {
        "messages": QCoreApplication.translate("PrivacyPage", "messages"),
        "media_files": QCoreApplication.translate("PrivacyPage", "files"),
        "webhook_bodies": QCoreApplication.translate("PrivacyPage", "webhook bodies"),
        "closed_accounts": QCoreApplication.translate("PrivacyPage", "closed accounts"),
        "usage_events": QCoreApplication.translate("PrivacyPage", "usage events"),
        "backups": QCoreApplication.translate("PrivacyPage", "backups"),
        "log_files": QCoreApplication.translate("PrivacyPage", "log files"),
        "conversations": QCoreApplication.translate("PrivacyPage", "chats"),
        "contacts": QCoreApplication.translate("PrivacyPage", "contacts"),
        "consent_entries": QCoreApplication.translate("PrivacyPage", "consent entries"),
        "pending_statuses": QCoreApplication.translate("PrivacyPage", "waiting delivery updates"),
        "meta_media_deleted": QCoreApplication.translate("PrivacyPage", "files deleted at Meta"),
        "meta_media_not_deleted": QCoreApplication.translate("PrivacyPage", "files Meta did not delete"),
    }


def counted(counts: dict[str, int]) -> str:
    names = count_names()
    parts = [f"{count_text(n)} {names.get(k, k)}" for k, n in counts.items() if n]
    return ", ".join(parts) or QCoreApplication.translate("PrivacyPage", "nothing")


def state_word(value: str) -> str:
    words = {
        "done": QCoreApplication.translate("PrivacyPage", "done"),
        "cancelled": QCoreApplication.translate("PrivacyPage", "stopped; continued at the next start"),
        "failed": QCoreApplication.translate("PrivacyPage", "failed; tried again tomorrow"),
        "running": QCoreApplication.translate("PrivacyPage", "running"),
        "recorded": QCoreApplication.translate("PrivacyPage", "recorded"),
        "executed": QCoreApplication.translate("PrivacyPage", "executed"),
        "verified": QCoreApplication.translate("PrivacyPage", "done and checked"),
    }
    return words.get(value, value)


def backup_failure_text(reason: BackupFailure | None) -> str:
    words = {
        BackupFailure.DISK_FULL: QCoreApplication.translate("PrivacyPage", "the disk is full"),
        BackupFailure.NOT_WRITABLE: QCoreApplication.translate(
            "PrivacyPage", "the backups folder in the data directory cannot be written"
        ),
    }
    return words.get(reason, QCoreApplication.translate("PrivacyPage", "an unexpected error (see the log)"))  # type: ignore[arg-type]


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


# What the self-check found, each with what to do; {subject} and {reason} come from the finding.
_FINDINGS = {
    FindingKind.UNSAFE_KEYRING: QT_TRANSLATE_NOOP(
        "PrivacyPage", "The database key is kept in a keyring that is not safe ({reason}): use a secure one."
    ),
    FindingKind.OLD_CIPHER: QT_TRANSLATE_NOOP(
        "PrivacyPage", "The database uses SQLCipher {subject}, not 4.x: update the app."
    ),
    FindingKind.WEAK_HMAC: QT_TRANSLATE_NOOP(
        "PrivacyPage", "The database pages are checked with {subject}, weaker than HMAC-SHA256."
    ),
    FindingKind.PLAINTEXT_DATABASE: QT_TRANSLATE_NOOP(
        "PrivacyPage", "The database file is not encrypted: restore a backup or set the app up again."
    ),
    FindingKind.DAMAGED_PAGES: QT_TRANSLATE_NOOP(
        "PrivacyPage", "{subject} database pages fail their check: restore the newest backup."
    ),
    FindingKind.OPEN_FOLDER: QT_TRANSLATE_NOOP(
        "PrivacyPage", "The folder {subject} is open to other users ({reason}): make it 700."
    ),
    FindingKind.OPEN_FILE: QT_TRANSLATE_NOOP(
        "PrivacyPage", "The file {subject} can be read by other users ({reason}): make it 600."
    ),
    FindingKind.PLAINTEXT_FILE: QT_TRANSLATE_NOOP(
        "PrivacyPage", "{subject} may hold personal data unencrypted: move it out of the data directory or delete it."
    ),
    FindingKind.PUBLIC_RECEIVER: QT_TRANSLATE_NOOP(
        "PrivacyPage",
        "The webhook receiver listens on {subject}, not only on this computer: bind it to 127.0.0.1 behind your"
        " TLS proxy or tunnel.",
    ),
    FindingKind.NO_TLS: QT_TRANSLATE_NOOP("PrivacyPage", "The Cloud API address {subject} does not use HTTPS."),
    FindingKind.LEFT_BEHIND: QT_TRANSLATE_NOOP(
        "PrivacyPage",
        "{subject} is a full copy of the data an earlier restore replaced, and nothing removes it: delete it"
        " (restore it into another folder first if you still need it).",
    ),
    FindingKind.DAMAGED_LEDGER: QT_TRANSLATE_NOOP(
        "PrivacyPage",
        "{subject}, the record of deletion requests, is damaged: put back a copy, or deleted customers could"
        " return with a restored backup.",
    ),
}


def finding_text(finding: Finding) -> str:
    """One finding of the self-check: what is wrong, then what to do."""
    source = _FINDINGS.get(finding.kind)
    if source is None:
        return str(finding)
    return QCoreApplication.translate("PrivacyPage", source).format(
        subject=finding.subject, reason=kept_text(finding.detail)
    )
