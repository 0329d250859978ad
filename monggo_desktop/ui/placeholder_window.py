"""The window shown until the conversation screens exist: what is open, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from monggo_desktop.ui.sentences import sentence


class PlaceholderWindow(QMainWindow):
    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monggo Pinarak"))
        self.resize(720, 480)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        self.heading = QLabel(title, central)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.body = QLabel("\n".join(lines), central)
        self.body.setObjectName("body")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setCentralWidget(central)


def not_ready_window(message: str) -> PlaceholderWindow:
    """What starting shows when there is nothing to open yet (no account set up, a locked keyring, …)."""
    return PlaceholderWindow(
        QCoreApplication.translate("PlaceholderWindow", "Monggo Pinarak is not ready"),
        [
            sentence(message),
            QCoreApplication.translate(
                "PlaceholderWindow", "To look around first, start the demo: monggo-desktop --demo"
            ),
        ],
    )
