"""The settings' rules: defaults, what the table holds, and what may not be saved."""

from __future__ import annotations

import pytest

from monggo_desktop.domain.account_rules import check_api_version
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.settings import RETENTION_LIMITS, AppSettings, Language, Theme


def test_missing_or_unreadable_values_take_their_defaults():
    settings = AppSettings.from_stored({"webhook.port": "not a port", "ui.theme": "purple", "ui.language": "id"})
    assert settings.webhook_port == 8787 and settings.theme is Theme.SYSTEM and settings.language is Language.INDONESIAN
    assert settings.retention_days == RETENTION_LIMITS and not settings.analytics


def test_stored_values_round_trip():
    chosen = AppSettings(
        webhook_port=9000,
        public_url="https://toko.example/webhook",
        theme=Theme.DARK,
        region="MY",
        notifications=False,
        analytics=True,
        retention_days={**RETENTION_LIMITS, "messages": 7},
    )
    assert AppSettings.from_stored(chosen.checked().stored()) == chosen


def test_a_stored_period_longer_than_the_policy_is_read_as_the_policy():
    assert AppSettings.from_stored({"retention.messages_days": 400}).retention_days["messages"] == 30


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"public_url": "http://toko.example/webhook"}, "https://"),
        ({"webhook_port": 70000}, "0 to 65535"),
        ({"webhook_host": " "}, "address"),
        ({"region": "Indonesia"}, "two-letter"),
        ({"retention_days": {**RETENTION_LIMITS, "messages": 31}}, "allows no longer"),
        ({"idle_lock_minutes": 0}, "idle minutes"),
    ],
)
def test_bad_settings_are_refused_with_the_reason(change, said):
    with pytest.raises(InvalidInputError, match=said):
        AppSettings(**change).checked()


def test_api_versions_look_like_graph_versions():
    assert check_api_version(" v25.0 ") == "v25.0"
    with pytest.raises(InvalidInputError, match=r"v25\.0"):
        check_api_version("25")


def test_the_meta_app_id_is_digits_and_round_trips():
    assert AppSettings.from_stored(AppSettings(app_id="123456789012345").checked().stored()).app_id == "123456789012345"
    with pytest.raises(InvalidInputError, match="digits only"):
        AppSettings(app_id="my-app").checked()


def test_the_client_gets_the_app_id_from_the_settings(db, tmp_path):
    from monggo_desktop.security.vault import SecretName
    from monggo_desktop.services.engine import client_for
    from monggo_desktop.services.session import Session
    from monggo_desktop.storage.data_dir import DataDirectory
    from tests.inbound import add_account

    class Secrets:
        def get(self, name):  # type: ignore[no-untyped-def]
            return "EAAG-token-0123456789" if name is SecretName.ACCESS_TOKEN else None

    account_id = db.call(add_account)
    account = db.call(lambda s: s.accounts.get(account_id))
    session = Session(DataDirectory(tmp_path), None, db, Secrets())  # type: ignore[arg-type]
    assert client_for(session, account).profile._app_id is None  # type: ignore[attr-defined]
    db.call(lambda s: s.settings.set("meta.app_id", "123456789012345"))
    assert client_for(session, account).profile._app_id == "123456789012345"  # type: ignore[attr-defined]


def test_a_stored_value_out_of_its_limits_takes_its_default_wherever_it_is_read():
    """One home per setting (issue 22, point 4): the engine, the audit, the contacts and the command line all
    read the region and the receiver's address through AppSettings, so each gets the same checked value."""
    from monggo_desktop.domain.settings import AppSettings

    stored = {"phone.default_region": "indonesia", "webhook.host": "  ", "webhook.port": 70_000}
    read = AppSettings.from_stored(stored)
    assert (read.region, read.webhook_host, read.webhook_port) == ("ID", "127.0.0.1", 8787)
    good = AppSettings.from_stored({"phone.default_region": "MY", "webhook.host": "127.0.0.2", "webhook.port": 9000})
    assert (good.region, good.webhook_host, good.webhook_port) == ("MY", "127.0.0.2", 9000)
