from hypothesis import given
from hypothesis import strategies as st

from monggo_desktop.domain.status import MessageStatus, advance, rank

S = MessageStatus
FORWARD = [S.SENT, S.DELIVERED, S.READ, S.PLAYED]


def test_statuses_move_forward():
    assert advance(S.PENDING, S.SENT) == S.SENT
    assert advance(S.SENT, S.DELIVERED) == S.DELIVERED
    assert advance(S.DELIVERED, S.READ) == S.READ


def test_late_statuses_never_move_backwards():
    assert advance(S.READ, S.SENT) == S.READ
    assert advance(S.READ, S.DELIVERED) == S.READ
    assert advance(S.DELIVERED, S.SENT) == S.DELIVERED


def test_failed_is_terminal():
    assert advance(S.SENT, S.FAILED) == S.FAILED
    for later in FORWARD:
        assert advance(S.FAILED, later) == S.FAILED


def test_failed_after_delivery_does_not_contradict_the_delivery():
    assert advance(S.DELIVERED, S.FAILED) == S.DELIVERED
    assert advance(S.READ, S.FAILED) == S.READ


def test_inbound_messages_keep_received():
    for incoming in [*FORWARD, S.FAILED]:
        assert advance(S.RECEIVED, incoming) == S.RECEIVED


@given(st.lists(st.sampled_from(FORWARD), min_size=1, max_size=12))
def test_any_arrival_order_ends_at_the_furthest_status(arrivals):
    status = S.PENDING
    for incoming in arrivals:
        before = status
        status = advance(status, incoming)
        assert rank(status) >= rank(before)
    assert status == max(arrivals, key=rank)


@given(st.lists(st.sampled_from([*FORWARD, S.FAILED, S.UNCERTAIN]), max_size=12))
def test_rank_never_decreases(arrivals):
    status = S.PENDING
    for incoming in arrivals:
        new = advance(status, incoming)
        assert rank(new) >= rank(status)
        status = new
