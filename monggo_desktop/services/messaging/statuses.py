"""Delivery statuses: reconciled by wamid or by our own id (``biz_opaque_callback_data``), only forward.

A status for a message not stored yet waits in ``pending_statuses`` and is applied when the message is.
Any status for a message settles its outbox entry: it reached Meta, so it must never be sent again.
"""

from __future__ import annotations

from datetime import datetime

from monggo_desktop.cloud.errors import classify, user_message
from monggo_desktop.cloud.webhook_models import StatusUpdate
from monggo_desktop.domain.models import Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.storage import Store


def apply_status_update(
    store: Store, update: StatusUpdate, *, received_at: datetime, touched: set[int] | None = None
) -> bool:
    """Apply one status webhook item; False when it had to wait for its message. The conversation whose tick
    moved is added to ``touched``."""
    status = update.message_status
    if status is None:
        return True  # a status kind we do not track: nothing to move
    code = update.errors[0].code if update.errors else None
    local_id = _local_id(update.biz_opaque_callback_data)
    message = _find(store, update.wamid, local_id)
    if message is not None and message.direction is not Direction.OUTBOUND:
        return True  # statuses are about what this business sent: a customer's message is never "delivered"
    if message is None:
        store.pending_statuses.add(
            update.wamid,
            status,
            update.timestamp,
            received_at,
            local_message_id=local_id,
            error_code=code,
            error_title=_reason(code),
        )
        return False
    record(store, message, status, update.timestamp, error_code=code)
    if touched is not None:
        touched.add(message.conversation_id)
    return True


def record(store: Store, message: Message, status: MessageStatus, at: datetime, *, error_code: int | None) -> None:
    assert message.id is not None
    store.messages.apply_status(message.id, status, at, error_code=error_code, error_title=_reason(error_code))
    entry = store.outbox.get_for_message(message.id)
    if entry is not None and entry.id is not None:
        store.outbox.remove(entry.id)


def apply_waiting(store: Store, message: Message) -> int:
    """Apply the statuses that arrived before ``message`` was stored (or before its wamid was known)."""
    waiting = store.pending_statuses.take_for(message.wamid, message.id)
    for item in waiting:
        record(store, message, item.status, item.occurred_at, error_code=item.error_code)
    return len(waiting)


def _find(store: Store, wamid: str, local_id: int | None) -> Message | None:
    message = store.messages.get_by_wamid(wamid)
    if message is not None or local_id is None:
        return message
    candidate = store.messages.get(local_id)
    if candidate is None or candidate.direction is not Direction.OUTBOUND or candidate.wamid not in (None, wamid):
        return None
    assert candidate.id is not None
    store.messages.set_wamid(candidate.id, wamid)  # the send's own answer was lost: the webhook tells us
    candidate.wamid = wamid
    return candidate


def _local_id(callback_data: str | None) -> int | None:
    if callback_data and callback_data.isdigit() and len(callback_data) < 19:
        return int(callback_data)
    return None


def _reason(code: int | None) -> str | None:
    return None if code is None else user_message(code, classify(code))
