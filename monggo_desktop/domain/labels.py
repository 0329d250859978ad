"""Label colours: a new label gets one of a few calm, distinguishable colours, the same for the same name."""

from __future__ import annotations

import zlib

# Material 600-700 tones: readable white text on each, distinct from one another in a row of chips.
LABEL_COLOURS = (
    "#1e88e5",  # blue
    "#43a047",  # green
    "#e53935",  # red
    "#8e24aa",  # purple
    "#fb8c00",  # orange
    "#00897b",  # teal
    "#6d4c41",  # brown
    "#3949ab",  # indigo
)


def label_color(name: str) -> str:
    """A stable colour for ``name`` (case and spaces at the ends do not matter), as "#rrggbb"."""
    key = name.strip().casefold().encode()
    return LABEL_COLOURS[zlib.crc32(key) % len(LABEL_COLOURS)]
