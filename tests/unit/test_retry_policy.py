"""Backoff with full jitter, Retry-After, per-recipient pauses, and no retry where a retry cannot help."""

import json

import pytest

from monggo_desktop.cloud.errors import NetworkError, from_response
from monggo_desktop.cloud.retry import RetryPolicy


def error(code, retry_after=None):
    raw = json.dumps({"error": {"code": code, "message": "x"}}).encode()
    return from_response(400, raw, retry_after_header=retry_after)


def test_backoff_ceiling_doubles_and_the_jitter_spans_it():
    top = RetryPolicy(base_delay=0.5, max_delay=30, max_attempts=10, rand=lambda: 0.999999)
    bottom = RetryPolicy(base_delay=0.5, max_delay=30, max_attempts=10, rand=lambda: 0.0)
    ceilings = [top.delay_before_retry(n, error(2)) for n in range(1, 8)]
    assert ceilings == pytest.approx([0.5, 1, 2, 4, 8, 16, 30], rel=1e-3)
    assert all(bottom.delay_before_retry(n, error(2)) == 0 for n in range(1, 8))


def test_jitter_draws_from_the_random_source():
    draws = iter([0.25, 0.75])
    policy = RetryPolicy(base_delay=1, rand=lambda: next(draws))
    assert policy.delay_before_retry(3, error(130429)) == pytest.approx(1.0)  # 0.25 * 4
    assert policy.delay_before_retry(3, error(130429)) == pytest.approx(3.0)  # 0.75 * 4


def test_retry_after_is_a_floor():
    policy = RetryPolicy(rand=lambda: 0.0)
    assert policy.delay_before_retry(1, error(130429, retry_after="12")) == 12


def test_pair_rate_limit_pauses_at_least_six_seconds_and_grows():
    policy = RetryPolicy(rand=lambda: 0.0)
    assert policy.delay_before_retry(1, error(131056)) == 6
    assert policy.delay_before_retry(2, error(131056)) == 12


@pytest.mark.parametrize("code", [190, 100, 131026, 131047, 131048, 131049, 10, 368, 133010])
def test_permanent_codes_are_never_retried(code):
    assert RetryPolicy().delay_before_retry(1, error(code)) is None


def test_attempts_are_bounded_and_the_generic_error_only_a_few_times():
    policy = RetryPolicy(max_attempts=5, generic_error_attempts=3)
    assert policy.delay_before_retry(4, error(2)) is not None
    assert policy.delay_before_retry(5, error(2)) is None
    assert policy.delay_before_retry(2, error(131000)) is not None
    assert policy.delay_before_retry(3, error(131000)) is None


def test_a_send_whose_answer_was_lost_is_not_repeated():
    assert RetryPolicy().delay_before_retry(1, NetworkError("lost", uncertain=True)) is None
    assert RetryPolicy().delay_before_retry(1, NetworkError("no route", uncertain=False)) is not None
