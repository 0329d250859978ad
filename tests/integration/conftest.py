"""Fixtures the command-line tests share."""

from __future__ import annotations

import pytest

from tests.integration.helpers import cli_environment
from tests.integration.test_cli_setup import APP_SECRET, TOKEN, VERIFY_TOKEN


@pytest.fixture
def cli_env(tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What `monggo-desktop` sees: a throw-away home for its files, the test keyring, the credentials in env."""
    return cli_environment(
        xdg_root=tmp_path / "xdg-data",
        MONGGO_ACCESS_TOKEN=TOKEN,
        MONGGO_APP_SECRET=APP_SECRET,
        MONGGO_VERIFY_TOKEN=VERIFY_TOKEN,
    )
