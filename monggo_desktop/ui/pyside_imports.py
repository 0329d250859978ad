"""A quicker answer to the question PySide6 asks of every module imported after it.

PySide6's import hook (``shibokensupport.feature``) remembers, for each newly imported module, whether its
source mentions "PySide6", so that ``from __feature__ import ...`` can switch features per module. It finds
out with ``inspect.getsource``, which tokenizes the file to learn its encoding and splits it into lines:
about a fifth of a millisecond a module, and the app imports some two hundred modules before its window is
painted. Reading the file's bytes gives the same answer ("PySide6" is ASCII, the same bytes in UTF-8 and in
any ASCII-compatible encoding) at a fraction of the cost. Anything else (a module without a ``.py`` file, a
file that cannot be read) still gets PySide6's own check. When PySide6 no longer has the function, nothing
is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARKER = "_monggo_byte_check"


def quicken_feature_checks() -> bool:
    """Put the byte check in place of PySide6's source check; True when it is (or already was) in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARKER, False):
        return True
    setattr(feature, "_mod_uses_pyside", byte_check(original))  # noqa: B010 (a private name of PySide's)
    return True


def byte_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(mentions_pyside, _MARKER, True)
    return mentions_pyside
