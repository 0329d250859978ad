"""One owner per data directory: a second receiver stops naming the first; restore and setup wait for it to stop;
read-only commands go on alongside; a lock left by a killed process never blocks the next start."""

from __future__ import annotations

import asyncio
import signal
import sys

import pytest

from tests.integration.test_cli_receiving import Office

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="processes and signals as on Linux")


async def test_a_second_receiver_restore_and_setup_stop_while_serve_runs(tmp_path, secure_keyring):
    office = Office(tmp_path)
    await office.setup()
    try:
        await office.serve("--public-url", "off")
        await office.until_line("Receiving is off")
        assert office.serving is not None
        first = office.serving.pid

        second = await asyncio.to_thread(office.run, "serve", "--public-url", "off", "--webhook-port", "0")
        assert second.returncode != 0 and "Traceback" not in second.stderr
        assert second.stderr.count("\n") == 1 and f"process {first}" in second.stderr, second.stderr

        backup = await asyncio.to_thread(office.run, "backup")
        assert backup.returncode == 0, backup.stderr
        made = next((office.data / "backups").glob("*.zip"))
        restore = await asyncio.to_thread(office.run, "restore", str(made), "--force")
        assert restore.returncode != 0 and "stop it before restoring" in restore.stderr and f"{first}" in restore.stderr
        assert not list(tmp_path.glob("data.replaced-*")) and not list(office.data.parent.glob("*replaced*"))

        again = await asyncio.to_thread(
            office.run, "setup", "--from-env", "--phone-number-id", office.simulator.config.phone_number_id,
            "--waba-id", office.simulator.config.waba_id, "--api-base", office.simulator.base_url,
        )  # fmt: skip
        assert again.returncode != 0 and "stop it before running setup again" in again.stderr

        for read_only in (["status", "--json"], ["retention", "--dry-run"], ["audit"]):
            result = await asyncio.to_thread(office.run, *read_only)
            assert "receives on this data directory" not in result.stderr, (read_only, result.stderr)
            assert "Traceback" not in result.stderr

        office.serving.send_signal(signal.SIGKILL)  # a crash: the lock goes with the process
        await office.serving.wait()
        await office.serve("--public-url", "off")
        await office.until_line("Receiving is off")
    finally:
        if office.serving is not None and office.serving.returncode is None:
            office.serving.send_signal(signal.SIGTERM)
            await office.serving.wait()
        await office.simulator.stop()
