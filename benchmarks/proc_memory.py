"""This process's memory as Linux reports it (/proc/self/status), for the memory benchmarks.

VmRSS is the resident set now, VmHWM its peak so far. ``reset_peak`` starts VmHWM again from the current
RSS (writing 5 to /proc/self/clear_refs, Linux 4.0 and later), so that a peak belongs to one phase;
``PeakSampler`` also reads VmRSS every 10 ms on a thread, which works where the reset is not allowed.
"""

from __future__ import annotations

import threading
from pathlib import Path

STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")
SAMPLE_SECONDS = 0.010


def status_mb() -> dict[str, float]:
    """VmRSS and VmHWM in MB (10^6 bytes; the kernel counts kB of 1,024 bytes)."""
    values: dict[str, float] = {}
    for line in STATUS.read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = round(int(rest.split()[0]) * 1024 / 1e6, 1)
    return values


def rss_mb() -> float:
    return status_mb()["VmRSS"]


def reset_peak() -> bool:
    """Set VmHWM to the current RSS; False where the kernel does not allow it."""
    try:
        CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


class PeakSampler:
    """The highest VmRSS seen while running, read every 10 ms on a daemon thread."""

    def __init__(self) -> None:
        self.peak_mb = rss_mb()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self._sample()

    def _sample(self) -> None:
        self.peak_mb = max(self.peak_mb, rss_mb())
        self.samples += 1
