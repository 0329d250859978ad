"""Closing the business account: nothing more is received or sent, the data goes 90 days later unless it is
reopened; reopening cancels the purge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monggo_desktop.domain.errors import AccountClosedError
from monggo_desktop.domain.models import AccountState
from monggo_desktop.services.account.accounts import active_account, current_account
from monggo_desktop.services.account.settings import SettingsService
from monggo_desktop.services.privacy.retention import Retention
from monggo_desktop.services.session import Session
from monggo_desktop.storage.data_dir import DataDirectory
from tests.inbound import add_account, customer_writes

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def session_for(db, tmp_path) -> Session:  # type: ignore[no-untyped-def]
    return Session(DataDirectory(tmp_path / "data"), None, db, None)  # type: ignore[arg-type]


async def test_closing_stops_the_account_and_reopening_cancels_the_purge(db, tmp_path):
    account_id = db.call(add_account)
    customer_writes(db, "6281234567890", "Halo")
    states: list[bool] = []
    service = SettingsService(db, account_id, on_account_state=states.append, now=lambda: NOW)
    session = session_for(db, tmp_path)

    view = await service.close_account()
    assert view.closed_at == NOW and states == [True]
    with pytest.raises(AccountClosedError, match="removed on 2027-02-27"):
        active_account(session)
    assert current_account(session).state is AccountState.CLOSED  # still readable and exportable

    view = await service.reopen_account()
    assert view.closed_at is None and states == [True, False]
    assert active_account(session).id == account_id

    await service.close_account()
    data_dir = DataDirectory(tmp_path / "data")
    kept = await Retention(db, data_dir, now=lambda: NOW + timedelta(days=89)).run()
    assert kept.closed_accounts == 0 and db.call(lambda s: s.accounts.get(account_id)) is not None
    await service.reopen_account()  # reopened in time: the purge does not come
    after = await Retention(db, data_dir, now=lambda: NOW + timedelta(days=91)).run()
    assert after.closed_accounts == 0 and db.call(lambda s: s.accounts.get(account_id)) is not None
    await service.close_account()  # closed and left: 90 days later the account's data goes
    gone = await Retention(db, data_dir, now=lambda: NOW + timedelta(days=91)).run()
    assert gone.closed_accounts == 1 and db.call(lambda s: s.accounts.get(account_id)) is None
