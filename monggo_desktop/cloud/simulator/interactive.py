"""Checks of ``type: interactive`` sends, one per interactive type Meta documents for the Messages API.

Every type needs ``action``; the body is required except for ``product``. The catalog types are checked
against the simulator's catalog in ``commerce``; the media carousel is checked in ``carousel``.
"""

from __future__ import annotations

from typing import Any

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.carousel import check_carousel
from monggo_desktop.cloud.simulator.commerce import check_catalog_message, check_product, check_product_list
from monggo_desktop.cloud.simulator.params import as_list, as_obj, as_str, check_cta_url, check_media_object
from monggo_desktop.cloud.simulator.state import SimState

INTERACTIVE_TYPES = (
    "button",
    "list",
    "cta_url",
    "flow",
    "catalog_message",
    "product",
    "product_list",
    "location_request_message",
    "address_message",
    "carousel",
)
ANY_HEADER = ("text", "image", "video", "document")
# Meta: a list's header is text only, a product message takes no header, a carousel's cards carry the media.
HEADERS: dict[str, tuple[str, ...]] = {"list": ("text",), "product_list": ("text",), "product": (), "carousel": ()}
FLOW_CTA_MAX = 30
# Address messages: only businesses based in India, writing to customers in India (Meta, "Address messages").
ADDRESS_COUNTRY = "IN"
ADDRESS_DIAL_CODE = "91"


def check_interactive(interactive: dict[str, Any], state: SimState, wa_id: str) -> None:
    kind = interactive.get("type")
    if kind not in INTERACTIVE_TYPES:
        names = ", ".join(t.upper() for t in INTERACTIVE_TYPES)
        raise ge.param_error(f"Param interactive['type'] must be one of {{{names}}} - got {kind!r}.")
    if interactive.get("body") is not None:
        body = as_obj(interactive["body"], "interactive['body']")
        as_str(body, "text", "interactive['body']['text']", most=1024)
    elif kind != "product":
        raise ge.required("interactive['body']")
    if interactive.get("footer") is not None:
        if kind == "carousel":
            raise ge.param_error("Param interactive['footer'] is not supported for carousel messages")
        footer = as_obj(interactive["footer"], "interactive['footer']")
        as_str(footer, "text", "interactive['footer']['text']", most=60)
    header = interactive.get("header")
    if header is not None:
        check_header(as_obj(header, "interactive['header']"), HEADERS.get(kind, ANY_HEADER), state)
    elif kind == "product_list":
        raise ge.required("interactive['header']")
    action = interactive.get("action")
    if action is None:
        raise ge.required("interactive['action']")
    action = as_obj(action, "interactive['action']")
    if kind == "button":
        _reply_buttons(action)
    elif kind == "list":
        _list_sections(action)
    elif kind == "cta_url":
        check_cta_url(action, "interactive['action']")
    elif kind == "flow":
        _flow(action)
    elif kind == "location_request_message":
        _action_name(action, "send_location")
    elif kind == "address_message":
        _address(action, state, wa_id)
    elif kind == "catalog_message":
        check_catalog_message(action, state.config)
    elif kind == "product":
        check_product(action, state.config)
    elif kind == "product_list":
        check_product_list(action, state.config)
    else:
        check_carousel(action, state)


def check_header(header: dict[str, Any], allowed: tuple[str, ...], state: SimState) -> None:
    header_type = header.get("type")
    if not allowed:
        raise ge.param_error("Param interactive['header'] is not supported for this interactive type")
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


def _action_name(action: dict[str, Any], name: str) -> None:
    if action.get("name") is None:
        raise ge.required("interactive['action']['name']")
    if action["name"] != name:
        raise ge.param_error(f"Param interactive['action']['name'] must be {name!r} - got {action['name']!r}.")


def _parameters(action: dict[str, Any], param: str) -> dict[str, Any]:
    if action.get("parameters") is None:
        raise ge.required(f"{param}['parameters']")
    return as_obj(action["parameters"], f"{param}['parameters']")


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


def _flow(action: dict[str, Any]) -> None:
    """Meta's flow parameters; the simulator keeps no Flows, so any flow id or name is taken as published."""
    _action_name(action, "flow")
    param = "interactive['action']['parameters']"
    parameters = _parameters(action, "interactive['action']")
    version = parameters.get("flow_message_version")
    if version is None:
        raise ge.required(f"{param}['flow_message_version']")
    if version != "3":
        raise ge.param_error(f"Param {param}['flow_message_version'] must be '3' - got {version!r}.")
    as_str(parameters, "flow_cta", f"{param}['flow_cta']", most=FLOW_CTA_MAX)
    has_id, has_name = parameters.get("flow_id") is not None, parameters.get("flow_name") is not None
    if has_id == has_name:
        raise ge.param_error(f"Param {param} needs exactly one of flow_id and flow_name")
    key = "flow_id" if has_id else "flow_name"
    # pywa lets a caller give a numeric flow id, sent as a JSON number; Graph reads an id either way.
    if not (has_id and isinstance(parameters[key], int) and not isinstance(parameters[key], bool)):
        as_str(parameters, key, f"{param}['{key}']", most=512)
    as_str(parameters, "flow_token", f"{param}['flow_token']", most=4096, need=False)
    for key, allowed in (("mode", ("draft", "published")), ("flow_action", ("navigate", "data_exchange"))):
        value = parameters.get(key)
        if value is not None and value not in allowed:
            names = ", ".join(a.upper() for a in allowed)
            raise ge.param_error(f"Param {param}['{key}'] must be one of {{{names}}} - got {value!r}.")
    payload = parameters.get("flow_action_payload")
    if payload is not None:
        if parameters.get("flow_action", "navigate") != "navigate":
            raise ge.param_error(f"Param {param}['flow_action_payload'] is for flow_action navigate only")
        payload = as_obj(payload, f"{param}['flow_action_payload']")
        as_str(payload, "screen", f"{param}['flow_action_payload']['screen']", most=256, need=False)
        data = payload.get("data")
        if data is not None and (not isinstance(data, dict) or not data):
            raise ge.param_error(f"Param {param}['flow_action_payload']['data'] must be a non-empty object")


def _address(action: dict[str, Any], state: SimState, wa_id: str) -> None:
    _action_name(action, "address_message")
    param = "interactive['action']['parameters']"
    parameters = _parameters(action, "interactive['action']")
    country = parameters.get("country")
    if country is None:
        raise ge.required(f"{param}['country']")
    if country != ADDRESS_COUNTRY:
        raise ge.invalid_value(f"Param {param}['country'] must be {ADDRESS_COUNTRY!r} - got {country!r}.")
    for key in ("values", "validation_errors"):
        if parameters.get(key) is not None:
            as_obj(parameters[key], f"{param}['{key}']")
    if parameters.get("saved_addresses") is not None:
        for i, saved in enumerate(as_list(parameters["saved_addresses"], f"{param}['saved_addresses']", most=100)):
            as_obj(saved, f"{param}['saved_addresses'][{i}]")
    business = state.config.display_phone_number
    if not business.startswith(ADDRESS_DIAL_CODE) or not wa_id.startswith(ADDRESS_DIAL_CODE):
        raise ge.invalid_value(
            "Address messages are available only to businesses based in India, writing to customers in India"
        )
