"""The size of a benchmark run: full (1,000,000 messages) or quick (`make bench QUICK=1`: a tenth, same ratios).

Each benchmark states its sizes at full scale and passes them through ``scaled``; the harness (``run.py``)
sets ``MONGGO_BENCH_QUICK=1`` in the environment of the benchmarks it starts for a quick run.
"""

from __future__ import annotations

import os

QUICK_DIVISOR = 10


def quick() -> bool:
    return os.environ.get("MONGGO_BENCH_QUICK", "") not in ("", "0")


def scaled(full: int) -> int:
    """``full`` at full scale; a tenth of it (at least 1) for a quick run."""
    return max(1, full // QUICK_DIVISOR) if quick() else full
