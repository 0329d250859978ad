"""What the conversation list and the open chat read: pages of rows and bubbles, search, a chat's header.
Short indexed queries on the database thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.domain.contacts import ContactQuery, ContactRow
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.views import BubbleView, ConversationRow, LabelView, ListFilter, Page
from monggo_desktop.storage import Database, Store

CONVERSATION_PAGE = 100
CHAT_PAGE = 50
CUSTOMER_CHOICES = 12  # offered under "New chat" as the owner types: a short list to pick from, not a browser


@dataclass(frozen=True, slots=True)
class ChatHeader:
    title: str
    phone_display: str
    window_closes_at: datetime | None
    window_open: bool
    unread: int = 0  # customer messages not read yet: the open chat marks them read only when there are some


@dataclass(frozen=True, slots=True)
class CustomerChoice:
    """A customer "New chat" offers: how they are shown, and what opens their chat (the number in E.164, or
    the BSUID of a customer known only by their username)."""

    name: str
    shown: str  # the number as people read it, or the @username
    reach: str


class ChatReads:
    def __init__(self, db: Database, *, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    async def conversations(
        self, *, offset: int = 0, limit: int = CONVERSATION_PAGE, list_filter: ListFilter | None = None
    ) -> Page[ConversationRow]:
        rows = await self._db.run(
            lambda s: s.views.conversation_rows(offset=offset, limit=limit + 1, list_filter=list_filter)
        )
        return Page(rows[:limit], len(rows) > limit)

    async def conversation(self, conversation_id: int) -> ConversationRow | None:
        return await self._db.run(lambda s: s.views.conversation_row(conversation_id))

    async def conversation_rows(self, conversation_ids: frozenset[int]) -> list[ConversationRow]:
        """The rows of these conversations as they are now (one changed row repainted, not the list)."""

        def read(store: Store) -> list[ConversationRow]:
            rows = (store.views.conversation_row(i) for i in sorted(conversation_ids))
            return [row for row in rows if row is not None]

        return await self._db.run(read)

    async def labels(self) -> list[LabelView]:
        return await self._db.run(lambda s: s.views.labels())

    async def search(self, text: str) -> list[ConversationRow]:
        return await self._db.run(lambda s: s.views.search_rows(text))

    async def customers(self, text: str, *, limit: int = CUSTOMER_CHOICES) -> list[CustomerChoice]:
        """Contacts whose name, number, @username or BSUID holds ``text``, as the contacts screen finds them."""

        def read(store: Store) -> list[CustomerChoice]:
            rows = store.contact_views.rows(ContactQuery(text=text), offset=0, limit=limit)
            return [choice for row in rows if (choice := _choice(store, row)) is not None]

        return await self._db.run(read) if text.strip() else []

    async def enter_sends(self) -> bool:
        """Whether Enter sends the message (the setting on Settings > General); otherwise Ctrl+Enter does."""
        from monggo_desktop.domain.settings import AppSettings

        return await self._db.run(lambda s: AppSettings.from_stored(s.settings.all()).enter_sends)

    async def header(self, conversation_id: int) -> ChatHeader | None:
        row = await self.conversation(conversation_id)
        if row is None:
            return None
        closing = row.window_closes_at
        return ChatHeader(
            title=row.title,
            phone_display=row.phone_display,
            window_closes_at=closing,
            window_open=closing is not None and self._now() < closing,
            unread=row.unread,
        )

    async def newest_bubbles(self, conversation_id: int, *, limit: int = CHAT_PAGE) -> Page[BubbleView]:
        bubbles = await self._db.run(lambda s: s.views.bubbles(conversation_id, before_id=None, limit=limit + 1))
        return Page(bubbles[-limit:], len(bubbles) > limit)

    async def older_bubbles(
        self, conversation_id: int, before_message_id: int, *, limit: int = CHAT_PAGE
    ) -> Page[BubbleView]:
        bubbles = await self._db.run(
            lambda s: s.views.bubbles(conversation_id, before_id=before_message_id, limit=limit + 1)
        )
        return Page(bubbles[-limit:], len(bubbles) > limit)

    async def newer_bubbles(
        self, conversation_id: int, after_message_id: int, *, limit: int = CHAT_PAGE
    ) -> Page[BubbleView]:
        """The page below a chat's bottom row, when the chat shows a stretch of older history."""
        bubbles = await self._db.run(
            lambda s: s.views.bubbles_after(conversation_id, after_id=after_message_id, limit=limit + 1)
        )
        return Page(bubbles[:limit], len(bubbles) > limit)


def _choice(store: Store, row: ContactRow) -> CustomerChoice | None:
    if row.phone_e164:
        return CustomerChoice(row.name, row.phone_display, row.phone_e164)
    contact = store.contacts.get(row.contact_id)  # a username-only customer: the BSUID reaches them
    if contact is None or not contact.user_id:
        return None
    return CustomerChoice(row.name, row.phone_display, contact.user_id)
