"""The memory benchmarks run end to end on tiny data and report their metric (no figure is asserted: the
benchmarks measure, the harness records)."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def benchmark(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # the scripts import their helpers as top-level modules
    return importlib.import_module(name)


def sections(result: dict[str, object], metric: str) -> tuple[dict, dict]:
    """The result's dataset and metrics, once the named metric is checked to be a positive number."""
    assert set(result) == {"machine", "dataset", "metrics"}
    dataset, metrics = result["dataset"], result["metrics"]
    assert isinstance(dataset, dict) and isinstance(metrics, dict)
    assert isinstance(metrics[metric], float | int) and metrics[metric] > 0
    return dataset, metrics


def test_scroll_memory_pages_a_small_conversation_both_ways(qapp, monkeypatch):
    result = benchmark("scroll_memory", monkeypatch).main(messages=700)  # 14 pages, more than the window
    dataset, metrics = sections(result, "rss_mb_after_scroll")
    assert dataset["photos"] == 2
    assert metrics["pages_loaded"] > 14  # the way back down loads the dropped pages again


def test_export_memory_exports_a_small_account(qapp, monkeypatch):
    result = benchmark("export_memory", monkeypatch).main(messages=400)
    dataset, _metrics = sections(result, "export_peak_rss_growth_mb")
    assert dataset["counts"]["messages"] == 400 and dataset["encrypted"]
