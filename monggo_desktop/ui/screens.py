"""The window's screens, as one table: the name in the navigation (Ctrl+1 … Ctrl+6 in this order), and how a
screen's page is made from its viewmodel. The pages beside the chats are made the first time their screen is
opened (their modules are imported only then: a faster start)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP

CHATS_SCREEN, CONTACTS_SCREEN, PROFILE_SCREEN, SETTINGS_SCREEN, PRIVACY_SCREEN, REPORTS_SCREEN = range(6)


@dataclass(frozen=True, slots=True)
class Screen:
    name: str  # the navigation's text, translated in the "MainWindow" context
    icon: str  # its icon in the navigation (resources/icons/ui)
    page: Callable[[Any, QWidget], QWidget] | None  # (viewmodel, parent) -> the page; None: the chats
    reload_when_shown: bool = False  # opened again later, it loads again (its figures change meanwhile)

    @property
    def shortcut(self) -> str:
        return f"Ctrl+{SCREENS.index(self) + 1}"


def _contacts(viewmodel: Any, parent: QWidget) -> QWidget:
    from monggo_desktop.ui.contacts_page import ContactsPage

    return ContactsPage(viewmodel, parent)


def _profile(viewmodel: Any, parent: QWidget) -> QWidget:
    from monggo_desktop.ui.profile_page import ProfilePage

    return ProfilePage(viewmodel, parent)


def _settings(viewmodel: Any, parent: QWidget) -> QWidget:
    from monggo_desktop.ui.settings_page import SettingsPage

    return SettingsPage(viewmodel, parent)


def _privacy(viewmodel: Any, parent: QWidget) -> QWidget:
    from monggo_desktop.ui.privacy_page import PrivacyPage

    return PrivacyPage(viewmodel, parent)


def _reports(viewmodel: Any, parent: QWidget) -> QWidget:
    from monggo_desktop.ui.reports_page import ReportsPage

    return ReportsPage(viewmodel, parent)


SCREENS: tuple[Screen, ...] = (
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Chats"), "message-circle", None),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "address-book", _contacts),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Profile"), "building-store", _profile),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings", _settings),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Privacy"), "shield-lock", _privacy, reload_when_shown=True),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Reports"), "chart-bar", _reports),
)
