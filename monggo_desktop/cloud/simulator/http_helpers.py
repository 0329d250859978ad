"""Small pieces shared by the simulator's handlers: JSON in, JSON out, ``fields`` lists, cursor paging."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

from aiohttp import web

from monggo_desktop.cloud.simulator import graph_errors as ge

DEFAULT_PAGE = 25
MAX_PAGE = 1000

T = TypeVar("T")


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


# Cursor paging, as Graph pages an edge: ``limit``, then ``after`` / ``before`` cursors taken from the answer.


def page(request: web.Request, items: Sequence[T], base_url: str) -> tuple[list[T], dict[str, Any] | None]:
    """The slice of ``items`` the query asks for, and its ``paging`` object (None for an empty page)."""
    query = request.query
    limit = int_param(query.get("limit"), "limit", DEFAULT_PAGE, 1, MAX_PAGE)
    start = 0
    if "after" in query:
        start = _cursor(query["after"]) + 1
    elif "before" in query:
        start = max(0, _cursor(query["before"]) - limit)
    chunk = list(items[start : start + limit])
    if not chunk:
        return chunk, None
    last = start + len(chunk) - 1
    paging: dict[str, Any] = {"cursors": {"before": _encode(start), "after": _encode(last)}}
    if last + 1 < len(items):
        paging["next"] = _page_url(request, base_url, "after", _encode(last))
    if start > 0:
        paging["previous"] = _page_url(request, base_url, "before", _encode(start))
    return chunk, paging


def int_param(raw: str | None, name: str, default: int, least: int, most: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ge.param_error(f"Param {name} must be an integer") from None
    if not least <= value <= most:
        raise ge.param_error(f"Param {name} must be between {least} and {most}")
    return value


def _page_url(request: web.Request, base_url: str, key: str, cursor: str) -> str:
    params = {k: v for k, v in request.query.items() if k not in ("after", "before")}
    params[key] = cursor
    return f"{base_url}{request.path}?{urlencode(params)}"


def _encode(index: int) -> str:
    # Opaque to clients, as Graph's cursors are; they must be passed back unchanged.
    return base64.urlsafe_b64encode(f"sim-cursor:{index}".encode()).decode().rstrip("=")


def _cursor(raw: str) -> int:
    try:
        text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        prefix, _, index = text.partition(":")
        if prefix != "sim-cursor" or not index.isdigit():
            raise ValueError(text)
        return int(index)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ge.param_error(f"The cursor {raw!r} is not valid", message="(#100) Invalid cursor") from None
