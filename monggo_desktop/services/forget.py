"""The right to deletion (privacy policy: within 30 days; done at once): everything about one customer goes,
and a receipt stays with only a salted hash of the number, the times and the counts.

A later webhook from the same number starts a new, empty contact (the customer wrote again); an old import
does not bring them back (``subjects.is_forgotten``).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import DeletionRequest, DeletionState, utc_now
from monggo_desktop.domain.phone import DEFAULT_REGION, normalize_e164
from monggo_desktop.services.subjects import subject_hash
from monggo_desktop.storage import Store

log = logging.getLogger("monggo.privacy")


def forget(
    store: Store, media_dir: Path, phone: str, *, region: str = DEFAULT_REGION, now: Callable[[], datetime] = utc_now
) -> DeletionRequest:
    """Delete all data of the customer with this number and return the receipt (state "verified").

    An unknown number is said and nothing is recorded. Runs on the database thread.
    """
    e164 = normalize_e164(phone, region)
    contact = store.contacts.get_by_phone(e164)
    if contact is None or contact.id is None:
        raise InvalidInputError("no customer with that number is kept here: nothing was deleted or recorded")
    requested = now()
    with store.transaction():
        counts, files = store.forget.remove_contact(contact.id, contact.wa_id or e164.lstrip("+"))
        receipt = store.deletion_requests.add(
            DeletionRequest(
                subject_hash=subject_hash(store, e164),
                requested_at=requested,
                state=DeletionState.EXECUTED,
                executed_at=now(),
                counts=counts,
            )
        )
    for name in files:  # after the commit: a file is never gone while its row is still there
        with contextlib.suppress(FileNotFoundError):
            os.unlink(media_dir / Path(name).name)
    left = store.forget.traces(contact.id, e164)
    if left:
        log.error("a deletion request left %d rows behind", left)  # counts only: never the number
        return receipt
    receipt.state, receipt.verified_at = DeletionState.VERIFIED, now()
    store.deletion_requests.update(receipt)
    store.retention.give_space_back()  # the WAL folded in: the old pages are zeroed by secure_delete
    log.info("deletion request executed and verified: %s", counts)
    return receipt
