"""The tray and desktop notifications on a real database, the real chat services and real Qt (offscreen: no tray,
so ``notified`` is what a user would have seen)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from monggo_desktop.app import start
from monggo_desktop.domain.changes import Changes
from monggo_desktop.domain.views import InboundBatch, NewInbound
from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.services.messaging.notifications import (
    APP_LOCK_ENABLED,
    NOTIFICATIONS_ENABLED,
    FeedState,
    NotificationFeed,
)
from monggo_desktop.ui.tray import BADGE_RED, ICON_SIZE, TrayIcon, badge_pixmap, badge_text, notification_texts
from monggo_desktop.ui.viewmodels.notifications import NotificationsViewModel
from tests.inbound import add_account, customer_sends_photo, customer_writes

SARI = "6281234567801"
NEW_MESSAGES = Changes(list_order=True)  # as the engine announces customer messages applied
BUDI = "6281234567802"


@pytest.fixture
def account_id(db) -> int:
    return db.call(add_account)


@pytest.fixture
def services(db, account_id):
    services = chat_services(db, account_id)
    yield services
    services.feed.close()


@pytest.fixture
def receive(db, services):
    """A customer message applied as the engine applies it, then announced as the engine announces it
    (``flush=False``: not yet, so the next one lands in the same batch)."""

    def receive(write, *args, flush: bool = True, **kwargs) -> str:
        wamid = write(db, *args, **kwargs)
        if flush:
            services.feed.announce(NEW_MESSAGES)
        return wamid

    return receive


@pytest.fixture
def make_tray(qtbot, qloop, db, account_id, services):
    """A tray for a window that is not shown (so not in front), after its first look at the database."""
    made: list[TrayIcon] = []

    def make() -> tuple[TrayIcon, QMainWindow]:
        window = QMainWindow()
        qtbot.addWidget(window)
        viewmodel = NotificationsViewModel(NotificationFeed(db, account_id), services.feed.subscribe)
        with qtbot.waitSignal(viewmodel.unread_changed, timeout=5_000):
            tray = TrayIcon(viewmodel, window)
        made.append(tray)
        return tray, window

    yield make
    for tray in made:
        tray.shutdown()


def collect(tray) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: shown.append((title, text)))
    return shown


def red_pixels(image: QImage) -> int:
    return sum(
        1 for x in range(image.width()) for y in range(image.height()) if _near(image.pixelColor(x, y), BADGE_RED)
    )


def _near(colour: QColor, wanted: QColor) -> bool:
    return colour.alpha() > 200 and all(
        abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_the_unread_count_follows_new_customer_messages(qtbot, qloop, db, services, receive, make_tray):
    receive(customer_writes, SARI, "Halo kak", name="Sari Wulandari")
    receive(customer_writes, SARI, "Masih buka?", name="Sari Wulandari")
    tray, _window = make_tray()
    assert tray.unread == 2 and tray.toolTip() == "Monggo Pinarak — 2 unread"
    assert red_pixels(tray.icon().pixmap(ICON_SIZE, ICON_SIZE).toImage()) > 0
    receive(customer_sends_photo, BUDI, name="Budi")
    qtbot.waitUntil(lambda: tray.unread == 3, timeout=5_000)
    assert tray.toolTip() == "Monggo Pinarak — 3 unread"
    sari = db.call(lambda s: s.views.search_rows("Sari"))[0].conversation_id
    budi = db.call(lambda s: s.views.search_rows("Budi"))[0].conversation_id
    done = qloop.create_task(services.actions.mark_read(sari))
    qtbot.waitUntil(lambda: done.done() and tray.unread == 1, timeout=5_000)
    done = qloop.create_task(services.actions.set_archived(budi, True))  # archived chats do not count
    qtbot.waitUntil(lambda: tray.unread == 0, timeout=5_000)
    assert tray.toolTip() == "Monggo Pinarak"
    assert red_pixels(tray.icon().pixmap(ICON_SIZE, ICON_SIZE).toImage()) == 0
    assert tray.isVisible() == QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: counted, not shown


def test_a_new_customer_message_notifies_while_the_window_is_not_in_front(qtbot, receive, make_tray):
    tray, _window = make_tray()
    assert not tray.window_in_front()
    with qtbot.waitSignal(tray.notified, timeout=5_000) as blocker:
        receive(customer_writes, SARI, "Ada kain   songket\nmerah?", name="Sari Wulandari")
    assert blocker.args == ["Sari Wulandari", "Ada kain songket merah?"]
    with qtbot.waitSignal(tray.notified, timeout=5_000) as blocker:
        receive(customer_sends_photo, BUDI, name="")  # no name, no caption: the number and "Photo"
    assert blocker.args == ["+62 812-3456-7802", "📷 Photo"]


def test_messages_that_were_there_at_startup_never_notify(qtbot, services, receive, make_tray):
    receive(customer_writes, SARI, "Pesan lama", name="Sari Wulandari")
    tray, _window = make_tray()
    shown = collect(tray)
    with qtbot.waitSignal(tray.notifications.unread_changed, timeout=5_000):
        services.feed.announce(NEW_MESSAGES)  # a second look, with nothing new since the first
    assert shown == [] and tray.unread == 1
    receive(customer_writes, SARI, "Pesan baru", name="Sari Wulandari")
    qtbot.waitUntil(lambda: shown != [], timeout=5_000)
    assert shown == [("Sari Wulandari", "Pesan baru")]  # the new one only, not "(2 new messages)"


def test_no_notification_while_the_window_is_in_front(qtbot, receive, make_tray):
    tray, window = make_tray()
    shown = collect(tray)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(tray.window_in_front)
    receive(customer_writes, SARI, "Halo", name="Sari Wulandari")
    qtbot.waitUntil(lambda: tray.unread == 1, timeout=5_000)  # the look that would have notified is done
    assert shown == []
    window.showMinimized()
    qtbot.waitUntil(lambda: not tray.window_in_front())
    receive(customer_writes, SARI, "Halo lagi", name="Sari Wulandari")
    qtbot.waitUntil(lambda: shown == [("Sari Wulandari", "Halo lagi")], timeout=5_000)


def test_no_notification_when_they_are_turned_off_and_the_menu_turns_them_on(qtbot, db, receive, make_tray):
    db.call(lambda s: s.settings.set(NOTIFICATIONS_ENABLED, False))
    tray, _window = make_tray()
    shown = collect(tray)
    assert not tray.enabled_action.isChecked()
    receive(customer_writes, SARI, "Halo", name="Sari Wulandari")
    qtbot.waitUntil(lambda: tray.unread == 1, timeout=5_000)
    assert shown == []
    tray.enabled_action.trigger()  # the user ticks "Notify me of new messages"
    qtbot.waitUntil(lambda: db.call(lambda s: s.settings.get(NOTIFICATIONS_ENABLED)) is True)
    assert tray.enabled_action.isChecked()
    receive(customer_writes, SARI, "Halo lagi", name="Sari Wulandari")
    qtbot.waitUntil(lambda: shown == [("Sari Wulandari", "Halo lagi")], timeout=5_000)


def test_with_the_app_lock_on_no_name_number_or_text_shows(qtbot, db, receive, make_tray):
    db.call(lambda s: s.settings.set(APP_LOCK_ENABLED, True))
    tray, _window = make_tray()
    shown = collect(tray)
    receive(customer_writes, SARI, "Nomor rekening saya 1234", name="Sari Wulandari")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5_000)
    receive(customer_writes, SARI, "Alamat Jalan Malioboro", name="Sari Wulandari", flush=False)
    receive(customer_writes, BUDI, "Pesan batik", name="")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5_000)
    assert shown == [("New message", "You have 1 new message"), ("New messages", "You have 2 new messages")]
    everything = " ".join(title + " " + text for title, text in shown)
    for personal in ("Sari", "Wulandari", "rekening", "1234", "Malioboro", "batik", "812", "7802"):
        assert personal not in everything


def test_the_lock_wins_even_when_names_reached_the_ui(qapp):
    """The feed does not read names while locked; should one reach the UI anyway, it still does not show."""
    sari = NewInbound(conversation_id=1, title="Sari Wulandari", count=2, type="text", text="Nomor rekening 1234")
    batch = InboundBatch(conversations=(sari,), messages=2, customers=1, watermark=9)
    locked = notification_texts(FeedState(unread=2, batch=batch, enabled=True, locked=True))
    assert locked == [("New messages", "You have 2 new messages")]
    unlocked = notification_texts(FeedState(unread=2, batch=batch, enabled=True, locked=False))
    assert unlocked == [("Sari Wulandari (2 new messages)", "Nomor rekening 1234")]


def test_one_notification_per_conversation_and_a_summary_when_many(qtbot, services, receive, make_tray):
    tray, _window = make_tray()
    shown = collect(tray)
    receive(customer_writes, SARI, "Satu", name="Sari", flush=False)
    receive(customer_writes, BUDI, "Dua", name="Budi", flush=False)
    receive(customer_writes, SARI, "Tiga", name="Sari")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5_000)
    assert shown == [("Sari (2 new messages)", "Tiga"), ("Budi", "Dua")]  # newest conversation first
    shown.clear()
    for n in range(4):
        receive(customer_writes, f"628123456780{n + 3}", f"Halo {n}", name=f"Pelanggan {n}", flush=n == 3)
    qtbot.waitUntil(lambda: shown != [], timeout=5_000)
    with qtbot.waitSignal(tray.notifications.unread_changed, timeout=5_000):
        services.feed.announce(NEW_MESSAGES)  # one more look: the summary was the only notification
    assert shown == [("Monggo Pinarak", "4 new messages from 4 customers")]


def test_the_badge_says_how_many(qtbot):
    assert [badge_text(n) for n in (0, 1, 42, 99, 100, 5000)] == ["", "1", "42", "99", "99+", "99+"]
    assert red_pixels(badge_pixmap(0).toImage()) == 0
    assert red_pixels(badge_pixmap(7).toImage()) > 0
    assert red_pixels(badge_pixmap(120).toImage()) > red_pixels(badge_pixmap(7).toImage())  # wider for "99+"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: there is nothing to raise above
def test_show_brings_the_window_back(qtbot, make_tray):
    tray, window = make_tray()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    tray.show_action.trigger()
    qtbot.waitUntil(tray.window_in_front)
    assert [a.text() for a in tray.contextMenu().actions() if a.text()] == [
        "Show Monggo Pinarak",
        "Notify me of new messages",
        "Quit",
    ]


def test_the_app_gives_the_window_a_tray_and_stops_it_before_the_services(qtbot, qloop):
    started = asyncio.ensure_future(start(demo=True, data_dir=None, unlocker=None))
    qtbot.waitUntil(started.done, timeout=15_000)
    running = started.result()
    window = running.window
    qtbot.addWidget(window)
    tray = window.findChild(TrayIcon)
    assert tray is not None
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 6, timeout=5_000)
    unread = sum(r.unread for r in window.list_model.rows())
    assert unread > 0  # the demo has unread chats
    qtbot.waitUntil(lambda: tray.unread == unread, timeout=5_000)
    window.shutdown()
    stopped = asyncio.ensure_future(running.stop())
    qtbot.waitUntil(stopped.done, timeout=15_000)
    assert stopped.exception() is None
    assert tray.notifications.spawn(asyncio.sleep(0)) is None  # shut down: it starts nothing on a closed database
