"""The first-run setup wizard against the simulator over loopback, the real keyring and a throw-away data directory:
the happy path (to a route registered with WhatsApp), each failure naming its field, passphrase mode, cancel,
the demo choice, and a busy port on the Receive messages page."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from monggo_desktop.cloud.simulator import Simulator
from monggo_desktop.domain.keys import Passphrase
from monggo_desktop.domain.receiving import Route
from monggo_desktop.security import recovery_key, vault_config
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account.credentials import DatabaseCredentials
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.ui.setup_wizard import (
    PASSPHRASE,
    RECEIVE,
    RECOVERY,
    SAVE,
    SetupOutcome,
)
from tests.gui.wizard_helpers import (
    APP_SECRET,
    CONFIG,
    PASSPHRASE_TEXT,
    TOKEN,
    Back,
    Cancel,
    Commit,
    Finish,
    Next,
    free_port,
    open_wizard,
    running_simulator,
)
from tests.integration.tunnel_helpers import install_stand_in


@pytest.fixture
def simulator(qtbot, qloop) -> Iterator[Simulator]:  # type: ignore[no-untyped-def]
    with running_simulator(qtbot) as sim:
        yield sim


@pytest.fixture
def stand_in(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """cloudflared, as the stand-in of tests/tools (the wizard's Automatic route runs it)."""
    return install_stand_in(tmp_path, monkeypatch)


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-setup")
    yield pool
    pool.shutdown(wait=True)


@pytest.fixture
def keyring_unlocker(secure_keyring, keyring_service) -> Unlocker:  # type: ignore[no-untyped-def]
    return Unlocker(secure_keyring, keyring_service)


def test_the_happy_path_saves_to_the_keyring_and_shows_the_recovery_key_once(
    qtbot, simulator, data_dir, keyring_unlocker, executor, stand_in
):
    port = free_port()
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor, port)
    wizard = driver.wizard
    driver.to_check(simulator.base_url)
    driver.wait_checked()
    (listed,) = [wizard.check.numbers.item(i).text() for i in range(wizard.check.numbers.count())]
    assert "Warung Bu Sri" in listed and "Quality: High (green)" in listed and "555" in listed
    assert "GREEN" not in listed and wizard.check.numbers.currentRow() == 0  # the only number, chosen
    assert "does not expire" in wizard.check.details.text() and not wizard.check.warning.isVisible()
    assert not data_dir.root.exists()  # tested, not saved
    assert wizard.button(Commit).text() == "Save"

    driver.click(Commit)
    assert wizard.currentId() == SAVE
    qtbot.waitUntil(wizard.save.isComplete, timeout=20_000)
    assert not wizard.button(Cancel).isEnabled()
    driver.click(Next)
    assert wizard.currentId() == RECOVERY
    shown = wizard.recovery.key.text()
    assert re.fullmatch(r"[A-Z0-9-]{20,}", shown), shown
    assert not driver.enabled(Next)  # "I have saved it" is required
    wizard.reject()  # neither Escape nor closing the window skips the recovery key now
    assert wizard.isVisible() and not driver.outcome.done()
    qtbot.mouseClick(wizard.recovery.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == shown
    wizard.recovery.confirm.setChecked(True)
    driver.click(Next)

    assert wizard.currentId() == RECEIVE
    page = wizard.receive
    assert page.fields.chosen() is Route.AUTO  # Automatic is preselected; nothing to paste into Meta's dashboard
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "can receive" in page.result.text(), timeout=60_000)
    for label in page.steps.values():
        assert label.text().startswith("✓"), label.text()
    # WhatsApp (the simulator) was told where to deliver: the tunnel's public URL, verified during the call.
    assert simulator.number_override is not None and simulator.number_override.endswith("/webhook")
    assert str(port) not in simulator.number_override  # the public address, not the receiver's own
    driver.click(Finish)
    assert driver.result() is SetupOutcome.SET_UP

    with unlock(data_dir, keyring_unlocker) as session:  # opens with the key from the keyring
        assert session.credentials.get(SecretName.ACCESS_TOKEN) == TOKEN
        assert session.credentials.get(SecretName.APP_SECRET) == APP_SECRET
        assert DatabaseCredentials(session.db).get(SecretName.ACCESS_TOKEN) is None  # not in the database
        (account,) = session.db.call(lambda s: s.accounts.list())
        assert account.phone_number_id == CONFIG.phone_number_id and account.api_base_url == simulator.base_url
        config = vault_config.read(data_dir.vault_config)
        assert config is not None
        assert keyring_unlocker.vault(config).get_database_key() == recovery_key.decode(shown)


@pytest.mark.parametrize(
    ("values", "field", "words", "widget"),
    [
        ({"access_token": "EAAG-someone-elses-token"}, "access_token", "The access token was refused", "access_token"),
        ({"phone_number_id": "999999999999999"}, "phone_number_id", "The phone number id was not found", None),
        ({"waba_id": "888888888888888"}, "waba_id", "The WhatsApp Business Account id was not found", "waba_id"),
    ],
)
def test_a_wrong_field_is_named_nothing_is_written_and_correcting_it_passes(
    qtbot, simulator, data_dir, keyring_unlocker, executor, values, field, words, widget
):
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    wizard = driver.wizard
    driver.to_check(simulator.base_url, **values)
    driver.wait_checked()
    assert wizard.check.failed_field == field
    assert wizard.check.status.text().startswith(words)
    assert "someone-elses" not in wizard.check.status.text()
    assert not driver.enabled(Commit) and not driver.enabled(Next)
    assert not data_dir.root.exists()

    driver.click(Back)  # the owner corrects the field and tests again
    name = widget or field
    getattr(wizard.credentials, name).clear()
    corrected = {"access_token": TOKEN, "phone_number_id": CONFIG.phone_number_id, "waba_id": CONFIG.waba_id}
    qtbot.keyClicks(getattr(wizard.credentials, name), corrected[name])
    driver.click(Next)
    driver.wait_checked()
    assert wizard.check.failed_field is None and driver.enabled(Commit)
    driver.click(Cancel)
    assert driver.result() is SetupOutcome.CANCELLED
    assert not data_dir.root.exists()


def test_no_network_is_said(qtbot, simulator, data_dir, keyring_unlocker, executor):
    stopped = asyncio.ensure_future(simulator.stop())
    qtbot.waitUntil(stopped.done, timeout=5_000)
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    driver.to_check(simulator.base_url)
    driver.wait_checked()
    assert driver.wizard.check.failed_field == "network"
    assert driver.wizard.check.status.text().startswith("Cannot reach WhatsApp")
    assert not driver.enabled(Commit) and not data_dir.root.exists()


def test_cancel_leaves_no_data_directory(qtbot, simulator, data_dir, keyring_unlocker, executor):
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    driver.to_check(simulator.base_url)
    driver.wait_checked()
    assert driver.wizard.check.isComplete()
    qtbot.keyClick(driver.wizard, Qt.Key.Key_Escape)
    assert driver.result() is SetupOutcome.CANCELLED
    assert not data_dir.root.exists()


def test_try_the_demo_instead(qtbot, data_dir, keyring_unlocker, executor, qloop):
    driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor)
    qtbot.mouseClick(driver.wizard.intro.demo_button, Qt.MouseButton.LeftButton)
    assert driver.result() is SetupOutcome.DEMO
    assert not driver.wizard.isVisible() and not data_dir.root.exists()


def test_without_a_safe_keyring_a_passphrase_is_asked_and_no_recovery_key_shown(qtbot, simulator, data_dir, executor):
    unlocker = Unlocker(fail.Keyring(), "Monggo Pinarak wizard test")
    driver = open_wizard(qtbot, data_dir, unlocker, executor)
    wizard = driver.wizard
    driver.to_check(simulator.base_url)
    driver.wait_checked()
    driver.click(Next)  # not "Save": the passphrase comes first
    assert wizard.currentId() == PASSPHRASE
    page = wizard.passphrase_page
    assert "no safe place for passwords" in page.explanation.text()
    assert "Keyring" not in page.explanation.text() and "backend" not in page.explanation.text()
    qtbot.keyClicks(page.first, "soto ayam")
    assert page.hint.text().startswith("Too short: 3 more characters") and not driver.enabled(Commit)
    qtbot.keyClicks(page.first, " lamongan pedas")
    qtbot.keyClicks(page.second, "soto ayam lamongan")
    assert "must match" in page.hint.text() and not driver.enabled(Commit)
    qtbot.keyClicks(page.second, " pedas")
    assert "the two match" in page.hint.text()
    driver.click(Commit)
    qtbot.waitUntil(wizard.save.isComplete, timeout=20_000)
    assert "inside the encrypted database" in wizard.save.status.text()
    driver.click(Next)
    assert wizard.currentId() == RECEIVE  # no recovery key in passphrase mode
    driver.click(Finish)
    assert driver.result() is SetupOutcome.SET_UP
    with unlock(data_dir, Unlocker(fail.Keyring(), passphrase=Passphrase(PASSPHRASE_TEXT))) as session:
        assert session.credentials.get(SecretName.ACCESS_TOKEN) == TOKEN
    assert wizard.model.flow.unlocker.passphrase == Passphrase(PASSPHRASE_TEXT)  # the app opens with it


def test_the_receive_page_says_when_the_port_is_busy(qtbot, simulator, data_dir, keyring_unlocker, executor, stand_in):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        driver = open_wizard(qtbot, data_dir, keyring_unlocker, executor, port)
        wizard = driver.wizard
        driver.to_check(simulator.base_url)
        driver.wait_checked()
        driver.click(Commit)
        qtbot.waitUntil(wizard.save.isComplete, timeout=20_000)
        driver.click(Next)
        wizard.recovery.confirm.setChecked(True)
        driver.click(Next)
        qtbot.mouseClick(wizard.receive.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.receive.connect_button.isEnabled(), timeout=15_000)
    result = wizard.receive.result.text()
    assert f"port {port} on this computer cannot be used" in result
    assert APP_SECRET not in result
    assert wizard.receive.connect_button.text() == "Retry"
    driver.click(Finish)
    assert driver.result() is SetupOutcome.SET_UP
