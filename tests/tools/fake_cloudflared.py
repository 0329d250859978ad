#!/usr/bin/env python3
"""A stand-in for Cloudflare's cloudflared, for tests: no internet, standard library only.

It takes cloudflared's arguments (``tunnel [--no-autoupdate] [--protocol P] --url URL`` for a quick tunnel,
``tunnel … run`` with ``TUNNEL_TOKEN`` or ``--token`` for a named one), listens on a loopback port as "the
edge", passes every connection through to the target, and prints cloudflared's log lines on stderr: the
disclaimer (with its own URLs, outside the box), then the boxed banner of cloudflared's quick_tunnel.go with
``http://127.0.0.1:PORT`` inside, then "Registered tunnel connection". Each run gets a new port, so a
restarted tunnel comes back with another URL, as a quick tunnel does.

Behaviour switches (environment):
  FAKE_CLOUDFLARED_FAIL=1            exit 1 at once, as when Cloudflare cannot be reached
  FAKE_CLOUDFLARED_EXIT_AFTER=S      die (exit 1) S seconds after the banner
  FAKE_CLOUDFLARED_ROUTE_AFTER=S     print the URL at once but route only after S seconds ("inf": never);
                                     until then the edge answers 530, as Cloudflare does for a tunnel
                                     it cannot route yet
  FAKE_CLOUDFLARED_PORT=P            the edge's port (named tunnels: the hostname the test configured)
  FAKE_CLOUDFLARED_TARGET=URL        named tunnels: the local service the dashboard's ingress names
  FAKE_CLOUDFLARED_LOG=FILE          append one line per run: the arguments, and whether a token came in the
                                     environment (never the token itself)
"""

from __future__ import annotations

import asyncio
import datetime
import os
import signal
import sys
from urllib.parse import urlsplit

DISCLAIMER = (
    "Thank you for trying Cloudflare Tunnel. Doing so, without a Cloudflare account, is a quick way to experiment "
    "and try it out. However, be aware that these account-less Tunnels have no uptime guarantee, are subject to the "
    "Cloudflare Online Services Terms of Use (https://www.cloudflare.com/website-terms/), and Cloudflare reserves "
    "the right to investigate your use of Tunnels for violations of such terms. If you intend to use Tunnels in "
    "production you should use a pre-created named tunnel by following: "
    "https://developers.cloudflare.com/cloudflare-one/connections/connect-apps"
)
UNROUTABLE = (
    b"HTTP/1.1 530 \r\nContent-Type: text/plain\r\nContent-Length: 18\r\nConnection: close\r\n\r\nerror code: 1033\r\n"
)


def log(level: str, message: str) -> None:
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sys.stderr.write(f"{stamp} {level} {message}\n")
    sys.stderr.flush()


def ascii_box(lines: list[str], padding: int = 2) -> list[str]:
    width = max(len(line) for line in lines)
    border = "+" + "-" * (width + padding * 2) + "+"
    spacer = " " * padding
    return [border, *("|" + spacer + line + " " * (width - len(line)) + spacer + "|" for line in lines), border]


def parse(argv: list[str]) -> tuple[str | None, bool, str | None]:
    """(the --url target, whether this is `tunnel run`, --token)."""
    if not argv or argv[0] != "tunnel":
        log("ERR", "the stand-in knows only the tunnel command")
        sys.exit(2)
    url = token = None
    run = False
    args = iter(argv[1:])
    for arg in args:
        if arg == "--url":
            url = next(args, None)
        elif arg == "--token":
            token = next(args, None)
        elif arg == "--protocol":
            next(args, None)
        elif arg == "run":
            run = True
    return url, run, token


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def read_request(reader: asyncio.StreamReader) -> None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
        await reader.readexactly(length)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
        pass


async def main() -> int:
    url, run, token = parse(sys.argv[1:])
    token = token or os.environ.get("TUNNEL_TOKEN")
    if path := os.environ.get("FAKE_CLOUDFLARED_LOG"):
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{' '.join(sys.argv[1:])} token_in_env={'TUNNEL_TOKEN' in os.environ} pid={os.getpid()}\n")
    if os.environ.get("FAKE_CLOUDFLARED_FAIL"):
        if not run:
            log("INF", DISCLAIMER)
            log("INF", "Requesting new quick Tunnel on trycloudflare.com...")
        log("ERR", 'failed to request quick Tunnel: Post "https://api.trycloudflare.com/tunnel": dial tcp: i/o timeout')
        return 1
    if run:
        if not token or token == "invalid-token":
            log("ERR", "Provided Tunnel token is not valid.")
            return 1
        target = os.environ.get("FAKE_CLOUDFLARED_TARGET", "")
    else:
        target = url or ""
    parts = urlsplit(target)
    if not parts.hostname or not parts.port:
        log("ERR", "the stand-in needs a target URL with a port")
        return 2
    route_after = os.environ.get("FAKE_CLOUDFLARED_ROUTE_AFTER", "0")
    loop = asyncio.get_running_loop()
    routes_at = loop.time() + float(route_after)

    async def edge(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        if loop.time() < routes_at:
            await read_request(client_reader)  # answered whole, as the edge does: the client then reads the 530
            client_writer.write(UNROUTABLE)
            await client_writer.drain()
            client_writer.close()
            return
        try:
            origin_reader, origin_writer = await asyncio.open_connection(parts.hostname, parts.port)
        except OSError:
            log("ERR", "Unable to reach the origin service. The service may be down or it may not be responding")
            client_writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            await client_writer.drain()
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, origin_writer), pipe(origin_reader, client_writer))

    server = await asyncio.start_server(edge, "127.0.0.1", int(os.environ.get("FAKE_CLOUDFLARED_PORT", "0")))
    port = server.sockets[0].getsockname()[1]
    public = f"http://127.0.0.1:{port}"
    if not run:
        log("INF", DISCLAIMER)
        log("INF", "Requesting new quick Tunnel on trycloudflare.com...")
        for line in ascii_box(
            ["Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):", public]
        ):
            log("INF", line)
    log("INF", "Version 2026.11.0 (Checksum 0)")
    log("INF", f"Starting metrics server on 127.0.0.1:{port}/metrics")
    log("INF", "Registered tunnel connection connIndex=0 event=0 ip=127.0.0.1 location=loopback protocol=http2")

    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    exit_after = os.environ.get("FAKE_CLOUDFLARED_EXIT_AFTER")
    try:
        if exit_after is not None:
            try:
                await asyncio.wait_for(stop.wait(), float(exit_after))
            except TimeoutError:
                log("ERR", 'Connection terminated error="the edge closed the connection"')
                return 1
        else:
            await stop.wait()
    finally:
        server.close()
    log("INF", "Initiating graceful shutdown due to signal terminated ...")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
