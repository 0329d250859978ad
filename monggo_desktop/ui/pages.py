"""The screens beside the chats that later updates fill: each says plainly what it will hold and what works now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(14)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.body = QLabel("\n\n".join(lines), self)
        self.body.setObjectName("pageBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        layout.addStretch(1)


def contacts_page(parent: QWidget | None = None) -> ComingPage:
    return ComingPage(
        QCoreApplication.translate("Pages", "Contacts"),
        [
            QCoreApplication.translate(
                "Pages",
                "The contact list with search, CSV and vCard import and export, merging duplicates, labels and "
                "the consent record of each customer comes in a later update.",
            ),
            QCoreApplication.translate(
                "Pages", "Until then every customer who writes appears under Chats with their WhatsApp name and number."
            ),
        ],
        parent,
    )


def profile_page(parent: QWidget | None = None) -> ComingPage:
    return ComingPage(
        QCoreApplication.translate("Pages", "Business profile"),
        [
            QCoreApplication.translate(
                "Pages",
                "Editing what customers see on WhatsApp (about, address, description, email, websites, "
                "category and photo) and the phone number's quality rating come in a later update.",
            )
        ],
        parent,
    )


def settings_page(parent: QWidget | None = None) -> ComingPage:
    return ComingPage(
        QCoreApplication.translate("Pages", "Settings"),
        [
            QCoreApplication.translate(
                "Pages",
                "Account, webhook receiver, language, notifications, quick replies, retention periods, usage "
                "analytics, theme and the app lock come in a later update.",
            ),
            QCoreApplication.translate(
                "Pages", "The language can already be chosen when starting: monggo-desktop --lang en or --lang id."
            ),
        ],
        parent,
    )


def privacy_page(parent: QWidget | None = None) -> ComingPage:
    return ComingPage(
        QCoreApplication.translate("Pages", "Privacy center"),
        [
            QCoreApplication.translate(
                "Pages",
                "What is kept and for how long, deletion requests, exports, backups and the security self-check "
                "come in a later update.",
            ),
            QCoreApplication.translate(
                "Pages",
                "Already now everything is kept encrypted on this computer, and a full export of the account "
                "can be written with: monggo-desktop export --out FILE",
            ),
        ],
        parent,
    )
