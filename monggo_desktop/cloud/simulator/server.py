"""The simulator: an aiohttp server on the running loop, bound to loopback, faking the Cloud API subset we use.

Every request passes one middleware that applies the fault switches, checks the token the way Graph
does, and turns a ``GraphError`` into Meta's JSON error answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import os
import socket
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator import media_rules
from monggo_desktop.cloud.simulator.asset_routes import DOWNLOAD_PATH, PICTURE_PATH, AssetApi
from monggo_desktop.cloud.simulator.config import SimulatorConfig, check_assets, check_bind_host, check_webhook_url
from monggo_desktop.cloud.simulator.control import ControlApi
from monggo_desktop.cloud.simulator.faults import Faults
from monggo_desktop.cloud.simulator.graph_routes import GraphApi, is_graph_path
from monggo_desktop.cloud.simulator.http_helpers import reply
from monggo_desktop.cloud.simulator.outbound_webhooks import (
    WebhookSender,
    envelope,
    message_payload,
    template_status_payload,
)
from monggo_desktop.cloud.simulator.state import SimState, new_wamid
from monggo_desktop.cloud.simulator.templates import apply_event
from monggo_desktop.cloud.simulator.tokens import Tokens
from monggo_desktop.domain.account_rules import is_loopback_host
from monggo_desktop.domain.customer_ids import is_bsuid

log = logging.getLogger("monggo.cloud")

CONTROL_PREFIX = "/_sim/"


class Simulator:
    """A fake of Meta's Graph API for the Cloud API calls the app makes, with signed webhooks back."""

    def __init__(self, config: SimulatorConfig | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.config = config or SimulatorConfig()
        self._host = check_bind_host(self.config.host)
        check_webhook_url(self.config.webhook_url)
        delays = self.config.status_delays
        if len(delays) != 3 or any(d < 0 for d in delays):
            raise ValueError("status_delays are three non-negative delays: sent, delivered, read")
        check_assets(self.config)
        self._state = SimState(self.config, clock)
        self._tokens = Tokens(self.config, clock)
        self._webhooks = WebhookSender(
            app_secret=self.config.app_secret,
            url=self.config.webhook_url,
            retry_delays=self.config.webhook_retry_delays,
            timeout=self.config.webhook_timeout,
            duplicate=lambda: self._state.faults.duplicate_webhooks,
            route=self._route,
        )
        self._assets = AssetApi(self.config, self._state, lambda: self.base_url)
        self._graph = GraphApi(
            self.config, self._state, self._assets, self._webhooks, lambda: self.base_url, self._tokens
        )
        self._control = ControlApi(self)
        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()
        self.base_url = ""

    # What tests and the demo look at and change.

    @property
    def faults(self) -> Faults:
        return self._state.faults

    @faults.setter
    def faults(self, value: Faults) -> None:
        self._state.faults = value

    @property
    def sent_messages(self) -> list[dict[str, Any]]:
        """Every accepted /messages body (not mark-as-read), oldest first."""
        return self._state.sent_messages

    @property
    def read_receipts(self) -> list[dict[str, Any]]:
        """Every accepted mark-as-read or typing-indicator body."""
        return self._state.read_receipts

    @property
    def webhook_url(self) -> str | None:
        return self._webhooks.url

    def set_webhook_url(self, url: str | None) -> None:
        """Point webhooks elsewhere while running (the demo starts its receiver after the simulator).

        This is the app-level URL as if set in Meta's dashboard: overrides and ``POST /{app-id}/subscriptions``
        take precedence over it (routing.py).
        """
        self._webhooks.url = check_webhook_url(url)

    # Webhook registration as the app did it over HTTP (subscriptions.py); read-only here.

    @property
    def app_subscribed(self) -> bool:
        """Whether the app is subscribed to the WABA (``POST /{waba-id}/subscribed_apps``)."""
        return self._state.routing.waba_subscribed

    @property
    def waba_override(self) -> str | None:
        return self._state.routing.waba_override

    @property
    def number_override(self) -> str | None:
        return self._state.routing.number_override

    @property
    def app_callback_url(self) -> str | None:
        """The callback URL of ``POST /{app-id}/subscriptions``; None when only ``webhook_url`` is set."""
        app = self._state.routing.app_subscription
        return None if app is None else app.callback_url

    def _route(self, field: str) -> str | None:
        return self._state.routing.url_for(
            field, self._webhooks.url, require_subscription=self.config.require_waba_subscription
        )

    # Token discovery (tokens.py, numbers.py); read-only.

    def describe_token(self, token: str) -> dict[str, Any]:
        """The ``data`` object ``GET /{version}/debug_token?input_token=<token>`` answers now."""
        return self._tokens.describe(token)

    def phone_number_ids(self, waba_id: str | None = None) -> list[str]:
        """The ids ``GET /{waba-id}/phone_numbers`` lists for this WABA (default: the configured one)."""
        return self._graph.numbers.number_ids(waba_id or self.config.waba_id)

    def open_window(self, wa_id: str, at: float | None = None) -> None:
        """Mark the 24 h customer-service window open from ``at`` (seconds since the epoch; default now)."""
        self._state.open_window(wa_id, at)

    def window_open(self, wa_id: str) -> bool:
        return self._state.window_open(wa_id, self._state.clock())

    def remember_received(self, wa_id: str, wamid: str) -> None:
        """A message the customer sent before this simulator ran (the demo's seeded past): marking it read is
        accepted, as Meta accepts it for any message the number received."""
        self._state.add_inbound(wa_id, {"id": wamid, "from": wa_id})

    def add_inbound_media(self, data: bytes, mime_type: str) -> str:
        """Store media a customer 'sent'; its id can go into ``customer_message(message=…)``."""
        return self._state.add_media(data, mime_type, inbound=True).id

    async def customer_message(
        self,
        wa_id: str,
        text: str | None = None,
        *,
        message: dict[str, Any] | None = None,
        name: str | None = None,
    ) -> str:
        """A message from a customer: opens their window and POSTs the signed webhook; returns its wamid.

        ``message`` is a webhook message object (``{"type": "image", "image": {"id": …}}``); ``from``,
        ``id`` and ``timestamp`` are filled in when missing, and so are a stored media's type and hash.
        """
        if not (wa_id.isdigit() and 7 <= len(wa_id) <= 15) and not is_bsuid(wa_id):
            raise ValueError("wa_id is the customer's number in international format (digits only) or a BSUID")
        if (text is None) == (message is None):
            raise ValueError("give either text or message")
        if message is None:
            body: dict[str, Any] = {"type": "text", "text": {"body": text}}
        else:
            body = copy.deepcopy(message)
            if not isinstance(body.get("type"), str):
                raise ValueError("message needs a type, as in a webhook message")
        now = self._state.clock()
        inbound = {"from": wa_id, "id": new_wamid(wa_id), "timestamp": str(int(now)), **body}
        self._describe_media(inbound)
        profile_name = name or self._state.names.get(wa_id) or f"Pelanggan {wa_id[-4:]}"
        self._state.names[wa_id] = profile_name
        self._state.open_window(wa_id, now)
        self._state.add_inbound(wa_id, inbound)
        self._webhooks.send(message_payload(self.config, wa_id, profile_name, inbound))
        return str(inbound["id"])

    def _describe_media(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        media = message.get(kind)
        if kind not in media_rules.KINDS or not isinstance(media, dict):
            return
        item = self._state.media.get(str(media.get("id")))
        if item is not None:
            media.setdefault("mime_type", item.mime_type)
            media.setdefault("sha256", item.sha256)

    async def template_status_update(
        self, template_name: str, event: str, *, language: str | None = None, reason: str = "NONE"
    ) -> str:
        """Meta reviewed a template: its status changes and a ``message_template_status_update`` webhook goes
        to the app-level URL (never to an override). Returns the template's id.

        ``event`` is APPROVED, REJECTED, PAUSED, DISABLED, REINSTATED… (templates.TEMPLATE_EVENTS); ``language``
        is needed when the name exists in several languages.
        """
        template = self._state.find_template(template_name, language)
        apply_event(template, event, reason)
        self._webhooks.send(template_status_payload(self.config, template, event, reason))
        return str(template["id"])

    async def account_update(self, event: str, **info: Any) -> None:
        """Meta says something about the business account (``account_update``: ACCOUNT_RESTRICTION with
        ``restriction_info``, ACCOUNT_VIOLATION with ``violation_info``…), to the app-level URL, as pywa's test
        data shows it."""
        value = {"event": event, **info}
        self._webhooks.send(envelope(self.config, value, "account_update"))

    async def drain(self) -> None:
        """Wait until every scheduled webhook delivery is done (delivered or given up on)."""
        await self._webhooks.drain()

    async def reset(self) -> None:
        """Back to the start of the run: state, templates, profile, faults, webhook subscriptions and overrides;
        pending webhooks cancelled."""
        await self._webhooks.cancel_all()
        self._state.reset()

    def control_state(self) -> dict[str, Any]:
        snapshot = self._state.snapshot()
        snapshot["base_url"] = self.base_url
        snapshot["webhooks"] = {
            "url": self._webhooks.url,
            "pending": self._webhooks.pending,
            "attempts": self._webhooks.attempts,
            "delivered": self._webhooks.delivered,
            "abandoned": self._webhooks.abandoned,
        }
        snapshot["webhook_routing"] = self._state.routing.snapshot(
            self._webhooks.url, require_subscription=self.config.require_waba_subscription
        )
        return snapshot

    # Life cycle.

    async def start(self) -> str:
        """Serve on the running loop; returns the base URL, e.g. ``http://127.0.0.1:41234``."""
        if self._runner is not None:
            raise RuntimeError("the simulator is already running")
        app = web.Application(middlewares=[self._middleware], client_max_size=media_rules.LARGEST + media_rules.MB)
        app.router.add_route("*", CONTROL_PREFIX + "{action}", self._control.handle)
        app.router.add_get(DOWNLOAD_PATH, self._assets.download)
        app.router.add_get(PICTURE_PATH + "{name}", self._assets.picture)
        app.router.add_route("*", "/{tail:.*}", self._graph.dispatch)
        # A short shutdown: stop() must not wait a minute for a request held by slow_seconds.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        try:
            sock = _listening_socket(self._host, self.config.port)
        except OSError:
            await runner.cleanup()
            raise
        await web.SockSite(runner, sock).start()
        self._runner = runner
        self._stopping.clear()
        host = f"[{self._host}]" if ":" in self._host else self._host
        self.base_url = f"http://{host}:{sock.getsockname()[1]}"
        await self._webhooks.start()
        log.info("Cloud API simulator listening on %s", self.base_url)
        return self.base_url

    async def stop(self) -> None:
        """Cancel pending webhook deliveries, then close the server and its connections."""
        self._stopping.set()
        await self._webhooks.stop()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Simulator:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # Every request passes here.

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.host and not is_loopback_host(urlsplit("//" + request.host).hostname or ""):
            # A foreign Host header means DNS rebinding: a web page reaching this machine by a name.
            return web.Response(status=403, text="the simulator answers requests for this machine only")
        if request.path.startswith(CONTROL_PREFIX):
            response: web.StreamResponse = await handler(request)
            return response
        trace = ge.fbtrace_id()
        try:
            response = await self._faulty(request, handler)
        except ge.GraphError as err:
            response = reply(err.body(trace), status=err.http_status, headers=err.headers)
        response.headers["x-fb-trace-id"] = trace
        return response

    async def _faulty(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if self._state.faults.slow_seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._state.faults.slow_seconds)
        faults = self._state.faults
        if faults.take("drop_connection_next"):
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)  # never written: the connection is gone
        # pps.whatsapp.net URLs are public; /{app-id}/subscriptions checks the app token itself.
        if not request.path.startswith(PICTURE_PATH) and not (
            is_graph_path(request.path) and self._graph.subscriptions.authenticates_itself(request.path)
        ):
            self._authenticate(request)
        if faults.take("server_error_next"):
            self._state.server_errors_sent += 1
            raise ge.server_error(self._state.server_errors_sent - 1)
        if is_graph_path(request.path) and faults.take("rate_limit_next"):
            raise ge.throughput_limited(faults.retry_after_seconds)
        response: web.StreamResponse = await handler(request)
        return response

    def _authenticate(self, request: web.Request) -> None:
        scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
        token = token.strip()
        # Meta's resumable-upload guide sends "OAuth <token>"; elsewhere the app must send Bearer.
        schemes = ("bearer", "oauth") if "/upload:" in request.path else ("bearer",)
        if scheme.lower() not in schemes or not token:
            raise ge.missing_token()
        if self._state.faults.expired_token:
            raise ge.expired_token()
        self._tokens.authenticate(token, request.path)  # the configured token or a profiled one (tokens.py)


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name == "posix":  # a restarted simulator can take its port back at once
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock
