"""Whether the outbox is sending, and if not, why (light: the window reads it before the sender loads)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SenderState:
    paused: bool
    reason: str | None = None  # shown to the user: what to do, or (not paused) why messages are waiting
