"""The setup wizard's state: the live check, the save, the webhook test. No widgets here."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.services.setup import SetupRequest, SetupResult
from monggo_desktop.services.setup_check import AccountCheck, CredentialCheckError, Field, SetupFlow
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + "."


class SetupViewModel(AsyncViewModel):
    checked = Signal(object)  # AccountCheck
    check_failed = Signal(str, str)  # the Field it points at, the reason in words
    saved = Signal(object)  # SetupResult
    save_failed = Signal(str)
    webhook_tested = Signal(bool, str)

    def __init__(self, flow: SetupFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        keyring = flow.keyring()
        self.keyring_secure = keyring.secure
        self.keyring_reason = keyring.reason
        self.result: SetupResult | None = None
        self._check: asyncio.Task[None] | None = None

    @property
    def min_passphrase_length(self) -> int:
        return self.flow.min_passphrase_length

    @property
    def webhook_url(self) -> str:
        return self.flow.webhook_url

    def check(self, request: SetupRequest) -> None:
        """Test the credentials live; the latest check wins (the owner went back and changed a field)."""
        if self._check is not None and not self._check.done():
            self._check.cancel()
        self._check = self.spawn(self._run_check(request))

    async def _run_check(self, request: SetupRequest) -> None:
        try:
            result: AccountCheck = await self.flow.check(request)
        except CredentialCheckError as exc:
            self.check_failed.emit(exc.field.value, _sentence(str(exc)))
            return
        except UserFacingError as exc:  # a field that is malformed, caught before any call
            self.check_failed.emit(Field.OTHER.value, _sentence(str(exc)))
            return
        self.checked.emit(result)

    def save(self, request: SetupRequest, passphrase: str | None) -> None:
        self.spawn(self._run_save(request, passphrase))

    async def _run_save(self, request: SetupRequest, passphrase: str | None) -> None:
        try:
            self.result = await self.flow.save(request, passphrase)
        except UserFacingError as exc:
            self.save_failed.emit(_sentence(str(exc)))
            return
        self.saved.emit(self.result)

    def test_webhook(self, app_secret: str, verify_token: str) -> None:
        self.spawn(self._run_webhook_test(app_secret, verify_token))

    async def _run_webhook_test(self, app_secret: str, verify_token: str) -> None:
        outcome = await self.flow.test_webhook(app_secret, verify_token)
        self.webhook_tested.emit(outcome.ok, _sentence(outcome.message))
