"""How WhatsApp names a customer besides a phone number (cloud-api.md §8c): the business-scoped user id (BSUID)
and the username. Pure text rules, no I/O."""

from __future__ import annotations

import re

# Two ASCII letters (a country), a dot, then up to 128 letters and digits; a parent BSUID has ".ENT." in it.
BSUID = re.compile(r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
USERNAME = re.compile(r"@?[A-Za-z0-9._]{3,35}")


def is_bsuid(text: str) -> bool:
    return BSUID.fullmatch(text.strip()) is not None


def clean_username(username: str | None) -> str | None:
    """``@Sari.Batik`` -> ``Sari.Batik``; None for nothing."""
    return (username.strip().lstrip("@") or None) if username else None


def handle(username: str | None, user_id: str | None) -> str:
    """How a customer without a shared number is shown: ``@username``, else their BSUID."""
    name = clean_username(username)
    return f"@{name}" if name else (user_id or "")
