"""Interactive media carousel messages (Meta, "Interactive media carousel messages").

2 to 10 cards; each has an image or video header, optional body text (160 characters) and either one URL
button or quick-reply buttons, of the same kind and number on every card. The message itself has body text
only: no header or footer (``interactive`` refuses those).
"""

from __future__ import annotations

from typing import Any

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.params import as_list, as_obj, as_str, check_cta_url, check_media_object
from monggo_desktop.cloud.simulator.state import SimState

CARDS_MIN, CARDS_MAX = 2, 10
CARD_BODY_MAX = 160
QUICK_REPLIES_MAX = 3  # per card, as pywa documents it; Meta's page says only "one or more"


def check_carousel(action: dict[str, Any], state: SimState) -> None:
    cards = as_list(action.get("cards"), "interactive['action']['cards']", most=CARDS_MAX, least=CARDS_MIN)
    shapes: set[tuple[str, int]] = set()
    indexes: set[int] = set()
    for i, card in enumerate(cards):
        param = f"interactive['action']['cards'][{i}]"
        card = as_obj(card, param)
        index = card.get("card_index")
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(cards) or index in indexes:
            raise ge.param_error(f"Param {param}['card_index'] must be a distinct position from 0 to {len(cards) - 1}")
        indexes.add(index)
        _card_header(card.get("header"), f"{param}['header']", state)
        if card.get("body") is not None:
            as_str(as_obj(card["body"], f"{param}['body']"), "text", f"{param}['body']['text']", most=CARD_BODY_MAX)
        if card.get("action") is None:
            raise ge.required(f"{param}['action']")
        shapes.add(_card_action(as_obj(card["action"], f"{param}['action']"), f"{param}['action']"))
    if len(shapes) > 1:
        raise ge.invalid_value("Every card must have buttons of the same type and number")


def _card_header(header: Any, param: str, state: SimState) -> None:
    if header is None:
        raise ge.required(param)
    header = as_obj(header, param)
    kind = header.get("type")
    if kind not in ("image", "video"):
        raise ge.param_error(f"Param {param}['type'] must be one of {{IMAGE, VIDEO}} - got {kind!r}.")
    if header.get(kind) is None:
        raise ge.required(f"{param}['{kind}']")
    check_media_object(as_obj(header[kind], f"{param}['{kind}']"), kind, f"{param}['{kind}']", state)


def _card_action(action: dict[str, Any], param: str) -> tuple[str, int]:
    """The card's button kind and count: ("cta_url", 1) or ("quick_reply", n)."""
    if action.get("buttons") is None:
        check_cta_url(action, param)
        return ("cta_url", 1)
    buttons = as_list(action["buttons"], f"{param}['buttons']", most=QUICK_REPLIES_MAX)
    ids: set[str] = set()
    for j, button in enumerate(buttons):
        button_param = f"{param}['buttons'][{j}]"
        button = as_obj(button, button_param)
        if button.get("type") != "quick_reply":
            raise ge.param_error(
                f"Param {button_param}['type'] must be one of {{QUICK_REPLY}} - got {button.get('type')!r}."
            )
        if button.get("quick_reply") is None:
            raise ge.required(f"{button_param}['quick_reply']")
        reply = as_obj(button["quick_reply"], f"{button_param}['quick_reply']")
        button_id = as_str(reply, "id", f"{button_param}['quick_reply']['id']", most=256) or ""
        as_str(reply, "title", f"{button_param}['quick_reply']['title']", most=20)
        if button_id in ids:
            raise ge.invalid_value("Quick-reply button ids must be unique on a card")
        ids.add(button_id)
    return ("quick_reply", len(buttons))
