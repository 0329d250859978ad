"""The demo (real database, simulator over loopback) and its window, for the GUI tests."""

from __future__ import annotations

import asyncio

import pytest

from monggo_desktop.services.account.accounts import purge_date
from monggo_desktop.services.demo import start_demo
from monggo_desktop.ui.i18n import install_translator, remove_translators


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
    """The window as the app makes it for the demo (app_screens.main_window), every screen's maker included."""
    from monggo_desktop import app_screens

    demo.reply_delay = (0.2, 0.4)
    receiving = app_screens.receiving()
    receiving.attach(demo.engine.receiving)
    window = app_screens.main_window(
        demo.services,
        demo.engine.session,
        demo.engine.account.id,
        client=lambda: demo.engine.client,
        resume=demo.engine.sender.resume,
        account_state=lambda shown, _closed: show_account(shown, demo),
        receiving=receiving,
        demo=True,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 6, timeout=5_000)
    yield window
    window.shutdown()
    receiving.close()  # as the app does: the route's later news reach no window that is gone


def show_account(window, demo) -> None:  # type: ignore[no-untyped-def]
    """What the app does when the account is closed or reopened: the banner follows the account's state."""
    account = demo.engine.session.db.call(lambda s: s.accounts.get(demo.engine.account.id))
    window.show_account_closed(account.closed_at, purge_date(account))
