"""The reports screen's figures, as plain data, and the arithmetic that needs no database.

Everything here is a count or a duration: a report never holds a name, a number or a word of a message.
Days and hours are the owner's local ones. The storage groups messages by *local hour number* (hours since
1970-01-01 00:00 local time), which is exact across daylight-saving changes because each stretch of time is
shifted by the UTC offset in force during it (``LocalSpan``); ``fold_hours`` turns those hour numbers into
days and a weekday x hour grid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# Usage analytics are off until the owner turns them on (the settings screen will write this key).
ANALYTICS_SETTING = "analytics.enabled"
# The usage event the app records when it opens (with usage analytics on).
APP_OPENED = "app.opened"

WEEKDAYS = 7  # Monday first, as date.weekday() counts
HOURS = 24
MS_PER_HOUR = 3_600_000
MS_PER_DAY = 86_400_000
_EPOCH = date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class LocalSpan:
    """A stretch of time [start_ms, end_ms) in UTC milliseconds during which the local clock is UTC + offset_ms."""

    start_ms: int
    end_ms: int
    offset_ms: int


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    inbound: int = 0
    outbound: int = 0


@dataclass(frozen=True, slots=True)
class ResponseTimes:
    """How long customers waited for the first answer to each of their turns.

    A turn starts with a customer's message that follows one of ours (or opens the conversation); it is
    answered by our next message. Turns not answered yet count in ``turns`` but not in the percentiles.
    """

    turns: int = 0
    answered: int = 0
    median: timedelta | None = None
    p90: timedelta | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """Outbound messages of the period whose sending has concluded (pending ones are not counted yet).

    ``delivered`` includes the read ones (a read receipt implies delivery); ``read`` includes voice notes played.
    """

    sent: int = 0
    delivered: int = 0
    read: int = 0
    failed: int = 0

    @property
    def delivery_rate(self) -> float | None:
        return self.delivered / self.sent if self.sent else None

    @property
    def read_rate(self) -> float | None:
        return self.read / self.delivered if self.delivered else None


@dataclass(frozen=True, slots=True)
class Share:
    """One bar of a horizontal bar chart. ``label`` None: not known (a failure Meta gave no reason for,
    a template no longer in the synced list)."""

    label: str | None
    count: int


@dataclass(frozen=True, slots=True)
class Usage:
    """Figures from the app's own usage events; only computed with usage analytics on."""

    app_opens: int = 0
    days_used: int = 0


@dataclass(frozen=True, slots=True)
class Report:
    start: date
    end: date  # the first day after the period
    days: tuple[DayCount, ...]
    response: ResponseTimes
    delivery: Delivery
    failed_by_reason: tuple[Share, ...]
    templates_by_category: tuple[Share, ...]
    busiest_hours: tuple[tuple[int, ...], ...]  # inbound messages, [weekday][hour], Monday first
    usage: Usage | None = None  # None: usage analytics are off
    from_ads: int = 0  # conversations a click-to-WhatsApp ad brought

    @property
    def inbound(self) -> int:
        return sum(d.inbound for d in self.days)

    @property
    def outbound(self) -> int:
        return sum(d.outbound for d in self.days)

    @property
    def empty(self) -> bool:
        return not self.days or self.inbound + self.outbound == 0


def local_spans(
    start_ms: int, end_ms: int, offset_at: Callable[[int], int], *, probe_ms: int = 12 * MS_PER_HOUR
) -> tuple[LocalSpan, ...]:
    """Cut [start_ms, end_ms) where the UTC offset changes; ``offset_at(ms)`` is the offset in force at ``ms``.

    The offset is probed every ``probe_ms`` (zones change a few times a year at most, never twice in half a
    day) and each change found is narrowed down to the millisecond.
    """
    spans: list[LocalSpan] = []
    lo, offset = start_ms, offset_at(start_ms)
    probe = start_ms
    while probe < end_ms - 1:
        ahead = min(probe + probe_ms, end_ms - 1)
        if offset_at(ahead) == offset:
            probe = ahead
            continue
        before, after = probe, ahead  # the offset is ``offset`` at ``before``, another one at ``after``
        while after - before > 1:
            middle = (before + after) // 2
            if offset_at(middle) == offset:
                before = middle
            else:
                after = middle
        spans.append(LocalSpan(lo, after, offset))
        lo, offset, probe = after, offset_at(after), after
    spans.append(LocalSpan(lo, end_ms, offset))
    return tuple(spans)


def day_number(day: date) -> int:
    """Days since 1970-01-01, as the storage counts local days."""
    return (day - _EPOCH).days


def hour_slots(spans: Iterable[LocalSpan]) -> list[tuple[int, int, int]]:
    """(local hour number, start_ms, end_ms) for every local hour the spans cover, cut at their edges.

    Where clocks go back, an hour number comes twice (once per offset); ``fold_hours`` adds both up.
    """
    slots = []
    for span in spans:
        for number in range(
            (span.start_ms + span.offset_ms) // MS_PER_HOUR, (span.end_ms - 1 + span.offset_ms) // MS_PER_HOUR + 1
        ):
            lo = max(span.start_ms, number * MS_PER_HOUR - span.offset_ms)
            hi = min(span.end_ms, (number + 1) * MS_PER_HOUR - span.offset_ms)
            if lo < hi:
                slots.append((number, lo, hi))
    return slots


def fold_hours(
    rows: Iterable[tuple[int, int, int]], start: date, end: date
) -> tuple[tuple[DayCount, ...], tuple[tuple[int, ...], ...]]:
    """(local hour number, inbound, outbound) rows -> one DayCount per day of [start, end) and the
    weekday x hour grid of inbound messages."""
    first = day_number(start)
    length = (end - start).days
    inbound, outbound = [0] * length, [0] * length
    grid = [[0] * HOURS for _ in range(WEEKDAYS)]
    for hour_number, came_in, went_out in rows:
        day, hour = divmod(hour_number, HOURS)
        index = day - first
        if not 0 <= index < length:
            continue  # outside the period's days: cannot happen with its own spans
        inbound[index] += came_in
        outbound[index] += went_out
        grid[(start + timedelta(days=index)).weekday()][hour] += came_in
    days = tuple(DayCount(start + timedelta(days=i), inbound[i], outbound[i]) for i in range(length))
    return days, tuple(tuple(row) for row in grid)


def percentile(ordered: Sequence[float], percent: int) -> float | None:
    """The ``percent`` percentile of values sorted ascending, linear between the closest ranks (numpy's default,
    Excel's PERCENTILE.INC): the median of an even count is the mean of the middle two."""
    if not ordered:
        return None
    low, rest = divmod((len(ordered) - 1) * percent, 100)  # integers: no rounding at the ranks
    high = low + (1 if rest else 0)
    return ordered[low] + (ordered[high] - ordered[low]) * rest / 100
