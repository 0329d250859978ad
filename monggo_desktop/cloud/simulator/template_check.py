"""Checks of a template send against the simulator's templates, with Meta's 132xxx error codes."""

from __future__ import annotations

import re
from typing import Any

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.graph_errors import GraphError
from monggo_desktop.cloud.simulator.params import as_list, as_obj, as_str, check_media_object
from monggo_desktop.cloud.simulator.state import SimState
from monggo_desktop.cloud.simulator.templates import component, placeholders, render

BODY_MAX = 1024
HEADER_TEXT_MAX = 60
MEDIA_HEADERS = ("IMAGE", "VIDEO", "DOCUMENT")
BUTTON_SUB_TYPES = {"quick_reply": "QUICK_REPLY", "url": "URL", "copy_code": "COPY_CODE", "flow": "FLOW"}
_BAD_PARAM_TEXT = re.compile(r"[\n\t]| {5,}")


def not_in_translation(name: str, code: str) -> GraphError:
    return GraphError(
        132001,
        "(#132001) Template name does not exist in the translation",
        details=f"template name ({name}) does not exist in {code}",
    )


def count_mismatch(where: str, got: int, want: int) -> GraphError:
    return GraphError(
        132000,
        "(#132000) Number of parameters does not match the expected number of params",
        details=f"{where}: number of localizable_params ({got}) does not match the expected number of params ({want})",
    )


def format_mismatch(want: str, got: str) -> GraphError:
    return GraphError(
        132012,
        "(#132012) Parameter format does not match format in the created template",
        details=f"header: Format mismatch, expected {want}, received {got}",
    )


def check_template(payload: dict[str, Any], state: SimState) -> dict[str, Any]:
    """The template this send uses; raises unless Meta would accept the send."""
    name = as_str(payload, "name", "template['name']", most=512) or ""
    language = payload.get("language")
    if language is None:
        raise ge.required("template['language']")
    code = as_str(as_obj(language, "template['language']"), "code", "template['language']['code']", most=20) or ""
    template = next((t for t in state.templates if t["name"] == name and t["language"] == code), None)
    if template is None:
        raise not_in_translation(name, code)
    status = template["status"]
    if status == "PAUSED":
        raise GraphError(132015, "(#132015) Template is paused", details=f"template {name} is paused for low quality")
    if status == "DISABLED":
        raise GraphError(132016, "(#132016) Template is disabled", details=f"template {name} is disabled")
    if status != "APPROVED":
        raise not_in_translation(name, code)  # only APPROVED templates exist for sending

    header, body, buttons = _split_components(payload.get("components", []))
    named = template.get("parameter_format") == "NAMED"
    _check_header(template, header, named, state)
    _check_body(template, body, named)
    _check_buttons(template, buttons)
    return template


def _split_components(components: Any) -> tuple[list[Any] | None, list[Any] | None, dict[int, tuple[str, list[Any]]]]:
    header: list[Any] | None = None
    body: list[Any] | None = None
    buttons: dict[int, tuple[str, list[Any]]] = {}
    for i, item in enumerate(as_list(components, "template['components']", most=20, least=0)):
        param = f"template['components'][{i}]"
        item = as_obj(item, param)
        kind = str(item.get("type", "")).lower()
        parameters = item.get("parameters", [])
        parameters = as_list(parameters, f"{param}['parameters']", most=100, least=0)
        if kind == "header":
            header = parameters
        elif kind == "body":
            body = parameters
        elif kind == "button":
            sub_type = str(item.get("sub_type", "")).lower()
            if sub_type not in BUTTON_SUB_TYPES:
                raise ge.param_error(f"Param {param}['sub_type'] must be one of {{QUICK_REPLY, URL, COPY_CODE, FLOW}}")
            raw_index = item.get("index")  # Meta documents it as a string, "0"
            if isinstance(raw_index, bool) or not isinstance(raw_index, str | int):
                raise ge.required(f"{param}['index']")
            try:
                index = int(raw_index)
            except ValueError:
                raise ge.invalid_value(f"{param}['index'] must be a button position such as \"0\"") from None
            if index in buttons:
                raise ge.invalid_value(f"button at index {index} is given twice")
            buttons[index] = (sub_type, parameters)
        else:
            raise ge.param_error(f"Param {param}['type'] must be one of {{HEADER, BODY, BUTTON}}")
    return header, body, buttons


def _param_values(parameters: list[Any], where: str, named: bool, allowed: tuple[str, ...]) -> dict[str, str]:
    """The text each placeholder gets, keyed by position ("1", "2") or by parameter_name."""
    values: dict[str, str] = {}
    for i, parameter in enumerate(parameters, start=1):
        param = f"{where}['parameters'][{i - 1}]"
        parameter = as_obj(parameter, param)
        kind = parameter.get("type")
        if kind not in allowed:
            raise ge.invalid_value(f"{where}: parameter {i} has type {kind!r}, expected one of {', '.join(allowed)}")
        if kind == "text":
            text = parameter.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ge.missing_value(f"{where}: parameter {i} needs a non-empty text")
            if _BAD_PARAM_TEXT.search(text):
                raise GraphError(
                    132018,
                    "(#132018) There was an issue with the parameters in your template.",
                    details="Param text cannot have new-line/tab characters or more than 4 consecutive spaces",
                )
            value = text
        else:
            detail = as_obj(parameter.get(kind), f"{param}['{kind}']")
            value = as_str(detail, "fallback_value", f"{param}['{kind}']['fallback_value']", most=1024) or ""
        if named:
            key = parameter.get("parameter_name")
            if not isinstance(key, str) or not key:
                raise ge.missing_value(f"{where}: parameter {i} needs a parameter_name (the template uses NAMED)")
        else:
            key = str(i)
        values[key] = value
    return values


def _check_named(values: dict[str, str], expected: list[str], where: str, given: int) -> None:
    if len(values) != given:
        raise ge.invalid_value(f"{where}: a parameter_name is given twice")
    unknown = sorted(set(values) - set(expected))
    missing = [name for name in expected if name not in values]
    if unknown or missing:
        raise GraphError(
            132000,
            "(#132000) Number of parameters does not match the expected number of params",
            details=f"{where}: parameter names missing {missing}, not in the template {unknown}",
        )


def _check_header(template: dict[str, Any], given: list[Any] | None, named: bool, state: SimState) -> None:
    defined = component(template, "HEADER")
    parameters = given or []
    fmt = defined.get("format", "TEXT") if defined else None
    if fmt in MEDIA_HEADERS or fmt == "LOCATION":
        if not parameters:
            raise format_mismatch(fmt, "UNKNOWN")
        if len(parameters) != 1:
            raise count_mismatch("header", len(parameters), 1)
        parameter = as_obj(parameters[0], "header['parameters'][0]")
        kind = str(parameter.get("type", "")).lower()
        if kind != fmt.lower():
            raise format_mismatch(fmt, kind.upper() or "UNKNOWN")
        media = as_obj(parameter.get(kind), f"header['parameters'][0]['{kind}']")
        if fmt == "LOCATION":
            for key in ("latitude", "longitude"):
                if not isinstance(media.get(key), int | float):
                    raise ge.required(f"header['parameters'][0]['location']['{key}']")
        else:
            check_media_object(media, kind, f"header['parameters'][0]['{kind}']", state)
        return
    expected = placeholders(defined.get("text", "")) if defined else []
    if len(parameters) != len(expected):
        raise count_mismatch("header", len(parameters), len(expected))
    values = _param_values(parameters, "header", named, ("text",))
    if named:
        _check_named(values, expected, "header", len(parameters))
    if defined and len(render(defined.get("text", ""), values)) > HEADER_TEXT_MAX:
        raise GraphError(132005, "(#132005) Translated text too long", details="header text is over 60 characters")


def _check_body(template: dict[str, Any], given: list[Any] | None, named: bool) -> None:
    defined = component(template, "BODY")
    text = defined.get("text", "") if defined else ""
    expected = placeholders(text)
    parameters = given or []
    if len(parameters) != len(expected):
        raise count_mismatch("body", len(parameters), len(expected))
    values = _param_values(parameters, "body", named, ("text", "currency", "date_time"))
    if named:
        _check_named(values, expected, "body", len(parameters))
    if len(render(text, values)) > BODY_MAX:
        raise GraphError(
            132005, "(#132005) Translated text too long", details=f"body text is over {BODY_MAX} characters"
        )


def _check_buttons(template: dict[str, Any], given: dict[int, tuple[str, list[Any]]]) -> None:
    defined = component(template, "BUTTONS")
    buttons: list[dict[str, Any]] = defined.get("buttons", []) if defined else []
    for index, (sub_type, _) in given.items():
        if not 0 <= index < len(buttons):
            raise ge.invalid_value(f"button at index {index} does not exist in the template")
        want = buttons[index]["type"]
        if BUTTON_SUB_TYPES[sub_type] != want:
            raise ge.invalid_value(f"button at index {index} is {want}, not {sub_type.upper()}")
    for index, button in enumerate(buttons):
        _, parameters = given.get(index, ("", []))
        where = f"button at index {index}"
        if button["type"] == "URL":
            expected = len(placeholders(button.get("url", "")))
            if len(parameters) != expected:
                raise count_mismatch(where, len(parameters), expected)
            _param_values(parameters, where, False, ("text",))
        elif button["type"] == "QUICK_REPLY" and parameters:
            if len(parameters) != 1:
                raise count_mismatch(where, len(parameters), 1)
            payload = as_obj(parameters[0], f"{where}['parameters'][0]")
            if payload.get("type") != "payload" or not isinstance(payload.get("payload"), str):
                raise ge.invalid_value(f"{where}: a quick reply parameter is {{type: payload, payload: <text>}}")
