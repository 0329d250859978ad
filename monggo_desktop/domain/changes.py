"""What a change touched, so that each screen reloads only what shows it: a delivery tick repaints one row of the
conversation list and the chat it belongs to, not the whole list and its labels (Anki's ``OpChanges`` is the model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    conversations: frozenset[int] = frozenset()  # whose messages, ticks, unread count or flags changed
    list_order: bool = False  # rows may have come, gone or moved (a new message, a pin, an archive)
    labels: bool = False  # the labels and their counts
    sender: bool = False  # whether the outbox is sending, and why not
    account: bool = False  # the access token's health, Meta's notices about the account
    everything: bool = False  # names, contacts, a retention run: all screens read again

    @classmethod
    def of_conversations(cls, ids: Iterable[int], *, list_order: bool = False) -> Changes:
        return cls(conversations=frozenset(ids), list_order=list_order)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            conversations=self.conversations | other.conversations,
            list_order=self.list_order or other.list_order,
            labels=self.labels or other.labels,
            sender=self.sender or other.sender,
            account=self.account or other.account,
            everything=self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return any((self.conversations, self.list_order, self.labels, self.sender, self.account, self.everything))

    def touches(self, conversation_id: int) -> bool:
        """Whether the chat ``conversation_id`` shows something that changed."""
        return self.everything or conversation_id in self.conversations

    def needs_list(self) -> bool:
        """Whether the conversation list must be read again whole, rather than row by row."""
        return self.everything or self.list_order


Listener = Callable[[Changes], None]
Subscribe = Callable[[Listener], None]

NOTHING = Changes()
EVERYTHING = Changes(everything=True)
