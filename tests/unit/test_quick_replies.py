"""Quick replies: what may be saved, and which snippets a typed "/word" offers."""

from __future__ import annotations

import pytest

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.services.messaging import quick_replies
from monggo_desktop.services.messaging.quick_replies import QuickReply, matching

REPLIES = [
    QuickReply("ongkir", "Ongkos kirim Rp 15.000"),
    QuickReply("rekening", "BCA"),
    QuickReply("kirim", "Dikirim"),
]


def test_shortcuts_starting_with_the_word_come_first_then_ones_containing_it():
    assert [r.shortcut for r in matching(REPLIES, "kir")] == ["kirim", "ongkir"]
    assert [r.shortcut for r in matching(REPLIES, "")] == ["ongkir", "rekening", "kirim"]
    assert [r.shortcut for r in matching(REPLIES, "ONG")] == ["ongkir"]
    assert matching(REPLIES, "zzz") == []


def test_saved_quick_replies_round_trip(db):
    db.call(lambda s: quick_replies.save(s, REPLIES))
    assert db.call(quick_replies.load) == REPLIES


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        (QuickReply("two words", "x"), "may only hold letters"),
        (QuickReply("", "x"), "may only hold letters"),
        (QuickReply("Ongkir", "again"), "used twice"),
        (QuickReply("kosong", "   "), "has no text"),
        (QuickReply("panjang", "x" * 4097), "4096"),
    ],
)
def test_a_bad_quick_reply_is_refused_and_nothing_is_saved(db, bad, said):
    db.call(lambda s: quick_replies.save(s, REPLIES[:1]))
    with pytest.raises(InvalidInputError, match=said):
        db.call(lambda s: quick_replies.save(s, [*REPLIES, bad]))
    assert db.call(quick_replies.load) == REPLIES[:1]
