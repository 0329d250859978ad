"""The right to deletion (privacy policy: within 30 days; done at once): everything about one customer goes,
and a receipt stays with only a salted hash of the number, the times and the counts.

The media sent to them that was uploaded to Meta is deleted there too (``DELETE /{media-id}``) when
possible, after the local deletion: offline or refused, the local deletion stands and the receipt counts
how many files Meta did and did not delete (Meta drops uploads after 30 days anyway).

A later webhook from the same number starts a new, empty contact (the customer wrote again); an old import
does not bring them back (``subjects.is_forgotten``).

Imports inside functions: the Cloud API client loads only when a deletion reaches Meta.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import DeletionRequest, DeletionState, utc_now
from monggo_desktop.domain.phone import DEFAULT_REGION
from monggo_desktop.services.contacts.customers import find_customer
from monggo_desktop.services.privacy.deletion_ledger import DeletionLedger
from monggo_desktop.services.privacy.subjects import subject_hash, subject_of
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:  # the network libraries load only when a client exists
    from monggo_desktop.cloud.client import CloudApiClient
    from monggo_desktop.services.session import Session

log = logging.getLogger("monggo.privacy")

META_DELETED = "meta_media_deleted"
META_NOT_DELETED = "meta_media_not_deleted"
REMOTE_DEADLINE = 60.0  # seconds for all of a customer's files at Meta; what is left is counted as not deleted


@dataclass(frozen=True, slots=True)
class Forgotten:
    receipt: DeletionRequest
    meta_media_ids: tuple[str, ...]  # what to delete at Meta; kept in memory only


def forget(
    store: Store, media_dir: Path, customer: str, *, region: str = DEFAULT_REGION, now: Callable[[], datetime] = utc_now
) -> DeletionRequest:
    """Delete all data of this customer (a phone number, a BSUID or an @username) here; return the receipt."""
    return forget_here(store, media_dir, customer, region=region, now=now).receipt


def forget_here(
    store: Store, media_dir: Path, customer: str, *, region: str = DEFAULT_REGION, now: Callable[[], datetime] = utc_now
) -> Forgotten:
    """The local part of a deletion request, on the database thread; ``delete_at_meta`` does the rest.

    An unknown customer is said and nothing is recorded.
    """
    contact = find_customer(store, customer, region=region)
    if contact is None or contact.id is None:
        raise InvalidInputError(
            "no customer with that number, BSUID or username is kept here: nothing was deleted or recorded"
        )
    requested = now()
    subject = subject_hash(store, subject_of(contact))
    # First outside the database: a restored backup, or a crash before the commit, cannot undo the request.
    DeletionLedger.beside_media(media_dir).record_subject(store, subject, requested)
    with store.transaction():
        key = contact.wa_id or (contact.phone_e164 or "").lstrip("+")
        removed = store.forget.remove_contact(contact.id, key, contact.user_id)
        store.privacy_records.forget_export_names(subject)  # their exports stay listed, without file names
        receipt = store.deletion_requests.add(
            DeletionRequest(
                subject_hash=subject,
                requested_at=requested,
                state=DeletionState.EXECUTED,
                executed_at=now(),
                counts=removed.counts,
            )
        )
    for name in removed.files:  # after the commit: a file is never gone while its row is still there
        with contextlib.suppress(FileNotFoundError):
            os.unlink(media_dir / Path(name).name)
    forgotten = Forgotten(receipt, tuple(removed.meta_media_ids))
    left = store.forget.traces(contact.id, contact.phone_e164, contact.user_id)
    if left:
        log.error("a deletion request left %d rows behind", left)  # counts only: never the number
        return forgotten
    receipt.state, receipt.verified_at = DeletionState.VERIFIED, now()
    store.deletion_requests.update(receipt)
    store.retention.give_space_back()  # the WAL folded in: the old pages are zeroed by secure_delete
    log.info("deletion request executed and verified: %s", removed.counts)
    return forgotten


async def delete_at_meta(
    db: Database, forgotten: Forgotten, client: CloudApiClient | None, *, deadline: float = REMOTE_DEADLINE
) -> DeletionRequest:
    """Delete the customer's uploaded media at Meta, one file at a time, and add the counts to the receipt.

    Without a client (no access token, or offline) nothing is tried and every file counts as not deleted.
    """
    from monggo_desktop.cloud.errors import CloudApiError, NetworkError, RequestValidationError, TokenExpiredError

    receipt, media_ids = forgotten.receipt, forgotten.meta_media_ids
    if not media_ids:
        return receipt
    deleted = 0
    if client is not None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(deadline):
                for media_id in media_ids:
                    try:
                        await client.media.delete(media_id)
                    except (NetworkError, TokenExpiredError) as exc:  # the rest would fail the same way
                        log.info("files not deleted at Meta (%s)", type(exc).__name__)
                        break
                    except (CloudApiError, RequestValidationError) as exc:  # this one refused (expired, say)
                        log.info("a file was not deleted at Meta (%s)", type(exc).__name__)
                    else:
                        deleted += 1
    receipt.counts[META_DELETED] = deleted
    receipt.counts[META_NOT_DELETED] = len(media_ids) - deleted
    await db.run(lambda s: s.deletion_requests.update(receipt))
    log.info("deletion request: %d of %d files deleted at Meta", deleted, len(media_ids))
    return receipt


async def forget_customer(session: Session, customer: str, *, region: str = DEFAULT_REGION) -> DeletionRequest:
    """``monggo-desktop forget``: here, then at Meta with the account's client when it has an access token."""
    from monggo_desktop.domain.errors import UserFacingError
    from monggo_desktop.services.account.accounts import current_account
    from monggo_desktop.services.engine import client_for

    media_dir = session.data_dir.media
    forgotten = await session.db.run(lambda s: forget_here(s, media_dir, customer, region=region))
    if not forgotten.meta_media_ids:
        return forgotten.receipt
    try:
        client: CloudApiClient | None = client_for(session, current_account(session))
    except UserFacingError:  # no access token kept: nothing can be asked of Meta
        client = None
    try:
        return await delete_at_meta(session.db, forgotten, client)
    finally:
        if client is not None:
            await client.aclose()
