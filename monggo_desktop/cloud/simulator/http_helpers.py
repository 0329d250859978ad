"""Small pieces shared by the simulator's handlers: JSON in, JSON out, ``fields`` lists."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from aiohttp import web

from monggo_desktop.cloud.simulator import graph_errors as ge


def _compact(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def reply(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON the way Graph writes it: compact, UTF-8."""
    return web.json_response(data, status=status, headers=headers, dumps=_compact)


async def read_json(request: web.Request) -> Any:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ge.param_error("The request body is not valid JSON", message="(#100) Invalid JSON body") from None


def requested_fields(query: str | None, known: Iterable[str], default: Iterable[str], node_type: str) -> list[str]:
    """The ``fields`` a GET asks for, in order; an unknown one is an error, as on Graph."""
    if query is None or not query.strip():
        return list(default)
    known_set = set(known)
    fields: list[str] = []
    for name in (part.strip() for part in query.split(",")):
        if not name:
            continue
        if name not in known_set:
            raise ge.nonexisting_field(name, node_type)
        if name not in fields:
            fields.append(name)
    return fields


def project(data: dict[str, Any], fields: Iterable[str], always: Iterable[str] = ("id",)) -> dict[str, Any]:
    picked = {name: data[name] for name in fields if name in data}
    for name in always:
        if name in data:
            picked[name] = data[name]
    return picked
