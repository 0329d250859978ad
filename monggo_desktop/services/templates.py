"""Message templates, synced from the Cloud API: approved ones are sendable, with their parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monggo_desktop.domain.models import StoredTemplate, utc_now
from monggo_desktop.domain.template_text import fill, placeholders
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
