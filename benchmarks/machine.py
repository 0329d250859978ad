"""The machine a benchmark ran on, as every benchmark's JSON states it: Python, system, processor, CPUs, the
CPU's model and the memory where Linux tells them."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe() -> dict[str, object]:
    info: dict[str, object] = {
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "processor": platform.machine(),
        "cpus": os.cpu_count(),
    }
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), None)  # fmt: skip
        if model:
            info["cpu_model"] = model
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total = next(
            (line.split()[1] for line in meminfo.read_text().splitlines() if line.startswith("MemTotal")), None
        )
        if total:
            info["memory_gib"] = round(int(total) / 2**20, 1)
    return info
