"""The items of a ``messages`` webhook value: messages (and the business's own echoes), statuses and contacts.

Pure functions, no I/O; each item is read on its own, so one the parser cannot read does not stop the others.
"""

from __future__ import annotations

from collections.abc import Callable

from monggo_desktop.cloud.webhook_models import (
    ButtonContent,
    CloudErrorInfo,
    ContactProfile,
    ContactsContent,
    ConversationInfo,
    EditContent,
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
    RevokeContent,
    SharedContact,
    SharedPhone,
    StatusUpdate,
    SystemContent,
    TextContent,
    UnsupportedContent,
    WebhookMetadata,
)
from monggo_desktop.cloud.webhook_node import Node

MEDIA_TYPES = frozenset({"image", "video", "audio", "document", "sticker"})


def parse_cloud_error(obj: object, where: str = "error") -> CloudErrorInfo:
    """A Cloud API error object: ``{code, title, message, error_data: {details}, href}``."""
    node = Node.of(obj, where)
    error_data = node.opt_obj("error_data")
    return CloudErrorInfo(
        code=node.req_int("code"),
        title=node.opt_str("title"),
        message=node.opt_str("message"),
        details=error_data.opt_str("details") if error_data else None,
        href=node.opt_str("href"),
    )


def errors_of(node: Node) -> tuple[CloudErrorInfo, ...]:
    return tuple(parse_cloud_error(e.data, e.path) for e in node.opt_objects("errors"))


def contact_profile(node: Node, metadata: WebhookMetadata) -> ContactProfile:
    profile = node.opt_obj("profile")
    wa_id, user_id = node.opt_str("wa_id"), node.opt_str("user_id")
    if not wa_id and not user_id:
        raise node.fail("wa_id", "missing, and no user_id either")
    return ContactProfile(
        metadata=metadata,
        wa_id=wa_id,
        user_id=user_id,
        name=profile.opt_str("name") if profile else None,
        username=profile.opt_str("username") if profile else None,
    )


def status_update(node: Node, metadata: WebhookMetadata) -> StatusUpdate:
    conversation = node.opt_obj("conversation")
    pricing = node.opt_obj("pricing")
    return StatusUpdate(
        metadata=metadata,
        wamid=node.req_str("id"),
        status=node.req_str("status"),
        timestamp=node.req_timestamp("timestamp"),
        recipient_id=node.opt_str("recipient_id"),
        recipient_user_id=node.opt_str("recipient_user_id"),
        biz_opaque_callback_data=node.opt_str("biz_opaque_callback_data"),
        conversation=_conversation(conversation) if conversation else None,
        pricing=_pricing(pricing) if pricing else None,
        errors=errors_of(node),
        raw=node.data,
    )


def _conversation(node: Node) -> ConversationInfo:
    origin = node.opt_obj("origin")
    return ConversationInfo(
        id=node.opt_str("id"),
        origin_type=origin.opt_str("type") if origin else None,
        expiration=node.opt_timestamp("expiration_timestamp"),
    )


def _pricing(node: Node) -> PricingInfo:
    return PricingInfo(
        billable=node.opt_bool("billable"),
        pricing_model=node.opt_str("pricing_model"),
        category=node.opt_str("category"),
        type=node.opt_str("type"),
    )


def message(node: Node, metadata: WebhookMetadata, *, echo: bool = False) -> InboundMessage:
    """A customer's message; with ``echo``, one the business sent them from the WhatsApp Business app."""
    context = node.opt_obj("context")
    referral = node.opt_obj("referral")
    message_type = node.req_str("type")
    return InboundMessage(
        metadata=metadata,
        wamid=node.req_str("id"),
        from_wa_id=node.opt_str("to" if echo else "from") or None,
        from_user_id=node.opt_str("to_user_id" if echo else "from_user_id") or None,
        echo=echo,
        timestamp=node.req_timestamp("timestamp"),
        type=message_type,
        content=_content(node, message_type),
        context=_context(context) if context else None,
        referral=_referral(referral) if referral else None,
        errors=errors_of(node),
        raw=node.data,
    )


def _context(node: Node) -> MessageContext:
    return MessageContext(
        from_wa_id=node.opt_str("from"),
        message_id=node.opt_str("id"),
        forwarded=bool(node.opt_bool("forwarded")),
        frequently_forwarded=bool(node.opt_bool("frequently_forwarded")),
    )


def _content(message: Node, message_type: str) -> MessageContent:
    if message_type == "edit":
        return _edit(message)
    if message_type == "revoke":
        return RevokeContent(original_wamid=message.req_obj("revoke").req_str("original_message_id"))
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


def _edit(message: Node) -> EditContent:
    """The new content comes as a message of its own inside ``edit.message`` (an image with a new caption…)."""
    edit = message.req_obj("edit")
    inner = edit.req_obj("message")
    new_type = inner.req_str("type")
    if new_type in ("edit", "revoke"):
        raise inner.fail("type", "an edit of an edit")
    return EditContent(
        original_wamid=edit.req_str("original_message_id"), new_type=new_type, content=_content(inner, new_type)
    )


def _unsupported(message: Node, message_type: str) -> UnsupportedContent:
    detail = message.opt_obj("unsupported")
    return UnsupportedContent(
        declared_type=message_type,
        unsupported_type=detail.opt_str("type") if detail else None,
        raw=message.data,
    )


def _text(payload: Node, message: Node) -> TextContent:
    return TextContent(body=payload.req_str("body", allow_empty=True))


def _media(payload: Node, message: Node) -> MediaContent:
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


def _location(payload: Node, message: Node) -> LocationContent:
    return LocationContent(
        latitude=payload.req_number("latitude"),
        longitude=payload.req_number("longitude"),
        name=payload.opt_str("name"),
        address=payload.opt_str("address"),
        url=payload.opt_str("url"),
    )


def _shared_contact(node: Node) -> SharedContact:
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


def _interactive(payload: Node, message: Node) -> InteractiveContent:
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


def _button(payload: Node, message: Node) -> ButtonContent:
    return ButtonContent(payload=payload.opt_str("payload"), text=payload.opt_str("text"))


def _reaction(payload: Node, message: Node) -> ReactionContent:
    # A missing or empty emoji means the customer took their reaction back.
    return ReactionContent(message_id=payload.req_str("message_id"), emoji=payload.opt_str("emoji") or None)


def _order(payload: Node, message: Node) -> OrderContent:
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


def _system(payload: Node, message: Node) -> SystemContent:
    identity = message.opt_obj("identity")
    return SystemContent(
        kind=payload.opt_str("type"),
        body=payload.opt_str("body"),
        new_wa_id=payload.opt_str("wa_id"),
        identity_hash=identity.opt_str("hash") if identity else None,
        new_user_id=payload.opt_str("user_id") or payload.opt_str("new_user_id"),
    )


def _referral(payload: Node, message: Node | None = None) -> Referral:
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


_CONTENT_PARSERS: dict[str, Callable[[Node, Node], MessageContent]] = {
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
