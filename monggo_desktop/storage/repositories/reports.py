"""Read-side aggregates for the reports screen: counted in SQL from indexes, so a million messages never
reach Python one by one (and no message text is read at all).

A period is [start_ms, end_ms) in UTC milliseconds, cut into ``LocalSpan``s where the local UTC offset
changes. Reactions are not messages here (no bubble, no unread), on either side. The counts read ranges of
``messages_by_time``; the first-response times read each conversation's period from
``messages_by_conversation`` (both m0007).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import timedelta
from operator import itemgetter, sub

from monggo_desktop.domain.reports import Delivery, LocalSpan, ResponseTimes, Share, Usage, hour_slots, percentile
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.storage.migrations.m0007_reports import TEMPLATE_NAME
from monggo_desktop.storage.migrations.m0009_customers_and_events import FROM_AN_AD
from monggo_desktop.storage.repositories.base import Repository

# Every status (the schema allows no other): each one is a range of messages_by_time, which leads with it.
_ANY_STATUS = "(" + ", ".join(f"'{s.value}'" for s in MessageStatus) + ")"
# Outbound messages whose sending has concluded; pending and uncertain ones are still on their way.
_CONCLUDED = "('sent', 'delivered', 'read', 'played', 'failed')"
_PERCENTS = (50, 90)
# A conversation's period as one string, a letter (i: the customer's, o: ours) and a 12-digit time per message
# (milliseconds from the period's start, padded). A turn is a run of the customer's messages; its first message
# starts it and our first message after it answers it. findall returns (start, answer) pairs without a match
# object each: the loop over a million messages runs in C. The rest of the customer's run is skipped as "not
# an o" (digits never are) in one scan, rather than matched message by message.
_TIME_DIGITS = 12
_TIME_PAD = 10 ** (_TIME_DIGITS - 1)  # a period is at most a year (3.2e10 ms): always 12 digits
_TURN = re.compile(r"i(\d{12})[^o]*o(\d{12})")  # 12: _TIME_DIGITS
_STEP = 1 + _TIME_DIGITS
_START, _ANSWER = itemgetter(0), itemgetter(1)

_HOURLY = (
    "SELECT h.value ->> 0,"
    f" (SELECT count(*) FROM messages WHERE direction = 'in' AND status IN {_ANY_STATUS}"
    "   AND created_at >= h.value ->> 1 AND created_at < h.value ->> 2 AND type != 'reaction'),"
    f" (SELECT count(*) FROM messages WHERE direction = 'out' AND status IN {_ANY_STATUS}"
    "   AND created_at >= h.value ->> 1 AND created_at < h.value ->> 2 AND type != 'reaction')"
    " FROM json_each(?) h"
)
# Each conversation's messages of the period, oldest first. group_concat joins in the order rows arrive, and
# the ordered subquery delivers them in index order (conversation, time, id): no sort, and one row per
# conversation reaches Python.
_CONVERSATION_RUNS = (
    "SELECT conv, group_concat(substr(dir, 1, 1) || (at - :lo + :pad), '') FROM ("
    "  SELECT c.id AS conv, m.created_at AS at, m.direction AS dir"
    "  FROM conversations c CROSS JOIN messages m INDEXED BY messages_by_conversation ON m.conversation_id = c.id"
    "  WHERE m.created_at >= :lo AND m.created_at < :hi AND m.type != 'reaction'"
    "  ORDER BY c.id, m.created_at, m.id)"
    " GROUP BY conv"
)


def _duration(ms: float | None) -> timedelta | None:
    return None if ms is None else timedelta(milliseconds=ms)


class ReportQueries(Repository):
    def hourly_counts(self, spans: Sequence[LocalSpan]) -> list[tuple[int, int, int]]:
        """(local hour number, inbound, outbound) for every local hour of the period."""
        slots = hour_slots(spans)
        if not slots:
            return []
        rows = self._conn.execute(_HOURLY, (json.dumps(slots),))
        return [(int(hour), int(came_in), int(went_out)) for hour, came_in, went_out in rows]

    def delivery(self, start_ms: int, end_ms: int) -> Delivery:
        """Outbound messages of the period whose sending concluded: one count per status, each a range."""
        counts = {
            str(status): int(count)
            for status, count in self._conn.execute(
                f"SELECT status, count(*) FROM messages WHERE direction = 'out' AND status IN {_CONCLUDED}"
                " AND created_at >= ? AND created_at < ? AND type != 'reaction' GROUP BY status",
                (start_ms, end_ms),
            )
        }
        read = counts.get("read", 0) + counts.get("played", 0)
        return Delivery(
            sent=sum(counts.values()),
            delivered=counts.get("delivered", 0) + read,
            read=read,
            failed=counts.get("failed", 0),
        )

    def from_ads(self, start_ms: int, end_ms: int) -> int:
        """Conversations a click-to-WhatsApp ad brought in the period: those with a message from an ad."""
        row = self._conn.execute(
            f"SELECT count(DISTINCT conversation_id) FROM messages WHERE {FROM_AN_AD}"
            " AND created_at >= ? AND created_at < ?",
            (start_ms, end_ms),
        ).fetchone()
        return int(row[0])

    def failed_by_reason(self, start_ms: int, end_ms: int) -> list[Share]:
        """Failed sends grouped by the reason Meta gave (its error title), most frequent first."""
        rows = self._conn.execute(
            "SELECT nullif(trim(error_title), '') AS reason, count(*) AS n FROM messages WHERE direction = 'out'"
            " AND status = 'failed' AND created_at >= ? AND created_at < ? AND type != 'reaction'"
            " GROUP BY reason ORDER BY n DESC, reason IS NULL, reason",
            (start_ms, end_ms),
        )
        return [Share(label, int(count)) for label, count in rows]

    def templates_by_category(self, start_ms: int, end_ms: int) -> list[Share]:
        """Template messages sent, by the category of the template they name (as last synced; None when the
        template is no longer in the list)."""
        rows = self._conn.execute(
            # Materialized: read as a plain range, the template's name comes from the index (grouped here, SQLite
            # would read every message row for it).
            f"WITH sent AS MATERIALIZED (SELECT {TEMPLATE_NAME} AS name FROM messages"
            f"  WHERE direction = 'out' AND status IN {_CONCLUDED} AND created_at >= ? AND created_at < ?"
            "   AND type != 'reaction' AND type = 'template'),"
            " named AS (SELECT name, count(*) AS n FROM sent GROUP BY name)"
            " SELECT (SELECT nullif(upper(trim(t.category)), '') FROM templates t WHERE t.name = named.name"
            "   ORDER BY t.synced_at DESC, t.id DESC LIMIT 1) AS category, sum(n) AS total"
            " FROM named GROUP BY category ORDER BY total DESC, category IS NULL, category",
            (start_ms, end_ms),
        )
        return [Share(category, int(count)) for category, count in rows]

    def response_times(self, start_ms: int, end_ms: int) -> ResponseTimes:
        """Median and 90th percentile of the wait for our first answer to each customer turn that started in
        the period (the answer itself may come after it).

        A turn starts with a customer's message that follows one of ours, or opens the conversation. Memory:
        one conversation's period at a time, plus one number per answered turn.
        """
        waits: list[int] = []
        turns = 0
        at_start: list[tuple[int, int, int | None]] = []  # (conversation, start, answer): the turn may be older
        unanswered: list[tuple[int, int]] = []  # (conversation, start): the answer may come after the period
        rows = self._conn.execute(_CONVERSATION_RUNS, {"lo": start_ms, "hi": end_ms, "pad": _TIME_PAD})
        for conversation, messages in rows:
            answered = _TURN.findall(messages)
            tail = messages.rfind("o") + _STEP if "o" in messages else 0  # the customer's last run, if theirs
            waiting = messages[tail + 1 : tail + _STEP] if tail < len(messages) else None
            if messages[0] == "i":  # the period opens with the customer's message: was the turn older?
                if answered:
                    begun, answer = answered.pop(0)
                else:  # their only run, not answered yet
                    begun, answer, waiting = messages[1:_STEP], None, None
                at_start.append((conversation, int(begun), int(answer) if answer else None))
            turns += len(answered) + (waiting is not None)
            waits.extend(map(sub, map(int, map(_ANSWER, answered)), map(int, map(_START, answered))))
            if waiting is not None:
                unanswered.append((conversation, int(waiting)))
        for conversation, begun, answer in at_start:
            if self._direction_before(conversation, start_ms) == "in":
                continue  # the customer was already waiting when the period began: that turn is older
            turns += 1
            if answer is None:
                unanswered.append((conversation, begun))
            else:
                waits.append(answer - begun)
        for conversation, begun in unanswered:
            later = self._first_answer_from(conversation, end_ms)
            if later is not None:
                waits.append(later - (start_ms + begun - _TIME_PAD))
        waits.sort()
        median, p90 = (percentile(waits, p) for p in _PERCENTS)
        return ResponseTimes(turns, len(waits), _duration(median), _duration(p90))

    def _direction_before(self, conversation_id: int, before_ms: int) -> str | None:
        row = self._conn.execute(
            "SELECT direction FROM messages WHERE conversation_id = ? AND created_at < ? AND type != 'reaction'"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            (conversation_id, before_ms),
        ).fetchone()
        return row[0] if row else None

    def _first_answer_from(self, conversation_id: int, from_ms: int) -> int | None:
        row = self._conn.execute(
            "SELECT created_at FROM messages WHERE conversation_id = ? AND created_at >= ? AND direction = 'out'"
            " AND type != 'reaction' ORDER BY created_at, id LIMIT 1",
            (conversation_id, from_ms),
        ).fetchone()
        return int(row[0]) if row else None

    def usage(self, spans: Sequence[LocalSpan], event: str) -> Usage:
        """How often ``event`` happened in the period, and on how many local days."""
        if not spans:
            return Usage()
        rows = ", ".join("(?, ?, ?)" for _ in spans)
        params: list[object] = [value for s in spans for value in (s.start_ms, s.end_ms, s.offset_ms)]
        row = self._conn.execute(
            f"WITH span(lo, hi, off) AS (VALUES {rows})"
            " SELECT count(*), count(DISTINCT (u.occurred_at + s.off) / 86400000)"
            " FROM span s JOIN usage_events u ON u.occurred_at >= s.lo AND u.occurred_at < s.hi WHERE u.name = ?",
            [*params, event],
        ).fetchone()
        return Usage(app_opens=int(row[0]), days_used=int(row[1]))
