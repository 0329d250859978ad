"""A customer's marketing preference from WhatsApp itself: the ``user_preferences`` webhook field, sent when a
customer taps "stop" (or "resume") on a business's marketing messages in the WhatsApp app.

Its value holds a ``user_preferences`` list: ``{"wa_id", "category": "marketing_messages", "value": "stop" |
"resume", "timestamp", "detail"}``. The parser keeps the field as an unhandled change (it is not in the
reference); here each entry goes into the customer's consent ledger, from the source "webhook".
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from monggo_desktop.domain.errors import InvalidPhoneNumberError
from monggo_desktop.domain.models import ConsentKind, ConsentSource
from monggo_desktop.domain.phone import e164_from_wa_id
from monggo_desktop.services.contacts.consent import record_consent
from monggo_desktop.storage import Store

log = logging.getLogger("monggo.ingest")

FIELD = "user_preferences"
_KINDS = {"stop": ConsentKind.MARKETING_OPT_OUT, "resume": ConsentKind.MARKETING_OPT_IN}


def apply_preferences(store: Store, value: Any) -> int:
    """Record each marketing preference of a known customer; returns how many were recorded."""
    entries = value.get(FIELD) if isinstance(value, dict) else None
    recorded = 0
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("category") != "marketing_messages":
            continue
        kind = _KINDS.get(str(entry.get("value", "")).lower())
        wa_id = entry.get("wa_id")
        if kind is None or not isinstance(wa_id, str):
            continue
        try:
            contact = store.contacts.get_by_phone(e164_from_wa_id(wa_id))
        except InvalidPhoneNumberError:
            continue
        if contact is None or contact.id is None:
            continue  # a preference of someone we never talked to: nothing to record it against
        record_consent(store, contact.id, kind, ConsentSource.WEBHOOK, at=_when(entry.get("timestamp")))
        recorded += 1
    if entries and not recorded:
        log.info("a marketing-preference webhook named no known customer")
    return recorded


def _when(timestamp: object) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(str(timestamp)), UTC)
    except (TypeError, ValueError, OverflowError):
        return None
