"""The webhook body as JSON: size and depth checked, and a typed view of one object that fails with its path.

Pure functions, no I/O. ``WebhookPayloadError`` names only where a problem is (key names and indices from the
documented schema), never a value from the payload: no phone numbers, names or text.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from monggo_desktop.domain.errors import UserFacingError

# Meta's payloads nest about ten levels deep; anything far deeper is an attack or a bug, not an event.
MAX_DEPTH = 64
# Unix seconds up to 9999-12-31T23:59:59Z, the last instant a datetime can hold.
_MAX_UNIX_SECONDS = 253_402_300_799
_MAX_TIMESTAMP_DIGITS = 12


class WebhookPayloadError(UserFacingError):
    """The body is not a WhatsApp Cloud API webhook event.

    The message names only where the problem is (key names and indices from the documented schema), never a
    value from the payload: no phone numbers, names or text.
    """

    def __init__(self, where: str, problem: str) -> None:
        # The problem is the schema's (a key missing, a wrong type): said as it is, for logs and support.
        super().__init__(
            "a webhook request was refused, it is not a WhatsApp Cloud API event ({where}: {problem})",
            where=where,
            problem=problem,
        )
        self.where = where
        self.problem = problem


def load_json(raw_body: bytes) -> dict[str, Any]:
    try:
        text = bytes(raw_body).decode("utf-8")
    except UnicodeDecodeError:
        raise WebhookPayloadError("body", "not UTF-8 text") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise WebhookPayloadError("body", "nested too deeply") from None
    except ValueError:  # JSONDecodeError, and NaN/Infinity from _reject_constant
        raise WebhookPayloadError("body", "not valid JSON") from None
    if not isinstance(document, dict):
        raise WebhookPayloadError("body", "not a JSON object")
    _check_depth(document)
    return document


def _reject_constant(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def _check_depth(document: dict[str, Any]) -> None:
    # Level by level over containers only: no recursion, and leaves (most of a payload) are never pushed.
    level: list[dict[str, Any] | list[Any]] = [document]
    depth = 1
    while level:
        if depth > MAX_DEPTH:
            raise WebhookPayloadError("body", "nested too deeply")
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, dict | list)
        ]
        depth += 1


class Node:
    """A JSON object with the path it was found at, and typed getters that fail with that path."""

    __slots__ = ("data", "path")

    def __init__(self, data: dict[str, Any], path: str) -> None:
        self.data = data
        self.path = path

    @classmethod
    def of(cls, value: object, path: str) -> Node:
        if not isinstance(value, dict):
            raise WebhookPayloadError(path, "not an object")
        return cls(value, path)

    def fail(self, key: str, problem: str) -> WebhookPayloadError:
        return WebhookPayloadError(f"{self.path}.{key}", problem)

    def req_str(self, key: str, *, allow_empty: bool = False) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not (value or allow_empty):
            raise self.fail(key, "missing" if value is None else "not a non-empty string")
        return value

    def opt_str(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or isinstance(value, str):
            return value
        raise self.fail(key, "not a string")

    def opt_bool(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is None or isinstance(value, bool):
            return value
        raise self.fail(key, "not a boolean")

    def req_int(self, key: str) -> int:
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self.fail(key, "missing" if value is None else "not an integer")

    def opt_int(self, key: str) -> int | None:
        return None if self.data.get(key) is None else self.req_int(key)

    def req_number(self, key: str) -> float:
        value = self.data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        raise self.fail(key, "missing" if value is None else "not a finite number")

    def opt_decimal(self, key: str) -> Decimal | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return Decimal(str(value))
        raise self.fail(key, "not a finite number")

    def req_id(self, key: str) -> str:
        """An id Meta sends as a string or, in some payloads, as a JSON integer."""
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.req_str(key)

    def req_timestamp(self, key: str) -> datetime:
        value = self.data.get(key)
        if value is None:
            raise self.fail(key, "missing")
        return self._timestamp(key, value)

    def opt_timestamp(self, key: str) -> datetime | None:
        value = self.data.get(key)
        return None if value is None else self._timestamp(key, value)

    def _timestamp(self, key: str, value: object) -> datetime:
        # Meta sends Unix seconds as a decimal string; a JSON integer is accepted too.
        seconds: int | None = None
        if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= _MAX_TIMESTAMP_DIGITS:
            seconds = int(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            seconds = value
        if seconds is None or not 0 <= seconds <= _MAX_UNIX_SECONDS:
            raise self.fail(key, "not a Unix time in seconds")
        return datetime.fromtimestamp(seconds, UTC)

    def opt_obj(self, key: str) -> Node | None:
        value = self.data.get(key)
        return None if value is None else Node.of(value, f"{self.path}.{key}")

    def req_obj(self, key: str) -> Node:
        if self.data.get(key) is None:
            raise self.fail(key, "missing")
        return Node.of(self.data[key], f"{self.path}.{key}")

    def _list(self, key: str, required: bool) -> list[Any]:
        value = self.data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "missing" if value is None else "not a list")
        return value

    def req_objects(self, key: str) -> list[Node]:
        return [Node.of(item, f"{self.path}.{key}[{i}]") for i, item in enumerate(self._list(key, required=True))]

    def opt_objects(self, key: str) -> list[Node]:
        return [Node.of(item, f"{self.path}.{key}[{i}]") for i, item in enumerate(self._list(key, required=False))]
