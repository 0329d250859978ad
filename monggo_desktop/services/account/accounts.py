"""The account this data directory serves (light to import: the window opens before the engine loads)."""

from __future__ import annotations

from datetime import datetime, timedelta

from monggo_desktop.domain.errors import AccountClosedError, NotSetUpError
from monggo_desktop.domain.models import Account, AccountState
from monggo_desktop.services.session import Session

PURGE_AFTER = timedelta(days=90)  # privacy policy 6.3: account data is kept 90 days after closure


def current_account(session: Session) -> Account:
    """The active account, else the most recently closed one (its data can still be read and exported)."""
    accounts = session.db.call(lambda s: s.accounts.list())
    active = [a for a in accounts if a.state is AccountState.ACTIVE]
    if active:
        return active[0]
    closed = sorted((a for a in accounts if a.closed_at is not None), key=lambda a: a.closed_at or datetime.min)
    if not closed:
        raise NotSetUpError()
    return closed[-1]


def active_account(session: Session) -> Account:
    """The account to receive and send for; a closed one is refused with when its data goes."""
    account = current_account(session)
    if account.state is AccountState.CLOSED and account.closed_at is not None:
        purge = (account.closed_at + PURGE_AFTER).date().isoformat()
        raise AccountClosedError(
            "this business account was closed on {closed}: nothing is received or sent, and its data is removed on"
            " {purge} unless it is reopened in the app's settings",
            closed=account.closed_at.date().isoformat(),
            purge=purge,
        )
    return account


def purge_date(account: Account) -> datetime | None:
    return account.closed_at + PURGE_AFTER if account.closed_at is not None else None
