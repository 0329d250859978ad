"""A parsed webhook POST, flattened: every message, status, error, contact and template update it carried.

Values are frozen and hold no Qt, no SQL. Times are aware UTC datetimes. Where Meta's payload has more than
we model, the item keeps the JSON object it came from in ``raw`` (read it, never mutate it); ``raw`` takes
part in equality but not in hashing or repr, so items stay hashable and a repr never dumps a whole payload.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field  # "field" is also an attribute name below
from datetime import datetime
from decimal import Decimal
from typing import Any

from monggo_desktop.domain.status import MessageStatus

JsonObject = dict[str, Any]

_STATUS_VALUES: dict[str, MessageStatus] = {
    s.value: s
    for s in (
        MessageStatus.SENT,
        MessageStatus.DELIVERED,
        MessageStatus.READ,
        MessageStatus.PLAYED,
        MessageStatus.FAILED,
    )
}


@dataclass(frozen=True, slots=True)
class WebhookMetadata:
    """Where an item came from: the WABA (``entry[].id``) and the business number it was sent to."""

    waba_id: str
    phone_number_id: str
    display_phone_number: str | None


@dataclass(frozen=True, slots=True)
class CloudErrorInfo:
    """A Cloud API error object, as found in ``statuses[].errors``, ``messages[].errors`` and ``value.errors``."""

    code: int
    title: str | None = None
    message: str | None = None
    details: str | None = None  # error_data.details: the part Meta says to branch on, with the code
    href: str | None = None


# Message content, one class per ``messages[].type``.


@dataclass(frozen=True, slots=True)
class TextContent:
    body: str


@dataclass(frozen=True, slots=True)
class MediaContent:
    """image, video, audio, document or sticker. ``media_id`` expires after 7 days: fetch it promptly."""

    kind: str
    media_id: str
    mime_type: str | None = None
    sha256: str | None = None
    caption: str | None = None
    filename: str | None = None
    voice: bool = False  # audio recorded as a voice note
    animated: bool = False  # animated sticker


@dataclass(frozen=True, slots=True)
class LocationContent:
    latitude: float
    longitude: float
    name: str | None = None
    address: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SharedPhone:
    phone: str | None
    wa_id: str | None
    type: str | None


@dataclass(frozen=True, slots=True)
class SharedContact:
    """One vCard-like entry of a ``contacts`` message; addresses, org, urls and birthday stay in ``raw``."""

    formatted_name: str | None
    first_name: str | None
    last_name: str | None
    phones: tuple[SharedPhone, ...]
    emails: tuple[str, ...]
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class ContactsContent:
    contacts: tuple[SharedContact, ...]


@dataclass(frozen=True, slots=True)
class InteractiveContent:
    """A tap on a reply button (``button_reply``), a list row (``list_reply``), or a finished Flow (``nfm_reply``).

    Other interactive kinds are kept with their ``kind`` and ``raw`` object.
    """

    kind: str
    reply_id: str | None = None
    title: str | None = None
    description: str | None = None
    flow_response_json: str | None = None  # nfm_reply: the Flow's answers, a JSON text
    flow_name: str | None = None
    flow_body: str | None = None
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class ButtonContent:
    """A quick-reply button of a template was tapped."""

    payload: str | None
    text: str | None


@dataclass(frozen=True, slots=True)
class ReactionContent:
    message_id: str
    emoji: str | None  # None: the customer removed their reaction

    @property
    def removed(self) -> bool:
        return self.emoji is None


@dataclass(frozen=True, slots=True)
class OrderItem:
    product_retailer_id: str | None
    quantity: int | None
    item_price: Decimal | None
    currency: str | None


@dataclass(frozen=True, slots=True)
class OrderContent:
    catalog_id: str | None
    text: str | None
    items: tuple[OrderItem, ...]


@dataclass(frozen=True, slots=True)
class SystemContent:
    """``user_changed_number`` (``new_wa_id`` is the customer's new number) or ``customer_identity_changed``."""

    kind: str | None
    body: str | None = None
    new_wa_id: str | None = None
    identity_hash: str | None = None  # customer_identity_changed: message-level ``identity.hash``
    new_user_id: str | None = None  # user_changed_user_id: the customer's new BSUID


@dataclass(frozen=True, slots=True)
class RequestWelcomeContent:
    """The customer opened the chat for the first time; there is no text."""


@dataclass(frozen=True, slots=True)
class Referral:
    """The click-to-WhatsApp ad or post that started the chat."""

    source_url: str | None = None
    source_id: str | None = None
    source_type: str | None = None
    headline: str | None = None
    body: str | None = None
    media_type: str | None = None
    image_url: str | None = None
    video_url: str | None = None
    thumbnail_url: str | None = None
    ctwa_clid: str | None = None
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class UnsupportedContent:
    """Anything we do not model: Meta's ``unsupported`` type, a type this version does not know, or a known type
    whose content object is missing. ``raw`` is the whole message object, so nothing is lost.
    """

    declared_type: str  # messages[].type as sent
    unsupported_type: str | None = None  # ``unsupported.type`` when Meta names it (poll, edit, ...)
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class EditContent:
    """``type: edit``: the customer changed an earlier message; ``content`` is its new content, of ``new_type``."""

    original_wamid: str
    new_type: str
    content: MessageContent


@dataclass(frozen=True, slots=True)
class RevokeContent:
    """``type: revoke``: the customer deleted an earlier message for everyone."""

    original_wamid: str


MessageContent = (
    TextContent
    | MediaContent
    | LocationContent
    | ContactsContent
    | InteractiveContent
    | ButtonContent
    | ReactionContent
    | OrderContent
    | SystemContent
    | RequestWelcomeContent
    | Referral
    | UnsupportedContent
    | EditContent
    | RevokeContent
)


@dataclass(frozen=True, slots=True)
class MessageContext:
    """``context``: the message replied to (``from``, ``id``) and forwarding flags."""

    from_wa_id: str | None = None
    message_id: str | None = None
    forwarded: bool = False
    frequently_forwarded: bool = False


@dataclass(frozen=True, slots=True)
class InboundMessage:
    metadata: WebhookMetadata
    wamid: str
    from_wa_id: str | None  # absent for some system messages and for customers who use a username
    from_user_id: str | None  # business-scoped user id (BSUID), when Meta sends one
    timestamp: datetime
    type: str
    content: MessageContent
    context: MessageContext | None = None
    referral: Referral | None = None
    errors: tuple[CloudErrorInfo, ...] = ()
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)
    # A message the business sent from the WhatsApp Business app (``smb_message_echoes``): then from_wa_id and
    # from_user_id name the customer it went to, not its sender.
    echo: bool = False
    history: bool = False  # from the phone app's past chats (coexistence ``history``): old, never news

    @property
    def phone_number_id(self) -> str:
        return self.metadata.phone_number_id

    @property
    def error_codes(self) -> tuple[int, ...]:
        return tuple(e.code for e in self.errors)


@dataclass(frozen=True, slots=True)
class ContactProfile:
    """A ``value.contacts[]`` entry: who sent the messages beside it."""

    metadata: WebhookMetadata
    wa_id: str | None
    user_id: str | None
    name: str | None
    username: str | None = None  # profile.username: display only, the customer may change it

    @property
    def phone_number_id(self) -> str:
        return self.metadata.phone_number_id


@dataclass(frozen=True, slots=True)
class ConversationInfo:
    """Conversation-based pricing data, on older and CBP status payloads."""

    id: str | None
    origin_type: str | None
    expiration: datetime | None


@dataclass(frozen=True, slots=True)
class PricingInfo:
    billable: bool | None
    pricing_model: str | None  # CBP or PMP
    category: str | None
    type: str | None  # regular, free_customer_service, free_entry_point (webhook v24+)


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    metadata: WebhookMetadata
    wamid: str
    status: str  # as sent; see ``message_status``
    timestamp: datetime
    recipient_id: str | None
    biz_opaque_callback_data: str | None = None
    recipient_user_id: str | None = None  # the customer's BSUID; recipient_id may then be empty
    conversation: ConversationInfo | None = None
    pricing: PricingInfo | None = None
    errors: tuple[CloudErrorInfo, ...] = ()
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)

    @property
    def phone_number_id(self) -> str:
        return self.metadata.phone_number_id

    @property
    def message_status(self) -> MessageStatus | None:
        """The delivery status, or None for a value this version does not know (kept, not applied)."""
        return _STATUS_VALUES.get(self.status)


@dataclass(frozen=True, slots=True)
class ValueLevelError:
    """A ``value.errors[]`` entry: a system or account problem (for example 130429, rate limit)."""

    metadata: WebhookMetadata
    error: CloudErrorInfo

    @property
    def phone_number_id(self) -> str:
        return self.metadata.phone_number_id


@dataclass(frozen=True, slots=True)
class TemplateStatusUpdate:
    """A template's status (``message_template_status_update``: approved, rejected, paused…), quality
    (``message_template_quality_update``) or category (``template_category_update``) changed."""

    waba_id: str
    event: str | None
    template_id: str
    name: str | None
    language: str | None
    reason: str | None
    quality: str | None = None  # GREEN, YELLOW, RED, UNKNOWN
    category: str | None = None  # MARKETING, UTILITY, AUTHENTICATION


@dataclass(frozen=True, slots=True)
class AccountEvent:
    """Something the owner must know about the business account or number: ``account_update`` (restrictions,
    violations, bans), ``account_alerts``, ``phone_number_quality_update``, ``phone_number_name_update``."""

    waba_id: str
    field: str
    event: str | None  # ACCOUNT_RESTRICTION, FLAGGED, APPROVED…; what Meta calls the change
    detail: str | None = None  # the new quality, limit, display name or violation type
    until: datetime | None = None  # a restriction's end
    raw: JsonObject = dataclass_field(default_factory=dict, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class CallEvent:
    """A ``calls`` change: a customer called the business (or was called) over WhatsApp."""

    metadata: WebhookMetadata
    call_id: str
    event: str | None  # connect, terminate
    direction: str | None  # USER_INITIATED or BUSINESS_INITIATED
    customer_wa_id: str | None
    customer_user_id: str | None
    timestamp: datetime
    status: str | None = None  # COMPLETED, FAILED… on terminate
    duration: int | None = None  # seconds, on terminate


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """A part of a body this version could not read: where it is and why (names from the schema only)."""

    where: str
    problem: str
    field: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}" + (f" ({self.field})" if self.field else "")


@dataclass(frozen=True, slots=True)
class UnhandledChange:
    """A change for a webhook field we do not handle; kept so a subscription mistake shows, never an error."""

    waba_id: str
    field: str
    value: Any = dataclass_field(hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class WebhookBatch:
    messages: tuple[InboundMessage, ...] = ()
    statuses: tuple[StatusUpdate, ...] = ()
    errors: tuple[ValueLevelError, ...] = ()
    contacts: tuple[ContactProfile, ...] = ()
    template_updates: tuple[TemplateStatusUpdate, ...] = ()
    unhandled: tuple[UnhandledChange, ...] = ()
    account_events: tuple[AccountEvent, ...] = ()
    calls: tuple[CallEvent, ...] = ()
    not_understood: tuple[NotUnderstood, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.messages
            or self.statuses
            or self.errors
            or self.contacts
            or self.template_updates
            or self.unhandled
            or self.account_events
            or self.calls
            or self.not_understood
        )
