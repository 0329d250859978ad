"""What Meta said about the business account or its number, in the owner's words and language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from monggo_desktop.domain.models import AccountNotice
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "AccountNotice"

# (field, event) -> the sentence; an event this version does not know falls back to its field's.
_EVENTS = {
    ("account_update", "ACCOUNT_RESTRICTION"): QT_TRANSLATE_NOOP(
        "AccountNotice",
        "WhatsApp restricted this business account ({detail}): some messages cannot be sent until {until}.",
    ),
    ("account_update", "ACCOUNT_VIOLATION"): QT_TRANSLATE_NOOP(
        "AccountNotice",
        "WhatsApp found a policy violation on this account ({detail}): check Meta Business Support Home.",
    ),
    ("account_update", "DISABLED_UPDATE"): QT_TRANSLATE_NOOP(
        "AccountNotice",
        "WhatsApp disabled this business account: nothing can be sent. Check Meta Business Support Home.",
    ),
    ("account_update", "ACCOUNT_DELETED"): QT_TRANSLATE_NOOP(
        "AccountNotice",
        "This WhatsApp Business account was deleted at Meta: messages can no longer be sent or received.",
    ),
    ("account_update", "ACCOUNT_OFFBOARDED"): QT_TRANSLATE_NOOP(
        "AccountNotice", "This number was moved off the Cloud API at Meta: messages can no longer be sent from here."
    ),
    ("phone_number_quality_update", "FLAGGED"): QT_TRANSLATE_NOOP(
        "AccountNotice",
        "Customers reported or blocked this number: its quality is {detail}. Send fewer marketing messages.",
    ),
    ("phone_number_quality_update", "DOWNGRADE"): QT_TRANSLATE_NOOP(
        "AccountNotice", "WhatsApp lowered how many customers this number may message a day ({detail})."
    ),
    ("phone_number_name_update", "APPROVED"): QT_TRANSLATE_NOOP(
        "AccountNotice", "WhatsApp approved the display name {detail}."
    ),
    ("phone_number_name_update", "REJECTED"): QT_TRANSLATE_NOOP(
        "AccountNotice", "WhatsApp rejected the display name {detail}: choose another one in WhatsApp Manager."
    ),
}
_FIELDS = {
    "account_update": QT_TRANSLATE_NOOP(
        "AccountNotice", "WhatsApp changed something on this business account ({event})."
    ),
    "account_alerts": QT_TRANSLATE_NOOP("AccountNotice", "WhatsApp sent an alert for this business account: {detail}."),
    "phone_number_quality_update": QT_TRANSLATE_NOOP(
        "AccountNotice", "The number's quality or limit changed: {detail}."
    ),
    "phone_number_name_update": QT_TRANSLATE_NOOP(
        "AccountNotice", "WhatsApp decided on the display name {detail}: {event}."
    ),
}
_UNKNOWN = QT_TRANSLATE_NOOP("AccountNotice", "unknown")


def notice_text(notice: AccountNotice) -> str:
    event = (notice.event or "").upper()
    source = _EVENTS.get((notice.field, event)) or _FIELDS.get(notice.field, _FIELDS["account_update"])
    unknown = QCoreApplication.translate(_CTX, _UNKNOWN)
    until = unknown
    if notice.until is not None:
        day = QDate(notice.until.year, notice.until.month, notice.until.day)
        until = QLocale().toString(day, QLocale.FormatType.LongFormat)
    return QCoreApplication.translate(_CTX, source).format(
        detail=notice.detail or unknown, event=notice.event or unknown, until=until
    )
