"""The settings screen's parts, one per entry of its list, each field with a line on why it matters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet line under a field: what it is for, in the owner's words, in the theme's secondary colour."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def add_field(form: QFormLayout, name: str, field: QWidget, why: str = "") -> None:
    """A labelled field, and under it (when given) why it matters."""
    if not why:
        form.addRow(name, field)
        return
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(hint(why, holder))
    form.addRow(name, holder)


def group(title: str, parent: QWidget | None = None) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # beside the field, not its hint
    return box, form


def row(*widgets: QWidget) -> QWidget:
    """Widgets side by side; the first takes the room that is left."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 else 0)
    return holder


def scrolled(*parts: QWidget) -> QScrollArea:
    """One entry's page: its parts from the top, scrolling when the window is short."""
    body = QWidget()
    column = QVBoxLayout(body)
    for part in parts:
        column.addWidget(part)
    column.addStretch(1)
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
