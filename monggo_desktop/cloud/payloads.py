"""Request bodies for ``POST /{phone-number-id}/messages``, built and checked against the limits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from monggo_desktop.cloud import limits
from monggo_desktop.cloud.errors import RequestValidationError
from monggo_desktop.domain.customer_ids import is_bsuid

Json = dict[str, Any]
MEDIA_KINDS = ("image", "video", "audio", "document", "sticker")
_CAPTIONED = {"image", "video", "document"}


@dataclass(frozen=True, slots=True)
class TemplateParameter:
    """One template parameter. ``kind`` is text, currency, date_time, image, video, document or payload."""

    kind: str
    value: Any
    name: str | None = None  # for templates created with parameter_format NAMED

    def to_json(self) -> Json:
        if self.kind == "text":
            body: Json = {"type": "text", "text": str(self.value)}
        elif self.kind == "payload":
            body = {"type": "payload", "payload": str(self.value)}
        elif self.kind in ("currency", "date_time"):
            body = {"type": self.kind, self.kind: dict(self.value)}
        elif self.kind in ("image", "video", "document"):
            body = {"type": self.kind, self.kind: {"id": str(self.value)}}
        else:
            raise RequestValidationError("template parameter", "unknown parameter type {kind}", kind=self.kind)
        if self.name:
            body["parameter_name"] = self.name
        return body


@dataclass(frozen=True, slots=True)
class TemplateButton:
    sub_type: str  # quick_reply, url, copy_code, flow
    index: int
    parameters: tuple[TemplateParameter, ...] = ()


@dataclass(frozen=True, slots=True)
class ListRow:
    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ListSection:
    title: str | None
    rows: tuple[ListRow, ...] = field(default_factory=tuple)


def recipient(to: str) -> str:
    digits = to.strip().lstrip("+")
    if not digits.isdigit():
        raise RequestValidationError("to", "a WhatsApp number, digits only")
    return digits


def addressed(to: str) -> Json:
    """``to`` for a number; ``recipient`` for a customer known only by their BSUID (cloud-api.md §8c)."""
    if is_bsuid(to):
        return {"recipient": to.strip()}
    return {"to": recipient(to)}


def envelope(to: str, kind: str, content: Any, *, reply_to: str | None, callback_data: str | None) -> Json:
    body: Json = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        **addressed(to),
        "type": kind,
        kind: content,
    }
    if reply_to:
        body["context"] = {"message_id": reply_to}
    if callback_data is not None:
        limits.check_length("biz_opaque_callback_data", callback_data, limits.CALLBACK_DATA)
        body["biz_opaque_callback_data"] = callback_data
    return body


def text(body: str, *, preview_url: bool = False) -> Json:
    limits.check_length("text", body, limits.TEXT_BODY, minimum=1)
    return {"body": body, "preview_url": preview_url}


def media(kind: str, media_id: str, *, caption: str | None, filename: str | None, voice: bool) -> Json:
    if kind not in MEDIA_KINDS:
        raise RequestValidationError("type", "unknown media kind {kind}", kind=kind)
    content: Json = {"id": media_id}
    if caption:
        if kind not in _CAPTIONED:
            raise RequestValidationError("caption", "a {kind} takes no caption", kind=kind)
        limits.check_length("caption", caption, limits.CAPTION)
        content["caption"] = caption
    if filename:
        if kind != "document":
            raise RequestValidationError("filename", "only documents have a file name")
        content["filename"] = filename
    if voice:
        if kind != "audio":
            raise RequestValidationError("voice", "only audio can be a voice note")
        content["voice"] = True
    return content


def template(
    name: str,
    language: str,
    *,
    header: Sequence[TemplateParameter] = (),
    body: Sequence[TemplateParameter] = (),
    buttons: Sequence[TemplateButton] = (),
) -> Json:
    limits.check_length("template name", name, 512, minimum=1)
    limits.check_length("template language", language, 15, minimum=2)
    components: list[Json] = []
    if header:
        components.append({"type": "header", "parameters": [p.to_json() for p in header]})
    if body:
        components.append({"type": "body", "parameters": [p.to_json() for p in body]})
    for button in buttons:
        components.append(
            {
                "type": "button",
                "sub_type": button.sub_type,
                "index": str(button.index),
                "parameters": [p.to_json() for p in button.parameters],
            }
        )
    content: Json = {"name": name, "language": {"code": language}}
    if components:
        content["components"] = components
    return content


def reaction(message_id: str, emoji: str) -> Json:
    """An empty ``emoji`` removes the reaction."""
    limits.check_length("message_id", message_id, 512, minimum=1)
    return {"message_id": message_id, "emoji": emoji}


def location(latitude: float, longitude: float, *, name: str | None, address: str | None) -> Json:
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise RequestValidationError("location", "latitude -90..90 and longitude -180..180")
    content: Json = {"latitude": latitude, "longitude": longitude}
    if name:
        content["name"] = name
    if address:
        content["address"] = address  # shown only when name is set too
    return content


def contacts(cards: Sequence[Json]) -> list[Json]:
    if not cards:
        raise RequestValidationError("contacts", "at least one contact")
    for index, card in enumerate(cards, start=1):
        name = card.get("name")
        if not isinstance(name, dict) or not name.get("formatted_name"):
            raise RequestValidationError(f"contact {index}", "needs name.formatted_name")
    return [dict(card) for card in cards]


def reply_buttons(
    body: str, buttons: Sequence[tuple[str, str]], *, header: str | None = None, footer: str | None = None
) -> Json:
    limits.check_length("body", body, limits.INTERACTIVE_BODY, minimum=1)
    limits.check_buttons(buttons)
    content: Json = {
        "type": "button",
        "body": {"text": body},
        "action": {"buttons": [{"type": "reply", "reply": {"id": i, "title": t}} for i, t in buttons]},
    }
    _header_footer(content, header, footer)
    return content


def list_message(
    body: str,
    button: str,
    sections: Sequence[ListSection],
    *,
    header: str | None = None,
    footer: str | None = None,
) -> Json:
    limits.check_length("body", body, limits.INTERACTIVE_BODY, minimum=1)
    limits.check_length("list button", button, limits.LIST_BUTTON, minimum=1)
    if not 1 <= len(sections) <= limits.MAX_SECTIONS:
        raise RequestValidationError("sections", "1 to {most} sections", most=limits.MAX_SECTIONS)
    rows = [row for section in sections for row in section.rows]
    if not 1 <= len(rows) <= limits.MAX_ROWS:
        raise RequestValidationError("rows", "1 to {most} rows across all sections", most=limits.MAX_ROWS)
    if len({row.id for row in rows}) != len(rows):
        raise RequestValidationError("rows", "each row needs its own id")
    if len(sections) > 1 and any(not s.title for s in sections):
        raise RequestValidationError("sections", "each section needs a title when there are several")
    json_sections: list[Json] = []
    for number, section in enumerate(sections, start=1):
        if section.title:
            limits.check_length(f"section {number} title", section.title, limits.SECTION_TITLE)
        json_rows = []
        for row in section.rows:
            limits.check_length("row id", row.id, limits.ROW_ID, minimum=1)
            limits.check_length("row title", row.title, limits.ROW_TITLE, minimum=1)
            item: Json = {"id": row.id, "title": row.title}
            if row.description:
                limits.check_length("row description", row.description, limits.ROW_DESCRIPTION)
                item["description"] = row.description
            json_rows.append(item)
        json_section: Json = {"rows": json_rows}
        if section.title:
            json_section["title"] = section.title
        json_sections.append(json_section)
    content: Json = {"type": "list", "body": {"text": body}, "action": {"button": button, "sections": json_sections}}
    _header_footer(content, header, footer)
    return content


def _header_footer(content: Json, header: str | None, footer: str | None) -> None:
    if header:
        limits.check_length("header", header, limits.HEADER_TEXT)
        content["header"] = {"type": "text", "text": header}
    if footer:
        limits.check_length("footer", footer, limits.FOOTER_TEXT)
        content["footer"] = {"text": footer}
