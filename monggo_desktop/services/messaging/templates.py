"""Message templates, synced from the Cloud API: approved ones are sendable, with their parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monggo_desktop.domain.models import StoredTemplate, utc_now
from monggo_desktop.domain.template_text import fill, placeholders
from monggo_desktop.domain.views import TemplateChoice
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:  # the client (httpx) is loaded only once the engine starts
    from monggo_desktop.cloud.client import CloudApiClient
    from monggo_desktop.cloud.webhook_models import TemplateStatusUpdate


async def sync_templates(db: Database, client: CloudApiClient, account_id: int) -> int:
    """Replace the stored templates with the API's full list; returns how many are sendable."""
    now = utc_now()
    templates = await client.templates.list()
    rows = [
        StoredTemplate(
            account_id=account_id,
            meta_template_id=t.id,
            name=t.name,
            language=t.language,
            status=t.status,
            category=t.category,
            components=[dict(c) for c in t.components],
            parameter_format=t.parameter_format,
            quality_score=t.quality_score,
            rejected_reason=t.rejected_reason,
            synced_at=now,
        )
        for t in templates
    ]
    await db.run(lambda s: s.templates.replace_all(account_id, rows))
    return sum(1 for t in rows if t.sendable)


def apply_template_update(store: Store, update: TemplateStatusUpdate) -> None:
    """A template's status, quality or category webhook, onto the stored template (the picker shows it);
    a template not synced yet is fetched with its new state at the next sync."""
    if update.event:
        store.templates.set_status(update.template_id, update.event, update.reason)
    if update.quality:
        store.templates.set_quality(update.template_id, update.quality)
    if update.category:
        store.templates.set_category(update.template_id, update.category)


def body_parameters(template: StoredTemplate) -> list[str]:
    """The placeholders of the body, in order: ``{{1}}``, ``{{2}}`` or named ones like ``{{order_id}}``."""
    for component in template.components:
        if str(component.get("type", "")).upper() == "BODY":
            return placeholders(str(component.get("text", "")))
    return []


def preview(template: StoredTemplate, values: list[str]) -> str:
    """The body as the customer will read it, with ``values`` filled in."""
    text = next((str(c.get("text", "")) for c in template.components if str(c.get("type", "")).upper() == "BODY"), "")
    return fill(text, body_parameters(template), values)


def choices_for(store: Store, conversation_id: int) -> list[TemplateChoice]:
    """Approved templates this customer may be sent: marketing ones only if they have not opted out, and only
    those whose parameters are all in the body (the picker fills those)."""
    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        return []
    contact = store.contacts.get(conversation.contact_id)
    opted_out = contact is not None and contact.marketing_opt_out
    choices = []
    for template in store.templates.for_account(conversation.account_id, sendable_only=True):
        if opted_out and (template.category or "").upper() == "MARKETING":
            continue
        if not _body_only(template.components):
            continue  # header media and button parameters are not filled in here yet
        body = next(
            (str(c.get("text", "")) for c in template.components if str(c.get("type", "")).upper() == "BODY"), ""
        )
        choices.append(
            TemplateChoice(
                name=template.name,
                language=template.language,
                category=template.category,
                body=body,
                parameters=tuple(body_parameters(template)),
                quality=template.quality_score,
                examples=body_examples(template.components),
            )
        )
    return choices


def body_examples(components: list[dict[str, object]]) -> tuple[str, ...]:
    """The body's sample values as approved with the template: ``body_text`` (numbered parameters, in order) or
    ``body_text_named_params`` (named ones); empty when the template has none."""
    for component in components:
        if str(component.get("type", "")).upper() != "BODY":
            continue
        example = component.get("example")
        if not isinstance(example, dict):
            return ()
        rows = example.get("body_text")
        if isinstance(rows, list) and rows and isinstance(rows[0], list):
            return tuple(str(value) for value in rows[0])
        named = example.get("body_text_named_params")
        if isinstance(named, list):
            return tuple(str(item.get("example", "")) for item in named if isinstance(item, dict))
    return ()


def _body_only(components: list[dict[str, object]]) -> bool:
    """True when the body holds every parameter: no media or text placeholders in the header, no URL suffix."""
    for component in components:
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER" and (
            str(component.get("format", "TEXT")).upper() != "TEXT" or "{{" in str(component.get("text", ""))
        ):
            return False
        if kind == "BUTTONS":
            buttons = component.get("buttons")
            for button in buttons if isinstance(buttons, list) else []:
                if isinstance(button, dict) and "{{" in str(button.get("url", "")):
                    return False
    return True
