"""Checks of POST /messages bodies, with the limits of cloud-api.md sections 2, 3 and 11.

Each check raises a ``GraphError`` naming the parameter the way Meta does (``text['body']``).
Templates are checked in ``template_check``; this module handles the envelope and the other types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator import media_rules
from monggo_desktop.cloud.simulator.params import as_list, as_obj, as_str, check_media_object, wamid
from monggo_desktop.cloud.simulator.state import SimState
from monggo_desktop.cloud.simulator.template_check import check_template
from monggo_desktop.domain.customer_ids import is_bsuid

MESSAGE_TYPES = (
    "text",
    "image",
    "video",
    "audio",
    "document",
    "sticker",
    "template",
    "reaction",
    "location",
    "contacts",
    "interactive",
)
MEDIA_TYPES = frozenset(media_rules.KINDS)
CALLBACK_DATA_MAX = 512
_PHONE_NOISE = re.compile(r"[\s().+-]")


@dataclass(frozen=True)
class SendPlan:
    """What an accepted send needs afterwards: the recipient, and what it costs."""

    to: str  # as the client wrote it; echoed as contacts[].input
    wa_id: str
    type: str
    template: dict[str, Any] | None
    callback_data: str | None


def check_send(body: Any, state: SimState) -> SendPlan:
    _envelope(body)
    to = body.get("to")
    if to is None and body.get("recipient") is not None:  # a customer known by their BSUID; `to` wins if both
        to = body["recipient"]
        if not isinstance(to, str) or not is_bsuid(to):
            raise ge.invalid_value("Param recipient must be a business-scoped user ID (CC.digits)")
        wa_id = to
    elif to is None:
        raise ge.required("to")
    elif not isinstance(to, str | int) or isinstance(to, bool):
        raise ge.invalid_value("Param to must be a phone number in international format")
    else:
        wa_id = _wa_id(str(to))
    recipient_type = body.get("recipient_type", "individual")
    if recipient_type != "individual":
        if recipient_type == "group":
            raise ge.param_error("Param recipient_type: groups are not supported by this simulator")
        raise ge.param_error(f"Param recipient_type must be one of {{INDIVIDUAL, GROUP}} - got {recipient_type!r}.")
    callback = body.get("biz_opaque_callback_data")
    if callback is not None:
        if not isinstance(callback, str):
            raise ge.param_error("Param biz_opaque_callback_data must be a string")
        if len(callback) > CALLBACK_DATA_MAX:
            raise ge.too_long("biz_opaque_callback_data", CALLBACK_DATA_MAX)
    context = body.get("context")
    if context is not None:
        context = as_obj(context, "context")
        wamid(context.get("message_id"), "context['message_id']")
    type_ = body.get("type", "text")  # Meta's default type is text
    if type_ not in MESSAGE_TYPES:
        names = ", ".join(t.upper() for t in MESSAGE_TYPES)
        raise ge.param_error(f"Param type must be one of {{{names}}} - got {type_!r}.")
    template = None
    if type_ == "contacts":
        _contacts(body.get("contacts"))
    else:
        payload = body.get(type_)
        if payload is None:
            raise ge.required(type_)
        payload = as_obj(payload, type_)
        if type_ == "text":
            _text(payload)
        elif type_ in MEDIA_TYPES:
            check_media_object(payload, type_, type_, state)
        elif type_ == "template":
            template = check_template(payload, state)
            if is_bsuid(wa_id) and str(template.get("category", "")).upper() == "AUTHENTICATION":
                raise ge.bsuid_not_supported()
        elif type_ == "reaction":
            _reaction(payload)
        elif type_ == "location":
            _location(payload)
        else:
            _interactive(payload, state)
    return SendPlan(to=str(to), wa_id=wa_id, type=type_, template=template, callback_data=callback)


def check_read_receipt(body: Any) -> bool:
    """A mark-as-read body (optionally with a typing indicator); True if it shows the typing indicator."""
    _envelope(body)
    if body.get("status") != "read":
        raise ge.param_error(f"Param status must be one of {{READ}} - got {body.get('status')!r}.")
    # Any wamid is taken, known or not: Meta's answer for an unknown one is not documented.
    wamid(body.get("message_id"), "message_id")
    typing = body.get("typing_indicator")
    if typing is None:
        return False
    typing = as_obj(typing, "typing_indicator")
    if typing.get("type") != "text":
        raise ge.param_error(f"Param typing_indicator['type'] must be one of {{TEXT}} - got {typing.get('type')!r}.")
    return True


def _envelope(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ge.required("messaging_product")
    product = body.get("messaging_product")
    if product is None:
        raise ge.required("messaging_product")
    if product != "whatsapp":
        raise ge.param_error(f"Param messaging_product must be one of {{WHATSAPP}} - got {product!r}.")
    return body


def _wa_id(to: str) -> str:
    digits = _PHONE_NOISE.sub("", to)
    if not digits.isdigit() or not 7 <= len(digits) <= 15 or digits.startswith("0"):
        raise ge.invalid_value(f"Param to ({to}) is not a valid WhatsApp phone number in international format")
    return digits


# Types.


def _text(text: dict[str, Any]) -> None:
    as_str(text, "body", "text['body']", most=4096)
    preview = text.get("preview_url")
    if preview is not None and not isinstance(preview, bool):
        raise ge.param_error("Param text['preview_url'] must be a boolean")


def _reaction(reaction: dict[str, Any]) -> None:
    wamid(reaction.get("message_id"), "reaction['message_id']")
    emoji = reaction.get("emoji")
    if emoji is None:
        raise ge.required("reaction['emoji']")
    # An empty emoji removes the reaction; anything longer than one emoji sequence is a mistake.
    if not isinstance(emoji, str) or len(emoji) > 10 or (emoji and emoji.isascii()):
        raise ge.invalid_value("Param reaction['emoji'] must be a single emoji, or empty to remove the reaction")


def _location(location: dict[str, Any]) -> None:
    for key, bound in (("latitude", 90), ("longitude", 180)):
        value = location.get(key)
        if value is None:
            raise ge.required(f"location['{key}']")
        if isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound:
            raise ge.invalid_value(f"Param location['{key}'] must be a number between -{bound} and {bound}")
    as_str(location, "name", "location['name']", most=1000, need=False)
    as_str(location, "address", "location['address']", most=1000, need=False)


def _contacts(contacts: Any) -> None:
    for i, contact in enumerate(as_list(contacts, "contacts", most=257)):
        contact = as_obj(contact, f"contacts[{i}]")
        if contact.get("name") is None:
            raise ge.required(f"contacts[{i}]['name']")
        name = as_obj(contact["name"], f"contacts[{i}]['name']")
        as_str(name, "formatted_name", f"contacts[{i}]['name']['formatted_name']", most=1000)
        for key in ("phones", "emails", "urls", "addresses"):
            if key in contact:
                for j, entry in enumerate(as_list(contact[key], f"contacts[{i}]['{key}']", most=20, least=0)):
                    as_obj(entry, f"contacts[{i}]['{key}'][{j}]")
        if "org" in contact:
            as_obj(contact["org"], f"contacts[{i}]['org']")
        birthday = contact.get("birthday")
        if birthday is not None and (not isinstance(birthday, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", birthday)):
            raise ge.invalid_value(f"Param contacts[{i}]['birthday'] must be YYYY-MM-DD")


def _interactive(interactive: dict[str, Any], state: SimState) -> None:
    kind = interactive.get("type")
    if kind not in ("button", "list"):
        raise ge.param_error(
            f"Param interactive['type'] must be one of {{BUTTON, LIST}} in this simulator - got {kind!r}."
        )
    body = interactive.get("body")
    if body is None:
        raise ge.required("interactive['body']")
    as_str(as_obj(body, "interactive['body']"), "text", "interactive['body']['text']", most=1024)
    if interactive.get("footer") is not None:
        footer = as_obj(interactive["footer"], "interactive['footer']")
        as_str(footer, "text", "interactive['footer']['text']", most=60)
    if interactive.get("header") is not None:
        _interactive_header(as_obj(interactive["header"], "interactive['header']"), kind, state)
    action = interactive.get("action")
    if action is None:
        raise ge.required("interactive['action']")
    action = as_obj(action, "interactive['action']")
    if kind == "button":
        _reply_buttons(action)
    else:
        _list_sections(action)


def _interactive_header(header: dict[str, Any], kind: str, state: SimState) -> None:
    header_type = header.get("type")
    allowed = ("text",) if kind == "list" else ("text", "image", "video", "document")
    if not isinstance(header_type, str) or header_type not in allowed:
        names = ", ".join(a.upper() for a in allowed)
        raise ge.param_error(f"Param interactive['header']['type'] must be one of {{{names}}} - got {header_type!r}.")
    if header_type == "text":
        as_str(header, "text", "interactive['header']['text']", most=60)
        return
    media = header.get(header_type)
    if media is None:
        raise ge.required(f"interactive['header']['{header_type}']")
    param = f"interactive['header']['{header_type}']"
    check_media_object(as_obj(media, param), header_type, param, state)


def _reply_buttons(action: dict[str, Any]) -> None:
    buttons = as_list(action.get("buttons"), "interactive['action']['buttons']", most=3)
    ids: set[str] = set()
    titles: set[str] = set()
    for i, button in enumerate(buttons):
        param = f"interactive['action']['buttons'][{i}]"
        button = as_obj(button, param)
        if button.get("type") != "reply":
            raise ge.param_error(f"Param {param}['type'] must be one of {{REPLY}} - got {button.get('type')!r}.")
        reply = button.get("reply")
        if reply is None:
            raise ge.required(f"{param}['reply']")
        reply = as_obj(reply, f"{param}['reply']")
        button_id = as_str(reply, "id", f"{param}['reply']['id']", most=256)
        title = as_str(reply, "title", f"{param}['reply']['title']", most=20)
        if button_id in ids or title in titles:
            raise ge.invalid_value("Button ids and titles must be unique")
        ids.add(button_id or "")
        titles.add(title or "")


def _list_sections(action: dict[str, Any]) -> None:
    as_str(action, "button", "interactive['action']['button']", most=20)
    sections = as_list(action.get("sections"), "interactive['action']['sections']", most=10)
    row_ids: set[str] = set()
    rows_total = 0
    for i, section in enumerate(sections):
        param = f"interactive['action']['sections'][{i}]"
        section = as_obj(section, param)
        # A title is needed only to tell several sections apart.
        as_str(section, "title", f"{param}['title']", most=24, need=len(sections) > 1)
        rows = as_list(section.get("rows"), f"{param}['rows']", most=10)
        rows_total += len(rows)
        for j, row in enumerate(rows):
            row_param = f"{param}['rows'][{j}]"
            row = as_obj(row, row_param)
            row_id = as_str(row, "id", f"{row_param}['id']", most=200)
            as_str(row, "title", f"{row_param}['title']", most=24)
            as_str(row, "description", f"{row_param}['description']", most=72, need=False)
            if row_id in row_ids:
                raise ge.invalid_value("Row ids must be unique across all sections")
            row_ids.add(row_id or "")
    if rows_total > 10:
        raise ge.invalid_value(f"Total row count exceed max allowed count: 10 (got {rows_total})")
