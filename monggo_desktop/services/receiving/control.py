"""The window's door to the receiving route: its state as it changes, the Test button, a new route chosen.

Made with the window; the route itself (services/receiving/route.py) comes with the messaging engine, after the
window is up, and is attached then. Until it is, the state says the app is starting (or why it does not
receive: a closed account, no access token).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState, Route
from monggo_desktop.domain.words import english

if TYPE_CHECKING:  # the route (and the network libraries) load with the engine, after the window
    from monggo_desktop.cloud.probe import ProbeResult
    from monggo_desktop.services.receiving.route import Receiving, RouteChoice

log = logging.getLogger("monggo.services")


class ReceivingControl:
    def __init__(self) -> None:
        self._receiving: Receiving | None = None
        self._listeners: list[Callable[[ReceivingState], None]] = []
        self.state = ReceivingState(route=Route.AUTO, phase=Phase.STARTING)

    def subscribe(self, listener: Callable[[ReceivingState], None]) -> None:
        self._listeners.append(listener)
        listener(self.state)

    def close(self) -> None:
        self._listeners.clear()

    def attach(self, receiving: Receiving | None) -> None:
        """The engine's route (None: the engine runs without one, e.g. in tests)."""
        self._receiving = receiving
        if receiving is not None:
            receiving.subscribe(self._changed)

    def detach(self, reason: str) -> None:
        """Receiving stopped for a reason the window shows (the account was closed, no access token)."""
        self._receiving = None
        self._changed(ReceivingState(route=self.state.route, phase=Phase.PROBLEM, problem=Problem.SETUP, detail=reason))

    def _changed(self, state: ReceivingState) -> None:
        self.state = state
        for listener in list(self._listeners):
            listener(state)

    async def test(self, progress: Callable[[int, ProbeResult], None] | None = None) -> ProbeResult:
        from monggo_desktop.cloud.probe import ProbeOutcome, ProbeResult

        if self._receiving is None:
            return ProbeResult(ProbeOutcome.UNREACHABLE, english("the app is not receiving now"))
        return await self._receiving.test(progress)

    async def change_route(self, choice: RouteChoice) -> None:
        if self._receiving is not None:
            log.info("the owner chose the receiving route %s", choice.route.value)
            await self._receiving.change_route(choice)
