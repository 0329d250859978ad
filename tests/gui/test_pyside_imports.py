"""The byte check that replaces PySide6's per-import source check answers as PySide6's own does."""

import json
import subprocess
import sys
import types

from monggo_desktop.ui import pyside_imports
from monggo_desktop.ui.pyside_imports import byte_check


def _original_check():
    import PySide6.QtCore  # noqa: F401  (loads the feature module)

    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    while getattr(check, "_monggo_byte_check", False):  # the app's may already be in place
        check = check.__closure__[0].cell_contents
    return check


def test_same_answers_as_pysides_source_check(tmp_path):
    import monggo_desktop.domain.keys as pure
    import monggo_desktop.ui.main_window as uses_qt

    odd = tmp_path / "latin1_module.py"
    odd.write_bytes(b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\nbinding = 'PySide6'\n")
    spec_module = types.ModuleType("latin1_module")
    spec_module.__file__ = str(odd)
    gone = types.ModuleType("gone_module")
    gone.__file__ = str(tmp_path / "missing.py")
    original = _original_check()
    quick = byte_check(original)
    for module in (uses_qt, pure, json, sys, spec_module, gone, pyside_imports):
        assert quick(module) == original(module), module.__name__
    assert quick(uses_qt) and not quick(pure) and quick(spec_module)


def test_the_app_puts_it_in_place_before_its_window_modules_load():
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from monggo_desktop.app import application\n"
        "application('en')\n"
        "f = sys.modules['shibokensupport.feature']\n"
        "assert getattr(f._mod_uses_pyside, '_monggo_byte_check', False)\n"
        "import monggo_desktop.ui.main_window\n"
        "print(f.pyside_feature_dict['monggo_desktop.ui.delegates.conversation_delegate'],"
        " f.pyside_feature_dict['monggo_desktop.domain.views'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "-1"]  # uses PySide6: features may switch; does not: ignored
