"""Webhook JSON to ``WebhookBatch``: pure functions, no I/O.

Only a body that is not the webhook envelope at all (not JSON, not an object, ``object`` names another
product, no ``entry`` list) raises ``WebhookPayloadError``: the receiver refuses it.
Inside the envelope every entry, change and array item is read on its own, and nothing assumes ``[0]``. A part
this version cannot read becomes a ``NotUnderstood`` (where and why, in schema names only) and the rest of the
body is kept: Meta batches many changes in one body, and a refused body is retried for 7 days, then dropped.
Unknown webhook fields are kept as ``UnhandledChange``; unknown message types as unsupported content.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from monggo_desktop.cloud.webhook_items import contact_profile, errors_of, message, parse_cloud_error, status_update
from monggo_desktop.cloud.webhook_models import (
    AccountEvent,
    CallEvent,
    ContactProfile,
    InboundMessage,
    NotUnderstood,
    StatusUpdate,
    TemplateStatusUpdate,
    UnhandledChange,
    ValueLevelError,
    WebhookBatch,
    WebhookMetadata,
)
from monggo_desktop.cloud.webhook_node import MAX_DEPTH, Node, WebhookPayloadError, load_json

__all__ = ["MAX_DEPTH", "WebhookPayloadError", "parse_cloud_error", "parse_webhook"]

OBJECT_TYPE = "whatsapp_business_account"
MESSAGES_FIELD = "messages"
ECHOES_FIELD = "smb_message_echoes"
HISTORY_FIELD = "history"
TEMPLATE_FIELDS = frozenset(
    {"message_template_status_update", "message_template_quality_update", "template_category_update"}
)
ACCOUNT_FIELDS = frozenset(
    {"account_update", "account_alerts", "phone_number_quality_update", "phone_number_name_update"}
)
CALLS_FIELD = "calls"


def parse_webhook(raw_body: bytes) -> WebhookBatch:
    """Parse a webhook POST body into a flattened batch; raise ``WebhookPayloadError`` only for a body that
    is not the webhook envelope."""
    root = Node(load_json(raw_body), "body")
    # Another product's events are refused; a body without "object" is taken, as Meta's own reference
    # examples of account_update print it: its entries say what it is.
    if root.data.get("object", OBJECT_TYPE) != OBJECT_TYPE:
        raise root.fail("object", "not a WhatsApp Business Account event")
    entries = root.data.get("entry")
    if not isinstance(entries, list):
        raise root.fail("entry", "missing" if entries is None else "not a list")
    batch = _BatchBuilder()
    for index, raw_entry in enumerate(entries):
        batch.attempt(functools.partial(_parse_entry, raw_entry, f"body.entry[{index}]", batch))
    return batch.build()


class _BatchBuilder:
    def __init__(self) -> None:
        self.messages: list[InboundMessage] = []
        self.statuses: list[StatusUpdate] = []
        self.errors: list[ValueLevelError] = []
        self.contacts: list[ContactProfile] = []
        self.template_updates: list[TemplateStatusUpdate] = []
        self.unhandled: list[UnhandledChange] = []
        self.account_events: list[AccountEvent] = []
        self.calls: list[CallEvent] = []
        self.not_understood: list[NotUnderstood] = []

    def attempt(self, read: Callable[[], object], field: str | None = None) -> None:
        """Read one part; one that cannot be read is noted and the rest goes on."""
        try:
            read()
        except WebhookPayloadError as exc:
            self.not_understood.append(NotUnderstood(exc.where, exc.problem, field))

    def build(self) -> WebhookBatch:
        return WebhookBatch(
            messages=tuple(self.messages),
            statuses=tuple(self.statuses),
            errors=tuple(self.errors),
            contacts=tuple(self.contacts),
            template_updates=tuple(self.template_updates),
            unhandled=tuple(self.unhandled),
            account_events=tuple(self.account_events),
            calls=tuple(self.calls),
            not_understood=tuple(self.not_understood),
        )


def _parse_entry(raw_entry: object, path: str, batch: _BatchBuilder) -> None:
    entry = Node.of(raw_entry, path)
    waba_id = entry.req_id("id")
    for change in entry.req_objects("changes"):
        field = change.data.get("field")
        batch.attempt(functools.partial(_parse_change, change, waba_id, batch), str(field)[:64] if field else None)


def _parse_change(change: Node, waba_id: str, batch: _BatchBuilder) -> None:
    field = change.req_str("field")
    if field in (MESSAGES_FIELD, ECHOES_FIELD):
        _parse_messages_value(change.req_obj("value"), waba_id, batch, echoes=field == ECHOES_FIELD)
    elif field in TEMPLATE_FIELDS:
        batch.template_updates.append(_template_update(change.req_obj("value"), waba_id))
    elif field in ACCOUNT_FIELDS:
        batch.account_events.append(_account_event(change.req_obj("value"), waba_id, field))
    elif field == CALLS_FIELD:
        _parse_calls(change.req_obj("value"), waba_id, batch)
    elif field == HISTORY_FIELD:
        _parse_history(change.req_obj("value"), waba_id, batch)
    else:
        batch.unhandled.append(UnhandledChange(waba_id=waba_id, field=field, value=change.data.get("value")))


def _metadata(value: Node, waba_id: str) -> WebhookMetadata:
    meta_node = value.req_obj("metadata")
    return WebhookMetadata(
        waba_id=waba_id,
        phone_number_id=meta_node.req_id("phone_number_id"),
        display_phone_number=meta_node.opt_str("display_phone_number"),
    )


def _parse_messages_value(value: Node, waba_id: str, batch: _BatchBuilder, *, echoes: bool) -> None:
    metadata = _metadata(value, waba_id)
    items: list[tuple[str, Callable[[Node], Any], list[Any]]] = [
        ("contacts", lambda n: contact_profile(n, metadata), batch.contacts),
        ("message_echoes" if echoes else "messages", lambda n: message(n, metadata, echo=echoes), batch.messages),
        ("statuses", lambda n: status_update(n, metadata), batch.statuses),
        ("errors", lambda n: ValueLevelError(metadata=metadata, error=parse_cloud_error(n.data, n.path)), batch.errors),
    ]
    for key, read, into in items:
        raw = value.data.get(key)
        if raw is None:
            continue
        if not isinstance(raw, list):
            raise value.fail(key, "not a list")
        for index, item in enumerate(raw):
            path = f"{value.path}.{key}[{index}]"
            batch.attempt(functools.partial(_read_into, into, read, item, path))


def _parse_history(value: Node, waba_id: str, batch: _BatchBuilder) -> None:
    """The phone app's past chats, thread by thread (``history[].threads[].messages[]``), and the media of past
    messages, which Meta sends later on their own (``messages[]`` of a ``history`` change): a message from the
    business's own number is the business's, any other is the customer's of that thread."""
    metadata = _metadata(value, waba_id)
    business = (metadata.display_phone_number or "").lstrip("+")
    for chunk in value.opt_objects("history"):
        for thread in chunk.opt_objects("threads"):
            customer = thread.opt_str("id") or ""
            for item in thread.opt_objects("messages"):
                _add_past(batch, item, metadata, business, customer)
    for item in value.opt_objects("messages"):
        _add_past(batch, item, metadata, business, "")


def _add_past(batch: _BatchBuilder, item: Node, metadata: WebhookMetadata, business: str, customer: str) -> None:
    ours = (item.opt_str("from") or "").lstrip("+") == business
    side = "to" if ours else "from"  # the customer's end: the thread says who when the message does not
    node = Node({**item.data, side: item.data.get(side) or customer}, item.path)
    batch.attempt(functools.partial(_past_message, batch, node, metadata, ours), HISTORY_FIELD)


def _read_into(into: list[Any], read: Callable[[Node], Any], item: object, path: str) -> None:
    into.append(read(Node.of(item, path)))


def _past_message(batch: _BatchBuilder, node: Node, metadata: WebhookMetadata, ours: bool) -> None:
    batch.messages.append(replace(message(node, metadata, echo=ours), history=True))


def _add_call(batch: _BatchBuilder, node: Node, metadata: WebhookMetadata) -> None:
    batch.calls.append(_call(node, metadata))


def _template_update(value: Node, waba_id: str) -> TemplateStatusUpdate:
    return TemplateStatusUpdate(
        waba_id=waba_id,
        event=value.opt_str("event"),
        template_id=value.req_id("message_template_id"),
        name=value.opt_str("message_template_name"),
        language=value.opt_str("message_template_language"),
        reason=value.opt_str("reason"),
        quality=value.opt_str("new_quality_score"),
        category=value.opt_str("new_category"),
    )


def _account_event(value: Node, waba_id: str, field: str) -> AccountEvent:
    """What changed, in Meta's words; the detail is the new quality, limit, name or violation type."""
    violation = value.opt_obj("violation_info")
    restrictions = value.opt_objects("restriction_info")
    until = max((t for r in restrictions if (t := r.opt_timestamp("expiration")) is not None), default=None)
    detail = (
        value.opt_str("new_quality_score")
        or value.opt_str("current_limit")
        or value.opt_str("requested_verified_name")
        or value.opt_str("alert_type")
        or (violation.opt_str("violation_type") if violation else None)
        or ", ".join(kind for r in restrictions if (kind := r.opt_str("restriction_type")))
        or None
    )
    event = value.opt_str("event") or value.opt_str("decision") or value.opt_str("alert_status")
    return AccountEvent(waba_id=waba_id, field=field, event=event, detail=detail, until=until, raw=value.data)


def _parse_calls(value: Node, waba_id: str, batch: _BatchBuilder) -> None:
    metadata = _metadata(value, waba_id)
    for call in value.opt_objects("calls"):
        batch.attempt(functools.partial(_add_call, batch, call, metadata), CALLS_FIELD)
    for error in errors_of(value):
        batch.errors.append(ValueLevelError(metadata=metadata, error=error))


def _call(node: Node, metadata: WebhookMetadata) -> CallEvent:
    business = (metadata.display_phone_number or "").lstrip("+")
    outgoing = node.opt_str("direction") == "BUSINESS_INITIATED"
    ends = [node.opt_str("to"), node.opt_str("from")] if outgoing else [node.opt_str("from"), node.opt_str("to")]
    customer = next((end for end in ends if end and end.lstrip("+") != business), None)  # not the business
    return CallEvent(
        metadata=metadata,
        call_id=node.req_str("id"),
        event=node.opt_str("event"),
        direction=node.opt_str("direction"),
        customer_wa_id=customer,
        customer_user_id=node.opt_str("to_user_id" if outgoing else "from_user_id"),
        timestamp=node.req_timestamp("timestamp"),
        status=node.opt_str("status"),
        duration=node.opt_int("duration"),
    )
