"""`setup --from-env` with a token and no ids, as the README starts: the token's only number is used; several
are listed and one is asked for; a temporary token is warned about; one that cannot work is refused in words.
A real process, the real keyring, the simulator playing Meta's debug_token and phone_numbers."""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from monggo_desktop.cloud.simulator.config import ExtraPhoneNumber, TokenProfile
from monggo_desktop.domain.meta_token import EXPIRY_SETTING
from monggo_desktop.services.session import Unlocker, unlock
from monggo_desktop.storage.data_dir import DataDirectory
from tests.conftest import TEST_KEYRING_SERVICE
from tests.integration.helpers import cli_environment
from tests.integration.test_cli_setup import assert_one_line_error, run_cli

TOKEN = "EAAG-system-user-token-0123456789"
TEMPORARY = "EAAG-api-setup-token-0123456789"
EXPIRED = "EAAG-expired-token-0123456789"
SECOND = ExtraPhoneNumber(id="109876543210987", display_phone_number="6281234500099", verified_name="Batik Sari")
BASE = SimulatorConfig(
    verified_name="Warung Bu Sri",
    token_profiles={TEMPORARY: TokenProfile(kind="temporary"), EXPIRED: TokenProfile(kind="expired")},
)


@pytest.fixture
async def one_number() -> AsyncIterator[Simulator]:
    sim = Simulator(dataclasses.replace(BASE))
    await sim.start()
    yield sim
    await sim.stop()


@pytest.fixture
async def two_numbers() -> AsyncIterator[Simulator]:
    sim = Simulator(dataclasses.replace(BASE, extra_phone_numbers=(SECOND,)))
    await sim.start()
    yield sim
    await sim.stop()


async def setup(data: Path, sim: Simulator, token: str = TOKEN, *ids: str) -> subprocess.CompletedProcess[str]:
    env = cli_environment(xdg_root=None, MONGGO_ACCESS_TOKEN=token, MONGGO_APP_SECRET="cli-token-app-secret")
    env.pop("MONGGO_VERIFY_TOKEN", None)
    args = ["setup", "--data-dir", str(data), "--from-env", "--api-base", sim.base_url, *ids]
    return await asyncio.to_thread(run_cli, *args, env=env)


def stored(data: Path, keyring):  # type: ignore[no-untyped-def]
    with unlock(DataDirectory(data), Unlocker(keyring, TEST_KEYRING_SERVICE)) as session:
        (account,) = session.db.call(lambda s: s.accounts.list())
        return account, session.db.call(lambda s: s.settings.all())


async def test_the_token_s_only_number_is_used(tmp_path, secure_keyring, one_number):
    result = await setup(tmp_path / "data", one_number)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a system user's token: nothing to warn about
    account, settings = stored(tmp_path / "data", secure_keyring)
    config = one_number.config
    assert (account.phone_number_id, account.waba_id) == (config.phone_number_id, config.waba_id)
    assert settings["meta.app_id"] == config.app_id and settings[EXPIRY_SETTING] == 0


async def test_several_numbers_are_listed_and_one_is_asked_for(tmp_path, secure_keyring, two_numbers):
    result = await setup(tmp_path / "data", two_numbers)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "reaches 2 numbers" in result.stderr and "--phone-number-id" in result.stderr
    assert SECOND.id in result.stderr and two_numbers.config.phone_number_id in result.stderr
    assert "Batik Sari" in result.stderr
    assert not (tmp_path / "data").exists()  # nothing written before a number is chosen

    result = await setup(tmp_path / "data", two_numbers, TOKEN, "--phone-number-id", SECOND.id)
    assert result.returncode == 0, result.stderr
    account, _ = stored(tmp_path / "data", secure_keyring)
    assert (account.phone_number_id, account.waba_id) == (SECOND.id, two_numbers.config.waba_id)


async def test_a_temporary_token_is_saved_with_a_warning_and_the_steps(tmp_path, secure_keyring, one_number):
    result = await setup(tmp_path / "data", one_number, TEMPORARY)
    assert result.returncode == 0, result.stderr
    assert "warning: this access token is temporary" in result.stderr and "System users" in result.stderr
    assert TEMPORARY not in result.stderr + result.stdout
    _, settings = stored(tmp_path / "data", secure_keyring)
    assert settings[EXPIRY_SETTING] > 0  # when it stops working: Settings and the window warn before


async def test_a_token_that_no_longer_works_is_refused_in_one_line(tmp_path, secure_keyring, one_number):
    result = await setup(tmp_path / "data", one_number, EXPIRED)
    assert_one_line_error(result, "no longer works")
    assert EXPIRED not in result.stderr and not (tmp_path / "data").exists()
