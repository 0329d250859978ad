"""Signed webhooks from the simulator to the app's receiver, in the envelope of cloud-api.md section 8.

Delivery is at-least-once like Meta's: a receiver that does not answer 2xx gets the same bytes again after
a pause, a bounded few times. Each attempt asks ``route`` where the change goes (routing.py), so a retry
follows an override set or removed in between. The JSON is written the way Meta writes it (ASCII only,
``\\/`` for slashes), so a receiver that checks the signature over re-serialised JSON instead of the raw
bytes fails here too.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import httpx

from monggo_desktop.cloud.simulator.config import SimulatorConfig
from monggo_desktop.cloud.webhook_signature import HEADER, sign
from monggo_desktop.domain.customer_ids import is_bsuid

log = logging.getLogger("monggo.cloud")

STATUS_ORDER = ("sent", "delivered", "read")


def encode(payload: dict[str, Any]) -> bytes:
    # "/" only ever occurs inside JSON strings, where "\/" is a valid escape: this is what Meta sends.
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/").encode("ascii")


def envelope(config: SimulatorConfig, value: dict[str, Any], field: str = "messages") -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": config.waba_id, "changes": [{"value": value, "field": field}]}],
    }


def field_of(payload: dict[str, Any]) -> str:
    """The webhook field of a payload the simulator built (one entry, one change)."""
    return str(payload["entry"][0]["changes"][0]["field"])


def _value(config: SimulatorConfig) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "metadata": {
            "display_phone_number": config.display_phone_number,
            "phone_number_id": config.phone_number_id,
        },
    }


def message_payload(config: SimulatorConfig, wa_id: str, name: str, message: dict[str, Any]) -> dict[str, Any]:
    """A customer's message; one known only by a BSUID has a username and no number (cloud-api.md §8c)."""
    value = _value(config)
    if is_bsuid(wa_id):
        username = name.casefold().replace(" ", ".")
        value["contacts"] = [{"profile": {"name": name, "username": username}, "user_id": wa_id}]
        message = {**message, "from": "", "from_user_id": wa_id}
    else:
        value["contacts"] = [{"profile": {"name": name}, "wa_id": wa_id}]
    value["messages"] = [message]
    return envelope(config, value)


def status_payload(config: SimulatorConfig, status: dict[str, Any]) -> dict[str, Any]:
    value = _value(config)
    value["statuses"] = [status]
    return envelope(config, value)


def template_status_payload(
    config: SimulatorConfig, template: dict[str, Any], event: str, reason: str
) -> dict[str, Any]:
    value = {
        "event": event,
        "message_template_id": int(template["id"]),  # a number here, a string in Graph answers
        "message_template_name": template["name"],
        "message_template_language": template["language"],
        "reason": reason,
    }
    return envelope(config, value, "message_template_status_update")


@dataclass(frozen=True)
class Billing:
    """The ``conversation`` and ``pricing`` objects every status of one message carries."""

    conversation_id: str
    expires: float
    category: str  # service, marketing, utility, authentication
    billable: bool

    def conversation(self, *, with_expiry: bool) -> dict[str, Any]:
        # Meta puts the expiration only on the "sent" status of a message.
        data: dict[str, Any] = {"id": self.conversation_id}
        if with_expiry:
            data["expiration_timestamp"] = str(int(self.expires))
        data["origin"] = {"type": self.category}
        return data

    def pricing(self) -> dict[str, Any]:
        return {
            "billable": self.billable,
            "pricing_model": "PMP",
            "category": self.category,
            "type": "regular" if self.billable else "free_customer_service",
        }


def status_schedule(
    *,
    wamid: str,
    wa_id: str,
    accepted_at: float,
    delays: tuple[float, float, float],
    callback_data: str | None,
    billing: Billing | None,
    failure: dict[str, Any] | None,
    out_of_order: bool,
) -> list[tuple[float, dict[str, Any]]]:
    """(seconds after accept, status item) in the order they are to arrive.

    Timestamps always tell the true story (sent <= delivered <= read); with ``out_of_order`` only the
    arrival order is reversed, as Meta's webhooks sometimes do.
    """

    def item(status: str, delay: float) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": wamid,
            "status": status,
            "timestamp": str(int(accepted_at + delay)),
            "recipient_id": "" if is_bsuid(wa_id) else wa_id,
        }
        if is_bsuid(wa_id):
            data["recipient_user_id"] = wa_id
        if callback_data is not None:
            data["biz_opaque_callback_data"] = callback_data
        if failure is not None:
            data["errors"] = [failure]
        elif billing is not None:
            data["conversation"] = billing.conversation(with_expiry=status == "sent")
            data["pricing"] = billing.pricing()
        return data

    arrivals = sorted(delays)
    if failure is not None:
        return [(arrivals[0], item("failed", arrivals[0]))]
    logical = [item(status, delay) for status, delay in zip(STATUS_ORDER, delays, strict=True)]
    if out_of_order:
        logical.reverse()
    return list(zip(arrivals, logical, strict=True))


class WebhookSender:
    """POSTs signed webhooks from background tasks that ``drain()`` waits for and ``stop()`` cancels."""

    def __init__(
        self,
        *,
        app_secret: str,
        url: str | None,
        retry_delays: tuple[float, ...],
        timeout: float,
        duplicate: Callable[[], bool],
        route: Callable[[str], str | None] | None = None,
    ) -> None:
        self.url = url  # the app-level URL "set in Meta's dashboard"; ``route`` may send a change elsewhere
        self._route = route or (lambda _field: self.url)
        self._app_secret = app_secret
        self._retry_delays = retry_delays
        self._timeout = timeout
        self._duplicate = duplicate
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.attempts = 0  # POSTs made, retries and duplicates included
        self.delivered = 0  # webhooks a receiver accepted with 2xx
        self.abandoned = 0  # webhooks given up on after the last retry

    async def start(self) -> None:
        # trust_env=False: a proxy from the environment must never see loopback webhooks.
        self._client = httpx.AsyncClient(timeout=self._timeout, trust_env=False, follow_redirects=False)

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("simulator webhook task failed", exc_info=task.exception())

    def _can_send(self, field: str) -> bool:
        if self._route(field) is None:
            return False
        if self._client is None:
            log.warning("simulator webhook dropped: the simulator is not running")
            return False
        return True

    def send(self, payload: dict[str, Any]) -> None:
        """Deliver one webhook in the background."""
        if self._can_send(field_of(payload)):
            self.spawn(self.deliver(payload))

    def send_statuses(
        self,
        schedule: list[tuple[float, dict[str, Any]]],
        make_payload: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> None:
        if schedule and self._can_send("messages"):
            self.spawn(self._run_schedule(schedule, make_payload))

    async def _run_schedule(
        self, schedule: list[tuple[float, dict[str, Any]]], make_payload: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> None:
        # One task per message keeps its statuses in the planned order, even with equal delays.
        loop = asyncio.get_running_loop()
        start = loop.time()
        for delay, status in schedule:
            wait = start + delay - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            await self.deliver(make_payload(status))

    async def deliver(self, payload: dict[str, Any]) -> None:
        body, field = encode(payload), field_of(payload)
        await self._post(body, field)
        if self._duplicate():
            await self._post(body, field)

    async def _post(self, body: bytes, field: str) -> None:
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "facebookexternalua",
            HEADER: sign(body, self._app_secret),
            # Meta still sends the SHA-1 signature next to the SHA-256 one.
            "X-Hub-Signature": "sha1=" + hmac.new(self._app_secret.encode(), body, hashlib.sha1).hexdigest(),
        }
        for attempt, pause in enumerate((0.0, *self._retry_delays)):
            if pause:
                await asyncio.sleep(pause)
            # Where to, decided again at every attempt: a retry after an override changed goes to the new URL.
            # Meta does not document whether its pending retries follow a changed override; this is a guess.
            url, client = self._route(field), self._client
            if url is None or client is None:
                return
            self.attempts += 1
            try:
                response = await client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                log.debug("simulator webhook attempt %d failed: %s", attempt + 1, type(exc).__name__)
                continue
            if 200 <= response.status_code < 300:
                self.delivered += 1
                return
            log.debug("simulator webhook attempt %d answered HTTP %d", attempt + 1, response.status_code)
        self.abandoned += 1
        log.warning("simulator gave up on a webhook after %d attempts", len(self._retry_delays) + 1)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def drain(self) -> None:
        # asyncio.wait, not gather: cancelling drain() must not cancel the deliveries themselves.
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def cancel_all(self) -> None:
        tasks = set(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)

    async def stop(self) -> None:
        await self.cancel_all()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
