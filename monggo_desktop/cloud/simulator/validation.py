"""Checks of POST /messages bodies, with the limits of cloud-api.md sections 2, 3 and 11.

Each check raises a ``GraphError`` naming the parameter the way Meta does (``text['body']``).
Templates are checked in ``template_check`` and interactive messages in ``interactive``; this module handles
the envelope and the other types.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator import media_rules
from monggo_desktop.cloud.simulator.interactive import check_interactive
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
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")  # what float() reads, less "inf", "1_0"


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
            check_interactive(payload, state, wa_id)
    return SendPlan(to=str(to), wa_id=wa_id, type=type_, template=template, callback_data=callback)


def check_read_receipt(body: Any, state: SimState) -> bool:
    """A mark-as-read body (optionally with a typing indicator); True if it shows the typing indicator."""
    _envelope(body)
    if body.get("status") != "read":
        raise ge.param_error(f"Param status must be one of {{READ}} - got {body.get('status')!r}.")
    message_id = wamid(body.get("message_id"), "message_id")
    if message_id not in state.inbound:
        # Meta ("Mark messages as read"): an invalid message id is refused with 131009. Only a message the
        # business received can be read; one it sent cannot.
        raise ge.invalid_value(f"Param message_id ({message_id}) is not a message this phone number received")
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
        degrees = _degrees(value)
        if degrees is None or not -bound <= degrees <= bound:
            raise ge.invalid_value(f"Param location['{key}'] must be a number between -{bound} and {bound}")
    as_str(location, "name", "location['name']", most=1000, need=False)
    as_str(location, "address", "location['address']", most=1000, need=False)


def _degrees(value: Any) -> float | None:
    """A coordinate as a JSON number or as a string holding one: Meta's reference types both as strings."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and _DECIMAL.fullmatch(value.strip())):
        degrees = float(value)
    else:
        return None
    return degrees if math.isfinite(degrees) else None


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
