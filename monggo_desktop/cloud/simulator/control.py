"""``/_sim/…``: the simulator's own control endpoint, for scripts, the demo and manual testing.

It needs no token (it is not part of Meta's API) and answers loopback clients only. A request a web
page could forge (one with a foreign ``Origin``) is refused, so a browser tab cannot drive it.
"""

from __future__ import annotations

import json
from typing import Any, Protocol
from urllib.parse import urlsplit

from aiohttp import web

from monggo_desktop.cloud.simulator.faults import Faults
from monggo_desktop.cloud.simulator.http_helpers import reply
from monggo_desktop.domain.account_rules import is_loopback_host


class Controlled(Protocol):
    faults: Faults

    def control_state(self) -> dict[str, Any]: ...

    async def customer_message(
        self, wa_id: str, text: str | None = None, *, message: dict[str, Any] | None = None, name: str | None = None
    ) -> str: ...

    async def reset(self) -> None: ...


def _problem(status: int, message: str) -> web.Response:
    return reply({"error": {"message": message, "type": "SimulatorControl", "code": status}}, status=status)


class ControlApi:
    def __init__(self, simulator: Controlled) -> None:
        self._sim = simulator

    async def handle(self, request: web.Request) -> web.Response:
        if not is_loopback_host(request.remote or ""):
            return _problem(403, "the control endpoint answers this machine only")
        origin = request.headers.get("Origin")
        if origin and not is_loopback_host(urlsplit(origin).hostname or ""):
            return _problem(403, "the control endpoint does not answer web pages")
        action, method = request.match_info["action"], request.method
        if action == "state" and method == "GET":
            return reply(self._sim.control_state())
        if action == "faults" and method == "GET":
            return reply(self._sim.faults.as_dict())
        if action in ("faults", "customer_message", "reset") and method == "POST":
            body = await _json_object(request)
            if body is None:
                return _problem(400, "the body must be a JSON object")
            try:
                return await self._post(action, body)
            except ValueError as exc:
                return _problem(400, str(exc))
        return _problem(404, f"no {method} /_sim/{action}; try GET /_sim/state")

    async def _post(self, action: str, body: dict[str, Any]) -> web.Response:
        if action == "faults":
            self._sim.faults.update(body)
            return reply(self._sim.faults.as_dict())
        if action == "customer_message":
            wa_id = body.get("wa_id")
            text, message, name = body.get("text"), body.get("message"), body.get("name")
            if not isinstance(wa_id, str):
                raise ValueError("wa_id is the customer's number, digits only")
            if text is not None and not isinstance(text, str):
                raise ValueError("text is a string")
            if message is not None and not isinstance(message, dict):
                raise ValueError("message is a JSON object shaped like a webhook message")
            if name is not None and not isinstance(name, str):
                raise ValueError("name is a string")
            wamid = await self._sim.customer_message(wa_id, text, message=message, name=name)
            return reply({"id": wamid})
        await self._sim.reset()
        return reply({"success": True})


async def _json_object(request: web.Request) -> dict[str, Any] | None:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return body if isinstance(body, dict) else None
