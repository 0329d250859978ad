"""The reports on a real SQLCipher database, with hand-made messages whose figures are worked out by hand:
local days and hours, first-response times, rates, reasons, categories, the analytics switch, the CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from monggo_desktop.domain.errors import InvalidInputError, StorageUnavailableError
from monggo_desktop.domain.models import Contact, UsageEvent
from monggo_desktop.domain.reports import ANALYTICS_SETTING, APP_OPENED, Share, percentile
from monggo_desktop.services.reports import ReportsService
from monggo_desktop.storage import Database
from tests.inbound import add_account

JAKARTA = timezone(timedelta(hours=7))
MONDAY = date(2026, 11, 2)


def at(day: date, hour: int, minute: int = 0, zone: timezone | ZoneInfo = JAKARTA) -> int:
    """A local wall-clock time, in the stored form (UTC milliseconds)."""
    return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).timestamp() * 1000)


class Chat:
    """One customer's conversation; messages written straight into the schema, as the app stores them."""

    def __init__(self, db: Database, number: int) -> None:
        self.db = db

        def create(store) -> int:  # type: ignore[no-untyped-def]
            account = store.accounts.get(1) or store.accounts.get(add_account(store))
            contact = store.contacts.add(Contact(phone_e164=f"+6281234500{number:03d}"))
            return store.conversations.get_or_create(account.id, contact.id).id

        self.id = db.call(create)

    def write(self, direction: str, when: int, *, status: str | None = None, kind: str = "text", **extra) -> None:  # type: ignore[no-untyped-def]
        row = {
            "conversation_id": self.id,
            "direction": direction,
            "type": kind,
            "status": status or ("received" if direction == "in" else "read"),
            "created_at": when,
            **extra,
        }
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        self.db.call(lambda s: s.conn.execute(f"INSERT INTO messages ({names}) VALUES ({marks})", list(row.values())))

    def customer(self, when: int, **extra) -> None:  # type: ignore[no-untyped-def]
        self.write("in", when, **extra)

    def us(self, when: int, **extra) -> None:  # type: ignore[no-untyped-def]
        self.write("out", when, **extra)


@pytest.fixture
def reports(db) -> ReportsService:  # type: ignore[no-untyped-def]
    return ReportsService(db, zone=JAKARTA)


async def test_days_and_hours_are_local_across_midnight(db, reports):
    chat = Chat(db, 1)
    chat.customer(at(MONDAY, 0, 0) - 1)  # Sunday 23:59:59.999: before the period
    chat.customer(at(MONDAY, 23, 59))  # Monday 23:59 (16:59 UTC)
    chat.customer(at(MONDAY + timedelta(1), 0, 0))  # Tuesday 00:00 (still Monday 17:00 UTC)
    chat.us(at(MONDAY + timedelta(1), 0, 5))
    chat.customer(at(MONDAY + timedelta(1), 0, 6), kind="reaction")  # not a message here
    chat.customer(at(MONDAY + timedelta(2), 0, 0))  # Wednesday: the period ends before it

    report = await reports.report(MONDAY, MONDAY + timedelta(2))

    assert [(d.day, d.inbound, d.outbound) for d in report.days] == [
        (MONDAY, 1, 0),
        (MONDAY + timedelta(1), 1, 1),
    ]
    assert report.busiest_hours[0][23] == 1  # Monday, 23:00-24:00
    assert report.busiest_hours[1][0] == 1  # Tuesday, 00:00-01:00
    assert sum(map(sum, report.busiest_hours)) == 2  # customers' messages only
    assert not report.empty and report.inbound == 2 and report.outbound == 1


async def test_first_response_median_and_p90_with_an_odd_then_an_even_count(db, reports):
    first = Chat(db, 1)
    first.us(at(MONDAY, 8, 0) - 86_400_000)  # the day before: ours, so the period opens with a new turn
    first.customer(at(MONDAY, 9, 0))
    first.us(at(MONDAY, 9, 1))  # 1 min
    first.customer(at(MONDAY, 10, 0))
    first.customer(at(MONDAY, 10, 2))  # the same turn
    first.us(at(MONDAY, 10, 3))  # 3 min, from the turn's first message
    first.us(at(MONDAY, 10, 4))  # a second message of ours answers nothing
    first.customer(at(MONDAY, 11, 0))
    first.customer(at(MONDAY, 11, 1), kind="reaction")  # a reaction neither starts nor continues a turn
    first.us(at(MONDAY, 11, 10))  # 10 min
    period = (MONDAY, MONDAY + timedelta(1))

    odd = (await reports.report(*period)).response
    assert (odd.turns, odd.answered) == (3, 3)
    assert odd.median == timedelta(minutes=3)
    assert odd.p90 == timedelta(minutes=8.6)  # rank 1.8 of (1, 3, 10): 3 + 0.8 x (10 - 3)

    second = Chat(db, 2)
    second.customer(at(MONDAY, 12, 0))  # opens the conversation
    second.us(at(MONDAY, 12, 5))  # 5 min
    even = (await reports.report(*period)).response
    assert (even.turns, even.answered) == (4, 4)
    assert even.median == timedelta(minutes=4)  # the mean of 3 and 5
    assert even.p90 == timedelta(minutes=8.5)  # rank 2.7 of (1, 3, 5, 10): 5 + 0.7 x (10 - 5)


async def test_a_turn_counts_where_it_starts_and_waits_for_its_answer_past_the_period(db, reports):
    older = Chat(db, 1)
    older.customer(at(MONDAY, 0, 0) - 10 * 60_000)  # Sunday 23:50: the customer starts waiting
    older.customer(at(MONDAY, 0, 5))  # Monday, but the same turn: it started before the period
    older.us(at(MONDAY, 0, 20))
    late = Chat(db, 2)
    late.customer(at(MONDAY, 23, 50))
    late.us(at(MONDAY + timedelta(1), 0, 10))  # answered after the period: 20 min
    waiting = Chat(db, 3)
    waiting.customer(at(MONDAY, 15, 0))  # not answered yet

    response = (await reports.report(MONDAY, MONDAY + timedelta(1))).response

    assert (response.turns, response.answered) == (2, 1)
    assert response.median == response.p90 == timedelta(minutes=20)


async def test_first_response_times_match_a_message_by_message_count_on_random_chats(db, reports):
    """Runs of every length on both sides, reactions among them, unanswered last turns: the report agrees with
    walking each chat message by message."""
    rng = random.Random(20261129)
    waits: list[int] = []
    turns = 0
    for number in range(12):
        chat = Chat(db, number)
        when = at(MONDAY, 8) + rng.randrange(60_000)
        waiting_since: int | None = None
        for _ in range(rng.randrange(1, 60)):
            when += rng.randrange(1, 900_000)
            if rng.random() < 0.1:
                chat.customer(when, kind="reaction")  # neither starts nor answers a turn
                continue
            if rng.random() < (0.6 if waiting_since is None else 0.35):
                chat.customer(when)
                if waiting_since is None:
                    waiting_since, turns = when, turns + 1
            else:
                chat.us(when)
                if waiting_since is not None:
                    waits.append(when - waiting_since)
                    waiting_since = None

    response = (await reports.report(MONDAY, MONDAY + timedelta(1))).response

    waits.sort()
    assert (response.turns, response.answered) == (turns, len(waits))
    assert len(waits) > 50 and turns > len(waits)
    assert response.median == timedelta(milliseconds=percentile(waits, 50))
    assert response.p90 == timedelta(milliseconds=percentile(waits, 90))


async def test_messages_stored_out_of_order_are_read_in_time_order(db, reports):
    chat = Chat(db, 1)
    chat.us(at(MONDAY, 9, 7))  # the answer is stored first (a webhook came late)
    chat.customer(at(MONDAY, 9, 0))
    chat.customer(at(MONDAY, 9, 7))  # same millisecond as our answer, stored later: after it
    response = (await reports.report(MONDAY, MONDAY + timedelta(1))).response
    assert (response.turns, response.answered, response.median) == (2, 1, timedelta(minutes=7))


async def test_delivery_and_read_rates_and_failed_sends_by_reason(db, reports):
    chat = Chat(db, 1)
    when = at(MONDAY, 10)
    for status in ("sent", "delivered", "delivered", "read", "read", "read", "played"):
        chat.us(when, status=status)
    chat.us(when, status="failed", error_title="Message undeliverable", error_code=131026)
    chat.us(when, status="failed", error_title="Message undeliverable", error_code=131026)
    chat.us(when, status="failed", error_title=None)
    chat.us(when, status="failed", error_title="=HYPERLINK(0)")
    chat.us(when, status="pending")  # not sent yet: in no rate
    chat.us(when, status="uncertain")
    chat.us(when, status="read", kind="reaction")  # reactions are not messages here

    report = await reports.report(MONDAY, MONDAY + timedelta(1))

    delivery = report.delivery
    assert (delivery.sent, delivery.delivered, delivery.read, delivery.failed) == (11, 6, 4, 4)
    assert delivery.delivery_rate == pytest.approx(6 / 11)
    assert delivery.read_rate == pytest.approx(4 / 6)
    assert report.failed_by_reason == (
        Share("Message undeliverable", 2),
        Share("=HYPERLINK(0)", 1),
        Share(None, 1),  # the unknown last among equals
    )
    assert report.days[0].outbound == 13  # every message of ours written that day, sent or not


async def test_templates_sent_by_the_category_of_their_template(db, reports):
    chat = Chat(db, 1)

    def template(name: str, language: str = "id") -> dict[str, str]:
        return {"payload": json.dumps({"template": {"name": name, "language": language, "body": []}})}

    db.call(
        lambda s: s.conn.executemany(
            "INSERT INTO templates (account_id, meta_template_id, name, language, status, category, synced_at)"
            " VALUES (1, ?, ?, ?, 'APPROVED', ?, 0)",
            [
                ("1", "promo", "id", "marketing"),
                ("2", "promo", "en", "MARKETING"),
                ("3", "order_update", "id", "UTILITY"),
            ],
        )
    )
    when = at(MONDAY, 10)
    chat.us(when, kind="template", **template("promo"))
    chat.us(when, kind="template", status="delivered", **template("promo", "en"))
    chat.us(when, kind="template", status="failed", **template("order_update"))
    chat.us(when, kind="template", **template("withdrawn"))  # no longer in the synced list
    chat.us(when, kind="template", status="pending", **template("promo"))  # not sent yet
    chat.us(when, kind="template", payload='{"template": ')  # a malformed payload is still stored: no name
    chat.us(when, kind="text", payload='{"not": "json"')

    report = await reports.report(MONDAY, MONDAY + timedelta(1))

    assert report.templates_by_category == (Share("MARKETING", 2), Share(None, 2), Share("UTILITY", 1))


async def test_usage_figures_only_with_usage_analytics_on(db, reports):
    chat = Chat(db, 1)
    chat.customer(at(MONDAY, 9))
    for when in (at(MONDAY, 8), at(MONDAY, 20), at(MONDAY + timedelta(1), 7), at(MONDAY + timedelta(3), 7)):
        db.call(lambda s, w=when: s.usage_events.add(UsageEvent(APP_OPENED, datetime.fromtimestamp(w / 1000, JAKARTA))))
    db.call(
        lambda s: s.usage_events.add(UsageEvent("search.used", datetime.fromtimestamp(at(MONDAY, 9) / 1000, JAKARTA)))
    )
    period = (MONDAY, MONDAY + timedelta(2))

    assert (await reports.report(*period)).usage is None  # off unless the owner turns it on
    db.call(lambda s: s.settings.set(ANALYTICS_SETTING, True))
    usage = (await reports.report(*period)).usage
    assert usage is not None and (usage.app_opens, usage.days_used) == (3, 2)
    db.call(lambda s: s.settings.set(ANALYTICS_SETTING, False))
    report = await reports.report(*period)
    assert report.usage is None and report.inbound == 1  # the messages' own figures stay


async def test_days_and_hours_survive_the_clocks_going_back(db):
    london = ZoneInfo("Europe/London")  # BST until Sunday 25 October 2026, 02:00 local (01:00 UTC)
    saturday, sunday = date(2026, 10, 24), date(2026, 10, 25)
    chat = Chat(db, 1)
    chat.customer(at(saturday, 23, 30, london))  # 22:30 UTC
    chat.customer(int(datetime(2026, 10, 25, 0, 30, tzinfo=UTC).timestamp() * 1000))  # 01:30 BST
    chat.customer(int(datetime(2026, 10, 25, 1, 30, tzinfo=UTC).timestamp() * 1000))  # 01:30 GMT
    chat.customer(at(sunday, 23, 30, london))  # 23:30 UTC

    report = await ReportsService(db, zone=london).report(saturday, sunday + timedelta(1))

    assert [(d.day, d.inbound) for d in report.days] == [(saturday, 1), (sunday, 3)]
    assert report.busiest_hours[6][1] == 2  # Sunday 01:00-02:00 happened twice
    assert report.busiest_hours[5][23] == 1 and report.busiest_hours[6][23] == 1


async def test_an_empty_or_impossible_period(db, reports):
    report = await reports.report(MONDAY, MONDAY + timedelta(7))
    assert report.empty and len(report.days) == 7
    assert report.response.median is None and report.delivery.delivery_rate is None
    assert report.failed_by_reason == () and report.templates_by_category == ()
    with pytest.raises(InvalidInputError):
        await reports.report(MONDAY, MONDAY)
    with pytest.raises(InvalidInputError):
        await reports.report(MONDAY, MONDAY + timedelta(367))


async def test_the_csv_holds_every_figure_in_long_format_for_the_owner_only(db, reports, tmp_path):
    chat = Chat(db, 1)
    chat.customer(at(MONDAY, 9))
    chat.us(at(MONDAY, 9, 3))
    chat.us(at(MONDAY, 9, 4), status="failed", error_title="=HYPERLINK(0)")
    db.call(lambda s: s.settings.set(ANALYTICS_SETTING, True))
    report = await reports.report(MONDAY, MONDAY + timedelta(2))
    (tmp_path / "exports").mkdir()
    out = tmp_path / "exports" / "report.csv"
    out.write_text("an older export, readable by all")
    out.chmod(0o644)

    await reports.export_csv(report, out)

    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(out.parent) == ["report.csv"]  # no temporary file left behind
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert rows[0] == ["section", "item", "series", "value"]
    figures = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert figures[("period", "first_day", "")] == "2026-11-02"
    assert figures[("period", "last_day", "")] == "2026-11-03"
    assert figures[("messages_per_day", "2026-11-02", "in")] == "1"
    assert figures[("messages_per_day", "2026-11-02", "out")] == "2"
    assert figures[("messages_per_day", "2026-11-03", "out")] == "0"
    assert figures[("first_response", "median_minutes", "")] == "3.0"
    assert figures[("delivery", "sent", "")] == "2"
    assert figures[("delivery", "delivery_rate_percent", "")] == "50.0"
    assert figures[("delivery", "read_rate_percent", "")] == "100.0"
    assert figures[("failed_by_reason", "'=HYPERLINK(0)", "")] == "1"  # shown as text, never run as a formula
    assert figures[("busiest_hours", "Monday", "09")] == "1"
    assert sum(1 for r in rows if r[0] == "busiest_hours") == 7 * 24
    assert figures[("usage", "app_opens", "")] == "0"
    assert "+62812" not in out.read_text("utf-8")  # counts only


async def test_a_csv_that_cannot_be_written_says_so_and_leaves_nothing(db, reports, tmp_path):
    report = await reports.report(MONDAY, MONDAY + timedelta(1))
    with pytest.raises(StorageUnavailableError):
        await reports.export_csv(report, tmp_path / "missing" / "report.csv")
    await reports.save_picture(b"\x89PNG", tmp_path / "report.png")
    assert (tmp_path / "report.png").read_bytes() == b"\x89PNG"
    assert stat.S_IMODE((tmp_path / "report.png").stat().st_mode) == 0o600


async def test_conversations_from_ads_are_counted_once_each_in_their_period(db, reports):
    ad = json.dumps({"referral": {"headline": "Batik tulis diskon", "ctwa_clid": "ARAx"}})
    first, second, plain = Chat(db, 1), Chat(db, 2), Chat(db, 3)
    first.customer(at(MONDAY, 9, 0), payload=ad)
    first.customer(at(MONDAY, 9, 5), payload=ad)  # the same chat: counted once
    second.customer(at(MONDAY + timedelta(1), 10, 0), payload=ad)
    second.customer(at(MONDAY + timedelta(5), 10, 0), payload=ad)  # after the period
    plain.customer(at(MONDAY, 11, 0), payload=json.dumps({"forwarded": "once"}))
    report = await reports.report(MONDAY, MONDAY + timedelta(2))
    assert report.from_ads == 2
    from monggo_desktop.services.reports import report_csv

    assert ["conversations", "from_ads", "", "2"] in list(csv.reader(io.StringIO(report_csv(report))))
