"""The command line counts in correct English: "0 consent entries", "1 message", "2 media files"."""

from __future__ import annotations

import pytest

from monggo_desktop.cli import _plural


@pytest.mark.parametrize(
    ("count", "noun", "said"),
    [
        (0, "consent entry", "0 consent entries"),
        (1, "consent entry", "1 consent entry"),
        (2, "media file", "2 media files"),
        (1, "message", "1 message"),
        (0, "conversation", "0 conversations"),
    ],
)
def test_counts_read_as_english(count, noun, said):
    assert _plural(count, noun) == said
