"""What a webhook body says should be stored, read from the body itself (never from what the app stored).

The rules are the app's design (cloud-api.md §8, §8c; services/messaging/ingest.py): each message is one row under
its id, in the chat of the customer it names; a kind the app does not model is stored as ``unsupported``; a
revoke empties its original and adds no row; an edit changes its original, or, when the original is not here,
is kept as a message of its own marked edited; a part naming Meta's ``<PLACEHOLDER>`` where a number must be is
not understood: kept, not stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tests.integration.signed_posts import message_lists

MESSAGE_FIELDS = frozenset({"messages", "smb_message_echoes", "history"})
MEDIA = frozenset({"image", "video", "audio", "document", "sticker"})
# Kinds stored under their own type when their content object is there; any other is stored as "unsupported".
MODELLED = MEDIA | {"text", "location", "contacts", "interactive", "button", "reaction", "order", "system"}
WITHOUT_CONTENT = frozenset({"request_welcome"})  # modelled kinds that carry no content object
PLACEHOLDER = re.compile(r"<[A-Z0-9_]+>")


@dataclass(frozen=True)
class Expected:
    """One message of a body and what must be stored for it."""

    wamid: str
    outcome: str  # "row": one row; "revoke": no row of its own; "not understood": no row, the body kept
    type: str | None = None
    text: str | None = None  # the stored body: text, caption, a reply's title, a button's text
    direction: str = "in"
    wa_id: str | None = None  # the customer whose chat it is in: their number, or else their BSUID
    user_id: str | None = None
    new_wa_id: str | None = None  # a number-change notice moves its customer to this number
    reply_to: str | None = None
    reaction_to: str | None = None
    emoji: str | None = None
    edited: bool = False
    original: str | None = None  # the message an edit or a revoke changes


def digits(value: object) -> bool:
    """A number as Meta sends one: digits in a string (a leading + allowed) or a JSON integer."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and value.lstrip("+").isdigit()


def expected_messages(body: dict[str, Any]) -> Iterator[Expected]:
    for entry in body.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value")
            field = change.get("field")
            if field not in MESSAGE_FIELDS or not isinstance(value, dict):
                continue
            business = str((value.get("metadata") or {}).get("display_phone_number", "")).lstrip("+")
            profiles = [c for c in value.get("contacts") or [] if isinstance(c, dict)]
            for messages, thread in _lists(value):
                for message in messages:
                    yield _expected(message, _sides(message, str(field), business, thread), profiles)


def _lists(value: dict[str, Any]) -> Iterator[tuple[list[Any], str | None]]:
    """Each message list with its thread's customer (a past chat's messages name their chat by the thread)."""
    threads = {
        id(thread.get("messages")): thread.get("id")
        for chunk in value.get("history") or []
        for thread in chunk.get("threads") or []
    }
    for messages in message_lists(value):
        yield messages, threads.get(id(messages))


def _sides(message: dict[str, Any], field: str, business: str, thread: str | None) -> tuple[bool, Any, Any]:
    """Whether the business wrote it, and the customer's number and BSUID: the sender of a customer's message,
    the recipient of the business's (an echo; in past chats, one from the business's own number)."""
    from_business = str(message.get("from", "")).lstrip("+") == business
    ours = from_business if field == "history" else field == "smb_message_echoes"
    number, user_id = ("to", "to_user_id") if ours else ("from", "from_user_id")
    return ours, message.get(number) or thread, message.get(user_id)


def _expected(message: dict[str, Any], sides: tuple[bool, Any, Any], profiles: list[dict[str, Any]]) -> Expected:
    wamid = str(message.get("id"))
    ours, customer, user_id = sides
    numbers = [message.get("timestamp"), *([customer] if customer else [])]
    if any(isinstance(n, str) and PLACEHOLDER.search(n) for n in numbers) or not all(digits(n) for n in numbers):
        return Expected(wamid, "not understood")
    if not customer and not user_id:
        return Expected(wamid, "not understood")  # names no customer: kept, never guessed
    if not customer:
        profile = next((p for p in profiles if p.get("user_id") == user_id and p.get("wa_id")), None)
        customer = profile.get("wa_id") if profile else None
    kind = str(message.get("type"))
    common: dict[str, Any] = {
        "direction": "out" if ours else "in",
        "wa_id": str(customer).lstrip("+") if customer else None,
        "user_id": user_id or None,
        "reply_to": (message.get("context") or {}).get("id"),
    }
    if kind == "revoke":
        return Expected(wamid, "revoke", original=(message.get("revoke") or {}).get("original_message_id"), **common)
    if kind == "edit":
        edit = message.get("edit") or {}
        inner = edit.get("message") or {}
        kind_of, text = _content(inner, str(inner.get("type")))
        return Expected(wamid, "row", kind_of, text, edited=True, original=edit.get("original_message_id"), **common)
    kind_of, text = _content(message, kind)
    reaction = message.get("reaction") if kind_of == "reaction" else None
    system = message.get("system") if kind_of == "system" else None
    return Expected(
        wamid,
        "row",
        kind_of,
        text,
        reaction_to=reaction.get("message_id") if reaction else None,
        emoji=(reaction.get("emoji") or "") if reaction else None,
        new_wa_id=system.get("wa_id") if system and system.get("type") == "user_changed_number" else None,
        **common,
    )


def _content(message: dict[str, Any], kind: str) -> tuple[str, str | None]:
    """The stored type and body of a message's content."""
    content = message.get(kind)
    if kind in WITHOUT_CONTENT:
        return kind, None
    if kind not in MODELLED or not isinstance(content, list if kind == "contacts" else dict):
        return "unsupported", None
    if kind == "text":
        return kind, content.get("body")
    if kind in MEDIA:
        return kind, content.get("caption")
    if kind == "interactive":  # a reply button's or list row's title; a finished Flow's body
        reply = content.get(str(content.get("type")))
        return kind, (reply.get("title") or reply.get("body")) if isinstance(reply, dict) else None
    if kind == "button":
        return kind, content.get("text") or content.get("payload")
    if kind == "location":
        return kind, content.get("name") or content.get("address")
    if kind == "system":
        return kind, content.get("body")
    return kind, None
