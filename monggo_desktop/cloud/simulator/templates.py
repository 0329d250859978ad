"""The simulator's message templates: a few APPROVED ones in the shapes Meta lists, and one REJECTED."""

from __future__ import annotations

import copy
import re
from typing import Any

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")

_SEED: list[dict[str, Any]] = [
    {
        "name": "hello_world",
        "parameter_format": "POSITIONAL",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Hello World"},
            {
                "type": "BODY",
                "text": "Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp "
                "message notification from the Cloud API, hosted by Meta. Thank you for taking the time to test "
                "with us.",
            },
            {"type": "FOOTER", "text": "WhatsApp Business Platform sample message"},
        ],
        "language": "en_US",
        "status": "APPROVED",
        "category": "UTILITY",
        "id": "1192339204654487",
    },
    {
        "name": "order_update",
        "parameter_format": "POSITIONAL",
        "components": [
            {
                "type": "BODY",
                "text": "Hi {{1}}, your order {{2}} is on its way.",
                "example": {"body_text": [["Sari", "#1042"]]},
            },
            {"type": "FOOTER", "text": "Monggo Pinarak"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stop updates"}]},
        ],
        "language": "en_US",
        "status": "APPROVED",
        "category": "UTILITY",
        "id": "784203749184651",
    },
    {
        "name": "order_update",
        "parameter_format": "POSITIONAL",
        "components": [
            {
                "type": "BODY",
                "text": "Halo {{1}}, pesanan {{2}} sedang dalam perjalanan.",
                "example": {"body_text": [["Sari", "#1042"]]},
            },
            {"type": "FOOTER", "text": "Monggo Pinarak"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Berhenti"}]},
        ],
        "language": "id",
        "status": "APPROVED",
        "category": "UTILITY",
        "id": "784203749184652",
    },
    {
        "name": "promo_diskon",
        "parameter_format": "POSITIONAL",
        "components": [
            {
                "type": "HEADER",
                "format": "IMAGE",
                "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARYpromo"]},
            },
            {
                "type": "BODY",
                "text": "Diskon {{1}} untuk semua batik tulis minggu ini!",
                "example": {"body_text": [["20%"]]},
            },
            {"type": "FOOTER", "text": "Balas STOP untuk berhenti"},
            {
                "type": "BUTTONS",
                "buttons": [
                    {"type": "URL", "text": "Lihat katalog", "url": "https://monggo.example/katalog"},
                    {"type": "QUICK_REPLY", "text": "Berhenti promosi"},
                ],
            },
        ],
        "language": "id",
        "status": "APPROVED",
        "category": "MARKETING",
        "id": "993810276451120",
    },
    {
        "name": "appointment_reminder",
        "parameter_format": "NAMED",
        "components": [
            {
                "type": "BODY",
                "text": "Hi {{customer_name}}, a reminder: your batik is ready to collect at our shop on {{date}}.",
                "example": {
                    "body_text_named_params": [
                        {"param_name": "customer_name", "example": "Sari"},
                        {"param_name": "date", "example": "Friday 10:00"},
                    ]
                },
            },
        ],
        "language": "en_US",
        "status": "APPROVED",
        "category": "UTILITY",
        # A reminder that arrives after the day is over is useless: drop it after 3 hours (a utility template's
        # TTL override may be 30 s to 12 h).
        "message_send_ttl_seconds": 10800,
        "id": "1436002811579230",
    },
    {
        "name": "winter_sale",
        "parameter_format": "POSITIONAL",
        "components": [{"type": "BODY", "text": "Everything 90% off, only today! Click now!!!"}],
        "language": "en_US",
        "status": "REJECTED",
        "category": "MARKETING",
        "rejected_reason": "PROMOTIONAL",
        "id": "602117394820113",
    },
]

# When the score was last rated, as Graph gives it with the score (pywa reads both).
QUALITY_DATE = 1736133255

for _template in _SEED:
    _score = "GREEN" if _template["status"] == "APPROVED" else "UNKNOWN"
    _template.setdefault("quality_score", {"score": _score, "date": QUALITY_DATE})
    _template.setdefault("rejected_reason", "NONE")

# What GET /message_templates returns without ``fields`` (id is always there, as in every Graph answer).
DEFAULT_FIELDS = ("name", "parameter_format", "components", "language", "status", "category")
# The fields of Meta's template node ("WhatsApp Business HSM" reference, and what pywa asks for); as on
# Graph, a field the template has no value for is left out of the answer.
KNOWN_FIELDS = frozenset(
    {
        *DEFAULT_FIELDS,
        "id",
        "quality_score",
        "rejected_reason",
        "previous_category",
        "correct_category",
        "sub_category",
        "message_send_ttl_seconds",
        "library_template_name",
        "cta_url_link_tracking_opted_out",
        "degrees_of_freedom_spec",
    }
)

# ``message_template_status_update`` events, and the status each leaves the template in (None: unchanged;
# FLAGGED is a quality warning before a pause, the template stays sendable).
TEMPLATE_EVENTS: dict[str, str | None] = {
    "APPROVED": "APPROVED",
    "REJECTED": "REJECTED",
    "PENDING": "PENDING",
    "IN_APPEAL": "IN_APPEAL",
    "FLAGGED": None,
    "PAUSED": "PAUSED",
    "REINSTATED": "APPROVED",
    "DISABLED": "DISABLED",
    "LIMIT_EXCEEDED": "LIMIT_EXCEEDED",
    "ARCHIVED": "ARCHIVED",
    "PENDING_DELETION": "PENDING_DELETION",
    "DELETED": "DELETED",
}


def apply_event(template: dict[str, Any], event: str, reason: str) -> None:
    """Move a template to the status a ``message_template_status_update`` event announces."""
    if event not in TEMPLATE_EVENTS:
        raise ValueError(f"unknown template event {event!r}; known: {', '.join(TEMPLATE_EVENTS)}")
    status = TEMPLATE_EVENTS[event]
    if status is None:
        return
    template["status"] = status
    if status == "REJECTED":
        template["rejected_reason"] = reason
    elif status == "APPROVED":
        template["rejected_reason"] = "NONE"


def seed_templates() -> list[dict[str, Any]]:
    return copy.deepcopy(_SEED)


def component(template: dict[str, Any], kind: str) -> dict[str, Any] | None:
    items: list[dict[str, Any]] = template.get("components", [])
    for item in items:
        if item.get("type") == kind:
            return item
    return None


def placeholders(text: str) -> list[str]:
    """Distinct placeholder names in order of first use: ``["1", "2"]`` or ``["customer_name", "date"]``."""
    seen: list[str] = []
    for name in PLACEHOLDER.findall(text):
        if name not in seen:
            seen.append(name)
    return seen


def render(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
