"""Demo mode does not depend on this machine's keyring: its secrets are throw-away and live in memory, so its
self-check passes on a machine whose keyring is unsafe or missing (a fresh machine without a Secret Service)."""

from __future__ import annotations

import os

from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from monggo_desktop.services.demo import start_demo
from monggo_desktop.services.privacy.audit import audit


async def test_the_demo_s_self_check_passes_whatever_keyring_the_machine_has(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # where a plaintext keyring would write: nothing
    previous_umask = os.umask(0o077)  # the app's (set at start); the test process's may be looser
    demo = await start_demo()
    try:
        for machine_keyring in (fail.Keyring(), PlaintextKeyring(), None):
            report = audit(demo.engine.session, machine_keyring)
            assert report.clean, [str(finding) for finding in report.findings]
            assert len(report.checks) == 6
    finally:
        await demo.stop()
        os.umask(previous_umask)
    assert not (tmp_path / "xdg").exists()
