"""One HTTP exchange with the Graph API: auth, timeouts per phase, an overall deadline, typed errors, retries."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from monggo_desktop import __version__
from monggo_desktop.cloud.errors import CloudApiError, NetworkError, from_response, unexpected_answer
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.domain.account_rules import DEFAULT_API_VERSION, check_api_base, check_api_version, is_loopback_host
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.words import Words

log = logging.getLogger("monggo.cloud")

Json = dict[str, Any]
# Errors raised before the request left this machine: safe to send again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 10.0
    read: float = 30.0
    write: float = 30.0
    pool: float = 10.0
    deadline: float = 120.0  # the whole request, retries included

    def httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(slots=True)
class Transport:
    api_base_url: str
    access_token: str = field(repr=False)
    api_version: str = DEFAULT_API_VERSION
    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    clock: Callable[[], float] = time.monotonic
    http: httpx.AsyncClient | None = None

    def __post_init__(self) -> None:
        self.api_base_url = check_api_base(self.api_base_url)
        self.api_version = check_api_version(self.api_version)
        if self.http is None:
            self.http = httpx.AsyncClient(
                timeout=self.timeouts.httpx(),
                follow_redirects=False,
                headers={"User-Agent": f"monggo-desktop/{__version__}"},
            )

    def url(self, path: str) -> str:
        return f"{self.api_base_url}/{self.api_version}/{path.lstrip('/')}"

    async def aclose(self) -> None:
        assert self.http is not None
        await self.http.aclose()

    async def request_json(
        self,
        method: str,
        path_or_url: str,
        *,
        idempotent: bool,
        auth_scheme: str = "Bearer",
        **kwargs: Any,
    ) -> Json:
        response = await self.request(method, path_or_url, idempotent=idempotent, auth_scheme=auth_scheme, **kwargs)
        try:
            payload = response.json()
        except (ValueError, UnicodeDecodeError):
            raise unexpected_answer(Words("with something that is not JSON")) from None
        if not isinstance(payload, dict):
            raise unexpected_answer(Words("with an unexpected shape"))
        return payload

    async def request(
        self,
        method: str,
        path_or_url: str,
        *,
        idempotent: bool,
        auth_scheme: str = "Bearer",
        follow_redirects: bool = False,
        token: str | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send with retries; return a 2xx response or raise a typed CloudApiError.

        A request that is not idempotent (a send) is repeated only when it provably never left this
        machine, or Meta answered with an error; a lost answer becomes ``NetworkError(uncertain=True)``.
        """
        url = path_or_url if "://" in path_or_url else self.url(path_or_url)
        self.check_url(url)
        headers = dict(kwargs.pop("headers", None) or {})
        headers["Authorization"] = f"{auth_scheme} {token or self.access_token}"  # token: the app's, for its edges
        started = self.clock()
        attempt = 0
        while True:
            attempt += 1
            remaining = self.timeouts.deadline - (self.clock() - started)
            try:
                async with asyncio.timeout(max(remaining, 0.001)):
                    response = await self._send(method, url, headers, idempotent, follow_redirects, kwargs)
                if response.is_success:
                    return response
                error: CloudApiError = from_response(
                    response.status_code, response.content, response.headers.get("Retry-After")
                )
            except TimeoutError:
                error = NetworkError(
                    "WhatsApp did not answer in time: check the internet connection", uncertain=not idempotent
                )
            except NetworkError as exc:
                error = exc
            delay = self.retry.delay_before_retry(attempt, error)
            if delay is None or (self.clock() - started) + delay > self.timeouts.deadline:
                raise error
            log.info("retrying %s after %s (code %s) in %.2fs", method, error.kind.value, error.code, delay)
            await self.sleep(delay)

    async def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        idempotent: bool,
        follow_redirects: bool,
        kwargs: dict[str, Any],
    ) -> httpx.Response:
        assert self.http is not None
        try:
            return await self.http.request(method, url, headers=headers, follow_redirects=follow_redirects, **kwargs)
        except _NOT_SENT:
            raise NetworkError("Cannot reach WhatsApp: check the internet connection", uncertain=False) from None
        except httpx.HTTPError:
            raise NetworkError(
                "The connection to WhatsApp broke off: check the internet connection", uncertain=not idempotent
            ) from None

    def check_url(self, url: str) -> None:
        """TLS everywhere; plain http only to this machine (the simulator)."""
        parts = urlsplit(url)
        if parts.scheme == "https" and parts.hostname:
            return
        if parts.scheme == "http" and parts.hostname and is_loopback_host(parts.hostname):
            return
        raise InvalidInputError("refusing to send credentials over an unencrypted connection")
