"""What the reports screen asks of the app: a period's figures, computed on this machine from the database
(nothing is sent anywhere), and the owner's copy of them as CSV or as a picture.

Days and hours are the owner's local ones (the system's time zone unless one is given), daylight-saving
changes included. Usage analytics are off unless the setting ``analytics.enabled`` is true; then, and only
then, figures from the app's own usage events are added to those derived from the messages.

CSV: one file in long format, ``section,item,series,value``, one figure per line, so it opens in any
spreadsheet (a pivot table rebuilds each chart) and one save holds the whole report. Sections, in order:
``period``, ``messages_per_day`` (item: the day, series: in/out), ``first_response`` (minutes), ``delivery``
(counts and rates in percent), ``failed_by_reason``, ``templates_by_category``, ``busiest_hours`` (item: the
weekday, series: the hour, value: customer messages) and, with usage analytics on, ``usage``. Counts only: no
name, number or message text.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import time as clock
from pathlib import Path

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import UsageEvent
from monggo_desktop.domain.reports import (
    ANALYTICS_SETTING,
    APP_OPENED,
    HOURS,
    LocalSpan,
    Report,
    fold_hours,
    local_spans,
)
from monggo_desktop.domain.spreadsheet import safe_cell
from monggo_desktop.services.durable_files import write_whole
from monggo_desktop.storage import Database, Store

log = logging.getLogger("monggo.services")

MAX_DAYS = 366  # a year at a time; messages are kept 30 days anyway
CSV_HEADER = ("section", "item", "series", "value")
UNKNOWN = "unknown"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Files are written off the event loop on a thread of our own (qasync's default executor must not outlive the app).
_FILE_WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-report-files")


class ReportsService:
    def __init__(self, db: Database, *, zone: tzinfo | None = None) -> None:
        self._db = db
        self._zone = zone  # None: the system's local time, read at each use

    async def report(self, start: date, end: date) -> Report:
        """The figures of the local days [start, end): ``end`` is the first day after the period."""
        if end <= start:
            raise InvalidInputError("the period must end after it begins")
        if (end - start).days > MAX_DAYS:
            raise InvalidInputError("a report covers at most {most} days: choose a shorter period", most=MAX_DAYS)
        spans = local_spans(self._midnight(start), self._midnight(end), self._offset_at)
        return await self._db.run(lambda s: _compute(s, start, end, spans))

    async def export_csv(self, report: Report, path: Path) -> None:
        """Write the report as CSV (see the module's description), whole or not at all, readable by the owner only."""
        data = report_csv(report).encode("utf-8")
        await asyncio.get_running_loop().run_in_executor(_FILE_WRITER, write_whole, path, data)

    async def save_picture(self, png: bytes, path: Path) -> None:
        """Write the screen's picture the UI drew, as the CSV is written."""
        await asyncio.get_running_loop().run_in_executor(_FILE_WRITER, write_whole, path, png)

    def _midnight(self, day: date) -> int:
        moment = datetime.combine(day, clock())
        local = moment.replace(tzinfo=self._zone) if self._zone is not None else moment.astimezone()
        return int(local.timestamp() * 1000)

    def _offset_at(self, ms: int) -> int:
        offset = datetime.fromtimestamp(ms / 1000, UTC).astimezone(self._zone).utcoffset()
        return int(offset.total_seconds() * 1000) if offset is not None else 0


def record_usage(store: Store, name: str, *, now: datetime | None = None) -> bool:
    """Record a usage event only while analytics is on (objection, policy section 7: off records nothing)."""
    if store.settings.get(ANALYTICS_SETTING, False) is not True:
        return False
    store.usage_events.add(UsageEvent(name=name, occurred_at=now or datetime.now(UTC)))
    return True


def _compute(store: Store, start: date, end: date, spans: tuple[LocalSpan, ...]) -> Report:
    began = time.perf_counter()
    queries = store.reports
    lo, hi = spans[0].start_ms, spans[-1].end_ms
    days, busiest = fold_hours(queries.hourly_counts(spans), start, end)
    analytics = store.settings.get(ANALYTICS_SETTING, False) is True
    report = Report(
        start=start,
        end=end,
        days=days,
        response=queries.response_times(lo, hi),
        delivery=queries.delivery(lo, hi),
        failed_by_reason=tuple(queries.failed_by_reason(lo, hi)),
        templates_by_category=tuple(queries.templates_by_category(lo, hi)),
        busiest_hours=busiest,
        usage=queries.usage(spans, APP_OPENED) if analytics else None,
        from_ads=queries.from_ads(lo, hi),
    )
    log.debug("report over %d days computed in %.0f ms", len(days), (time.perf_counter() - began) * 1000)
    return report


def report_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(_csv_rows(report))
    return out.getvalue()


def _csv_rows(report: Report) -> list[tuple[str, str, str, str]]:
    rows = [
        ("period", "first_day", "", report.start.isoformat()),
        ("period", "last_day", "", (report.end - timedelta(days=1)).isoformat()),
    ]
    for day in report.days:
        rows.append(("messages_per_day", day.day.isoformat(), "in", str(day.inbound)))
        rows.append(("messages_per_day", day.day.isoformat(), "out", str(day.outbound)))
    response = report.response
    rows += [
        ("first_response", "turns", "", str(response.turns)),
        ("first_response", "answered", "", str(response.answered)),
        ("first_response", "median_minutes", "", _minutes(response.median)),
        ("first_response", "p90_minutes", "", _minutes(response.p90)),
    ]
    delivery = report.delivery
    rows += [
        ("delivery", "sent", "", str(delivery.sent)),
        ("delivery", "delivered", "", str(delivery.delivered)),
        ("delivery", "read", "", str(delivery.read)),
        ("delivery", "failed", "", str(delivery.failed)),
        ("delivery", "delivery_rate_percent", "", _percent(delivery.delivery_rate)),
        ("delivery", "read_rate_percent", "", _percent(delivery.read_rate)),
    ]
    rows.append(("conversations", "from_ads", "", str(report.from_ads)))
    rows += [("failed_by_reason", safe_cell(s.label or UNKNOWN), "", str(s.count)) for s in report.failed_by_reason]
    rows += [
        ("templates_by_category", safe_cell(s.label or UNKNOWN), "", str(s.count)) for s in report.templates_by_category
    ]
    for weekday, counts in enumerate(report.busiest_hours):
        rows += [("busiest_hours", _WEEKDAY_NAMES[weekday], f"{hour:02d}", str(counts[hour])) for hour in range(HOURS)]
    if report.usage is not None:
        rows += [
            ("usage", "app_opens", "", str(report.usage.app_opens)),
            ("usage", "days_used", "", str(report.usage.days_used)),
        ]
    return rows


def _minutes(value: timedelta | None) -> str:
    return "" if value is None else f"{value.total_seconds() / 60:.1f}"


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.1f}"
