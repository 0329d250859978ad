"""Delivery status of a message and the rule that ticks only move forward.

Meta delivers status webhooks at least once and in any order: a ``sent`` can arrive after ``read``.
``failed`` is terminal. ``played`` (voice notes) comes after ``read``.
"""

from __future__ import annotations

from enum import StrEnum


class MessageStatus(StrEnum):
    PENDING = "pending"  # written locally, waiting in the outbox
    UNCERTAIN = "uncertain"  # a send may or may not have reached Meta (crash mid-send)
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    PLAYED = "played"
    FAILED = "failed"
    RECEIVED = "received"  # inbound messages


_RANK: dict[MessageStatus, int] = {
    MessageStatus.PENDING: 0,
    MessageStatus.UNCERTAIN: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.READ: 4,
    MessageStatus.PLAYED: 5,
}

TERMINAL = frozenset({MessageStatus.FAILED, MessageStatus.RECEIVED})


def rank(status: MessageStatus) -> int:
    """Position of an outbound status in the forward order; terminal states rank above all."""
    return _RANK.get(status, len(_RANK))


def advance(current: MessageStatus, incoming: MessageStatus) -> MessageStatus:
    """The status after ``incoming`` arrives while the message is at ``current``.

    Never moves backwards; ``failed`` wins over any not-yet-delivered state and is then final;
    a ``failed`` after ``delivered`` or ``read`` is ignored, because the customer has the message.
    """
    if current in TERMINAL or current == incoming:
        return current
    if incoming == MessageStatus.RECEIVED:
        return current
    if incoming == MessageStatus.FAILED:
        return MessageStatus.FAILED if rank(current) < rank(MessageStatus.DELIVERED) else current
    return incoming if rank(incoming) > rank(current) else current
