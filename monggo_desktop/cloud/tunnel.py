"""Cloudflare's ``cloudflared`` as a child process: a quick tunnel (a new https URL each run, no account) or a
named tunnel run with its token (a stable hostname), to the webhook receiver on this machine.

The program is never downloaded: it is found at ``MONGGO_CLOUDFLARED`` (which wins), at the path the owner
chose in the settings, or on PATH (design.md section 8). The quick tunnel's URL is read from the boxed banner
cloudflared prints on stderr (cloudflared's ``quick_tunnel.go``: ``AsciiBox`` around "Your quick Tunnel has
been created!"). The child dies with this process: on Linux the kernel sends it SIGTERM when we die
(``PR_SET_PDEATHSIG``), a crash included; elsewhere ``stop()`` and the exit handler end it.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import re
import shutil
import signal
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from monggo_desktop.domain.account_rules import is_loopback_host
from monggo_desktop.domain.words import Words, english

log = logging.getLogger("monggo.cloud")

ENV_CLOUDFLARED = "MONGGO_CLOUDFLARED"
PROGRAM = "cloudflared"
BANNER_TITLE = "Your quick Tunnel has been created!"
# A named tunnel prints no URL: its hostname is set in Cloudflare's dashboard. This line says it is connected.
CONNECTED = "Registered tunnel connection"
_URL = re.compile(r"https?://[^\s|]+")
_STDERR_LINES_KEPT = 40  # for the reason of an early exit; never logged whole (a token could be echoed)
_STOP_GRACE_SECONDS = 5.0

# What the owner reads when the program is missing: how to install it on this system, never a download by us.
INSTALL_HINTS = {
    "win32": "winget install --id Cloudflare.cloudflared",
    "darwin": "brew install cloudflared",
    "linux": "install the cloudflared package from Cloudflare's Linux packages",
}


def install_hint(platform: str = sys.platform) -> str:
    for prefix, hint in INSTALL_HINTS.items():
        if platform.startswith(prefix):
            return hint
    return INSTALL_HINTS["linux"]


class TunnelKind(StrEnum):
    QUICK = "quick"
    NAMED = "named"


class TunnelError(Exception):
    """The tunnel could not be started or died; the message is for the owner and carries no secret."""


class ProgramMissingError(TunnelError):
    pass


def find_cloudflared(saved_path: str | None = None, *, environ: dict[str, str] | None = None) -> Path:
    """The cloudflared program to run: ``MONGGO_CLOUDFLARED``, else the saved path, else PATH."""
    env = os.environ if environ is None else environ
    where: tuple[tuple[str | Words, str | None], ...] = (
        (ENV_CLOUDFLARED, env.get(ENV_CLOUDFLARED)),
        (Words("the settings"), saved_path),  # a phrase: said in the window's language
    )
    for source, candidate in where:
        if candidate:
            path = Path(candidate).expanduser()
            if path.is_file() and os.access(path, os.X_OK):
                return path
            raise ProgramMissingError(
                english(
                    "cloudflared is not at the path {source} gives ({file}): choose it again",
                    source=source,
                    file=path.name,
                )
            )
    found = shutil.which(PROGRAM, path=env.get("PATH"))
    if found is None:
        raise ProgramMissingError(
            english("cloudflared is not installed: {hint}, or choose the program file", hint=install_hint())
        )
    return Path(found)


def quick_tunnel_url(line: str, inside_box: bool) -> str | None:
    """The URL on one banner line, if the line is inside the box (``|  https://…  |``)."""
    if not inside_box:
        return None
    text = line.rsplit(" INF ", 1)[-1] if " INF " in line else line
    if "|" not in text:
        return None
    match = _URL.search(text)
    return match.group(0) if match and acceptable_public_url(match.group(0)) else None


def acceptable_public_url(url: str) -> bool:
    """https anywhere; plain http only on this machine (what the tests' stand-in prints)."""
    parts = urlsplit(url)
    if not parts.hostname:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname))


@dataclass(frozen=True, slots=True)
class TunnelSpec:
    kind: TunnelKind
    local_url: str  # http://127.0.0.1:PORT, the receiver
    token: str | None = None  # named tunnels: a secret, passed in the environment, never on the command line
    hostname: str | None = None  # named tunnels: https://hostname (or a loopback http URL in tests)

    def arguments(self) -> list[str]:
        common = ["tunnel", "--no-autoupdate", "--protocol", "http2"]
        if self.kind is TunnelKind.QUICK:
            return [*common, "--url", self.local_url]
        # cloudflared reads --token from TUNNEL_TOKEN: on the command line every user of the machine sees it.
        return [*common, "run"]

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("TUNNEL_TOKEN", None)
        if self.kind is TunnelKind.NAMED and self.token:
            env["TUNNEL_TOKEN"] = self.token
        return env


class Tunnel:
    """One cloudflared process. ``start()`` returns once the public URL is known, or raises TunnelError."""

    def __init__(self, program: Path, spec: TunnelSpec, *, on_exit: Callable[[int], None] | None = None) -> None:
        self._program = program
        self._spec = spec
        self._on_exit = on_exit
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self._url: asyncio.Future[str] | None = None
        self._stderr: deque[str] = deque(maxlen=_STDERR_LINES_KEPT)
        self._stopping = False
        self.public_url: str | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def start(self, timeout: float = 60.0) -> str:
        loop = asyncio.get_running_loop()
        self._url = loop.create_future()
        try:
            self._process = await asyncio.create_subprocess_exec(
                str(self._program),
                *self._spec.arguments(),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
                env=self._spec.environment(),
                preexec_fn=_die_with_parent if _PRCTL is not None else None,
            )
        except OSError as exc:
            raise TunnelError(
                english("cloudflared could not be started ({reason})", reason=(exc.strerror or "error").lower())
            ) from None
        _LIVE.add(self._process)
        log.info("tunnel started (%s, process %d)", self._spec.kind.value, self._process.pid)
        self._reader = asyncio.create_task(self._read_stderr(), name="tunnel-stderr")
        try:
            async with asyncio.timeout(timeout):
                url = await self._url
        except TimeoutError:
            await self.stop()
            raise TunnelError(
                english("cloudflared gave no public address within a minute: check the internet connection")
            ) from None
        except TunnelError:
            await self.stop()
            raise
        self.public_url = url
        return url

    async def _read_stderr(self) -> None:
        assert self._process is not None and self._process.stderr is not None
        inside_box = False
        while line_bytes := await self._process.stderr.readline():
            line = line_bytes.decode("utf-8", "replace").rstrip()
            self._stderr.append(line)
            if self._url is None or self._url.done():
                continue
            if self._spec.kind is TunnelKind.QUICK:
                if BANNER_TITLE in line:
                    inside_box = True
                    continue
                url = quick_tunnel_url(line, inside_box)
                if url is not None:
                    self._url.set_result(url.rstrip("/"))
                elif inside_box and line.rstrip().endswith("+"):
                    inside_box = False  # the box closed without a usable URL
            elif CONNECTED in line:
                self._url.set_result(self._named_url())
        code = await self._process.wait()
        _LIVE.discard(self._process)
        if self._url is not None and not self._url.done():
            self._url.set_exception(TunnelError(self._exit_reason(code)))
        if not self._stopping and self.public_url is not None:
            log.warning("tunnel process ended by itself (exit code %d)", code)
            if self._on_exit is not None:
                self._on_exit(code)

    def _named_url(self) -> str:
        host = (self._spec.hostname or "").strip().rstrip("/")
        return host if "://" in host else f"https://{host}"

    def _exit_reason(self, code: int) -> str:
        # cloudflared's own last error line says why ("failed to request quick Tunnel", an invalid token…),
        # but it may quote the token's id or an address: the owner gets our words and the exit code.
        text = "\n".join(self._stderr).lower()
        if "token" in text and any(word in text for word in ("invalid", "not valid", "unauthorized")):
            return english("cloudflared refused the tunnel token (exit code {code}): paste the token again", code=code)
        if "failed to request quick tunnel" in text or "failed to unmarshal quick tunnel" in text:
            return english(
                "cloudflared could not get a quick tunnel from Cloudflare (exit code {code}): check the connection",
                code=code,
            )
        return english("cloudflared stopped before giving a public address (exit code {code})", code=code)

    async def stop(self) -> None:
        """End the process (SIGTERM, then SIGKILL after a grace period) and wait for it."""
        self._stopping = True
        process = self._process
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
            try:
                async with asyncio.timeout(_STOP_GRACE_SECONDS):
                    await process.wait()
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        if process is not None:
            _LIVE.discard(process)
            log.info("tunnel stopped (process %d)", process.pid)
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._reader, 2.0)
        if self._url is not None and not self._url.done():
            self._url.cancel()


def _prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _prctl()  # looked up here: the child between fork and exec must not import or load anything
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child, before exec: the kernel sends SIGTERM when the parent dies (crash or kill -9 included)."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)


# Every process still running at interpreter exit is ended: a normal exit never leaves a tunnel behind.
_LIVE: set[asyncio.subprocess.Process] = set()


@atexit.register
def _end_live_tunnels() -> None:
    for process in list(_LIVE):
        with contextlib.suppress(ProcessLookupError, OSError):
            if process.returncode is None:
                os.kill(process.pid, signal.SIGTERM)
