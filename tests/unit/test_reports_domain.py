"""The reports' arithmetic without a database: percentiles, local-time spans and hours, folding hours into days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from monggo_desktop.domain.reports import (
    MS_PER_HOUR,
    Delivery,
    LocalSpan,
    fold_hours,
    hour_slots,
    local_spans,
    percentile,
)


def ms(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=UTC).timestamp() * 1000)


def test_percentiles_interpolate_between_the_closest_ranks():
    assert percentile([], 50) is None
    assert percentile([7], 50) == percentile([7], 90) == 7
    assert percentile([1, 3, 10], 50) == 3  # odd count: the middle one
    assert percentile([1, 3, 5, 10], 50) == 4  # even count: the mean of the middle two
    assert percentile([1, 3, 10], 90) == pytest.approx(8.6)  # rank 1.8: 3 + (10 - 3) x 0.8
    assert percentile([1, 3, 5, 10], 90) == pytest.approx(8.5)  # rank 2.7: 5 + (10 - 5) x 0.7
    assert percentile(list(range(11)), 90) == 9  # exactly on a rank: no float drift


def test_rates_need_something_to_divide_by():
    assert Delivery().delivery_rate is None and Delivery().read_rate is None
    assert Delivery(sent=8, delivered=6, read=3).delivery_rate == 0.75
    assert Delivery(sent=8, delivered=6, read=3).read_rate == 0.5


def test_spans_are_cut_where_the_offset_changes_to_the_millisecond():
    change = ms(2026, 10, 25, 1)  # Europe/London: BST (+1 h) until 01:00 UTC, GMT after

    def offset_at(at: int) -> int:
        return MS_PER_HOUR if at < change else 0

    start, end = ms(2026, 10, 23, 23), ms(2026, 10, 27, 0)
    assert local_spans(start, end, offset_at) == (
        LocalSpan(start, change, MS_PER_HOUR),
        LocalSpan(change, end, 0),
    )
    assert local_spans(start, end, lambda _at: 7 * MS_PER_HOUR) == (LocalSpan(start, end, 7 * MS_PER_HOUR),)


def test_hours_follow_the_local_clock_even_half_an_hour_off_utc():
    india = 5 * MS_PER_HOUR + 30 * 60_000
    start = ms(2026, 11, 1, 18, 30)  # 2 November 00:00 in India
    slots = hour_slots([LocalSpan(start, start + 2 * MS_PER_HOUR, india)])
    first_hour = (start + india) // MS_PER_HOUR
    assert slots == [
        (first_hour, start, start + MS_PER_HOUR),
        (first_hour + 1, start + MS_PER_HOUR, start + 2 * MS_PER_HOUR),
    ]
    assert datetime.fromtimestamp(first_hour * 3600, UTC).replace(tzinfo=None) == datetime(2026, 11, 2, 0, 0)


def test_hours_fold_into_days_and_the_weekday_grid():
    monday = date(2026, 11, 2)
    hour = (monday - date(1970, 1, 1)).days * 24
    days, grid = fold_hours(
        [(hour + 23, 2, 1), (hour + 24, 1, 0), (hour + 24 + 5, 0, 4)], monday, monday + timedelta(2)
    )
    assert [(d.day, d.inbound, d.outbound) for d in days] == [(monday, 2, 1), (monday + timedelta(1), 1, 4)]
    assert grid[0][23] == 2 and grid[1][0] == 1  # Monday 23:00, Tuesday 00:00: inbound only
    assert sum(map(sum, grid)) == 3
