"""Composition root: unlock, database, messaging engine, services, viewmodels, then the window, on qasync.

Imports inside functions: each screen, the engine and the network libraries load when first needed, after the
window shows (benchmarks/cold_start.py measures the start).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from monggo_desktop import app_screens as screens
from monggo_desktop.domain.errors import InvalidInputError, NotSetUpError, UserFacingError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from monggo_desktop.domain.settings import AppSettings
    from monggo_desktop.services.engine import MessagingEngine
    from monggo_desktop.services.messaging.chat_services import ChatServices
    from monggo_desktop.services.owner_lock import ReceiverLock
    from monggo_desktop.services.session import Session, Unlocker

    FirstTry = tuple[Unlocker, Session | None]
    # An unlocker, a function that makes one, or None for the system keyring's default.
    UnlockerSource = Unlocker | Callable[[], Unlocker] | None
    from monggo_desktop.storage import Database, Store
    from monggo_desktop.storage.data_dir import DataDirectory
    from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel

log = logging.getLogger("monggo.app")

DESKTOP_FILE = "monggo-desktop"  # resources/linux/monggo-desktop.desktop

# Unlocking runs on a thread of our own: qasync's default executor is a QThread pool that must not outlive the app.
_UNLOCKING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-unlock")
_BACKGROUND: set[asyncio.Future[None]] = set()


@dataclass
class Running:
    window: QMainWindow
    stop: Callable[[], Awaitable[None]]
    begin: Callable[[], Awaitable[None]] | None = None  # slow work that starts once the window is up


def run_gui(*, demo: bool, data_dir: Path | None, lang: str | None, unlocker: UnlockerSource = None) -> int:
    """Run the window until it is closed. ``unlocker`` may be a function that makes one: it is then called on
    the unlocking thread (finding the system keyring takes a while), side by side with the window's making."""
    os.environ.setdefault("QT_API", "pyside6")  # qasync tries PyQt first otherwise
    import qasync

    app = application(lang)
    previous_hook = sys.excepthook
    install_excepthook()
    app.setQuitOnLastWindowClosed(False)  # closing the window ends the app through our own clean shutdown
    lifecycle = Lifecycle()
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            main = runner.get_loop().create_task(
                lifecycle.main(demo=demo, data_dir=data_dir, unlocker=unlocker, lang=lang)
            )
            while True:
                try:
                    return runner.run(_wait(main))
                except RuntimeError as exc:
                    if "stopped before Future completed" not in str(exc):
                        raise
                    # Qt quit on its own (the session ends): run again so the shutdown still happens.
                    lifecycle.closing.set()
    finally:
        sys.excepthook = previous_hook


def application(lang: str | None) -> QApplication:
    """The QApplication (the one there is, or a new one), named, with the app's icon and the ``lang`` translations."""
    from PySide6.QtWidgets import QApplication

    from monggo_desktop.ui.pyside_imports import quicken_feature_checks

    quicken_feature_checks()  # before the window's modules are imported
    from monggo_desktop import APP_NAME, __version__
    from monggo_desktop.ui.app_icon import app_icon
    from monggo_desktop.ui.i18n import install_translator

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)  # the Wayland app id, and what the desktop matches windows with
    app.setWindowIcon(app_icon())
    install_translator(app, lang)
    return app


async def _wait(task: asyncio.Task[int]) -> int:
    return await task


class Lifecycle:
    """The whole run in one coroutine: open, show, start the engine, wait for the window to close, stop.

    Everything runs in one pass of the event loop, so tasks the engine starts (template sync, the sender's
    calls) never outlive the loop that made them.
    """

    def __init__(self) -> None:
        self.closing = asyncio.Event()

    async def main(self, *, demo: bool, data_dir: Path | None, unlocker: UnlockerSource, lang: str | None) -> int:
        from PySide6.QtWidgets import QApplication

        from monggo_desktop.ui.close_watcher import CloseWatcher

        running = await start(demo=demo, data_dir=data_dir, unlocker=unlocker, lang=lang)
        if running is None:
            return 0  # the owner chose not to unlock
        running.window.installEventFilter(CloseWatcher(self.closing.set, running.window))
        QApplication.instance().aboutToQuit.connect(self.closing.set)  # type: ignore[union-attr]
        try:
            running.window.show()
            if running.begin is not None:
                await running.begin()
            await self.closing.wait()
        finally:
            shutdown = getattr(running.window, "shutdown", None)
            if shutdown is not None:
                shutdown()
            running.window.hide()
            await running.stop()
        return 0


async def start(
    *, demo: bool, data_dir: Path | None, unlocker: UnlockerSource, lang: str | None = None
) -> Running | None:
    """Build everything; the window comes up before slow work (template sync, media) finishes.

    None when the owner cancelled the passphrase dialog or the setup wizard: nothing was opened, the app ends.
    """
    first_try: asyncio.Future[FirstTry] | None = None
    if not demo:
        # The keyring's import and its D-Bus call and the database's opening run on the unlocking thread
        # while this one imports the window's modules: on two cores the start is shorter by the overlap.
        from monggo_desktop.storage.data_dir import DataDirectory, default_data_dir

        directory = DataDirectory((data_dir or default_data_dir()).absolute())
        first_try = asyncio.get_running_loop().run_in_executor(_UNLOCKING, _first_unlock, directory, unlocker)
    # Meanwhile, the window's modules (app_screens imports them when it makes the window).
    from PySide6.QtWidgets import QApplication

    import monggo_desktop.ui.main_window
    import monggo_desktop.ui.viewmodels.chat
    import monggo_desktop.ui.viewmodels.conversations
    import monggo_desktop.ui.viewmodels.status  # noqa: F401
    from monggo_desktop.domain.settings import Theme
    from monggo_desktop.ui.theme import apply_theme

    apply_theme(QApplication.instance(), Theme.SYSTEM)  # type: ignore[arg-type]  # a saved choice replaces it

    if demo:
        from monggo_desktop.services.demo import start_demo

        session = await start_demo()
        services = session.services
        receiving = screens.receiving()
        receiving.attach(session.engine.receiving)
        window = screens.main_window(
            services,
            session.engine.session,
            session.engine.account.id,
            client=lambda: session.engine.client,
            resume=session.engine.sender.resume,
            account_state=lambda shown, _closed: _demo_account_state(
                shown, session.engine.session, session.engine.account.id
            ),
            receiving=receiving,
            demo=True,
        )
        demo_account = session.engine.account.id
        assert demo_account is not None
        close_tray = _tray(window, session.services, session.engine.session.db, demo_account)
        return Running(window, _after(close_tray, session.stop))
    assert first_try is not None
    try:
        return await _start_account(data_dir, unlocker, lang, first_try)
    except NotSetUpError:
        return await _first_run(data_dir, unlocker, lang)
    except UserFacingError as exc:
        return Running(_not_ready(exc), _nothing)


async def _start_account(
    data_dir: Path | None,
    unlocker: UnlockerSource,
    lang: str | None = None,
    first_try: asyncio.Future[FirstTry] | None = None,
) -> Running | None:
    """Unlock and show the conversations first; the messaging engine (and the network libraries it loads)
    starts in ``begin``, once the window is on screen. ``first_try`` is an unlock already under way."""
    from monggo_desktop.domain.models import AccountState
    from monggo_desktop.domain.words import english
    from monggo_desktop.services.account.accounts import current_account, purge_date
    from monggo_desktop.services.messaging.chat_services import chat_services
    from monggo_desktop.storage.data_dir import DataDirectory, default_data_dir
    from monggo_desktop.ui.error_words import error_text

    directory = DataDirectory((data_dir or default_data_dir()).absolute())
    if first_try is None:
        first_try = asyncio.get_running_loop().run_in_executor(_UNLOCKING, _first_unlock, directory, unlocker)
    unlocker, session_or_none = await first_try
    opened = (session_or_none, None) if session_or_none is not None else await _ask_to_unlock(directory, unlocker)
    if opened is None:
        return None
    session, recovered = opened
    try:
        account = current_account(session)  # a closed one opens too: its data can be read and exported
    except BaseException:
        session.close()
        raise
    assert account.id is not None
    prefs = await _apply_preferences(session, lang)
    services = chat_services(session.db, account.id, media_dir=directory.media)
    receiving = screens.receiving()
    engines: list[MessagingEngine] = []
    owner: list[ReceiverLock] = []  # the data directory's receiver lock, once this app holds it
    locks: list[AppLockViewModel] = []
    window = screens.main_window(
        services,
        session,
        account.id,
        client=lambda: engines[0].client if engines else None,
        resume=lambda token: _resume(engines, token),
        account_state=lambda shown, closed: _account_state_changed(closed, shown, session, account.id, engines, begin),
        receiving=receiving,
        app_lock=lambda: locks[0] if locks else None,
    )
    close_tray = _tray(window, services, session.db, account.id)
    if account.state is AccountState.CLOSED:
        window.show_account_closed(account.closed_at, purge_date(account))

    def attach_lock() -> None:
        if not locks:
            locks.append(_lock_viewmodel(session, unlocker, prefs.idle_lock_minutes))
            window.attach_lock(locks[0])

    if session.config.app_lock:
        attach_lock()  # before the window shows: the idle clock runs from the start
        if recovered is not None:
            locks[0].opened_with_recovery(recovered)

    async def begin() -> None:
        await window.first_page_shown()  # importing the engine's network libraries holds the loop a moment
        log.info("started: the window shows the first conversations")  # with -v; benchmarks time starts by it
        attach_lock()
        await session.db.run(lambda s: _opened(s, session.config.app_lock))
        account_id = account.id
        assert account_id is not None
        stored = await session.db.run(lambda s: s.accounts.get(account_id))
        if stored is None or stored.state is AccountState.CLOSED:
            receiving.detach(english("the business account is closed: reopen it in Settings to receive again"))
            return  # a closed account neither receives nor sends
        from monggo_desktop.services.engine import EngineOptions, MessagingEngine, client_for
        from monggo_desktop.services.owner_lock import ReceiverLock

        if not owner:
            lock = ReceiverLock(directory, "app")
            try:
                lock.acquire()  # one receiver per data directory: `serve` may have it
            except UserFacingError as exc:
                window.statusBar().showMessage(error_text(exc))
                receiving.detach(str(exc))
                return
            owner.append(lock)
        try:
            client = client_for(session, account)
        except UserFacingError as exc:  # no access token: the chats can be read, nothing goes in or out
            window.statusBar().showMessage(error_text(exc))
            receiving.detach(str(exc))
            return
        services.actions.attach_client(client)
        settings = await session.db.run(lambda s: s.settings.all())
        engine = MessagingEngine(
            session,
            client,
            account,
            EngineOptions.from_settings(settings),
            on_change=services.feed.announce,
            on_sender_state=services.feed.sender_state_changed,
            on_retention=services.feed.retention_progress,
        )
        engines.append(engine)
        services.actions.attach_sender(engine.sender.wake)
        services.actions.attach_template_sync(engine.sync_templates_now)
        try:
            await engine.start()
        except UserFacingError as exc:  # sending works; receiving does not until the port is free
            window.statusBar().showMessage(error_text(exc))
            receiving.detach(str(exc))
            return
        receiving.attach(engine.receiving)

    async def stop() -> None:
        close_tray()
        services.feed.close()
        receiving.close()
        for engine in engines:
            await engine.stop()
        for lock in owner:
            lock.release()
        session.close()

    return Running(window, stop, begin)


async def _apply_preferences(session: Session, lang: str | None) -> AppSettings:
    """The theme, and the language unless --lang chose one: as the owner set them on the settings screen."""
    from PySide6.QtWidgets import QApplication

    from monggo_desktop.domain.settings import AppSettings, Language, Theme

    prefs = AppSettings.from_stored(await session.db.run(lambda s: s.settings.all()))
    app = QApplication.instance()
    if prefs.theme is not Theme.SYSTEM:  # the system's scheme is in place from the start
        from monggo_desktop.ui.theme import apply_theme

        apply_theme(app, prefs.theme)  # type: ignore[arg-type]
    if lang is None and prefs.language is not Language.SYSTEM:
        from monggo_desktop.ui.i18n import install_translator

        install_translator(app, prefs.language.value)  # type: ignore[arg-type]
    return prefs


def _lock_viewmodel(session: Session, unlocker: Unlocker, idle_minutes: int) -> AppLockViewModel:
    from monggo_desktop.services.account.app_lock import AppLock
    from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel

    return AppLockViewModel(AppLock(session, unlocker), idle_minutes=idle_minutes)


def _opened(store: Store, app_lock: bool) -> None:
    """The app is open: a usage event (only with analytics on), and the notifications told whether a lock
    guards this database (passphrase mode always does), so that they carry no names or text."""
    from monggo_desktop.domain.reports import APP_OPENED
    from monggo_desktop.services.messaging.notifications import APP_LOCK_ENABLED
    from monggo_desktop.services.reports import record_usage

    if store.settings.get(APP_LOCK_ENABLED, False) is not app_lock:
        store.settings.set(APP_LOCK_ENABLED, app_lock)
    record_usage(store, APP_OPENED)


def _demo_account_state(window: QMainWindow, session: Session, account_id: int | None) -> None:
    """In the demo the simulated engine keeps running; the window still shows what closing means."""
    from monggo_desktop.services.account.accounts import purge_date

    account = session.db.call(lambda s: s.accounts.get(account_id)) if account_id is not None else None
    window.show_account_closed(  # type: ignore[attr-defined]
        account.closed_at if account else None, purge_date(account) if account else None
    )


def _account_state_changed(
    closed: bool,
    window: QMainWindow,
    session: Session,
    account_id: int | None,
    engines: list[MessagingEngine],
    begin: Callable[[], Awaitable[None]],
) -> None:
    """Closing stops receiving and sending at once; reopening starts them again."""
    from monggo_desktop.services.account.accounts import purge_date

    account = session.db.call(lambda s: s.accounts.get(account_id)) if account_id is not None else None
    window.show_account_closed(  # type: ignore[attr-defined]
        account.closed_at if account else None, purge_date(account) if account else None
    )

    async def stop_engines() -> None:
        while engines:
            await engines.pop().stop()

    task = asyncio.ensure_future(stop_engines() if closed else begin())
    _BACKGROUND.add(task)  # kept until done: the loop holds tasks only weakly
    task.add_done_callback(_BACKGROUND.discard)


def _resume(engines: list[MessagingEngine], token: str) -> None:
    for engine in engines:
        engine.sender.resume(token)  # also gives the client the new token
        engine.check_token()  # and asks Meta until when it works


def _tray(window: QMainWindow, services: ChatServices, db: Database, account_id: int) -> Callable[[], None]:
    """The tray icon and desktop notifications, a child of ``window``; returns its shutdown (before the services')."""
    from monggo_desktop.services.messaging.notifications import NotificationFeed
    from monggo_desktop.ui.tray import TrayIcon
    from monggo_desktop.ui.viewmodels.notifications import NotificationsViewModel

    tray = TrayIcon(NotificationsViewModel(NotificationFeed(db, account_id), services.feed.subscribe), window)
    return tray.shutdown


def _after(first: Callable[[], None], stop: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
    async def both() -> None:
        first()
        await stop()

    return both


def _resolve(source: UnlockerSource) -> Unlocker:
    """The unlocker ``source`` stands for: itself, what it makes, or the system keyring's default."""
    from monggo_desktop.services.session import Unlocker

    if source is None:
        from monggo_desktop.security.keyring_vetting import system_keyring

        return Unlocker(keyring_backend=system_keyring())
    return source() if callable(source) else source


def _first_unlock(directory: DataDirectory, source: UnlockerSource) -> FirstTry:
    """On the unlocking thread: the keyring backend (when none was given) and an unlock without asking.
    No session when a passphrase must be asked for; any other failure is raised."""
    from monggo_desktop.domain.errors import PassphraseRequiredError
    from monggo_desktop.services.session import unlock

    unlocker = _resolve(source)
    try:
        return unlocker, unlock(directory, unlocker)
    except PassphraseRequiredError:
        if unlocker.passphrase is not None:
            raise
        return unlocker, None


async def _ask_to_unlock(directory: DataDirectory, unlocker: Unlocker) -> tuple[Session, str | None] | None:
    """Ask for the passphrase, or the recovery key, until one opens the database (the KDF runs off the event
    loop) or the owner cancels (None). Returns the session and the recovery key if that was what opened it."""
    from monggo_desktop.domain.errors import InvalidRecoveryKeyError, WrongKeyError
    from monggo_desktop.domain.keys import Passphrase
    from monggo_desktop.security import recovery_key, vault_config
    from monggo_desktop.services.session import unlock

    loop = asyncio.get_running_loop()
    from monggo_desktop.ui.passphrase_dialog import PassphraseDialog

    config = vault_config.read(directory.vault_config)
    dialog = PassphraseDialog(recovery=config is not None and config.slots.lock is not None)
    try:
        while (answer := await dialog.ask()) is not None:
            typed, is_recovery = answer
            try:
                if is_recovery:
                    attempt = replace(unlocker, recovery=recovery_key.decode(typed))
                else:
                    attempt = replace(unlocker, passphrase=Passphrase(typed))
                session = await loop.run_in_executor(_UNLOCKING, unlock, directory, attempt)
                return session, typed if is_recovery else None
            except (WrongKeyError, InvalidRecoveryKeyError, InvalidInputError):
                dialog.wrong()
        return None
    finally:
        dialog.close()
        dialog.deleteLater()


async def _first_run(data_dir: Path | None, unlocker: UnlockerSource, lang: str | None) -> Running | None:
    """No account here yet: the setup wizard, then the app it set up, the demo, or nothing (cancelled)."""
    from monggo_desktop.services.setup.check import SetupFlow
    from monggo_desktop.storage.data_dir import DataDirectory, default_data_dir
    from monggo_desktop.ui.setup_wizard import SetupOutcome, SetupWizard
    from monggo_desktop.ui.viewmodels.setup import SetupViewModel

    directory = DataDirectory((data_dir or default_data_dir()).absolute())
    if directory.database.exists():  # a database without an account: the wizard would not create one
        return Running(_not_ready(NotSetUpError()), _nothing)
    flow = SetupFlow(directory, _resolve(unlocker), _UNLOCKING)
    wizard = SetupWizard(SetupViewModel(flow))
    try:
        outcome = await wizard.run()
    finally:
        wizard.close()
        wizard.deleteLater()
    if outcome is SetupOutcome.DEMO:
        return await start(demo=True, data_dir=None, unlocker=None, lang=lang)
    if outcome is SetupOutcome.CANCELLED:
        return None
    return await _start_account(directory.root, flow.unlocker, lang)  # with the passphrase, if one was chosen


def _not_ready(error: UserFacingError) -> QMainWindow:
    from monggo_desktop.ui.error_words import error_text
    from monggo_desktop.ui.placeholder_window import not_ready_window

    return not_ready_window(error_text(error))


async def _nothing() -> None:
    return None


def install_excepthook() -> None:
    """A bug in a slot is logged with its traceback and shown once with "Copy details"; the app keeps running.

    The details shown are the redacted ones, exactly what went to the log.
    """
    import traceback

    from monggo_desktop.security.redaction import redact

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            from monggo_desktop.ui.error_dialog import show_bug_once

            details = redact("".join(traceback.format_exception(kind, value, tb)))
            show_bug_once(f"{kind.__name__} in {_where(tb)}", details)
        except Exception:  # the dialog must never turn one bug into two
            log.exception("could not show the error dialog")

    sys.excepthook = hook


def _where(tb: TracebackType | None) -> str:
    import traceback

    frames = traceback.extract_tb(tb)
    return f"{Path(frames[-1].filename).stem}.{frames[-1].name}" if frames else "the app"
