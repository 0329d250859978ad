"""`make dist`: the bundle users download is built, answers --version and `audit --help`, passes --smoke,
holds only the Qt it needs, and stays under 150 MB. Slow (a PyInstaller build): `make test-slow` runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from monggo_desktop import __version__
from monggo_desktop.security.keyring_vetting import assess
from tests.integration.test_smoke import assert_smoke_passed, no_smoke_entry_left, run_smoke

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "monggo-desktop"
EXECUTABLE = BUNDLE / "monggo-desktop"
MAX_BYTES = 150_000_000
LEFT_OUT = ("Qml", "Quick", "Pdf", "WebEngine", "3D", "Multimedia", "Network", "Sql", "Designer")


@pytest.fixture(scope="module")
def bundle() -> Path:
    """Build it as the README says, with this interpreter's environment (already installed: make must not
    install it again)."""
    venv = Path(sys.prefix)
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    result = subprocess.run(
        ["make", "dist", f"VENV={venv}", f"--assume-old={venv / '.installed'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=1500,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return BUNDLE


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXECUTABLE), *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_built_app_answers_and_passes_its_smoke_check(bundle, tmp_path):
    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"monggo-desktop {__version__}"
    audit = run("audit", "--help")
    assert audit.returncode == 0 and audit.stdout.startswith("usage: monggo-desktop audit"), audit.stderr

    secure = assess(keyring.get_keyring()).secure
    result, home = run_smoke([str(EXECUTABLE)], tmp_path)
    assert_smoke_passed(result, home, keyring_checked=secure)
    assert "(frozen build)" in result.stdout.splitlines()[0]
    if secure and sys.platform.startswith("linux"):
        # The Secret Service, asked directly as the app does (SecretStorage and jeepney are in the bundle).
        assert "ok    keyring: monggo_desktop.security.secret_service.SecretServiceKeyring: " in result.stdout
    assert no_smoke_entry_left()


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_bundle_holds_only_what_the_app_needs(bundle):
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    assert size < MAX_BYTES, f"the bundle is {size / 1e6:.1f} MB"
    names = {path.name for path in files}
    for part in LEFT_OUT:
        assert not [name for name in names if name.startswith((f"libQt6{part}", f"Qt{part}"))], part
    internal = bundle / "_internal"
    assert not [p for p in ("PyQt5", "PyQt6", "PySide2", "keyrings") if (internal / p).exists()]
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqjpeg.so"):
        assert (plugins / plugin).is_file(), plugin
    assert {p.name for p in plugins.iterdir()} <= {
        "platforms",
        "platformthemes",
        "platforminputcontexts",
        "imageformats",
        "iconengines",
        "styles",
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-shell-integration",
        "wayland-graphics-integration-client",
    }
    assert (internal / "monggo_desktop" / "resources" / "i18n" / "monggo_id.qm").is_file()
    assert (bundle / "share" / "applications" / "monggo-desktop.desktop").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "monggo-desktop.png").is_file()
