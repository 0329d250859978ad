"""Read-side shapes for the screens: what a row of the conversation list and a chat bubble show.

Plain values, built by the services from the database and handed to the UI; no Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from monggo_desktop.domain.models import Direction, DownloadState
from monggo_desktop.domain.status import MessageStatus

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list, and whether more follow it."""

    items: list[T]
    has_more: bool


@dataclass(frozen=True, slots=True)
class LabelView:
    name: str
    color: str  # "#rrggbb"


class ListShow(StrEnum):
    """Which conversations the list shows; archived ones only when asked for."""

    ACTIVE = "active"
    UNREAD = "unread"
    ARCHIVED = "archived"


@dataclass(frozen=True, slots=True)
class ListFilter:
    show: ListShow = ListShow.ACTIVE
    label: str | None = None  # only conversations whose customer carries this label


@dataclass(frozen=True, slots=True)
class ConversationRow:
    conversation_id: int
    contact_id: int
    title: str  # the contact's name, or the formatted number when there is none
    phone_e164: str  # "+6281234567890"; empty for a customer who has not shared their number
    preview: str  # the last message's text, one line; empty for a photo or file without a caption
    last_at: datetime | None
    unread: int
    last_outbound_status: MessageStatus | None  # the tick shown when the last message is ours
    preview_kind: str | None = None  # the last message's type, so the list can say "Photo" in the reader's language
    pinned: bool = False
    archived: bool = False
    labels: tuple[LabelView, ...] = ()
    window_closes_at: datetime | None = None  # the 24-hour window; None when it was never opened
    handle: str = ""  # "@username", or the BSUID: how a customer without a shared number is known

    @property
    def phone_display(self) -> str:
        """``+62 812-3456-7890``, or the customer's @username when they have not shared their number.
        Formatted when asked (a tooltip, the chat's header): the list paints names, so the number library need
        not load before the first rows show."""
        if not self.phone_e164:
            return self.handle
        from monggo_desktop.domain.phone import display_international

        return display_international(self.phone_e164)


@dataclass(frozen=True, slots=True)
class ReactionView:
    emoji: str
    mine: bool


@dataclass(frozen=True, slots=True)
class OrderView:
    """A cart the customer sent from the business's catalogue: how many pieces, and their total."""

    items: int
    total: float
    currency: str


@dataclass(frozen=True, slots=True)
class BubbleView:
    message_id: int
    direction: Direction
    type: str
    text: str | None  # body or caption
    at: datetime
    status: MessageStatus
    error: str | None = None  # the reason of a failed send, for the user
    quoted_text: str | None = None  # the message this one replies to, shortened
    quoted_kind: str | None = None  # its type, so a quoted photo can be labelled in the reader's language
    reactions: tuple[ReactionView, ...] = field(default_factory=tuple)
    media_id: int | None = None
    media_mime: str | None = None
    media_name: str | None = None
    media_state: DownloadState | None = None
    wamid: str | None = None
    edited: bool = False  # the customer edited it; the text is the new one
    revoked: bool = False  # the customer deleted it: nothing of it is left
    forwarded: str | None = None  # "once" or "many" (WhatsApp's "Forwarded many times")
    ad_headline: str | None = None  # it came from a click-to-WhatsApp ad: its headline (or its link)
    from_phone: bool = False  # the business sent it from the WhatsApp Business app on its phone
    call_seconds: int | None = None  # a call line: how long the call lasted
    call_status: str | None = None  # a call line: COMPLETED, FAILED… when it ended
    order: OrderView | None = None  # an order from the catalogue: its pieces and total

    @property
    def outbound(self) -> bool:
        return self.direction is Direction.OUTBOUND


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    """An approved template the owner may send to this customer, with what must be filled in."""

    name: str
    language: str
    category: str | None
    body: str  # with its {{…}} placeholders
    parameters: tuple[str, ...]  # the placeholder names, in order ("1", "2" or "order_id")
    quality: str | None = None  # Meta's rating of how customers take it: GREEN, YELLOW, RED
    examples: tuple[str, ...] = ()  # Meta's sample value of each parameter, as approved with the template


@dataclass(frozen=True, slots=True)
class NewInbound:
    """One conversation's customer messages that arrived since the last look, for a desktop notification."""

    conversation_id: int
    title: str  # as in the conversation list: the contact's name, or the formatted number
    count: int
    type: str  # the newest message's type, so a photo can be labelled in the reader's language
    text: str | None  # the newest message's text or caption


@dataclass(frozen=True, slots=True)
class InboundBatch:
    """Customer messages newer than a watermark (message id): counted in full, named only for a few conversations."""

    conversations: tuple[NewInbound, ...]  # newest first; only as many as were asked for
    messages: int  # every new customer message
    customers: int  # the conversations they came from
    watermark: int  # the newest message id looked at: next time, only newer ones count
