"""The demo (real database, simulator over loopback) and its window, for the GUI tests."""

from __future__ import annotations

import asyncio

import pytest

from monggo_desktop.services.contacts import ContactsService
from monggo_desktop.services.demo import start_demo
from monggo_desktop.services.profile import ProfileService
from monggo_desktop.ui.main_window import MainWindow
from monggo_desktop.ui.viewmodels.chat import ChatViewModel
from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel
from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
from monggo_desktop.ui.viewmodels.profile import ProfileViewModel
from monggo_desktop.ui.viewmodels.status import StatusViewModel


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
            ContactsService(demo.engine.session.db, demo.engine.account.id, changed=services.changed),
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
        profile=profile,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 6, timeout=5_000)
    yield window
    window.shutdown()
