"""Webhook bodies nobody here wrote (pywa's test data, many of them Meta's reference examples; see
tests/fixtures/pywa/README.md), signed and posted to the real receiver, stored in a real SQLCipher inbox and
applied: none is refused, nothing is lost, and what they say shows where the owner looks.

Two changes are made to each body, as Meta's would differ from one business to another: the business number's
ids become this test account's, and each message id gets the case's name (pywa reuses ``wamid.xyzxyz`` across
cases, which would make them duplicates of one another here).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from monggo_desktop.services.messaging.ingest import apply_pending
from tests.inbound import add_account
from tests.integration.signed_posts import FIXTURES, as_ours, cases, post_signed, receiving

PYWA = FIXTURES / "pywa"


@pytest.fixture
async def applied(db) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Every case posted and applied; what the receiver answered, and what the database then holds."""
    db.call(add_account)
    answers = {}
    async with receiving(db) as (receiver, client):
        for case, body in cases(PYWA):
            answers[case] = await post_signed(client, receiver.url, as_ours(case, body))
    counts = db.call(lambda s: apply_pending(s, limit=1_000))

    def read(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        conn = store.conn
        return {
            "messages": {
                r[0]: r[1:]
                for r in conn.execute(
                    "SELECT wamid, type, direction, body, payload, edited_at FROM messages ORDER BY id"
                )
            },
            "kept": conn.execute("SELECT error FROM webhook_inbox WHERE length(body) > 0").fetchall(),
            "pending": store.inbox.pending_count(),
            "notices": conn.execute("SELECT field, event, detail FROM account_notices ORDER BY id").fetchall(),
            "consent": conn.execute("SELECT kind FROM consent_events ORDER BY id").fetchall(),
        }

    return {"answers": answers, "counts": counts, **db.call(read)}


def wamid_case(applied: dict[str, Any], case: str) -> tuple[Any, ...]:
    [row] = [row for wamid, row in applied["messages"].items() if wamid.endswith("." + case)]
    return row


async def test_no_body_is_refused_and_none_is_left_unapplied(applied):
    assert len(applied["answers"]) >= 70
    assert {case: code for case, code in applied["answers"].items() if code != 200} == {}
    assert applied["pending"] == 0


async def test_messages_of_every_kind_are_in_the_chat(applied):
    assert wamid_case(applied, "message/text")[:3] == ("text", "in", "Body Text")
    for case in ("image", "video", "document", "audio", "voice", "static_sticker", "current_location", "order"):
        assert wamid_case(applied, f"message/{case}")[1] == "in", case
    assert wamid_case(applied, "callback_button/quick_reply")[0] == "button"


async def test_ads_and_forwards_are_kept_on_the_message(applied):
    payload = json.loads(wamid_case(applied, "message/referral")[3])
    assert payload["referral"]["headline"] == "AD_TITLE" and payload["referral"]["ctwa_clid"] == "CTWA_CLID"
    assert json.loads(wamid_case(applied, "message/forwarded")[3])["forwarded"] == "once"
    assert json.loads(wamid_case(applied, "message/forwarded_many_times")[3])["forwarded"] == "many"


async def test_an_edit_of_a_message_not_here_keeps_the_new_content_marked_edited(applied):
    kind, direction, body, _payload, edited_at = wamid_case(applied, "edited_message/image")
    assert (kind, direction, body) == ("image", "in", "Updated image caption") and edited_at is not None


async def test_account_notices_calls_and_preferences_are_recorded(applied):
    notices = applied["notices"]
    assert (
        "account_update",
        "ACCOUNT_RESTRICTION",
        "RESTRICTED_BIZ_INITIATED_MESSAGING, RESTRICTED_ADD_PHONE_NUMBER_ACTION",
    ) in notices
    assert ("account_update", "ACCOUNT_VIOLATION", "ADULT") in notices
    assert not [n for n in notices if n[1] in ("PARTNER_ADDED", "AD_ACCOUNT_LINKED")]  # nothing for the owner to do
    calls = [json.loads(row[3]) for row in applied["messages"].values() if row[0] == "call"]
    assert {"event": "terminate", "status": "COMPLETED", "duration": 120} in calls
    assert len(calls) == 2  # pywa gives both connects one call id: one line for that call, one for the other
    assert applied["consent"]  # user_preferences: the customer's marketing choice went into the ledger


async def test_what_is_not_understood_is_kept_with_a_note_of_where_and_no_personal_data(applied):
    notes = [note for (note,) in applied["kept"]]
    assert any("message_template_components_update" in note for note in notes)
    # Meta's placeholders ("<WHATSAPP_USER_PHONE_NUMBER>") are not numbers: those items are kept, not stored.
    assert applied["counts"].not_understood == len(notes) >= 1
    for note in notes:
        assert "972987654321" not in note and "Test Name" not in note
