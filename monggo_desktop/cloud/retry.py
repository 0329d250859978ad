"""Retry policy: exponential backoff with full jitter, Retry-After honoured, longer pauses per recipient.

The clock, the sleep and the random source are injected, so tests run instantly and exactly.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from monggo_desktop.cloud.errors import CloudApiError, ErrorKind, NetworkError

GENERIC_ERROR_CODE = 131000  # "retry a few times", no more


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    pair_pause: float = 6.0  # the pair limit is one message per 6 s to the same customer
    generic_error_attempts: int = 3
    rand: Callable[[], float] = field(default=random.random, repr=False)

    def delay_before_retry(self, attempt: int, error: CloudApiError) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None when ``error`` must not be retried."""
        if not error.retryable or attempt >= self.max_attempts:
            return None
        if isinstance(error, NetworkError) and error.uncertain:
            return None  # the request may have been processed: never repeat a send blindly
        if error.code == GENERIC_ERROR_CODE and attempt >= self.generic_error_attempts:
            return None
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        delay = self.rand() * ceiling  # full jitter
        if error.kind is ErrorKind.PAIR_RATE_LIMITED:
            delay = self.pair_pause * 2 ** (attempt - 1) + delay
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
        return float(delay)
