"""The encryption overhead benchmark runs end to end on a tiny history and reports both ratios.

Not a timing test: only that every step runs on both databases (the retention check inside the benchmark
fails the run if the expired messages were not all removed) and that the figures are there.
"""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_encryption_overhead_reports_both_ratios(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # as when run as a script: its neighbours import by name
    bench = importlib.import_module("encryption_overhead")

    result = json.loads(json.dumps(bench.main(2_000, 1, bench.Sizes(opens=20, search_passes=1, rounds=2))))

    metrics = result["metrics"]
    for name in ("encryption_overhead_ratio", "retention_vs_plain_ratio"):
        assert isinstance(metrics[name], float)
        assert math.isfinite(metrics[name])
        assert metrics[name] > 0
    for step in bench.STEPS:
        assert metrics[f"{step}_cipher_ms"] > 0
        assert metrics[f"{step}_plain_ms"] > 0
    assert result["dataset"]["messages"] == 2_000
    assert result["dataset"]["expired_messages"] == 600
