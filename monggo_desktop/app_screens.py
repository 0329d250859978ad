"""How the app makes each screen's viewmodel: the window makes a screen's when it is first opened.

Split from app.py (the composition root), which hands these functions what they need.

Imports inside functions: a screen's modules load when the screen is first opened (a faster start).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monggo_desktop.cloud.client import CloudApiClient
    from monggo_desktop.services.messaging.chat_services import ChatServices
    from monggo_desktop.services.receiving.control import ReceivingControl
    from monggo_desktop.services.session import Session
    from monggo_desktop.storage import Database
    from monggo_desktop.ui.main_window import MainWindow
    from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel
    from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel
    from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel
    from monggo_desktop.ui.viewmodels.profile import ProfileViewModel
    from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel
    from monggo_desktop.ui.viewmodels.reports import ReportsViewModel
    from monggo_desktop.ui.viewmodels.settings import SettingsViewModel
    from monggo_desktop.ui.viewmodels.token import TokenViewModel


def contacts(db: Database, account_id: int | None, services: ChatServices) -> Callable[[], ContactsViewModel]:
    """How to make the contacts screen's viewmodel: the window makes it when the screen is first opened."""
    assert account_id is not None

    def make() -> ContactsViewModel:
        from monggo_desktop.services.contacts.service import ContactsService
        from monggo_desktop.ui.viewmodels.contacts import ContactsViewModel

        service = ContactsService(
            db,
            account_id,
            changed=services.feed.changed_everything,
            media_dir=services.media_dir,
            client=services.client,
        )
        return ContactsViewModel(service, services.feed.subscribe)

    return make


def privacy(session: Session) -> Callable[[], PrivacyViewModel]:
    def make() -> PrivacyViewModel:
        from monggo_desktop.security.keyring_vetting import system_keyring
        from monggo_desktop.services.privacy.audit import audit
        from monggo_desktop.services.privacy.center import PrivacyService
        from monggo_desktop.ui.viewmodels.privacy import PrivacyViewModel

        # The demo's throw-away secrets are in memory: the machine's keyring is not even asked about.
        service = PrivacyService(
            session.db, session.data_dir, audit=lambda: audit(session, None if session.ephemeral else system_keyring())
        )
        return PrivacyViewModel(service)

    return make


def reports(db: Database) -> Callable[[], ReportsViewModel]:
    """How to make the reports screen's viewmodel: the window makes it when the screen is first opened."""

    def make() -> ReportsViewModel:
        from monggo_desktop.services.reports import ReportsService
        from monggo_desktop.ui.viewmodels.reports import ReportsViewModel

        return ReportsViewModel(ReportsService(db))

    return make


def settings(
    db: Database,
    account_id: int | None,
    services: ChatServices,
    session: Session,
    resume: Callable[[str], None],
    account_state: Callable[[bool], None] = lambda _closed: None,
    app_lock: Callable[[], AppLockViewModel | None] = lambda: None,
    receiving: ReceivingControl | None = None,
) -> Callable[[], SettingsViewModel]:
    assert account_id is not None

    def make() -> SettingsViewModel:
        from monggo_desktop.services.account.settings import SettingsService
        from monggo_desktop.ui.viewmodels.settings import SettingsViewModel

        service = SettingsService(
            db,
            account_id,
            session.credentials,
            on_new_token=resume,
            on_account_state=account_state,
            changed=services.feed.changed_everything,
        )
        viewmodel = SettingsViewModel(service, services.quick_replies)
        if receiving is not None:
            viewmodel.receiving = receiving_viewmodel(receiving)
        lock = viewmodel.app_lock = app_lock()
        if lock is not None:
            viewmodel.loaded.connect(lambda view: lock.set_idle_minutes(view.settings.idle_lock_minutes))
        return viewmodel

    return make


def receiving() -> ReceivingControl:
    from monggo_desktop.services.receiving.control import ReceivingControl

    return ReceivingControl()


def receiving_viewmodel(control: ReceivingControl) -> ReceivingViewModel:
    from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel

    return ReceivingViewModel(control)


def profile(
    db: Database, account_id: int | None, client: Callable[[], CloudApiClient | None]
) -> Callable[[], ProfileViewModel]:
    """How to make the business profile screen's viewmodel; ``client`` is None until the engine has one."""
    assert account_id is not None

    def make() -> ProfileViewModel:
        from monggo_desktop.services.account.profile import ProfileService
        from monggo_desktop.ui.viewmodels.profile import ProfileViewModel

        return ProfileViewModel(ProfileService(db, account_id, client))

    return make


def token(
    db: Database, account_id: int | None, services: ChatServices, session: Session, resume: Callable[[str], None]
) -> Callable[[], TokenViewModel]:
    """How to make the access token banner's viewmodel (made after the first paint)."""
    assert account_id is not None

    def make() -> TokenViewModel:
        from monggo_desktop.services.account.settings import SettingsService
        from monggo_desktop.services.account.token_health import TokenService
        from monggo_desktop.ui.viewmodels.token import TokenViewModel

        settings = SettingsService(db, account_id, session.credentials, on_new_token=resume)
        return TokenViewModel(TokenService(db, settings, lambda: services.feed.sender_state), services.feed.subscribe)

    return make


def main_window(
    services: ChatServices,
    session: Session,
    account_id: int | None,
    *,
    client: Callable[[], CloudApiClient | None],
    resume: Callable[[str], None],
    account_state: Callable[[MainWindow, bool], None],
    receiving: ReceivingControl,
    app_lock: Callable[[], AppLockViewModel | None] = lambda: None,
    demo: bool = False,
) -> MainWindow:
    """The window with every screen's viewmodel maker: one place for the app and the demo (a screen's
    viewmodel is made when the screen is first opened)."""
    from monggo_desktop.ui.main_window import MainWindow
    from monggo_desktop.ui.viewmodels.chat import ChatViewModel
    from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
    from monggo_desktop.ui.viewmodels.status import StatusViewModel

    db = session.db
    made: list[MainWindow] = []  # the window, for the account's callback: it runs only after the window exists
    window = MainWindow(
        ConversationListViewModel(services),
        ChatViewModel(services),
        demo=demo,
        status=StatusViewModel(services.feed),
        contacts=contacts(db, account_id, services),
        settings=settings(
            db,
            account_id,
            services,
            session,
            resume,
            lambda closed: account_state(made[0], closed),
            app_lock,
            receiving,
        ),
        profile=profile(db, account_id, client),
        privacy=privacy(session),
        reports=reports(db),
        receiving=lambda: receiving_viewmodel(receiving),
        token=token(db, account_id, services, session, resume),
    )
    made.append(window)
    return window
