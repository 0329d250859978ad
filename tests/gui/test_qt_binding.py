"""A canary for the Qt binding: PySide6 6.12.0 on Python 3.11 returned None (from void methods) and the
bools of Signal.emit() without a reference, so the interpreter aborted after a few thousand calls.
pyproject.toml excludes that release; this fails if a broken one comes back."""

import sys

from PySide6.QtCore import QObject, QRect, Signal


class _Emitter(QObject):
    ping = Signal()


def test_void_methods_and_emit_keep_their_references(qapp):
    rect, emitter = QRect(), _Emitter()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        rect.setWidth(3)
        emitter.ping.emit()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert all(a >= b - 5 for a, b in zip(after, before, strict=True)), (before, after)
