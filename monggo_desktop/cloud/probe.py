"""Proving a public URL reaches this receiver: a signed probe with a fresh nonce, sent to the PUBLIC address.

The receiver answers a probe only for a nonce this process issued and has not seen yet, and answers it with
an HMAC of the nonce under the app secret; the prober also checks that the nonce arrived at this receiver.
So an old tunnel that now points at another computer, or another install with the same app secret, cannot
answer for this one. A probe travels the path Meta's webhooks take: ``POST <public URL>/webhook``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import httpx

from monggo_desktop.cloud.webhook_signature import HEADER as SIGNATURE_HEADER
from monggo_desktop.cloud.webhook_signature import sign
from monggo_desktop.domain.account_rules import is_loopback_host
from monggo_desktop.domain.words import english

log = logging.getLogger("monggo.cloud")

PROBE_HEADER = "X-Monggo-Probe"
WEBHOOK_PATH = "/webhook"
_NONCE_TTL_SECONDS = 300.0
_PROBE_TIMEOUT = httpx.Timeout(10.0, connect=8.0)


def probe_answer(nonce: str, app_secret: str) -> str:
    return hmac.new(app_secret.encode("utf-8"), b"monggo-probe:" + nonce.encode("ascii"), hashlib.sha256).hexdigest()


class ProbeBook:
    """The nonces this process sent out, and which of them came back to its receiver."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._pending: dict[str, float] = {}
        self._arrived: set[str] = set()

    def issue(self) -> str:
        self._forget_old()
        nonce = secrets.token_hex(16)
        self._pending[nonce] = self._clock()
        return nonce

    def arrive(self, nonce: str) -> bool:
        """The receiver got ``nonce``: True (and remembered) if this process is waiting for it."""
        self._forget_old()
        if nonce not in self._pending:
            return False
        self._arrived.add(nonce)
        return True

    def arrived(self, nonce: str) -> bool:
        return nonce in self._arrived

    def close(self, nonce: str) -> None:
        self._pending.pop(nonce, None)
        self._arrived.discard(nonce)

    def _forget_old(self) -> None:
        limit = self._clock() - _NONCE_TTL_SECONDS
        for nonce in [n for n, at in self._pending.items() if at < limit]:
            self.close(nonce)


def probe_body(nonce: str) -> bytes:
    return json.dumps({"monggo_probe": nonce}, separators=(",", ":")).encode("ascii")


def nonce_of(body: bytes) -> str | None:
    try:
        value = json.loads(body).get("monggo_probe")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and 0 < len(value) <= 128 else None


class ProbeOutcome(StrEnum):
    REACHED = "reached"  # the probe came back to this receiver
    UNREACHABLE = "unreachable"  # nothing answers there yet (DNS, connection, the tunnel's 530/502)
    SOMEONE_ELSE = "someone_else"  # something answers, but not this receiver


@dataclass(frozen=True, slots=True)
class ProbeResult:
    outcome: ProbeOutcome
    detail: str  # for the log and the owner: no secret, no nonce

    @property
    def ok(self) -> bool:
        return self.outcome is ProbeOutcome.REACHED


def webhook_url(public_url: str) -> str:
    return public_url.rstrip("/") + WEBHOOK_PATH


async def probe_once(public_url: str, app_secret: str, book: ProbeBook) -> ProbeResult:
    nonce = book.issue()
    body = probe_body(nonce)
    headers = {"Content-Type": "application/json", PROBE_HEADER: "1", SIGNATURE_HEADER: sign(body, app_secret)}
    host = urlsplit(public_url).hostname or ""
    try:
        # A proxy from the environment may carry a probe to the internet; never one to this machine.
        async with httpx.AsyncClient(
            timeout=_PROBE_TIMEOUT, follow_redirects=False, trust_env=not is_loopback_host(host)
        ) as http:
            response = await http.post(webhook_url(public_url), content=body, headers=headers)
    except httpx.HTTPError as exc:
        return ProbeResult(ProbeOutcome.UNREACHABLE, english("no answer ({failure})", failure=type(exc).__name__))
    finally:
        arrived = book.arrived(nonce)
        book.close(nonce)
    if response.status_code in (404, 502, 503, 504, 530) and not arrived:
        return ProbeResult(
            ProbeOutcome.UNREACHABLE, english("the tunnel answered HTTP {status}", status=response.status_code)
        )
    expected = probe_answer(nonce, app_secret)
    if (
        response.status_code == 200
        and arrived
        and hmac.compare_digest(response.text.strip().encode("ascii", "replace"), expected.encode("ascii"))
    ):
        return ProbeResult(ProbeOutcome.REACHED, english("the probe came back to this computer"))
    return ProbeResult(
        ProbeOutcome.SOMEONE_ELSE, english("another receiver answered (HTTP {status})", status=response.status_code)
    )


async def prove_route(
    public_url: str,
    app_secret: str,
    book: ProbeBook,
    *,
    patience: float = 60.0,
    pause: float = 2.0,
    progress: Callable[[int, ProbeResult], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ProbeResult:
    """Probe until the route works or ``patience`` runs out: a new tunnel's name takes a while to resolve.
    ``progress`` hears every failed attempt. Another receiver answering is final at once."""
    started = clock()
    attempt = 0
    while True:
        attempt += 1
        result = await probe_once(public_url, app_secret, book)
        if result.outcome is not ProbeOutcome.UNREACHABLE:
            return result
        if progress is not None:
            progress(attempt, result)
        if clock() - started + pause > patience:
            return result
        await asyncio.sleep(pause)
