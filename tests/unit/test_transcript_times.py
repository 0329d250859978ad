"""A transcript reads in the shop's time: days and times in its zone (this computer's by default, as the
reports), the zone named once with its offset; never UTC for a shop in Yogyakarta."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime, timedelta, timezone

from monggo_desktop.domain.models import Direction, Message
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.privacy.export_files import write_transcript, zone_words

WIB = timezone(timedelta(hours=7), "WIB")


def transcript(zone=None) -> str:  # type: ignore[no-untyped-def]
    late_evening_utc = datetime(2026, 3, 1, 20, 30, tzinfo=UTC)  # 03:30 the next morning in Yogyakarta
    message = Message(
        conversation_id=7,
        direction=Direction.INBOUND,
        type="text",
        body="Kak, pesanan saya sudah dikirim?",
        status=MessageStatus.RECEIVED,
        created_at=late_evening_utc,
    )
    out = io.StringIO()
    count = write_transcript(
        out,  # type: ignore[arg-type]
        name="Sari Wulandari",
        phone="+6281234567801",
        conversation_id=7,
        messages=[message],
        media_file_of=lambda _m: None,
        check=lambda: None,
        zone=zone,
    )
    assert count == 1
    return out.getvalue()


def test_days_and_times_are_the_shop_s_with_the_zone_named_once():
    page = transcript(WIB)
    assert "<h2>2026-03-02</h2>" in page and "03:30 · Customer" in page
    assert page.count("WIB (UTC+07:00)") == 1 and "Times are in UTC" not in page


def test_without_a_zone_the_computer_s_own_is_used(monkeypatch):
    monkeypatch.setenv("TZ", "WIB-7")  # a POSIX zone: no time zone database needed
    time.tzset()
    try:
        page = transcript()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert "<h2>2026-03-02</h2>" in page and "Times are in WIB (UTC+07:00)." in page


def test_zone_words_say_the_offset_and_plain_utc_when_it_is_utc():
    assert zone_words(WIB) == "WIB (UTC+07:00)"
    assert zone_words(UTC) == "UTC"
    assert zone_words(timezone(timedelta(hours=5, minutes=30))) == "UTC+05:30"
    assert zone_words(timezone(timedelta(hours=-3))) == "UTC-03:00"
