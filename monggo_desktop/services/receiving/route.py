"""Reaching this computer (design.md section 6): the route opened, proven, registered with Meta, and kept up.

One supervisor task per running receiver (the app's or ``serve``'s):

1. open the route: start cloudflared (a quick tunnel, or a named one with its token), or take the owner's address;
2. prove it: a signed probe with a fresh nonce through the PUBLIC URL must come back to this receiver
   (retried for up to a minute: a new tunnel's name takes a while to resolve);
3. register it with Meta: subscribe the app to the WABA, set the phone number's ``webhook_configuration``
   override to ``<public URL>/webhook`` (Meta verifies it during the call), read it back; with the Meta app id
   known, the app-level subscription too;
4. keep it: a probe every few minutes, a dead tunnel or a changed registration noticed, the tunnel restarted
   with backoff and the new URL registered again.

Every change of state is kept in the settings table (no secret, no personal data) for ``status`` and the window.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from monggo_desktop.cloud.client import CloudApiClient
from monggo_desktop.cloud.errors import CloudApiError
from monggo_desktop.cloud.probe import ProbeOutcome, ProbeResult, prove_route, webhook_url
from monggo_desktop.cloud.receiver import WebhookReceiver
from monggo_desktop.cloud.tunnel import (
    ProgramMissingError,
    Tunnel,
    TunnelError,
    TunnelKind,
    TunnelSpec,
    find_cloudflared,
)
from monggo_desktop.domain.errors import InvalidInputError, UserFacingError
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.receiving import (
    OWN_ADDRESS,
    PUBLIC_URL_SETTING,
    STATE_SETTING,
    Phase,
    Problem,
    ReceivingState,
    Route,
    Step,
    check_public_url,
    check_tunnel_hostname,
    stored_route,
)
from monggo_desktop.domain.settings import KEYS
from monggo_desktop.domain.words import english
from monggo_desktop.security.vault import SecretName
from monggo_desktop.services.account.credentials import CredentialStore
from monggo_desktop.services.receiving.words import meta_problem
from monggo_desktop.services.setup.first_setup import new_verify_token
from monggo_desktop.storage import Database

log = logging.getLogger("monggo.services")

EVENT_SAVE_INTERVAL = timedelta(seconds=30)  # last_event_at is written at most this often


@dataclass(frozen=True, slots=True)
class RouteChoice:
    route: Route = Route.AUTO
    own_url: str = ""
    tunnel_hostname: str = ""
    cloudflared_path: str = ""
    app_id: str = ""  # when known, the app-level subscription is set too

    @classmethod
    def from_settings(cls, settings: dict[str, object], override: str | None = None) -> RouteChoice:
        """The saved choice; ``override`` is ``serve --public-url``: auto, off, or an address for this run."""

        def text(key: str) -> str:
            value = settings.get(key)
            return value if isinstance(value, str) else ""

        route = stored_route(settings)
        own_url = text(PUBLIC_URL_SETTING)
        if override is not None:
            if override in (Route.AUTO, Route.OFF):
                route = Route(override)
            else:
                route, own_url = Route.OWN, check_public_url(override, "--public-url")
        hostname, program = text(KEYS["tunnel_hostname"]), text(KEYS["cloudflared_path"])
        return cls(route, own_url, hostname, program, text(KEYS["app_id"]))


@dataclass(frozen=True, slots=True)
class Timing:
    probe_interval: float = 300.0  # a probe while idle, every five minutes
    patience: float = 60.0  # how long a new route may take to answer its first probe
    probe_pause: float = 2.0
    backoff_first: float = 2.0
    backoff_most: float = 300.0


class _RouteFailed(Exception):
    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


class Receiving:
    def __init__(
        self,
        db: Database,
        credentials: CredentialStore,
        client: CloudApiClient,
        receiver: WebhookReceiver,
        choice: RouteChoice,
        *,
        timing: Timing | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._credentials = credentials
        self._client = client
        self._receiver = receiver
        self.choice = choice
        self._timing = timing or Timing()
        self._now = now
        self._listeners: list[Callable[[ReceivingState], None]] = []
        self._task: asyncio.Task[None] | None = None
        self._tunnel: Tunnel | None = None
        self._wake = asyncio.Event()
        self._saved_event_at: datetime | None = None
        self._saving: set[asyncio.Future[None]] = set()
        self.state = ReceivingState(route=choice.route, phase=Phase.STOPPED)

    # --- what the engine, the window and serve use ---------------------------------------------------

    def subscribe(self, listener: Callable[[ReceivingState], None]) -> None:
        self._listeners.append(listener)
        listener(self.state)

    async def start(self) -> None:
        previous = ReceivingState.from_stored(await self._db.run(lambda s: s.settings.get(STATE_SETTING)))
        last_event = previous.last_event_at if previous is not None else None
        self._saved_event_at = last_event
        self.state = ReceivingState(
            route=self.choice.route,
            phase=Phase.STARTING,
            last_event_at=last_event,
            since=self._now(),
            pid=os.getpid(),
            updated_at=self._now(),
        )
        await self._publish()
        self._task = asyncio.create_task(self._supervise(), name="receiving")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._close_tunnel()
        self.state = replace(self.state, phase=Phase.STOPPED, registered=False, updated_at=self._now())
        with contextlib.suppress(Exception):  # the database may be closing: the state then says so at next read
            await self._publish()

    async def change_route(self, choice: RouteChoice) -> None:
        """The owner chose another route (Settings → Receiving): close this one, open that one now."""
        await self.stop()
        self.choice = choice
        await self.start()

    async def test(self, progress: Callable[[int, ProbeResult], None] | None = None) -> ProbeResult:
        """The Test button: a probe through the public URL now (retried for up to a minute)."""
        url = self.state.public_url
        if url is None:
            return ProbeResult(ProbeOutcome.UNREACHABLE, self.state.detail or english("there is no public address yet"))
        try:
            result = await self._prove(url, progress)
        except _RouteFailed as failed:
            return ProbeResult(ProbeOutcome.UNREACHABLE, failed.detail)
        if result.ok:
            self.state = replace(self.state, verified_at=self._now(), updated_at=self._now())
            await self._publish()
        return result

    def event_arrived(self) -> None:
        """WhatsApp delivered something (the receiver stored it): the window says when the last one came."""
        at = self._now()
        before = self.state.phase
        phase = Phase.RECEIVING if before is Phase.WAITING else before
        self.state = replace(self.state, last_event_at=at, phase=phase, updated_at=at)
        saved = self._saved_event_at
        if phase is not before or saved is None or at - saved >= EVENT_SAVE_INTERVAL:
            self._saved_event_at = at
            saving = asyncio.ensure_future(self._publish_quietly())
            self._saving.add(saving)  # the loop holds tasks weakly
            saving.add_done_callback(self._saving.discard)
        else:
            self._notify()

    # --- the supervisor ------------------------------------------------------------------------------

    async def _supervise(self) -> None:
        failures = 0
        while True:
            try:
                if self.choice.route is Route.OFF:
                    await self._go_off()
                    return
                url = await self._open_route()
                await self._prove_or_fail(url)
                await self._register(url)
                failures = 0
                await self._watch(url)
            except _RouteFailed as failed:
                failures += 1
                await self._fail(failed.problem, failed.detail)
            except CloudApiError as exc:
                failures += 1
                problem, detail = meta_problem(exc)
                await self._fail(problem, detail)
            except UserFacingError as exc:  # a locked keyring, say: said, and tried again
                failures += 1
                await self._fail(Problem.SETUP, str(exc))  # the detail is kept as English: the window reads it back
            except Exception as exc:  # a bug must not end receiving for good: logged, said, tried again
                failures += 1
                log.error("the receiving route failed unexpectedly", exc_info=exc)
                await self._fail(
                    Problem.TUNNEL_FAILED,
                    english("an unexpected error ({failure}): it is tried again", failure=type(exc).__name__),
                )
            await self._close_tunnel()
            await self._sleep_or_wake(self._backoff(failures))

    async def _open_route(self) -> str:
        self.state = replace(self.state, phase=Phase.STARTING, problem=None, detail="", registered=False, steps={})
        await self._publish()
        route = self.choice.route
        if route is Route.OWN:
            try:
                url = check_public_url(self.choice.own_url, OWN_ADDRESS)
            except InvalidInputError as exc:
                raise _RouteFailed(Problem.SETUP, str(exc)) from None
        else:
            url = await self._start_tunnel(route)
        self.state = replace(self.state, public_url=url, steps={Step.TUNNEL: True})
        await self._publish()
        log.info("receiving route %s is open", route.value)
        return url

    async def _start_tunnel(self, route: Route) -> str:
        local = f"http://127.0.0.1:{self._receiver.port}"
        try:
            program = find_cloudflared(self.choice.cloudflared_path or None)
            if route is Route.AUTO:
                spec = TunnelSpec(TunnelKind.QUICK, local)
            else:
                token = self._credentials.get(SecretName.TUNNEL_TOKEN)
                if not token:
                    raise _RouteFailed(
                        Problem.SETUP, english("the stable tunnel has no token: paste it in Settings, Receiving")
                    )
                try:
                    hostname = check_tunnel_hostname(self.choice.tunnel_hostname)
                except InvalidInputError as exc:
                    raise _RouteFailed(Problem.SETUP, str(exc)) from None
                spec = TunnelSpec(TunnelKind.NAMED, local, token=token, hostname=hostname)
            self._wake.clear()
            tunnel = Tunnel(program, spec, on_exit=lambda _code: self._wake.set())
            self._tunnel = tunnel
            return await tunnel.start(timeout=self._timing.patience)
        except ProgramMissingError as exc:
            self.state = replace(self.state, steps={Step.TUNNEL: False})
            raise _RouteFailed(Problem.PROGRAM_MISSING, str(exc)) from None
        except TunnelError as exc:
            self.state = replace(self.state, steps={Step.TUNNEL: False})
            raise _RouteFailed(Problem.TUNNEL_FAILED, str(exc)) from None

    async def _prove(self, url: str, progress: Callable[[int, ProbeResult], None] | None = None) -> ProbeResult:
        secret = self._credentials.get(SecretName.APP_SECRET)
        if not secret:
            raise _RouteFailed(Problem.SETUP, english("there is no app secret: run the setup again"))
        return await prove_route(
            url,
            secret,
            self._receiver.probes,
            patience=self._timing.patience,
            pause=self._timing.probe_pause,
            progress=progress,
        )

    async def _prove_or_fail(self, url: str) -> None:
        def attempt(number: int, result: ProbeResult) -> None:
            detail = english("checking that the internet reaches this computer (try {attempt})", attempt=number)
            self.state = replace(self.state, detail=detail)
            self._notify()

        result = await self._prove(url, attempt)
        if not result.ok:
            self.state = replace(self.state, steps={**self.state.steps, Step.REACHABLE: False})
            if result.outcome is ProbeOutcome.SOMEONE_ELSE:
                raise _RouteFailed(
                    Problem.UNREACHABLE,
                    english("the public address leads to another computer or an old tunnel, not this one"),
                )
            raise _RouteFailed(
                Problem.UNREACHABLE,
                english(
                    "the internet does not reach this computer through the public address yet: the tunnel is retried"
                )
                if self.choice.route is not Route.OWN
                else english("the internet does not reach this computer through the public address: check your proxy"),
            )
        now = self._now()
        self.state = replace(self.state, verified_at=now, steps={**self.state.steps, Step.REACHABLE: True})
        await self._publish()

    async def _register(self, url: str) -> None:
        callback = webhook_url(url)
        verify_token = self._verify_token()
        webhooks = self._client.webhooks
        await webhooks.subscribe_app()
        await webhooks.set_number_override(callback, verify_token)
        self.state = replace(self.state, steps={**self.state.steps, Step.REGISTERED: True})
        routing = await webhooks.routing()
        if not _same_url(routing.phone_number, callback):
            self.state = replace(self.state, steps={**self.state.steps, Step.VERIFIED: False})
            raise _RouteFailed(
                Problem.META_REFUSED, english("WhatsApp took the address but does not show it: it is retried")
            )
        await self._register_app_level(callback, verify_token)
        phase = Phase.RECEIVING if self._has_events_since_start() else Phase.WAITING
        self.state = replace(
            self.state,
            phase=phase,
            registered=True,
            problem=None,
            detail="",
            steps={**self.state.steps, Step.VERIFIED: True},
            updated_at=self._now(),
        )
        await self._publish()
        log.info("registered the receiving route with WhatsApp")

    async def _register_app_level(self, callback: str, verify_token: str) -> None:
        """Template, quality and account webhooks go only to the app-level URL; set it when the app id is known.
        Not fatal: those are also polled (templates every 15 minutes)."""
        app_id, secret = self.choice.app_id, self._credentials.get(SecretName.APP_SECRET)
        if not app_id or not secret:
            return
        try:
            await self._client.webhooks.set_app_subscription(app_id, secret, callback, verify_token)
        except CloudApiError as exc:
            log.warning("the app-level webhook subscription was not set (code %s)", exc.code)

    def _verify_token(self) -> str:
        token = self._credentials.get(SecretName.VERIFY_TOKEN)
        if not token:
            token = new_verify_token()
            self._credentials.set(SecretName.VERIFY_TOKEN, token)
        return token

    def _has_events_since_start(self) -> bool:
        since, last = self.state.since, self.state.last_event_at
        return since is not None and last is not None and last >= since

    async def _watch(self, url: str) -> None:
        """While registered: a probe every few minutes, the registration read back; a dead tunnel or a failed
        probe or a changed registration ends the watch (the supervisor opens the route again)."""
        callback = webhook_url(url)
        while True:
            woken = await self._sleep_or_wake(self._timing.probe_interval)
            if woken or (self._tunnel is not None and not self._tunnel.running):
                raise _RouteFailed(Problem.TUNNEL_FAILED, english("the tunnel stopped: it is being started again"))
            result = await self._prove(url)
            if not result.ok:
                raise _RouteFailed(Problem.UNREACHABLE, english("the public address stopped reaching this computer"))
            routing = await self._client.webhooks.routing()
            if not _same_url(routing.phone_number, callback):
                log.warning("the webhook registration changed elsewhere: registering again")
                await self._register(url)
            self.state = replace(self.state, verified_at=self._now(), updated_at=self._now())
            await self._publish()

    async def _go_off(self) -> None:
        self.state = replace(self.state, phase=Phase.OFF, public_url=None, registered=False, problem=None, detail="")
        await self._publish()
        try:
            routing = await self._client.webhooks.routing()
            if routing.phone_number is not None:
                await self._client.webhooks.remove_number_override()
                log.info("receiving is off: the webhook override is removed")
        except CloudApiError as exc:
            log.warning("could not remove the webhook override (code %s)", exc.code)

    async def _fail(self, problem: Problem, detail: str) -> None:
        log.warning("cannot receive: %s (%s)", problem.value, detail)
        self.state = replace(self.state.with_problem(problem, detail, now=self._now()), registered=False)
        await self._publish()

    def _backoff(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        base = min(self._timing.backoff_most, self._timing.backoff_first * 2 ** (failures - 1))
        return float(base * random.uniform(0.8, 1.2))  # noqa: S311 (jitter, not security)

    async def _sleep_or_wake(self, seconds: float) -> bool:
        """Sleep, unless the tunnel died meanwhile (True)."""
        if seconds <= 0:
            return self._wake.is_set()
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            return False
        return True

    async def _close_tunnel(self) -> None:
        tunnel, self._tunnel = self._tunnel, None
        self._wake.clear()
        if tunnel is not None:
            await tunnel.stop()

    # --- the state, kept and told ----------------------------------------------------------------------

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self.state)

    async def _publish(self) -> None:
        self.state = replace(self.state, updated_at=self._now())
        stored = self.state.stored()
        await self._db.run(lambda s: s.settings.set(STATE_SETTING, stored))
        self._notify()

    async def _publish_quietly(self) -> None:
        try:
            await self._publish()
        except Exception as exc:  # the database closing under a late event: the next start writes it again
            log.warning("the receiving state was not saved (%s)", type(exc).__name__)


def _same_url(registered: str | None, ours: str) -> bool:
    return registered is not None and registered.rstrip("/") == ours.rstrip("/")
