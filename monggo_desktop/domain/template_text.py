"""A template body's placeholders (``{{1}}``, ``{{2}}`` or named ones like ``{{order_id}}``) and the body filled
in: one rule for the picker's preview and for the message stored when it is sent."""

from __future__ import annotations

import re
from collections.abc import Sequence

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


def placeholders(body: str) -> list[str]:
    """The placeholder names, in the order they stand (a name used twice is listed twice)."""
    return PLACEHOLDER.findall(body)


def fill(body: str, names: Sequence[str], values: Sequence[str]) -> str:
    """The body with each named placeholder replaced by its value; one without a value (none given, or only
    spaces) stays as it is, so the preview shows what is still missing."""
    filled = {name: value for name, value in zip(names, values, strict=False) if value.strip()}
    return PLACEHOLDER.sub(lambda m: filled.get(m.group(1), m.group(0)), body)
