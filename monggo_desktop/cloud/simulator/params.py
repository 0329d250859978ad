"""Typed readers of request JSON: each names the parameter path in its error, the way Meta does."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator import media_rules
from monggo_desktop.cloud.simulator.state import SimState

NO_CAPTION = frozenset({"audio", "sticker"})
CTA_TEXT_MAX = 20


def as_obj(value: Any, param: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ge.param_error(f"Param {param} must be a JSON object")
    return value


def as_list(value: Any, param: str, *, most: int, least: int = 1) -> list[Any]:
    if value is None:
        raise ge.required(param)
    if not isinstance(value, list):
        raise ge.param_error(f"Param {param} must be an array")
    if len(value) < least:
        raise ge.param_error(f"Param {param} must have at least {least} element(s)")
    if len(value) > most:
        raise ge.param_error(f"Param {param} must have at most {most} elements")
    return value


def as_str(obj: dict[str, Any], key: str, param: str, *, most: int, need: bool = True, least: int = 1) -> str | None:
    value = obj.get(key)
    if value is None:
        if need:
            raise ge.required(param)
        return None
    if not isinstance(value, str):
        raise ge.param_error(f"Param {param} must be a string")
    if need and len(value.strip()) < least:
        raise ge.required(param)
    if len(value) > most:
        raise ge.too_long(param, most)
    return value


def wamid(value: Any, param: str) -> str:
    if value is None:
        raise ge.required(param)
    if not isinstance(value, str) or not value.startswith("wamid."):
        raise ge.param_error(f"Param {param} must be a WhatsApp message id (wamid.…)")
    return value


def as_url(value: Any, param: str) -> str:
    if not isinstance(value, str):
        raise ge.required(param)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ge.param_error(f"Param {param} must be a valid http(s) URL")
    return value


def check_media_object(obj: dict[str, Any], kind: str, param: str, state: SimState) -> None:
    """An image, video, audio, document or sticker object, by ``id`` of stored media or by ``link``."""
    has_id, has_link = obj.get("id") is not None, obj.get("link") is not None
    if has_id and has_link:
        raise ge.param_error(f"Param {param}['id'] and {param}['link'] cannot both be set")
    if not (has_id or has_link):
        raise ge.required(f"{param}['id'] or {param}['link']")
    if has_id:
        media_id = obj["id"]
        if isinstance(media_id, bool) or not isinstance(media_id, str | int):
            raise ge.param_error(f"Param {param}['id'] must be a media id")
        item = state.live_media(str(media_id))
        if item is None:
            raise ge.invalid_value(f"Param {param}['id'] ({media_id}) is not a valid media id")
        if kind != "document" and media_rules.kind_of(item.mime_type) != kind:
            raise ge.invalid_value(f"Media {media_id} is {item.mime_type}, which cannot be sent as {kind}")
    else:
        as_url(obj["link"], f"{param}['link']")
    if "caption" in obj:
        if kind in NO_CAPTION:
            raise ge.param_error(f"Param {param}['caption'] is not allowed for {kind} messages")
        as_str(obj, "caption", f"{param}['caption']", most=1024, need=False)
    if "filename" in obj:
        if kind != "document":
            raise ge.param_error(f"Param {param}['filename'] is allowed for documents only")
        as_str(obj, "filename", f"{param}['filename']", most=240)
    if "voice" in obj and (kind != "audio" or not isinstance(obj["voice"], bool)):
        raise ge.param_error(f"Param {param}['voice'] is a boolean, for audio only")


def check_cta_url(action: dict[str, Any], param: str) -> None:
    """A URL button: ``{"name": "cta_url", "parameters": {"display_text": ≤20, "url": http(s)}}`` (an
    interactive ``cta_url`` message's action, or a carousel card's)."""
    if action.get("name") != "cta_url":
        raise ge.param_error(f"Param {param}['name'] must be 'cta_url' - got {action.get('name')!r}.")
    if action.get("parameters") is None:
        raise ge.required(f"{param}['parameters']")
    parameters = as_obj(action["parameters"], f"{param}['parameters']")
    as_str(parameters, "display_text", f"{param}['parameters']['display_text']", most=CTA_TEXT_MAX)
    as_url(parameters.get("url"), f"{param}['parameters']['url']")
