"""Webhook JSON to ``WebhookBatch``: pure functions, no I/O.

Every entry, change and array item is read; nothing assumes ``[0]``. A payload that does not have the documented
shape raises ``WebhookPayloadError`` and nothing else. Unknown message types, unknown interactive kinds and
unknown webhook fields are kept (as unsupported content or an unhandled change), never dropped; a known message
type whose content object is missing (Meta sends that beside a value-level error) is kept as unsupported too.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from monggo_desktop.cloud.webhook_models import (
    ButtonContent,
    CloudErrorInfo,
    ContactProfile,
    ContactsContent,
    ConversationInfo,
    InboundMessage,
    InteractiveContent,
    LocationContent,
    MediaContent,
    MessageContent,
    MessageContext,
    OrderContent,
    OrderItem,
    PricingInfo,
    ReactionContent,
    Referral,
    RequestWelcomeContent,
    SharedContact,
    SharedPhone,
    StatusUpdate,
    SystemContent,
    TemplateStatusUpdate,
    TextContent,
    UnhandledChange,
    UnsupportedContent,
    ValueLevelError,
    WebhookBatch,
    WebhookMetadata,
)
from monggo_desktop.domain.errors import UserFacingError

OBJECT_TYPE = "whatsapp_business_account"
MESSAGES_FIELD = "messages"
TEMPLATE_STATUS_FIELD = "message_template_status_update"

MEDIA_TYPES = frozenset({"image", "video", "audio", "document", "sticker"})
# Meta's payloads nest about ten levels deep; anything far deeper is an attack or a bug, not an event.
MAX_DEPTH = 64
# Unix seconds up to 9999-12-31T23:59:59Z, the last instant a datetime can hold.
_MAX_UNIX_SECONDS = 253_402_300_799
_MAX_TIMESTAMP_DIGITS = 12


class WebhookPayloadError(UserFacingError):
    """The body is not a WhatsApp Cloud API webhook event.

    The message names only where the problem is (key names and indices from the documented schema), never a
    value from the payload: no phone numbers, names or text.
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"a webhook request was refused, it is not a WhatsApp Cloud API event ({where}: {problem})")
        self.where = where
        self.problem = problem


def parse_webhook(raw_body: bytes) -> WebhookBatch:
    """Parse a webhook POST body into a flattened batch, or raise ``WebhookPayloadError``."""
    root = _Node(_load_json(raw_body), "body")
    if root.data.get("object") != OBJECT_TYPE:
        raise root.fail("object", "not a WhatsApp Business Account event")
    batch = _BatchBuilder()
    for entry in root.req_objects("entry"):
        waba_id = entry.req_str("id")
        for change in entry.req_objects("changes"):
            _parse_change(change, waba_id, batch)
    return batch.build()


def parse_cloud_error(obj: object, where: str = "error") -> CloudErrorInfo:
    """A Cloud API error object: ``{code, title, message, error_data: {details}, href}``."""
    node = _Node.of(obj, where)
    error_data = node.opt_obj("error_data")
    return CloudErrorInfo(
        code=node.req_int("code"),
        title=node.opt_str("title"),
        message=node.opt_str("message"),
        details=error_data.opt_str("details") if error_data else None,
        href=node.opt_str("href"),
    )


def _load_json(raw_body: bytes) -> dict[str, Any]:
    try:
        text = bytes(raw_body).decode("utf-8")
    except UnicodeDecodeError:
        raise WebhookPayloadError("body", "not UTF-8 text") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise WebhookPayloadError("body", "nested too deeply") from None
    except ValueError:  # JSONDecodeError, and NaN/Infinity from _reject_constant
        raise WebhookPayloadError("body", "not valid JSON") from None
    if not isinstance(document, dict):
        raise WebhookPayloadError("body", "not a JSON object")
    _check_depth(document)
    return document


def _reject_constant(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def _check_depth(document: dict[str, Any]) -> None:
    # Level by level over containers only: no recursion, and leaves (most of a payload) are never pushed.
    level: list[dict[str, Any] | list[Any]] = [document]
    depth = 1
    while level:
        if depth > MAX_DEPTH:
            raise WebhookPayloadError("body", "nested too deeply")
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, dict | list)
        ]
        depth += 1


class _Node:
    """A JSON object with the path it was found at, and typed getters that fail with that path."""

    __slots__ = ("data", "path")

    def __init__(self, data: dict[str, Any], path: str) -> None:
        self.data = data
        self.path = path

    @classmethod
    def of(cls, value: object, path: str) -> _Node:
        if not isinstance(value, dict):
            raise WebhookPayloadError(path, "not an object")
        return cls(value, path)

    def fail(self, key: str, problem: str) -> WebhookPayloadError:
        return WebhookPayloadError(f"{self.path}.{key}", problem)

    def req_str(self, key: str, *, allow_empty: bool = False) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not (value or allow_empty):
            raise self.fail(key, "missing" if value is None else "not a non-empty string")
        return value

    def opt_str(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or isinstance(value, str):
            return value
        raise self.fail(key, "not a string")

    def opt_bool(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is None or isinstance(value, bool):
            return value
        raise self.fail(key, "not a boolean")

    def req_int(self, key: str) -> int:
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self.fail(key, "missing" if value is None else "not an integer")

    def opt_int(self, key: str) -> int | None:
        return None if self.data.get(key) is None else self.req_int(key)

    def req_number(self, key: str) -> float:
        value = self.data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        raise self.fail(key, "missing" if value is None else "not a finite number")

    def opt_decimal(self, key: str) -> Decimal | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return Decimal(str(value))
        raise self.fail(key, "not a finite number")

    def req_id(self, key: str) -> str:
        """An id Meta sends as a string or, in some payloads, as a JSON integer."""
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.req_str(key)

    def req_timestamp(self, key: str) -> datetime:
        value = self.data.get(key)
        if value is None:
            raise self.fail(key, "missing")
        return self._timestamp(key, value)

    def opt_timestamp(self, key: str) -> datetime | None:
        value = self.data.get(key)
        return None if value is None else self._timestamp(key, value)

    def _timestamp(self, key: str, value: object) -> datetime:
        # Meta sends Unix seconds as a decimal string; a JSON integer is accepted too.
        seconds: int | None = None
        if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= _MAX_TIMESTAMP_DIGITS:
            seconds = int(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            seconds = value
        if seconds is None or not 0 <= seconds <= _MAX_UNIX_SECONDS:
            raise self.fail(key, "not a Unix time in seconds")
        return datetime.fromtimestamp(seconds, UTC)

    def opt_obj(self, key: str) -> _Node | None:
        value = self.data.get(key)
        return None if value is None else _Node.of(value, f"{self.path}.{key}")

    def req_obj(self, key: str) -> _Node:
        if self.data.get(key) is None:
            raise self.fail(key, "missing")
        return _Node.of(self.data[key], f"{self.path}.{key}")

    def _list(self, key: str, required: bool) -> list[Any]:
        value = self.data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "missing" if value is None else "not a list")
        return value

    def req_objects(self, key: str) -> list[_Node]:
        return [_Node.of(item, f"{self.path}.{key}[{i}]") for i, item in enumerate(self._list(key, required=True))]

    def opt_objects(self, key: str) -> list[_Node]:
        return [_Node.of(item, f"{self.path}.{key}[{i}]") for i, item in enumerate(self._list(key, required=False))]


class _BatchBuilder:
    def __init__(self) -> None:
        self.messages: list[InboundMessage] = []
        self.statuses: list[StatusUpdate] = []
        self.errors: list[ValueLevelError] = []
        self.contacts: list[ContactProfile] = []
        self.template_updates: list[TemplateStatusUpdate] = []
        self.unhandled: list[UnhandledChange] = []

    def build(self) -> WebhookBatch:
        return WebhookBatch(
            messages=tuple(self.messages),
            statuses=tuple(self.statuses),
            errors=tuple(self.errors),
            contacts=tuple(self.contacts),
            template_updates=tuple(self.template_updates),
            unhandled=tuple(self.unhandled),
        )


def _parse_change(change: _Node, waba_id: str, batch: _BatchBuilder) -> None:
    field = change.req_str("field")
    if field == MESSAGES_FIELD:
        _parse_messages_value(change.req_obj("value"), waba_id, batch)
    elif field == TEMPLATE_STATUS_FIELD:
        batch.template_updates.append(_template_update(change.req_obj("value"), waba_id))
    else:
        batch.unhandled.append(UnhandledChange(waba_id=waba_id, field=field, value=change.data.get("value")))


def _parse_messages_value(value: _Node, waba_id: str, batch: _BatchBuilder) -> None:
    meta_node = value.req_obj("metadata")
    metadata = WebhookMetadata(
        waba_id=waba_id,
        phone_number_id=meta_node.req_str("phone_number_id"),
        display_phone_number=meta_node.opt_str("display_phone_number"),
    )
    for contact in value.opt_objects("contacts"):
        batch.contacts.append(_contact_profile(contact, metadata))
    for message in value.opt_objects("messages"):
        batch.messages.append(_message(message, metadata))
    for status in value.opt_objects("statuses"):
        batch.statuses.append(_status(status, metadata))
    for error in _errors(value):
        batch.errors.append(ValueLevelError(metadata=metadata, error=error))


def _errors(node: _Node) -> tuple[CloudErrorInfo, ...]:
    return tuple(parse_cloud_error(e.data, e.path) for e in node.opt_objects("errors"))


def _contact_profile(node: _Node, metadata: WebhookMetadata) -> ContactProfile:
    profile = node.opt_obj("profile")
    wa_id, user_id = node.opt_str("wa_id"), node.opt_str("user_id")
    if not wa_id and not user_id:
        raise node.fail("wa_id", "missing, and no user_id either")
    return ContactProfile(
        metadata=metadata, wa_id=wa_id, user_id=user_id, name=profile.opt_str("name") if profile else None
    )


def _template_update(value: _Node, waba_id: str) -> TemplateStatusUpdate:
    return TemplateStatusUpdate(
        waba_id=waba_id,
        event=value.req_str("event"),
        template_id=value.req_id("message_template_id"),
        name=value.opt_str("message_template_name"),
        language=value.opt_str("message_template_language"),
        reason=value.opt_str("reason"),
    )


def _status(node: _Node, metadata: WebhookMetadata) -> StatusUpdate:
    conversation = node.opt_obj("conversation")
    pricing = node.opt_obj("pricing")
    return StatusUpdate(
        metadata=metadata,
        wamid=node.req_str("id"),
        status=node.req_str("status"),
        timestamp=node.req_timestamp("timestamp"),
        recipient_id=node.opt_str("recipient_id"),
        biz_opaque_callback_data=node.opt_str("biz_opaque_callback_data"),
        conversation=_conversation(conversation) if conversation else None,
        pricing=_pricing(pricing) if pricing else None,
        errors=_errors(node),
        raw=node.data,
    )


def _conversation(node: _Node) -> ConversationInfo:
    origin = node.opt_obj("origin")
    return ConversationInfo(
        id=node.opt_str("id"),
        origin_type=origin.opt_str("type") if origin else None,
        expiration=node.opt_timestamp("expiration_timestamp"),
    )


def _pricing(node: _Node) -> PricingInfo:
    return PricingInfo(
        billable=node.opt_bool("billable"),
        pricing_model=node.opt_str("pricing_model"),
        category=node.opt_str("category"),
        type=node.opt_str("type"),
    )


def _message(node: _Node, metadata: WebhookMetadata) -> InboundMessage:
    context = node.opt_obj("context")
    referral = node.opt_obj("referral")
    message_type = node.req_str("type")
    return InboundMessage(
        metadata=metadata,
        wamid=node.req_str("id"),
        from_wa_id=node.opt_str("from"),
        from_user_id=node.opt_str("from_user_id"),
        timestamp=node.req_timestamp("timestamp"),
        type=message_type,
        content=_content(node, message_type),
        context=_context(context) if context else None,
        referral=_referral(referral) if referral else None,
        errors=_errors(node),
        raw=node.data,
    )


def _context(node: _Node) -> MessageContext:
    return MessageContext(
        from_wa_id=node.opt_str("from"),
        message_id=node.opt_str("id"),
        forwarded=bool(node.opt_bool("forwarded")),
        frequently_forwarded=bool(node.opt_bool("frequently_forwarded")),
    )


def _content(message: _Node, message_type: str) -> MessageContent:
    if message_type == "request_welcome":
        return RequestWelcomeContent()
    if message_type == "contacts":
        if message.data.get("contacts") is None:
            return _unsupported(message, message_type)
        return ContactsContent(contacts=tuple(_shared_contact(c) for c in message.req_objects("contacts")))
    parse = _CONTENT_PARSERS.get(message_type)
    if parse is None:
        return _unsupported(message, message_type)
    payload = message.opt_obj(message_type)
    if payload is None:
        return _unsupported(message, message_type)
    return parse(payload, message)


def _unsupported(message: _Node, message_type: str) -> UnsupportedContent:
    detail = message.opt_obj("unsupported")
    return UnsupportedContent(
        declared_type=message_type,
        unsupported_type=detail.opt_str("type") if detail else None,
        raw=message.data,
    )


def _text(payload: _Node, message: _Node) -> TextContent:
    return TextContent(body=payload.req_str("body", allow_empty=True))


def _media(payload: _Node, message: _Node) -> MediaContent:
    return MediaContent(
        kind=message.req_str("type"),
        media_id=payload.req_str("id"),
        mime_type=payload.opt_str("mime_type"),
        sha256=payload.opt_str("sha256"),
        caption=payload.opt_str("caption"),
        filename=payload.opt_str("filename"),
        voice=bool(payload.opt_bool("voice")),
        animated=bool(payload.opt_bool("animated")),
    )


def _location(payload: _Node, message: _Node) -> LocationContent:
    return LocationContent(
        latitude=payload.req_number("latitude"),
        longitude=payload.req_number("longitude"),
        name=payload.opt_str("name"),
        address=payload.opt_str("address"),
        url=payload.opt_str("url"),
    )


def _shared_contact(node: _Node) -> SharedContact:
    name = node.opt_obj("name")
    return SharedContact(
        formatted_name=name.opt_str("formatted_name") if name else None,
        first_name=name.opt_str("first_name") if name else None,
        last_name=name.opt_str("last_name") if name else None,
        phones=tuple(
            SharedPhone(phone=p.opt_str("phone"), wa_id=p.opt_str("wa_id"), type=p.opt_str("type"))
            for p in node.opt_objects("phones")
        ),
        emails=tuple(email for e in node.opt_objects("emails") if (email := e.opt_str("email"))),
        raw=node.data,
    )


_REPLY_KINDS = frozenset({"button_reply", "list_reply"})


def _interactive(payload: _Node, message: _Node) -> InteractiveContent:
    kind = payload.req_str("type")
    if kind in _REPLY_KINDS:
        reply = payload.req_obj(kind)
        return InteractiveContent(
            kind=kind,
            reply_id=reply.req_str("id"),
            title=reply.opt_str("title"),
            description=reply.opt_str("description"),
            raw=payload.data,
        )
    if kind == "nfm_reply":
        flow = payload.req_obj(kind)
        return InteractiveContent(
            kind=kind,
            flow_response_json=flow.opt_str("response_json"),
            flow_name=flow.opt_str("name"),
            flow_body=flow.opt_str("body"),
            raw=payload.data,
        )
    return InteractiveContent(kind=kind, raw=payload.data)


def _button(payload: _Node, message: _Node) -> ButtonContent:
    return ButtonContent(payload=payload.opt_str("payload"), text=payload.opt_str("text"))


def _reaction(payload: _Node, message: _Node) -> ReactionContent:
    # A missing or empty emoji means the customer took their reaction back.
    return ReactionContent(message_id=payload.req_str("message_id"), emoji=payload.opt_str("emoji") or None)


def _order(payload: _Node, message: _Node) -> OrderContent:
    return OrderContent(
        catalog_id=payload.opt_str("catalog_id"),
        text=payload.opt_str("text"),
        items=tuple(
            OrderItem(
                product_retailer_id=item.opt_str("product_retailer_id"),
                quantity=item.opt_int("quantity"),
                item_price=item.opt_decimal("item_price"),
                currency=item.opt_str("currency"),
            )
            for item in payload.opt_objects("product_items")
        ),
    )


def _system(payload: _Node, message: _Node) -> SystemContent:
    identity = message.opt_obj("identity")
    return SystemContent(
        kind=payload.opt_str("type"),
        body=payload.opt_str("body"),
        new_wa_id=payload.opt_str("wa_id"),
        identity_hash=identity.opt_str("hash") if identity else None,
    )


def _referral(payload: _Node, message: _Node | None = None) -> Referral:
    return Referral(
        source_url=payload.opt_str("source_url"),
        source_id=payload.opt_str("source_id"),
        source_type=payload.opt_str("source_type"),
        headline=payload.opt_str("headline"),
        body=payload.opt_str("body"),
        media_type=payload.opt_str("media_type"),
        image_url=payload.opt_str("image_url"),
        video_url=payload.opt_str("video_url"),
        thumbnail_url=payload.opt_str("thumbnail_url"),
        ctwa_clid=payload.opt_str("ctwa_clid"),
        raw=payload.data,
    )


_CONTENT_PARSERS: dict[str, Callable[[_Node, _Node], MessageContent]] = {
    **dict.fromkeys(MEDIA_TYPES, _media),
    "text": _text,
    "location": _location,
    "interactive": _interactive,
    "button": _button,
    "reaction": _reaction,
    "order": _order,
    "system": _system,
    "referral": _referral,
}
