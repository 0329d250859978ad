"""A bug, shown once: what happened in one sentence, and the (redacted) details to copy for support."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

_shown: set[str] = set()


def show_bug_once(summary: str, details: str, parent: QWidget | None = None) -> QMessageBox | None:
    """A non-modal box per distinct bug; the app keeps running. Returns the box, or None if already shown."""
    if summary in _shown:
        return None
    _shown.add(summary)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "ErrorDialog", "Monggo Pinarak hit an unexpected problem and carried on. Nothing you typed was lost."
        )
    )
    box.setInformativeText(summary)
    box.setDetailedText(details)
    copy = QPushButton(QCoreApplication.translate("ErrorDialog", "Copy details"), box)
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setModal(False)
    box.show()
    return box
