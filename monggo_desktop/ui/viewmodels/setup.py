"""The setup wizard's state: the live check, the save, the receiving route tried live. No widgets here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState, Route
from monggo_desktop.services.receiving.route import RouteChoice
from monggo_desktop.services.setup.check import AccountCheck, CredentialCheckError, Field, SetupFlow
from monggo_desktop.services.setup.first_setup import SetupRequest, SetupResult
from monggo_desktop.ui.error_words import error_text
from monggo_desktop.ui.viewmodels.base import AsyncViewModel
from monggo_desktop.ui.viewmodels.receiving import in_words


class SetupViewModel(AsyncViewModel):
    checked = Signal(object)  # AccountCheck
    check_failed = Signal(str, str)  # the Field it points at, the reason in words
    saved = Signal(object)  # SetupResult
    save_failed = Signal(str)
    route_progress = Signal(object)  # ReceivingState, as the trial goes
    route_done = Signal(object)  # ReceivingState where the trial ended

    def __init__(self, flow: SetupFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        keyring = flow.keyring()
        self.keyring_secure = keyring.secure
        self.result: SetupResult | None = None

    @property
    def min_passphrase_length(self) -> int:
        return self.flow.min_passphrase_length

    def check(self, request: SetupRequest) -> None:
        """Test the credentials live; the latest check wins (the owner went back and changed a field)."""
        self.run(lambda: self._run_check(request), key="check")

    async def _run_check(self, request: SetupRequest) -> None:
        try:
            result: AccountCheck = await self.flow.check(request)
        except CredentialCheckError as exc:
            self.check_failed.emit(exc.field.value, error_text(exc))
            return
        except UserFacingError as exc:  # a field that is malformed, caught before any call
            self.check_failed.emit(Field.OTHER.value, error_text(exc))
            return
        self.checked.emit(result)

    def save(self, request: SetupRequest, passphrase: str | None) -> None:
        self.run(lambda: self.flow.save(request, passphrase), self._saved, say=self.save_failed.emit)

    def _saved(self, result: SetupResult) -> None:
        self.result = result
        self.saved.emit(result)

    def try_route(
        self,
        route: Route,
        *,
        own_url: str = "",
        tunnel_hostname: str = "",
        cloudflared_path: str = "",
        tunnel_token: str | None = None,
    ) -> None:
        choice = RouteChoice(route, own_url, tunnel_hostname, cloudflared_path)
        self.spawn(self._try_route(choice, tunnel_token))

    async def _try_route(self, choice: RouteChoice, tunnel_token: str | None) -> None:
        try:
            state = await self.flow.try_route(choice, tunnel_token, lambda s: self.route_progress.emit(in_words(s)))
        except UserFacingError as exc:
            state = ReceivingState(route=choice.route, phase=Phase.STARTING).with_problem(
                Problem.SETUP, error_text(exc), now=utc_now()
            )
            self.route_progress.emit(state)
        self.route_done.emit(in_words(state))
