"""The account this data directory serves (light to import: the window opens before the engine loads)."""

from __future__ import annotations

from monggo_desktop.domain.errors import NotSetUpError
from monggo_desktop.domain.models import Account, AccountState
from monggo_desktop.services.session import Session


def active_account(session: Session) -> Account:
    accounts = [a for a in session.db.call(lambda s: s.accounts.list()) if a.state is AccountState.ACTIVE]
    if not accounts:
        raise NotSetUpError()
    return accounts[0]
