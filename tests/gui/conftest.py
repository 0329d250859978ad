"""The demo (real database, simulator over loopback) and its window, for the GUI tests."""

from __future__ import annotations

import asyncio

import keyring
import pytest

from monggo_desktop.services.accounts import purge_date
from monggo_desktop.services.audit import audit
from monggo_desktop.services.contacts import ContactsService
from monggo_desktop.services.demo import start_demo
from monggo_desktop.services.privacy import PrivacyService
from monggo_desktop.services.profile import ProfileService
from monggo_desktop.services.settings import SettingsService
from monggo_desktop.ui.i18n import install_translator, remove_translators
from monggo_desktop.ui.main_window import MainWindow
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel
from monggo_desktop.ui.viewmodels.profile import ProfileViewModel
from monggo_desktop.ui.viewmodels.settings import SettingsViewModel
from monggo_desktop.ui.viewmodels.status import StatusViewModel


@pytest.fixture(autouse=True)
def english_catalogue(qapp):  # type: ignore[no-untyped-def]
    """As the app does: a catalogue is always installed, and the English one carries the plural forms."""
    install_translator(qapp, "en")
    yield
    remove_translators()


@pytest.fixture
def demo(qtbot, qloop):
    started = asyncio.ensure_future(start_demo(status_delays=(0.05, 0.1, 0.15)))
    qtbot.waitUntil(started.done, timeout=15_000)
    session = started.result()
    yield session
    stopped = asyncio.ensure_future(session.stop())
    qtbot.waitUntil(stopped.done, timeout=15_000)


@pytest.fixture
def demo_simulator(demo):
    return demo.simulator


@pytest.fixture
def demo_window(qtbot, demo):
    demo.reply_delay = (0.2, 0.4)
    services = demo.services

    def contacts() -> ContactsViewModel:
        return ContactsViewModel(
            ContactsService(
                demo.engine.session.db,
                demo.engine.account.id,
                changed=services.changed,
                media_dir=services.media_dir,
                client=services.client,
            ),
            services.subscribe,
        )

    def profile() -> ProfileViewModel:
        return ProfileViewModel(
            ProfileService(demo.engine.session.db, demo.engine.account.id, lambda: demo.engine.client)
        )

    window = MainWindow(
        ConversationListViewModel(services),
        ChatViewModel(services),
        demo=True,
        status=StatusViewModel(services),
        contacts=contacts,
        settings=lambda: SettingsViewModel(
            SettingsService(
                demo.engine.session.db,
                demo.engine.account.id,
                demo.engine.session.credentials,
                on_new_token=demo.engine.sender.resume,
                on_account_state=lambda _closed: show_account(window, demo),
                changed=services.changed,
            ),
            services,
        ),
        profile=profile,
        privacy=lambda: PrivacyViewModel(
            PrivacyService(
                demo.engine.session.db,
                demo.engine.session.data_dir,
                audit=lambda: audit(demo.engine.session, keyring.get_keyring()),
            )
        ),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 6, timeout=5_000)
    yield window
    window.shutdown()


def show_account(window, demo) -> None:  # type: ignore[no-untyped-def]
    """What the app does when the account is closed or reopened: the banner follows the account's state."""
    account = demo.engine.session.db.call(lambda s: s.accounts.get(demo.engine.account.id))
    window.show_account_closed(account.closed_at, purge_date(account))
