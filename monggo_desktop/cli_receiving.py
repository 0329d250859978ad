"""The command line's receiving commands (design.md section 8): ``serve`` and ``status``. Parsing only.

Imports inside functions: the engine and the network libraries load only for the command that needs them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from monggo_desktop.domain.errors import InvalidInputError


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Callable[[argparse.ArgumentParser], None]
) -> None:
    serve = sub.add_parser("serve", help="receive webhooks and send the outbox without a window (an office machine)")
    common(serve)
    serve.add_argument("--webhook-host", default="127.0.0.1", help="address the webhook receiver listens on")
    serve.add_argument("--webhook-port", type=int, default=None, help="port of the webhook receiver (default 8787)")
    serve.add_argument(
        "--public-url",
        metavar="auto|off|URL",
        help="how WhatsApp reaches this computer for this run: auto (a tunnel the app runs with cloudflared), off"
        " (send-only), or your own https address; default: the route chosen in the settings",
    )
    serve.set_defaults(handler=_cmd_serve)

    status = sub.add_parser("status", help="whether this computer can receive messages now; exit 1 if it cannot")
    common(status)
    status.add_argument("--json", action="store_true", help="print the state as JSON")
    status.set_defaults(handler=_cmd_status)


def _cmd_serve(args: argparse.Namespace) -> int:
    import asyncio

    from monggo_desktop.cli import _data_dir, _log_into, _unlocker
    from monggo_desktop.domain.receiving import check_public_url
    from monggo_desktop.services.engine import DEFAULT_WEBHOOK_PORT, EngineOptions
    from monggo_desktop.services.serve import serve
    from monggo_desktop.services.session import unlock

    port = DEFAULT_WEBHOOK_PORT if args.webhook_port is None else args.webhook_port
    if not 0 <= port <= 65535:
        raise InvalidInputError("--webhook-port takes a number from 0 to 65535")
    public_url = args.public_url
    if public_url is not None and public_url not in ("auto", "off"):
        check_public_url(public_url, "--public-url")  # before unlocking
    data_dir = _data_dir(args)
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        settings = session.db.call(lambda s: s.settings.all())
        stored = EngineOptions.from_settings(settings, public_url)
        options = EngineOptions(webhook_host=args.webhook_host, webhook_port=port, route=stored.route)
        asyncio.run(serve(session, options, announce=lambda line: print(line, flush=True)))
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    import asyncio

    from monggo_desktop.cli import _data_dir, _unlocker
    from monggo_desktop.domain.models import utc_now
    from monggo_desktop.domain.receiving import Phase
    from monggo_desktop.services.owner_lock import holder
    from monggo_desktop.services.receiving.words import ROUTE_NAMES, ago, as_json, read_state, summary
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    with unlock(data_dir, _unlocker(args)) as session:
        now = utc_now()
        state = asyncio.run(read_state(session.db, now, running=holder(data_dir) is not None))
    if args.json:
        print(json.dumps(as_json(state, now), indent=2))
    else:
        print(summary(state, now))
        if state.phase is not Phase.STOPPED:
            print(f"route:         {ROUTE_NAMES[state.route]}")
            print(f"public URL:    {state.public_url or '-'}")
            print(f"registered:    {'yes' if state.registered else 'no'}")
            print(f"verified:      {ago(state.verified_at, now)}")
        print(f"last event:    {ago(state.last_event_at, now)}")
    return 0 if state.can_receive else 1
