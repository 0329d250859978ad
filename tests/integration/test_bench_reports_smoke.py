"""The reports benchmark runs end to end on a tiny history: the report, its per-query breakdown and the
timing of the reports' index upgrade (which must run against the schema as it is now, later migrations
included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_reports_benchmark_runs_on_a_tiny_history(tmp_path: Path) -> None:
    env = {**os.environ, "MONGGO_BENCH_SCALE": "1000", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "reports.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT / "benchmarks",
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["dataset"]["messages"] == 1_000
    metrics = result["metrics"]
    assert len(metrics["runs_ms"]) == 5 and all(ms > 0 for ms in metrics["runs_ms"])
    assert set(metrics["each_query_once_ms"]) == {
        "hourly_counts",
        "response_times",
        "delivery",
        "failed_by_reason",
        "templates_by_category",
        "usage",
    }
    assert metrics["m0007_upgrade_s"] >= 0
    figures = result["figures"]
    assert figures["inbound"] + figures["outbound"] > 0
    assert dict(figures["templates_by_category"]).keys() <= {"MARKETING", "UTILITY", "AUTHENTICATION"}
