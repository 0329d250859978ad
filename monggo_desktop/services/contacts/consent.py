"""Recording consent: a line in the append-only ledger, and the contact's current state that follows from it.

Used by the contacts screen (manual), the import, and the inbound path (a customer's STOP or START).
"""

from __future__ import annotations

from datetime import datetime

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import ConsentEvent, ConsentKind, ConsentSource, LegalBasis, utc_now
from monggo_desktop.storage import Store

STOP_WORDS = frozenset({"STOP", "BERHENTI", "UNSUBSCRIBE"})  # a customer's reply that opts out of marketing
START_WORDS = frozenset({"START", "MULAI", "SUBSCRIBE"})


def record_consent(
    store: Store,
    contact_id: int,
    kind: ConsentKind,
    source: ConsentSource,
    *,
    legal_basis: LegalBasis | None = None,
    at: datetime | None = None,
) -> ConsentEvent:
    """Append to the ledger and bring the contact's consent fields in line, in one transaction."""
    if (kind is ConsentKind.LEGAL_BASIS) != (legal_basis is not None):
        raise InvalidInputError("a legal basis is recorded with its basis, and only then")
    at = at or utc_now()
    with store.transaction():
        contact = store.contacts.get(contact_id)
        if contact is None:
            raise InvalidInputError("that contact no longer exists")
        if kind is ConsentKind.LEGAL_BASIS:
            contact.legal_basis = legal_basis
        elif kind is ConsentKind.CONSENT_GIVEN:
            contact.consent_given_at, contact.consent_withdrawn_at = at, None
        elif kind is ConsentKind.CONSENT_WITHDRAWN:
            contact.consent_withdrawn_at = at
        elif kind is ConsentKind.MARKETING_OPT_OUT:
            contact.marketing_opt_out, contact.marketing_opt_out_at = True, at
        else:
            contact.marketing_opt_out, contact.marketing_opt_out_at = False, None
        contact.updated_at = at
        store.contacts.update(contact)
        return store.consent.append(ConsentEvent(contact_id, kind, source, at, legal_basis))


def marketing_reply(text: str | None) -> ConsentKind | None:
    """A customer's one-word STOP or START (in English or Indonesian), or None for anything else."""
    word = (text or "").strip().strip(".!").upper()
    if word in STOP_WORDS:
        return ConsentKind.MARKETING_OPT_OUT
    if word in START_WORDS:
        return ConsentKind.MARKETING_OPT_IN
    return None
