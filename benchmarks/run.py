"""`make bench`: run the benchmarks one after another and write ``benchmarks/results.json``.

``{"machine": …, "dataset": …, "metrics": {NAME: value, …}}``: the figures named in the performance issue,
each taken from one benchmark's output (every benchmark prints one JSON object with its own ``metrics``).
Every benchmark runs in a process of its own, so that one's memory or Qt state cannot colour the next; a
benchmark that fails is reported and its figures are missing, the others still run.

    python benchmarks/run.py                 # full: 1,000,000 messages, 5,000 conversations, 20,000 contacts
    python benchmarks/run.py --quick         # a tenth of that, the same ratios
    python benchmarks/run.py --only search,open_conversation --scale 1000   # what the smoke test runs
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import machine

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FULL = {"messages": 1_000_000, "conversations": 5_000, "contacts": 20_000}
QUICK_DIVISOR = 10


@dataclass(frozen=True)
class Benchmark:
    name: str
    script: str
    metrics: dict[str, str]  # result name -> key in the script's "metrics" (dots go into nested objects)
    args: tuple[str, ...] = ()
    timeout_s: int = 3_600


# Ordered from quick to long, so that a broken harness shows early.
BENCHMARKS = (
    Benchmark("search", "search.py", {"search_p95_ms": "search_p95_ms"}),
    Benchmark("open_conversation", "open_conversation.py", {"open_conversation_p95_ms": "open_conversation_p95_ms"}),
    Benchmark("ingest", "ingest.py", {"ingest_msgs_per_s": "ingest_msgs_per_s"}),
    Benchmark("webhook_ack", "webhook_ack.py", {"ack_p99_ms": "ack_p99_ms"}),
    Benchmark("scroll_memory", "scroll_memory.py", {"rss_mb_after_scroll": "rss_mb_after_scroll"}),
    Benchmark("export_memory", "export_memory.py", {"export_peak_rss_growth_mb": "export_peak_rss_growth_mb"}),
    Benchmark(
        "contacts_import_memory",
        "contacts_import_memory.py",
        {"contacts_import_peak_rss_growth_mb": "contacts_import_peak_rss_growth_mb"},
    ),
    Benchmark(
        "encryption_overhead",
        "encryption_overhead.py",
        {
            "encryption_overhead_ratio": "encryption_overhead_ratio",
            "retention_vs_plain_ratio": "retention_vs_plain_ratio",
        },
    ),
    Benchmark("retention_stall", "ui_heartbeat.py", {"retention_max_stall_ms": "max_gap_during_retention_ms"}),
    Benchmark(
        "startup",
        "cold_start.py",
        {"startup_vs_bare_qt_ratio": "app_vs_bare_ratio", "startup_ms": "app_painted_ms"},
    ),
)
TARGETS = {  # for the summary printed at the end; the README explains each
    "encryption_overhead_ratio": ("<=", 1.15),
    "startup_vs_bare_qt_ratio": ("<=", 2.0),
    "open_conversation_p95_ms": ("<=", 30.0),
    "search_p95_ms": ("<=", 30.0),
    "retention_max_stall_ms": ("<=", 50.0),
    "retention_vs_plain_ratio": ("<=", 1.3),
    "ingest_msgs_per_s": (">=", 2_000.0),
    "ack_p99_ms": ("<=", 50.0),
    "rss_mb_after_scroll": ("<=", 250.0),
    "export_peak_rss_growth_mb": ("<=", 100.0),
    "contacts_import_peak_rss_growth_mb": ("<=", 150.0),
}


def run_one(bench: Benchmark, divisor: int) -> tuple[dict[str, object] | None, str | None, float]:
    """The benchmark's JSON output, or the reason it has none; and how long it ran."""
    env = dict(
        os.environ, MONGGO_BENCH_SCALE=str(divisor), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    started = time.perf_counter()
    try:
        done = subprocess.run(  # noqa: S603 (our own scripts, with this interpreter)
            [sys.executable, str(HERE / bench.script), *bench.args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=bench.timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None, f"took longer than {bench.timeout_s} s", time.perf_counter() - started
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"exited with {done.returncode}: {last}", elapsed
    try:
        start = done.stdout.index("{")
        return json.loads(done.stdout[start:]), None, elapsed
    except ValueError:
        return None, "printed no JSON", elapsed


def pick(output: dict[str, object], key: str) -> object:
    value: object = output.get("metrics", {})
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def verdict(name: str, value: object) -> str:
    if name not in TARGETS or not isinstance(value, int | float):
        return ""
    op, target = TARGETS[name]
    met = value <= target if op == "<=" else value >= target
    return f"(target {op} {target:g}: {'met' if met else 'MISSED'})"


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and write benchmarks/results.json.")
    parser.add_argument("--quick", action="store_true", help="a tenth of the full dataset, the same ratios")
    parser.add_argument("--scale", type=int, help="divide the full dataset by this (10 is --quick)")
    parser.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(b.name for b in BENCHMARKS))
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    divisor = args.scale or (QUICK_DIVISOR if args.quick else 1)
    chosen = BENCHMARKS
    if args.only:
        wanted = {name.strip() for name in args.only.split(",") if name.strip()}
        unknown = wanted - {b.name for b in BENCHMARKS}
        if unknown:
            parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
        chosen = tuple(b for b in BENCHMARKS if b.name in wanted)

    metrics: dict[str, object] = {}
    details: dict[str, object] = {}
    failed: list[str] = []
    for bench in chosen:
        print(f"{bench.name} …", file=sys.stderr, flush=True)
        output, problem, elapsed = run_one(bench, divisor)
        if output is None:
            failed.append(bench.name)
            print(f"  {bench.name} failed ({problem}); its figures are missing", file=sys.stderr)
            continue
        details[bench.name] = {"seconds": round(elapsed, 1), **output}
        for name, key in bench.metrics.items():
            value = pick(output, key)
            if value is None:
                print(f"  {bench.name} did not report {key}", file=sys.stderr)
                continue
            metrics[name] = value
            print(f"  {name} = {value} {verdict(name, value)}", file=sys.stderr)

    dataset = {key: max(1, value // divisor) for key, value in FULL.items()}
    dataset["scale"] = "full" if divisor == 1 else ("quick" if divisor == QUICK_DIVISOR else f"1/{divisor}")
    result = {"machine": machine.describe(), "dataset": dataset, "metrics": metrics}
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    args.output.with_name(args.output.stem + "-details.json").write_text(
        json.dumps(details, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.output.name}: {len(metrics)} figures", file=sys.stderr)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
