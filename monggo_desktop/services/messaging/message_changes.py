"""What a customer does to a message already sent, and the other events a chat shows as a line: edits, deletions
(revokes), calls. A customer's deletion is honoured like our own: the text, the file and the search entry go."""

from __future__ import annotations

import logging

from monggo_desktop.cloud.webhook_models import CallEvent, EditContent, InboundMessage, RevokeContent
from monggo_desktop.domain.models import Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.storage import Store

log = logging.getLogger("monggo.services")

CALL_TYPE = "call"


def apply_edit(
    store: Store, conversation_id: int, message: InboundMessage, edit: EditContent, body: str | None
) -> bool:
    """Replace the edited message's content and mark it edited; False when that message is not here (then the
    edit is kept as a message of its own, so the new words are not lost)."""
    original = _own_original(store, conversation_id, edit.original_wamid, message.echo)
    if original is None or original.id is None:
        return False
    if original.revoked_at is not None:
        return True  # deleted already: an edit does not bring it back
    payload = dict(original.payload or {})
    new_content = message.raw.get("edit", {}).get("message", {}).get(edit.new_type)
    if isinstance(new_content, dict) and edit.new_type != "text":
        payload["content"] = {**payload.get("content", {}), **new_content}  # type: ignore[dict-item]
    store.messages.edit(original.id, body, payload or None, message.timestamp)
    return True


def apply_revoke(store: Store, conversation_id: int, message: InboundMessage, revoke: RevokeContent) -> list[str]:
    """Empty the deleted message (text, details, file, search entry) and say it was deleted. Returns the
    names of the files to remove once the transaction has committed."""
    original = _own_original(store, conversation_id, revoke.original_wamid, message.echo)
    if original is None or original.id is None or original.revoked_at is not None:
        return []
    media_id = store.messages.revoke(original.id, message.timestamp)
    log.info("a customer deleted a message: its content was removed")
    return store.retention.delete_unused_media([media_id]) if media_id is not None else []


def _own_original(store: Store, conversation_id: int, wamid: str, echo: bool) -> Message | None:
    """The message being changed, if it is in this chat and was written by whoever changes it."""
    original = store.messages.get_by_wamid(wamid)
    direction = Direction.OUTBOUND if echo else Direction.INBOUND
    if original is None or original.conversation_id != conversation_id or original.direction is not direction:
        return None
    return original


def call_row(conversation_id: int, call: CallEvent) -> Message:
    """A line in the chat saying a call happened: one per call (its id), filled in when it ends."""
    outgoing = call.direction == "BUSINESS_INITIATED"
    return Message(
        conversation_id=conversation_id,
        direction=Direction.OUTBOUND if outgoing else Direction.INBOUND,
        type=CALL_TYPE,
        status=MessageStatus.SENT if outgoing else MessageStatus.RECEIVED,
        wamid=call.call_id,
        created_at=call.timestamp,
        payload=_call_payload(call),
    )


def update_call(store: Store, call: CallEvent) -> bool:
    """A later event of a call already in the chat (it ended): its outcome and length; False if not there."""
    stored = store.messages.get_by_wamid(call.call_id)
    if stored is None or stored.id is None or stored.type != CALL_TYPE:
        return False
    store.messages.set_payload(stored.id, {**(stored.payload or {}), **_call_payload(call)})
    return True


def _call_payload(call: CallEvent) -> dict[str, object]:
    payload: dict[str, object] = {"event": call.event or ""}
    if call.status:
        payload["status"] = call.status
    if call.duration is not None:
        payload["duration"] = call.duration
    return payload
