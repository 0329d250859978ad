"""Times are stored as integer milliseconds since the epoch, UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def to_ms(value: datetime | None) -> int | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; use an aware UTC time")
    return int(value.timestamp() * 1000)


def from_ms(value: int | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromtimestamp(value / 1000, UTC)


def from_ms_required(value: int) -> datetime:
    return datetime.fromtimestamp(value / 1000, UTC)
