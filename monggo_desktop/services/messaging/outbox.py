"""Queueing outbound messages: checked, then the message row and its outbox entry in one transaction.

Nothing here touches the network; the sender drains the outbox. What cannot be sent is refused here,
before it is stored: an invalid number, a text over the limit, free-form text to a closed 24-hour window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monggo_desktop.cloud import limits, payloads
from monggo_desktop.domain.errors import InvalidInputError, UserFacingError
from monggo_desktop.domain.models import Contact, Direction, Message, OutboxEntry, OutboxState, utc_now
from monggo_desktop.domain.phone import DEFAULT_REGION, normalize_e164
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.window import is_open
from monggo_desktop.services.messaging import templates
from monggo_desktop.storage import Store


class WindowClosedError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("More than 24 hours since the customer's last message: send an approved template instead")


@dataclass(frozen=True, slots=True)
class Queued:
    message_id: int
    conversation_id: int


def conversation_for_number(store: Store, account_id: int, phone: str, *, region: str = DEFAULT_REGION) -> int:
    """The conversation with ``phone`` (any formatting), made if new. An invalid number is refused here."""
    e164 = normalize_e164(phone, region)
    with store.transaction():
        contact = store.contacts.get_by_phone(e164) or store.contacts.add(
            Contact(phone_e164=e164, wa_id=e164.lstrip("+"))
        )
        assert contact.id is not None
        conversation = store.conversations.get_or_create(account_id, contact.id)
    assert conversation.id is not None
    return conversation.id


def queue_text(
    store: Store, conversation_id: int, text: str, *, reply_to: str | None = None, now: datetime | None = None
) -> Queued:
    payloads.text(text)  # the 4096 limit, refused before anything is stored
    return _queue(store, conversation_id, "text", body=text, reply_to=reply_to, free_form=True, now=now)


def queue_template(
    store: Store,
    conversation_id: int,
    name: str,
    language: str,
    *,
    body_parameters: list[str] | None = None,
    preview: str | None = None,
    now: datetime | None = None,
) -> Queued:
    conversation = _conversation(store, conversation_id)
    template = store.templates.get(conversation.account_id, name, language)
    if template is None or not template.sendable:
        raise InvalidInputError(
            "the template {name} ({language}) is not approved for sending: sync templates first",
            name=name,
            language=language,
        )
    contact = store.contacts.get(conversation.contact_id)
    if contact is not None and contact.marketing_opt_out and (template.category or "").upper() == "MARKETING":
        raise InvalidInputError(
            "this customer opted out of marketing messages: only utility and authentication templates may go to them"
        )
    if contact is not None and contact.phone_e164 is None and (template.category or "").upper() == "AUTHENTICATION":
        raise InvalidInputError(  # Meta's 131062, said before anything is stored or sent
            "an authentication template cannot go to a customer known only by their username: ask for their number"
        )
    values = body_parameters or []
    expected = templates.body_parameters(template)
    if len(values) != len(expected):
        if len(expected) == 1:
            raise InvalidInputError("the template {name} needs 1 value, {given} given", name=name, given=len(values))
        raise InvalidInputError(
            "the template {name} needs {needed} values, {given} given",
            name=name,
            needed=len(expected),
            given=len(values),
        )
    spec: dict[str, Any] = {"name": name, "language": language, "body": values}
    if not all(n.isdigit() for n in expected):  # parameter_format NAMED: each value goes with its name
        spec["names"] = expected
    payload: dict[str, Any] = {"template": spec}
    text = preview or templates.preview(template, values)
    return _queue(store, conversation_id, "template", body=text, payload=payload, free_form=False, now=now)


def queue_reaction(
    store: Store, conversation_id: int, target_wamid: str, emoji: str, *, now: datetime | None = None
) -> Queued:
    payloads.reaction(target_wamid, emoji)
    return _queue(store, conversation_id, "reaction", reaction=(target_wamid, emoji), free_form=True, now=now)


def queue_media(
    store: Store,
    conversation_id: int,
    media_id: int,
    *,
    caption: str | None = None,
    now: datetime | None = None,
) -> Queued:
    """Send a media file already stored (encrypted) as ``media_id``; it is uploaded by the sender."""
    media = store.media.get(media_id)
    if media is None:
        raise InvalidInputError("the file to send is no longer there")
    kind = limits.media_kind_for(media.mime_type)
    if media.file_size is not None:
        limits.check_media(kind, media.mime_type, media.file_size)
    if caption:
        payloads.media(kind, "check", caption=caption, filename=None, voice=False)
    return _queue(store, conversation_id, kind, body=caption, media_id=media_id, free_form=True, now=now)


def resend(store: Store, message_id: int, *, now: datetime | None = None) -> None:
    """The user's manual resend of a failed or uncertain message: queued again as it was."""
    now = now or utc_now()
    with store.transaction():
        message = store.messages.get(message_id)
        if message is None or message.direction is not Direction.OUTBOUND:
            raise InvalidInputError("only a message you sent can be sent again")
        if message.status not in (MessageStatus.FAILED, MessageStatus.UNCERTAIN):
            raise InvalidInputError("this message was sent; there is nothing to resend")
        store.messages.reset_for_resend(message_id)
        entry = store.outbox.get_for_message(message_id)
        if entry is None:
            store.outbox.add(OutboxEntry(message_id=message_id, next_attempt_at=now, created_at=now))
        else:
            assert entry.id is not None
            store.outbox.set_state(entry.id, OutboxState.QUEUED, next_attempt_at=now)


def _conversation(store: Store, conversation_id: int):  # type: ignore[no-untyped-def]
    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        raise InvalidInputError("that conversation no longer exists")
    return conversation


def _queue(
    store: Store,
    conversation_id: int,
    kind: str,
    *,
    free_form: bool,
    now: datetime | None,
    body: str | None = None,
    reply_to: str | None = None,
    payload: dict[str, Any] | None = None,
    reaction: tuple[str, str] | None = None,
    media_id: int | None = None,
) -> Queued:
    now = now or utc_now()
    with store.transaction():
        conversation = _conversation(store, conversation_id)
        contact = store.contacts.get(conversation.contact_id)
        if contact is not None and contact.blocked:
            raise InvalidInputError("this contact is blocked: unblock them on the Contacts screen to send")
        if free_form and not is_open(conversation.last_inbound_at, now):
            raise WindowClosedError()
        message = store.messages.add(
            Message(
                conversation_id=conversation_id,
                direction=Direction.OUTBOUND,
                type=kind,
                body=body,
                status=MessageStatus.PENDING,
                created_at=now,
                reply_to_wamid=reply_to,
                payload=payload,
                reaction_to_wamid=reaction[0] if reaction else None,
                reaction_emoji=reaction[1] if reaction else None,
                media_id=media_id,
            )
        )
        assert message is not None and message.id is not None
        store.outbox.add(OutboxEntry(message_id=message.id, next_attempt_at=now, created_at=now))
        if kind != "reaction":
            store.conversations.record_outbound(conversation_id, now)
    return Queued(message_id=message.id, conversation_id=conversation_id)
