"""Quick replies: saved snippets the owner inserts by typing ``/`` and the snippet's shortcut.

Kept as a list in the settings table (inside the encrypted database: snippets may hold prices or addresses).
The settings screen edits them; the composer offers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.storage import Database, Store

SETTING_KEY = "quick_replies"
MAX_QUICK_REPLIES = 200
_SHORTCUT = re.compile(r"^[\w-]{1,32}$")


@dataclass(frozen=True, slots=True)
class QuickReply:
    shortcut: str  # typed after "/": letters, digits, "-" and "_"
    text: str


def load(store: Store) -> list[QuickReply]:
    raw = store.settings.get(SETTING_KEY, [])
    replies = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("shortcut"), str) and isinstance(item.get("text"), str):
            replies.append(QuickReply(item["shortcut"], item["text"]))
    return replies


def save(store: Store, replies: list[QuickReply]) -> None:
    """Replace the list; every snippet is checked first, so a bad one saves nothing."""
    check(replies)
    store.settings.set(SETTING_KEY, [{"shortcut": r.shortcut, "text": r.text} for r in replies])


def check(replies: list[QuickReply]) -> None:
    """Refuse the list, in one sentence, if any snippet could not be kept or sent."""
    from monggo_desktop.cloud import payloads  # about 20 ms: not on the way to the first window

    if len(replies) > MAX_QUICK_REPLIES:
        raise InvalidInputError("at most {most} quick replies can be kept", most=MAX_QUICK_REPLIES)
    seen: set[str] = set()
    for reply in replies:
        if not _SHORTCUT.match(reply.shortcut):
            raise InvalidInputError(
                "the shortcut /{shortcut} may only hold letters, digits, - and _ (at most 32)", shortcut=reply.shortcut
            )
        if reply.shortcut.casefold() in seen:
            raise InvalidInputError("the shortcut /{shortcut} is used twice", shortcut=reply.shortcut)
        seen.add(reply.shortcut.casefold())
        if not reply.text.strip():
            raise InvalidInputError("the quick reply /{shortcut} has no text", shortcut=reply.shortcut)
        payloads.text(reply.text)  # the 4096 limit of a message


def matching(replies: list[QuickReply], typed: str) -> list[QuickReply]:
    """The snippets for what follows the "/": shortcuts starting with it first, then ones containing it."""
    needle = typed.casefold()
    starts = [r for r in replies if r.shortcut.casefold().startswith(needle)]
    inside = [r for r in replies if r not in starts and needle in r.shortcut.casefold()]
    return starts + inside


class QuickReplies:
    """The composer reads the snippets; the settings screen saves them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def load(self) -> list[QuickReply]:
        return await self._db.run(load)

    async def save(self, replies: list[QuickReply]) -> None:
        await self._db.run(lambda s: save(s, replies))
