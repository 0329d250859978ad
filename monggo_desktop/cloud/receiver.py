"""The webhook receiver: an aiohttp server on the running asyncio loop, behind the app's tunnel or a proxy.

``GET /webhook`` answers Meta's verification handshake. ``POST /webhook`` checks ``X-Hub-Signature-256`` over
the exact bytes received, parses them only as a sanity check, hands the raw bytes to a durable sink and answers
200. A signed POST with the ``X-Monggo-Probe`` header is the app's own route probe (cloud/probe.py): answered,
never stored. Any failure of the sink is a 500, so Meta retries (for up to 7 days); a bad request is a 4xx, so
it does not.
Nothing here logs a body, a token or a phone number.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from aiohttp import web

from monggo_desktop.cloud.probe import PROBE_HEADER, ProbeBook, nonce_of, probe_answer
from monggo_desktop.cloud.webhook_parser import WebhookPayloadError, parse_webhook
from monggo_desktop.cloud.webhook_signature import HEADER as SIGNATURE_HEADER
from monggo_desktop.cloud.webhook_signature import verify

log = logging.getLogger("monggo.cloud")


class _WithoutRequestBytes(logging.Filter):
    """aiohttp's HTTP parser errors quote the offending request bytes; keep only the exception's type."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()} ({type(record.exc_info[1]).__name__})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


# aiohttp's own connection-level messages go here instead of "aiohttp.server", without request content.
_http_log = logging.getLogger("monggo.cloud.http")
_http_log.addFilter(_WithoutRequestBytes())

PATH = "/webhook"
# Meta's webhook bodies are up to about 3 MB; the margin is for batches that land just over.
DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024 + 512 * 1024
# How long stop() lets a request in flight finish (a sink write, say) before cancelling it.
_SHUTDOWN_TIMEOUT_SECONDS = 5.0
# A client gets this long to send a whole request head (and an idle keep-alive connection is closed after it):
# connections that trickle headers, or send a request line and nothing more, do not hold file descriptors.
HEADER_TIMEOUT_SECONDS = 10.0
# ...and this long for the body once its head is in: Meta posts a few MB at most, at datacentre speed.
BODY_TIMEOUT_SECONDS = 20.0
# After an early answer (413, 401), aiohttp reads and discards the rest of the body so the client sees the answer.
# Keep that short: during it, stop() waits too, because aiohttp drops incoming data once shutting down.
_LINGERING_SECONDS = 1.0


class WebhookSink(Protocol):
    """Stores a verified webhook body durably; returning means it is safe to answer 200."""

    async def __call__(self, raw_body: bytes, received_at: datetime) -> None: ...


class WebhookReceiver:
    def __init__(
        self,
        *,
        app_secret: Callable[[], str | None],
        verify_token: Callable[[], str | None],
        sink: WebhookSink,
        host: str = "127.0.0.1",
        port: int = 0,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        probes: ProbeBook | None = None,
        header_timeout: float = HEADER_TIMEOUT_SECONDS,
        body_timeout: float = BODY_TIMEOUT_SECONDS,
    ) -> None:
        # Callables, not values: a secret changed in the settings takes effect on the next request.
        self._app_secret = app_secret
        self._verify_token = verify_token
        self._sink = sink
        self._host = host
        self._requested_port = port
        self._max_body_bytes = max_body_bytes
        self.probes = probes or ProbeBook()  # nonces of our own route probes (cloud/probe.py)
        self._header_timeout = header_timeout
        self._body_timeout = body_timeout
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the webhook receiver is not running")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}{PATH}"

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("the webhook receiver is already running")
        app = web.Application(client_max_size=self._max_body_bytes)
        app.router.add_get(PATH, self._handle_verification)
        app.router.add_post(PATH, self._handle_event)
        runner = web.AppRunner(
            app,
            handle_signals=False,
            access_log=None,  # aiohttp's access log would write the verify token from the query string
            logger=_http_log,
            auto_decompress=False,  # the signature covers the bytes on the wire; never inflate untrusted data
            shutdown_timeout=_SHUTDOWN_TIMEOUT_SECONDS,
            lingering_time=_LINGERING_SECONDS,
            # aiohttp arms this from the moment a connection is made: one that has not finished a request head
            # by then (or sits idle after a request) is closed. It is the header timeout a slow client meets.
            keepalive_timeout=self._header_timeout,
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, self._host, self._requested_port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        log.info("webhook receiver listening on %s port %d", self._host, self._port)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._port = None
        await runner.cleanup()
        log.info("webhook receiver stopped")

    async def __aenter__(self) -> WebhookReceiver:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _handle_verification(self, request: web.Request) -> web.Response:
        query = request.query
        expected = self._read_setting(self._verify_token, "verify token")
        given = query.get("hub.verify_token")
        challenge = query.get("hub.challenge")
        if (
            query.get("hub.mode") != "subscribe"
            or not expected
            or given is None
            or challenge is None
            or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
        ):
            log.info("webhook verification refused")
            return web.Response(status=403)
        log.info("webhook verification accepted")
        return web.Response(text=challenge, content_type="text/plain")

    async def _handle_event(self, request: web.Request) -> web.Response:
        received_at = datetime.now(UTC)
        declared_length = request.content_length
        if declared_length is not None and declared_length > self._max_body_bytes:
            return _refuse(413, "body too large")
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            return _refuse(401, "no signature")
        secret = self._read_setting(self._app_secret, "app secret")
        if not secret:
            # Not a client fault: a 503 makes Meta retry once the app secret is set up.
            return _refuse(503, "no app secret configured")
        try:
            async with asyncio.timeout(self._body_timeout):  # a body trickled byte by byte is cut off
                raw_body = await request.read()  # bounded by client_max_size: 413 past the limit
        except TimeoutError:
            return _refuse(408, "body too slow")
        except web.HTTPRequestEntityTooLarge:
            return _refuse(413, "body too large")
        except Exception as exc:  # the client went away or broke the framing: its problem, not a bug of ours
            return _refuse(400, f"body unreadable ({type(exc).__name__})")
        if not verify(raw_body, signature, secret):
            return _refuse(403, "bad signature")
        if PROBE_HEADER in request.headers:
            return self._answer_probe(raw_body, secret)
        try:
            parse_webhook(raw_body)
        except WebhookPayloadError as exc:
            return _refuse(400, f"malformed payload at {exc.where}")
        except Exception as exc:  # a parser bug: let Meta retry rather than drop the event
            log.error("webhook parser failed unexpectedly (%s)", type(exc).__name__)
            return web.Response(status=500)
        try:
            await self._sink(raw_body, received_at)
        except Exception as exc:
            log.error("webhook not stored, Meta will retry (%s)", type(exc).__name__)
            return web.Response(status=500)
        return web.Response(status=200)

    def _answer_probe(self, raw_body: bytes, secret: str) -> web.Response:
        """Our own route probe came back through the public URL: answer it only for a nonce we are waiting for,
        so that another receiver cannot pass for this one. Nothing is stored."""
        nonce = nonce_of(raw_body)
        if nonce is None or not self.probes.arrive(nonce):
            return _refuse(409, "a probe this receiver did not send")
        log.info("route probe arrived")
        return web.Response(text=probe_answer(nonce, secret), content_type="text/plain")

    @staticmethod
    def _read_setting(read: Callable[[], str | None], what: str) -> str | None:
        try:
            return read()
        except Exception as exc:  # a locked keyring, say: refuse this request, keep serving
            log.warning("could not read the webhook %s (%s)", what, type(exc).__name__)
            return None


def _refuse(status: int, reason: str) -> web.Response:
    log.info("webhook refused with %d: %s", status, reason)
    return web.Response(status=status)
