"""Read-only queries for the data export (privacy policy section 7: access and portability).

Everything is read in keyset pages so that an export of a large database never holds it in memory.
Messages come out in global chronological order (created_at, then id) without a global index on time:
each conversation is read in order through its (conversation_id, created_at, id) index, and a small
heap of one key per conversation merges them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from monggo_desktop.domain.models import (
    Account,
    ConsentEvent,
    ConsentKind,
    ConsentSource,
    Contact,
    Conversation,
    DeletionRequest,
    LegalBasis,
    MediaRef,
    Message,
)
from monggo_desktop.storage.repositories.accounts import AccountRepository
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.repositories.contacts import ContactRepository
from monggo_desktop.storage.repositories.conversations import _COLUMNS as _CONVERSATION_COLUMNS
from monggo_desktop.storage.repositories.conversations import _row_to_conversation
from monggo_desktop.storage.repositories.deletion_requests import _COLUMNS as _RECEIPT_COLUMNS
from monggo_desktop.storage.repositories.deletion_requests import _row_to_request
from monggo_desktop.storage.repositories.media import _COLUMNS as _MEDIA_COLUMNS
from monggo_desktop.storage.repositories.media import MediaRepository, _row_to_media
from monggo_desktop.storage.repositories.messages import _COLUMNS as _MESSAGE_COLUMNS
from monggo_desktop.storage.repositories.messages import _row_to_message
from monggo_desktop.storage.timeconv import from_ms_required

DEFAULT_PAGE_SIZE = 500

# (created_at in ms, id): the order of messages in an export.
_Key = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ExportedConversation:
    conversation: Conversation
    contact_e164: str
    account_phone_number_id: str


@dataclass(frozen=True, slots=True)
class ExportedMessage:
    message: Message
    contact_e164: str
    media: MediaRef | None


@dataclass(frozen=True, slots=True)
class ExportedConsent:
    event: ConsentEvent
    contact_e164: str


@dataclass(frozen=True, slots=True)
class ExportedMedia:
    message_id: int
    message_type: str
    media: MediaRef


class ExportQueries(Repository):
    """The reads of one export. Run them inside ``snapshot()`` so that all sections agree."""

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: in WAL mode it sees one consistent state and blocks no writer."""
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")  # nothing was written; ending the read is all it does

    def accounts(self) -> list[Account]:
        return AccountRepository(self._conn).list()

    def contact_by_phone(self, phone_e164: str) -> Contact | None:
        return ContactRepository(self._conn).get_by_phone(phone_e164)

    def contact(self, contact_id: int) -> Contact | None:
        return ContactRepository(self._conn).get(contact_id)

    def media(self, media_id: int) -> MediaRef | None:
        return MediaRepository(self._conn).get(media_id)

    def contacts(self, *, contact_id: int | None = None, page_size: int = DEFAULT_PAGE_SIZE) -> Iterator[Contact]:
        """Contacts in id order, a page at a time; with ``contact_id`` only that one."""
        repo = ContactRepository(self._conn)
        if contact_id is not None:
            contact = repo.get(contact_id)
            if contact is not None:
                yield contact
            return
        after = 0
        while page := repo.page(after_id=after, limit=page_size):
            yield from page
            after = page[-1].id or after

    def conversations(
        self, *, contact_id: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[ExportedConversation]:
        """Conversations in id order, each with its customer's number and its account's phone number id."""
        where = "id > ? AND contact_id = ?" if contact_id is not None else "id > ?"
        after = 0
        while True:
            params: tuple[int, ...] = (after, contact_id, page_size) if contact_id is not None else (after, page_size)
            rows = self._conn.execute(
                f"SELECT {_CONVERSATION_COLUMNS},"
                " (SELECT coalesce(phone_e164, user_id) FROM contacts WHERE contacts.id = conversations.contact_id),"
                " (SELECT phone_number_id FROM accounts WHERE accounts.id = conversations.account_id)"
                f" FROM conversations WHERE {where} ORDER BY id LIMIT ?",
                params,
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield ExportedConversation(_row_to_conversation(row[:-2]), row[-2], row[-1])
            after = rows[-1][0]

    def count_messages(self, *, contact_id: int | None = None) -> int:
        if contact_id is None:
            return int(self._scalar("SELECT count(*) FROM messages", ()))
        return int(
            self._scalar(
                "SELECT count(*) FROM messages WHERE conversation_id IN"
                " (SELECT id FROM conversations WHERE contact_id = ?)",
                (contact_id,),
            )
        )

    def messages(
        self, *, contact_id: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[ExportedMessage]:
        """All messages (or one customer's) oldest first, ties broken by id; at most ``page_size`` rows per read.

        Memory holds one page plus one (time, id) key per conversation, however many messages there are.
        """
        if page_size < 1:
            raise ValueError("page_size must be positive")
        heads: list[tuple[int, int, int]] = []  # (created_at, id, conversation_id) of each one's next message
        phones: dict[int, str] = {}
        for conversation_id, phone, created_at, message_id in self._first_messages(contact_id):
            heads.append((created_at, message_id, conversation_id))
            phones[conversation_id] = phone
        heapq.heapify(heads)
        media = MediaRepository(self._conn)
        while heads:
            created_at, message_id, conversation_id = heapq.heappop(heads)
            # This conversation leads until another's next message is earlier: read up to that point.
            bound = (heads[0][0], heads[0][1]) if heads else None
            rows = self._page(conversation_id, (created_at, message_id), bound, page_size)
            for row in rows:
                message = _row_to_message(row[2:])
                ref = media.get(message.media_id) if message.media_id is not None else None
                yield ExportedMessage(message, phones[conversation_id], ref)
            # The raw key, not the mapped datetime: milliseconds survive no float round trip exactly.
            last = (rows[-1][0], rows[-1][1]) if rows else (created_at, message_id)
            following = self._next_key(conversation_id, last)
            if following is not None:
                heapq.heappush(heads, (following[0], following[1], conversation_id))

    def conversation_messages(self, conversation_id: int, *, page_size: int = DEFAULT_PAGE_SIZE) -> Iterator[Message]:
        """One conversation's messages, oldest first (ties by id), a page at a time: a transcript."""
        if page_size < 1:
            raise ValueError("page_size must be positive")
        start: _Key = (-(2**62), 0)
        while rows := self._page(conversation_id, start, None, page_size):
            for row in rows:
                yield _row_to_message(row[2:])
            start = (rows[-1][0], rows[-1][1] + 1)  # ids are unique: (time, id + 1) is just after the last row

    def media_messages(
        self, *, contact_id: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[ExportedMedia]:
        """The messages that carry a media file, in message id order, with the file's record."""
        scope = (
            " AND m.conversation_id IN (SELECT id FROM conversations WHERE contact_id = ?)"
            if contact_id is not None
            else ""
        )
        columns = ", ".join(f"md.{c.strip()}" for c in _MEDIA_COLUMNS.split(","))
        after = 0
        while True:
            params: tuple[int, ...] = (after, contact_id, page_size) if contact_id is not None else (after, page_size)
            rows = self._conn.execute(
                f"SELECT m.id, m.type, {columns} FROM messages m JOIN media md ON md.id = m.media_id"
                f" WHERE m.id > ?{scope} ORDER BY m.id LIMIT ?",
                params,
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield ExportedMedia(row[0], row[1], _row_to_media(row[2:]))
            after = rows[-1][0]

    def count_media(self, *, contact_id: int | None = None) -> int:
        scope = (
            " AND conversation_id IN (SELECT id FROM conversations WHERE contact_id = ?)"
            if contact_id is not None
            else ""
        )
        return int(
            self._scalar(
                f"SELECT count(*) FROM messages WHERE media_id IS NOT NULL{scope}",
                (contact_id,) if contact_id is not None else (),
            )
        )

    def consent(
        self, *, contact_id: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[ExportedConsent]:
        """The consent ledger (or one customer's), in entry order, with each customer's number."""
        scope = " AND e.contact_id = ?" if contact_id is not None else ""
        after = 0
        while True:
            params: tuple[int, ...] = (after, contact_id, page_size) if contact_id is not None else (after, page_size)
            rows = self._conn.execute(
                "SELECT e.id, e.contact_id, e.at, e.kind, e.legal_basis, e.source, c.phone_e164"
                f" FROM consent_events e JOIN contacts c ON c.id = e.contact_id WHERE e.id > ?{scope}"
                " ORDER BY e.id LIMIT ?",
                params,
            ).fetchall()
            if not rows:
                return
            for r in rows:
                event = ConsentEvent(
                    contact_id=r[1],
                    kind=ConsentKind(r[3]),
                    source=ConsentSource(r[5]),
                    at=from_ms_required(r[2]),
                    legal_basis=LegalBasis(r[4]) if r[4] else None,
                    id=r[0],
                )
                yield ExportedConsent(event, r[6])
            after = rows[-1][0]

    def deletion_receipts(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> Iterator[DeletionRequest]:
        """Every deletion receipt, oldest first: salted hashes, times and counts, no number."""
        after = 0
        while rows := self._conn.execute(
            f"SELECT {_RECEIPT_COLUMNS} FROM deletion_requests WHERE id > ? ORDER BY id LIMIT ?", (after, page_size)
        ).fetchall():
            yield from map(_row_to_request, rows)
            after = rows[-1][0]

    def _first_messages(self, contact_id: int | None) -> list[tuple[int, str, int, int]]:
        where = "WHERE c.contact_id = ?" if contact_id is not None else ""
        rows: list[tuple[int, str, int, int]] = self._conn.execute(
            "SELECT c.id, ct.phone_e164, m.created_at, m.id FROM conversations c"
            " JOIN contacts ct ON ct.id = c.contact_id"
            " JOIN messages m ON m.id ="
            " (SELECT id FROM messages WHERE conversation_id = c.id ORDER BY created_at, id LIMIT 1)"
            f" {where}",
            (contact_id,) if contact_id is not None else (),
        ).fetchall()
        return rows

    def _page(self, conversation_id: int, start: _Key, bound: _Key | None, limit: int) -> list[Row]:
        """Rows of (created_at, id, *message columns) of one conversation from ``start`` (inclusive) up to
        ``bound`` (exclusive)."""
        rows: list[Row]
        if bound is None:
            rows = self._conn.execute(
                f"SELECT created_at, id, {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?"
                " AND (created_at, id) >= (?, ?) ORDER BY created_at, id LIMIT ?",
                (conversation_id, *start, limit),
            ).fetchall()
            return rows
        rows = self._conn.execute(
            f"SELECT created_at, id, {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?"
            " AND (created_at, id) >= (?, ?) AND (created_at, id) < (?, ?) ORDER BY created_at, id LIMIT ?",
            (conversation_id, *start, *bound, limit),
        ).fetchall()
        return rows

    def _next_key(self, conversation_id: int, after: _Key) -> _Key | None:
        row = self._conn.execute(
            "SELECT created_at, id FROM messages WHERE conversation_id = ? AND (created_at, id) > (?, ?)"
            " ORDER BY created_at, id LIMIT 1",
            (conversation_id, *after),
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _scalar(self, sql: str, params: Row) -> int:
        return int(self._conn.execute(sql, params).fetchone()[0])
