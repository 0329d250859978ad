"""Label colours: a new label gets the least used of a few distinguishable colours, so the first eight differ."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

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


def next_label_color(in_use: Iterable[str]) -> str:
    """The colour for a new label: the palette's least used one (the first of those on a tie), as "#rrggbb"."""
    counts = Counter(colour.lower() for colour in in_use)
    return min(LABEL_COLOURS, key=lambda colour: counts[colour])
