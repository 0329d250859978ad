"""The conformance corpus: every public webhook body we hold (Meta's reference examples in
tests/fixtures/meta_webhooks, pywa's test data in tests/fixtures/pywa; each folder's README.md gives its source),
signed and posted to the real receiver, applied to a real SQLCipher database, then checked message by message
against what the body itself says (tests/integration/corpus_expectations.py): each envelope is answered 200, and
each message is stored once, with its type, text or caption, sender, reply target and reaction.

Each body is applied on its own, as at the time Meta sent it (its newest timestamp), so past chats are within the
retention period and a later body (a customer changing number) cannot change what an earlier one is checked
against. Each is then delivered again in other bytes (Meta re-delivers, and a retry may be batched differently):
still 200, still one row per message.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from monggo_desktop.services.messaging.ingest import apply_pending
from monggo_desktop.storage import Store
from tests.inbound import add_account
from tests.integration.corpus_expectations import Expected, digits, expected_messages
from tests.integration.signed_posts import FIXTURES, cases, make_ours, message_lists, post_signed, receiving

CORPORA = ("meta_webhooks", "pywa")
CORPUS = [(f"{folder}/{case}", body) for folder in CORPORA for case, body in cases(FIXTURES / folder)]

MESSAGE_KINDS = {"text", "image", "video", "audio", "document", "sticker", "location", "contacts", "interactive"}
MESSAGE_KINDS |= {"button", "reaction", "order", "system", "unsupported"}

_ROW = (
    "SELECT m.type, m.direction, m.body, m.reply_to_wamid, m.reaction_to_wamid, m.reaction_emoji, m.edited_at,"
    " m.revoked_at, m.conversation_id, c.wa_id, c.user_id FROM messages m"
    " JOIN conversations v ON v.id = m.conversation_id JOIN contacts c ON c.id = v.contact_id WHERE m.wamid = ?"
)


@dataclass(frozen=True)
class Row:
    type: str
    direction: str
    body: str | None
    reply_to: str | None
    reaction_to: str | None
    emoji: str | None
    edited_at: int | None
    revoked_at: int | None
    conversation_id: int
    wa_id: str | None
    user_id: str | None


@dataclass
class Delivery:
    """One body, posted and applied: what the receiver answered and what the database then held."""

    answer: int
    rows: dict[str, list[Row]]  # by message id (and by the id an edit or revoke names)
    kept: bool  # the body was kept with a note of parts not understood
    pending: int


@dataclass
class Case:
    name: str
    expected: list[Expected]
    deliveries: list[Delivery] = field(default_factory=list)


def applied_at(body: dict[str, Any]) -> datetime | None:
    """When Meta sent the body, as near as it says: a minute after its newest message or status."""
    stamps = [
        int(item["timestamp"])
        for entry in body.get("entry", [])
        for change in entry.get("changes", [])
        if isinstance(change.get("value"), dict)
        for items in [*message_lists(change["value"]), change["value"].get("statuses") or []]
        for item in items
        if isinstance(item, dict) and digits(item.get("timestamp"))
    ]
    return datetime.fromtimestamp(max(stamps), UTC) + timedelta(minutes=1) if stamps else None


def _read(store: Store, ids: list[str], raw: bytes) -> tuple[dict[str, list[Row]], bool, int]:
    conn = store.conn
    rows = {wamid: [Row(*r) for r in conn.execute(_ROW, (wamid,))] for wamid in ids}
    digest = hashlib.sha256(raw).hexdigest()
    notes = [error for (error,) in conn.execute("SELECT error FROM webhook_inbox WHERE body_hash = ?", (digest,))]
    return rows, any(note is not None for note in notes), store.inbox.pending_count()


@pytest.fixture
async def corpus(db) -> list[Case]:  # type: ignore[no-untyped-def]
    """Every body of the corpus, delivered twice (the second time in other bytes) and applied after each."""
    db.call(add_account)
    done = []
    async with receiving(db) as (receiver, client):
        for name, body in CORPUS:
            ours = make_ours(name, copy.deepcopy(body))
            case = Case(name, list(expected_messages(ours)))
            ids = [e.wamid for e in case.expected] + [e.original for e in case.expected if e.original]
            at = applied_at(ours)
            for raw in (json.dumps(ours).encode(), json.dumps(ours, indent=1).encode()):
                answer = await post_signed(client, receiver.url, raw)
                db.call(lambda s, at=at: apply_pending(s, limit=10, now=at))
                rows, kept, pending = db.call(lambda s, raw=raw, ids=ids: _read(s, ids, raw))
                case.deliveries.append(Delivery(answer, rows, kept, pending))
            done.append(case)
    return done


def problems(expected: Expected, delivery: Delivery) -> list[str]:
    """How what was stored for one message differs from what its body says; empty when it does not."""
    found = delivery.rows[expected.wamid]
    if expected.outcome == "not understood":
        return (["stored, though not understood"] if found else []) + ([] if delivery.kept else ["body not kept"])
    original = [r for r in delivery.rows.get(expected.original or "", []) if r.direction == expected.direction]
    if expected.outcome == "revoke":  # it empties its original, if that is here, and adds no row
        revoked = [] if all(r.revoked_at is not None for r in original) else ["original not marked deleted"]
        return ([f"{len(found)} rows of its own"] if found else []) + revoked
    if expected.edited and original:  # the edit changed a message that is here: no row of its own
        edited = [] if original[0].edited_at is not None else ["original not marked edited"]
        return ([f"{len(found)} rows of its own"] if found else []) + edited
    if len(found) != 1:
        return [f"{len(found)} rows, not 1"]
    row = found[0]
    wanted = {
        "type": (row.type, expected.type),
        "direction": (row.direction, expected.direction),
        "text": (row.body, expected.text),
        "reply target": (row.reply_to, expected.reply_to),
        "reaction target": (row.reaction_to, expected.reaction_to),
        "reaction emoji": (row.emoji, expected.emoji),
        "edited": (row.edited_at is not None, expected.edited),
    }
    wrong = [f"{what}: {got!r}, not {want!r}" for what, (got, want) in wanted.items() if got != want]
    if expected.wa_id is not None and row.wa_id not in (expected.wa_id, expected.new_wa_id):
        wrong.append(f"in the chat of {row.wa_id!r}, not {expected.wa_id!r}")
    if expected.user_id is not None and row.user_id != expected.user_id:
        wrong.append(f"in the chat of BSUID {row.user_id!r}, not {expected.user_id!r}")
    return wrong


def test_the_corpus_holds_bodies_of_every_kind() -> None:
    assert len(CORPUS) >= 140
    kinds = {e.type for _, body in CORPUS for e in expected_messages(body) if e.outcome == "row"}
    assert kinds >= MESSAGE_KINDS, MESSAGE_KINDS - kinds


def envelope(body: dict[str, Any]) -> bool:
    """The webhook envelope: what the receiver must answer 200 whatever is inside (cloud-api.md §8b)."""
    return body.get("object", "whatsapp_business_account") == "whatsapp_business_account" and isinstance(
        body.get("entry"), list
    )


async def test_no_signed_envelope_is_answered_anything_but_200(corpus: list[Case]) -> None:
    answers = {(c.name, n): d.answer for c in corpus for n, d in enumerate(c.deliveries)}
    bodies = dict(CORPUS)
    assert {key: code for key, code in answers.items() if envelope(bodies[key[0]]) and code != 200} == {}
    # A few of Meta's page examples print no "object": still the envelope, taken like the rest.
    assert {key: code for key, code in answers.items() if not envelope(bodies[key[0]]) and code != 400} == {}
    assert {c.name: d.pending for c in corpus for d in c.deliveries if d.pending} == {}


async def test_every_message_is_stored_once_as_its_body_says(corpus: list[Case]) -> None:
    checked = [(c, e) for c in corpus for e in c.expected if e.outcome != "not understood"]
    assert len(checked) >= 70
    wrong = [
        f"{c.name} {e.wamid.split('.' + c.name)[0]} (delivery {n + 1}): {'; '.join(found)}"
        for c, e in checked
        for n, delivery in enumerate(c.deliveries)
        if (found := problems(e, delivery))
    ]
    assert not wrong, "\n".join(wrong)


async def test_placeholders_where_numbers_must_be_are_kept_not_stored(corpus: list[Case]) -> None:
    placeholders = [(c, e) for c in corpus for e in c.expected if e.outcome == "not understood"]
    assert len(placeholders) >= 5
    wrong = {
        (c.name, e.wamid, n): found
        for c, e in placeholders
        for n, d in enumerate(c.deliveries)
        if (found := problems(e, d))
    }
    assert wrong == {}
