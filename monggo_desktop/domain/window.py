"""The 24-hour customer-service window (cloud-api.md section 10).

Each message from the customer opens or refreshes it; the business's own messages never do. While it is
open any message type may be sent; once it closes, only approved templates.
"""

from __future__ import annotations

from datetime import datetime, timedelta

WINDOW = timedelta(hours=24)


def closes_at(last_inbound_at: datetime | None) -> datetime | None:
    return None if last_inbound_at is None else last_inbound_at + WINDOW


def is_open(last_inbound_at: datetime | None, now: datetime) -> bool:
    closing = closes_at(last_inbound_at)
    return closing is not None and now < closing


# Message types that may be sent only inside the window (everything but templates).
FREE_FORM_TYPES = frozenset(
    {"text", "image", "video", "audio", "document", "sticker", "reaction", "location", "contacts", "interactive"}
)
