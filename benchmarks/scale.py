"""The size of a benchmark run: full (1,000,000 messages), quick (`make bench QUICK=1`: a tenth, same ratios),
or tiny (the harness's smoke test).

Each benchmark states its sizes at full scale and passes them through ``scaled``; the harness (``run.py``)
sets ``MONGGO_BENCH_SCALE`` (the divisor: 10 for quick) in the environment of the benchmarks it starts.
``MONGGO_BENCH_QUICK=1`` means a divisor of 10 as well.
"""

from __future__ import annotations

import os

QUICK_DIVISOR = 10


def divisor() -> int:
    text = os.environ.get("MONGGO_BENCH_SCALE", "")
    if text.isdigit() and int(text) > 0:
        return int(text)
    return QUICK_DIVISOR if os.environ.get("MONGGO_BENCH_QUICK", "") not in ("", "0") else 1


def quick() -> bool:
    return divisor() > 1


def scaled(full: int, *, at_least: int = 1) -> int:
    """``full`` divided by the run's divisor (1 at full scale), never below ``at_least``."""
    return max(at_least, full // divisor())
