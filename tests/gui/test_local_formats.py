"""Numbers, money and days as the window's language writes them; an order from the catalogue in the chat with
its pieces and total (Meta's order webhook, from tests/fixtures/meta_webhooks/messages_order.json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monggo_desktop.domain.views import OrderView
from monggo_desktop.services.messaging.ingest import apply_pending
from monggo_desktop.ui.delegates.bubble_texts import body_text
from monggo_desktop.ui.i18n import install_translator, remove_translators
from monggo_desktop.ui.local_format import count_text, day_text, money_text
from tests.inbound import PHONE_NUMBER_ID, add_account

META = Path(__file__).resolve().parents[1] / "fixtures" / "meta_webhooks"


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    yield
    remove_translators()


@pytest.mark.parametrize(
    ("lang", "count", "money", "day"),
    [
        ("id", "1.250.000", "Rp 1.250.000", "Senin, 07 Desember 2026"),
        ("en", "1,250,000", "Rp 1,250,000", "Monday, December 7, 2026"),
    ],
)
def test_numbers_money_and_days_follow_the_windows_language(qapp, lang, count, money, day):
    install_translator(qapp, lang)
    assert count_text(1_250_000) == count
    assert money_text(1_250_000, "IDR") == money
    assert day_text(date(2026, 12, 7)) == day


def test_an_order_from_the_catalogue_shows_its_pieces_and_total(qapp, db):
    db.call(add_account)
    [body] = json.loads((META / "messages_order.json").read_text(encoding="utf-8")).values()
    body["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = PHONE_NUMBER_ID

    def run(store):  # type: ignore[no-untyped-def]
        store.inbox.add(json.dumps(body).encode(), datetime.now(UTC))
        apply_pending(store)
        [(conversation_id,)] = store.conn.execute("SELECT id FROM conversations").fetchall()
        return store.views.bubbles(conversation_id, before_id=None, limit=10)

    [bubble] = db.call(run)
    items = body["entry"][0]["changes"][0]["value"]["messages"][0]["order"]["product_items"]
    pieces = sum(int(i["quantity"]) for i in items)
    total = sum(int(i["quantity"]) * float(i["item_price"]) for i in items)
    assert bubble.order == OrderView(pieces, total, items[0]["currency"])
    install_translator(qapp, "id")
    text, placeholder = body_text(bubble)
    assert text is not None and not placeholder
    assert text.startswith(f"🛒 Pesanan: {pieces} buah, ")
    assert money_text(total, items[0]["currency"]) in text


@pytest.mark.parametrize(("lang", "written"), [("id", "100.000"), ("en", "100,000")])
def test_a_count_inside_an_error_takes_the_windows_thousands_separator(qapp, lang, written):
    from monggo_desktop.domain.errors import InvalidInputError
    from monggo_desktop.ui.error_words import error_text

    install_translator(qapp, lang)
    error = InvalidInputError(
        "line {line} is longer than {most:,} characters: nothing of this card was imported", line=3, most=100_000
    )
    shown = error_text(error)
    assert written in shown and "3" in shown
    assert str(error) == "line 3 is longer than 100,000 characters: nothing of this card was imported"  # the CLI's


def test_a_missing_cloudflared_is_said_wholly_in_indonesian_phrases_included(qapp, tmp_path):
    from monggo_desktop.cloud.tunnel import ProgramMissingError, find_cloudflared
    from monggo_desktop.ui.error_words import kept_text

    install_translator(qapp, "id")
    with pytest.raises(ProgramMissingError) as raised:
        find_cloudflared(str(tmp_path / "cloudflared"), environ={"PATH": ""})
    assert "the settings" in str(raised.value)  # the English kept by the service, as the log has it
    shown = kept_text(str(raised.value))
    assert shown.startswith("cloudflared tidak ada") and "Pengaturan" in shown and "the settings" not in shown
