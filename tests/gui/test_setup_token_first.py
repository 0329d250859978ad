"""Token first, as a shop owner sets up: one token and the app secret pasted, the number picked from what the
token reaches, a temporary token warned about before it is saved, a token that cannot work refused in words;
against the simulator playing Meta's debug_token and phone_numbers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from monggo_desktop.cloud.simulator import Simulator
from monggo_desktop.cloud.simulator.config import ExtraPhoneNumber, TokenProfile
from monggo_desktop.domain.meta_token import EXPIRY_SETTING
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.ui.setup_wizard import CHECK, CREDENTIALS, INTRO, RECOVERY, SAVE, SetupOutcome
from tests.gui.wizard_helpers import (
    APP_SECRET,
    CONFIG,
    TOKEN,
    Cancel,
    Commit,
    Finish,
    Next,
    open_wizard,
    running_simulator,
)

SECOND = ExtraPhoneNumber(id="109876543210987", display_phone_number="6281234500099", verified_name="Batik Sari")
TEMPORARY = "EAAG-temporary-api-setup-token"
EXPIRED = "EAAG-yesterdays-token-000"
HALF = "EAAG-messaging-only-token-0"
SHOP = dataclasses.replace(
    CONFIG,
    access_token=None,  # any token reaches the shop's account, unless a profile says otherwise
    extra_phone_numbers=(SECOND,),
    token_profiles={
        TEMPORARY: TokenProfile(kind="temporary"),
        EXPIRED: TokenProfile(kind="expired"),
        HALF: TokenProfile(kind="missing_permission", missing_scope="whatsapp_business_management"),
    },
)


@pytest.fixture
def shop(qtbot, qloop) -> Iterator[Simulator]:  # type: ignore[no-untyped-def]
    with running_simulator(qtbot, SHOP) as sim:
        yield sim


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-setup")
    yield pool
    pool.shutdown(wait=True)


@pytest.fixture
def keyring_unlocker(secure_keyring, keyring_service) -> Unlocker:  # type: ignore[no-untyped-def]
    return Unlocker(secure_keyring, keyring_service)


def _to_numbers(qtbot, driver, base_url: str, token: str = TOKEN) -> None:  # type: ignore[no-untyped-def]
    wizard = driver.wizard
    assert wizard.currentId() == INTRO
    driver.click(Next)
    assert wizard.currentId() == CREDENTIALS
    page = wizard.credentials
    qtbot.keyClicks(page.access_token, token)
    qtbot.keyClicks(page.app_secret, APP_SECRET)
    page.advanced.setChecked(True)  # only for the simulator's address: the ids stay empty
    page.api_base.setText(base_url)
    driver.click(Next)
    assert wizard.currentId() == CHECK
    driver.wait_checked()


def test_one_token_in_the_number_picked_from_a_list(qtbot, shop, data_dir, keyring_unlocker, executor):
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    wizard = driver.wizard
    _to_numbers(qtbot, driver, shop.base_url)
    check = wizard.check
    listed = [check.numbers.item(i).text() for i in range(check.numbers.count())]
    assert len(listed) == 2 and "Warung Bu Sri" in listed[0] and "Batik Sari" in listed[1]
    assert "2 numbers" in check.status.text()
    assert not driver.enabled(Commit)  # which one is the owner's to say
    check.numbers.setCurrentRow(1)
    assert driver.enabled(Commit)
    driver.click(Commit)
    assert wizard.currentId() == SAVE
    qtbot.waitUntil(wizard.save.isComplete, timeout=20_000)
    driver.click(Next)
    assert wizard.currentId() == RECOVERY
    wizard.recovery.confirm.setChecked(True)
    driver.click(Next)
    driver.click(Finish)  # receiving is tried on its page, or by the app at its start
    assert driver.result() is SetupOutcome.SET_UP
    with unlock(data_dir, keyring_unlocker) as session:
        (account,) = session.db.call(lambda s: s.accounts.list())
        assert (account.phone_number_id, account.waba_id) == (SECOND.id, CONFIG.waba_id)
        settings = session.db.call(lambda s: s.settings.all())
        assert settings["meta.app_id"] == CONFIG.app_id  # from the token: no field for it
        assert settings[EXPIRY_SETTING] == 0  # a system user's token: never


def test_a_temporary_token_is_warned_about_with_the_steps_before_saving(
    qtbot, shop, data_dir, keyring_unlocker, executor
):
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    _to_numbers(qtbot, driver, shop.base_url, TEMPORARY)
    check = driver.wizard.check
    assert check.warning.isVisible()
    warning = check.warning.text()
    assert "temporary token" in warning and "System users" in warning and "whatsapp_business_messaging" in warning
    assert "works until" in check.details.text()
    check.numbers.setCurrentRow(0)
    assert driver.enabled(Commit)  # warned, not refused: the owner may still try the app with it
    driver.click(Cancel)
    assert driver.result() is SetupOutcome.CANCELLED and not data_dir.root.exists()


@pytest.mark.parametrize(
    ("token", "words"),
    [
        (EXPIRED, "no longer works (expired or revoked)"),
        (HALF, "lacks the whatsapp_business_management permission"),
    ],
)
def test_a_token_that_cannot_work_is_refused_in_words(qtbot, shop, data_dir, keyring_unlocker, executor, token, words):
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    _to_numbers(qtbot, driver, shop.base_url, token)
    check = driver.wizard.check
    assert check.failed_field == "access_token"
    assert words in check.status.text() and token not in check.status.text()
    assert not driver.enabled(Commit) and not data_dir.root.exists()
