"""``monggo-desktop simulator``: the simulator on its own loop until Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys

from monggo_desktop.cloud.simulator.config import SimulatorConfig
from monggo_desktop.cloud.simulator.server import Simulator


def run_simulator(config: SimulatorConfig) -> int:
    """Run until Ctrl-C (or SIGTERM); 0 on a normal stop, non-zero with one line on stderr otherwise."""
    try:
        simulator = Simulator(config)
    except ValueError as exc:
        print(f"simulator: {exc}", file=sys.stderr)
        return 2
    try:
        asyncio.run(_serve(simulator, config))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"simulator: cannot listen on {config.host}:{config.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


async def _serve(simulator: Simulator, config: SimulatorConfig) -> None:
    url = await simulator.start()
    try:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        # Ctrl-C is asyncio.run's KeyboardInterrupt; SIGTERM (a service manager) ends the run the same way.
        with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
            loop.add_signal_handler(signal.SIGTERM, stop.set)
        target = config.webhook_url or "nowhere: no webhook URL given"
        print(f"Cloud API simulator on {url} (webhooks to {target})", flush=True)
        await stop.wait()
    finally:
        await simulator.stop()
