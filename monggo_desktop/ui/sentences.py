"""A message from below the UI (an error's text, a status's reason: lower case, no full stop, so that it reads
inside a longer line) turned into a sentence for the window: capitalised, with one full stop."""

from __future__ import annotations


def sentence(text: object) -> str:
    words = str(text).strip()
    if not words:
        return ""
    return words[:1].upper() + words[1:] + ("" if words.endswith((".", "!", "?")) else ".")
