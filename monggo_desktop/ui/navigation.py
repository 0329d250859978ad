"""The navigation down the window's left edge: each screen's icon over its name, Ctrl+1 to Ctrl+6."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from monggo_desktop.ui.icons import themed_icon
from monggo_desktop.ui.screens import SCREENS


def navigation_bar(parent: QWidget, show_screen: Callable[[int], None]) -> tuple[QToolBar, list[QAction]]:
    """The bar and one checkable action per screen (the first checked), in the order of SCREENS."""
    bar = QToolBar(parent)
    bar.setObjectName("navigation")
    bar.setOrientation(Qt.Orientation.Vertical)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    bar.setIconSize(QSize(24, 24))
    bar.setMovable(False)
    group = QActionGroup(bar)
    actions: list[QAction] = []
    for number, spec in enumerate(SCREENS):
        name = QCoreApplication.translate("MainWindow", spec.name)
        screen = bar.addAction(themed_icon(spec.icon), name)
        screen.setCheckable(True)
        screen.setShortcut(QKeySequence(spec.shortcut))
        screen.setToolTip(f"{name} ({QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        screen.triggered.connect(lambda _checked=False, n=number: show_screen(n))
        group.addAction(screen)
        actions.append(screen)
    actions[0].setChecked(True)
    return bar, actions
