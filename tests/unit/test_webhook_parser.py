"""Webhook parsing: every documented shape from the fixtures, malformed payloads, and property tests."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monggo_desktop.cloud.webhook_models import (
    ButtonContent,
    CloudErrorInfo,
    ContactsContent,
    InboundMessage,
    InteractiveContent,
    LocationContent,
    MediaContent,
    OrderContent,
    ReactionContent,
    Referral,
    RequestWelcomeContent,
    StatusUpdate,
    SystemContent,
    TextContent,
    UnsupportedContent,
    WebhookBatch,
)
from monggo_desktop.cloud.webhook_parser import (
    MAX_DEPTH,
    WebhookPayloadError,
    parse_cloud_error,
    parse_webhook,
)
from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.domain.status import MessageStatus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))
WABA_ID = "200000000000001"
PHONE_NUMBER_ID = "100000000000001"
CUSTOMER = "16505551234"


def raw(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


def doc(name: str) -> dict[str, Any]:
    return json.loads(raw(name))


def parse(name: str) -> WebhookBatch:
    return parse_webhook(raw(name))


def only_message(name: str) -> InboundMessage:
    batch = parse(name)
    assert len(batch.messages) == 1
    return batch.messages[0]


def only_status(name: str) -> StatusUpdate:
    batch = parse(name)
    assert len(batch.statuses) == 1 and not batch.messages
    return batch.statuses[0]


def encode(document: object) -> bytes:
    return json.dumps(document).encode("utf-8")


# Fixtures


def test_fixtures_are_all_there() -> None:
    assert len(FIXTURE_NAMES) >= 28


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_fixture_parses_into_a_non_empty_batch(name: str) -> None:
    assert not parse(name).is_empty


def test_fixtures_use_only_fictitious_numbers() -> None:
    numbers: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                if key in {"from", "wa_id", "recipient_id", "display_phone_number", "phone"}:
                    numbers.append("".join(ch for ch in str(child) if ch.isdigit()))
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    for name in FIXTURE_NAMES:
        walk(doc(name))
    assert len(numbers) > len(FIXTURE_NAMES)
    assert all(n.startswith(("1650555", "1555555")) for n in numbers), numbers


def test_text_message_fields_and_metadata() -> None:
    message = only_message("message_text")
    assert message.content == TextContent(body="Halo, apakah toko buka hari ini?")
    assert message.wamid == "wamid.TEST0001"
    assert message.from_wa_id == CUSTOMER
    assert message.type == "text"
    assert message.timestamp == datetime(2025, 6, 8, 20, 59, 44, tzinfo=UTC)
    assert message.timestamp.utcoffset() is not None
    assert message.metadata.waba_id == WABA_ID
    assert message.phone_number_id == PHONE_NUMBER_ID
    assert message.metadata.display_phone_number == "15555550100"
    assert message.context is None and message.referral is None and message.errors == ()
    assert message.raw["id"] == "wamid.TEST0001"


def test_contact_profile_is_kept_with_its_number() -> None:
    (contact,) = parse("message_text").contacts
    assert (contact.name, contact.wa_id, contact.user_id) == ("Test Customer", CUSTOMER, "US.TEST0000000000001")
    assert contact.phone_number_id == PHONE_NUMBER_ID


SHA = "dGVzdC1zaGEyNTYtb2YtdGhlLWZha2UtbWVkaWE="
MEDIA = {
    "message_image": MediaContent("image", "900000000000002", "image/jpeg", SHA, caption="Foto produk"),
    "message_video": MediaContent("video", "900000000000003", "video/mp4", SHA, caption="Video unboxing"),
    "message_audio_voice": MediaContent("audio", "900000000000004", "audio/ogg; codecs=opus", SHA, voice=True),
    "message_document": MediaContent(
        "document", "900000000000005", "application/pdf", SHA, caption="Invoice", filename="invoice-TEST.pdf"
    ),
    "message_sticker": MediaContent("sticker", "900000000000006", "image/webp", SHA, animated=True),
}


@pytest.mark.parametrize("name", MEDIA)
def test_media_messages(name: str) -> None:
    assert only_message(name).content == MEDIA[name]


def test_location() -> None:
    assert only_message("message_location").content == LocationContent(
        latitude=-7.7956, longitude=110.3695, name="Test Place", address="Jl. Contoh 1", url="https://example.com/place"
    )


def test_shared_contacts_keep_every_card_and_the_raw_rest() -> None:
    content = only_message("message_contacts").content
    assert isinstance(content, ContactsContent)
    first, second = content.contacts
    assert (first.formatted_name, first.first_name, first.last_name) == ("Test Person", "Test", "Person")
    assert [(p.phone, p.wa_id, p.type) for p in first.phones] == [("+1 650-555-1235", "16505551235", "CELL")]
    assert first.emails == ("test.person@example.com",)
    assert first.raw["org"] == {"company": "Example Co"}
    assert second.formatted_name == "Second Test" and second.phones[0].wa_id is None and second.emails == ()


def test_interactive_button_reply() -> None:
    message = only_message("message_interactive_button_reply")
    assert isinstance(message.content, InteractiveContent)
    assert (message.content.kind, message.content.reply_id, message.content.title) == (
        "button_reply",
        "confirm-order",
        "Ya, pesan",
    )
    assert message.context is not None and message.context.message_id == "wamid.TESTOUT0001"


def test_interactive_list_reply() -> None:
    content = only_message("message_interactive_list_reply").content
    assert isinstance(content, InteractiveContent)
    assert (content.kind, content.reply_id, content.title, content.description) == (
        "list_reply",
        "row-batik",
        "Batik",
        "Kain batik tulis",
    )


def test_interactive_flow_reply() -> None:
    content = only_message("message_interactive_nfm_reply").content
    assert isinstance(content, InteractiveContent)
    assert content.kind == "nfm_reply" and content.flow_name == "flow" and content.flow_body == "Sent"
    assert json.loads(content.flow_response_json or "") == {"flow_token": "TEST-TOKEN", "rating": "5"}


def test_template_button_tap() -> None:
    content = only_message("message_button").content
    assert content == ButtonContent(payload="STOP_PROMOTIONS", text="Stop promosi")


def test_reaction_and_its_removal() -> None:
    reaction = only_message("message_reaction").content
    assert reaction == ReactionContent(message_id="wamid.TESTOUT0005", emoji="\N{THUMBS UP SIGN}")
    assert not reaction.removed
    removal = only_message("message_reaction_removed").content
    assert isinstance(removal, ReactionContent) and removal.removed and removal.message_id == "wamid.TESTOUT0005"


def test_order_prices_are_decimals() -> None:
    content = only_message("message_order").content
    assert isinstance(content, OrderContent)
    assert content.catalog_id == "300000000000001" and content.text == "Tolong dikirim besok"
    assert [(i.product_retailer_id, i.quantity, i.item_price, i.currency) for i in content.items] == [
        ("SKU-TEST-1", 2, Decimal("12.5"), "IDR"),
        ("SKU-TEST-2", 1, Decimal("30000"), "IDR"),
    ]


def test_system_user_changed_number() -> None:
    message = only_message("message_system_user_changed_number")
    assert isinstance(message.content, SystemContent)
    assert message.content.kind == "user_changed_number" and message.content.new_wa_id == "16505555678"


def test_system_customer_identity_changed() -> None:
    content = only_message("message_system_customer_identity_changed").content
    assert content == SystemContent(
        kind="customer_identity_changed", body="Test Customer's security code changed", identity_hash="TESTHASH0001"
    )


def test_request_welcome() -> None:
    message = only_message("message_request_welcome")
    assert message.type == "request_welcome" and message.content == RequestWelcomeContent()


def test_referral_rides_on_a_text_message() -> None:
    message = only_message("message_referral")
    assert message.content == TextContent(body="Saya lihat iklannya")
    assert message.referral is not None
    assert (message.referral.source_id, message.referral.source_type, message.referral.ctwa_clid) == (
        "TESTAD0001",
        "ad",
        "TEST-CLID-0001",
    )
    assert message.referral.headline == "Diskon" and message.referral.image_url == "https://example.com/ad/TEST.jpg"


def test_unsupported_keeps_raw_and_error_codes() -> None:
    message = only_message("message_unsupported")
    assert isinstance(message.content, UnsupportedContent)
    assert message.content.declared_type == "unsupported" and message.content.unsupported_type == "poll"
    assert message.content.raw == doc("message_unsupported")["entry"][0]["changes"][0]["value"]["messages"][0]
    assert message.error_codes == (131051,)
    assert message.errors[0].details == "Message type is currently not supported."


def test_reply_context_and_forwarding_flags() -> None:
    message = only_message("message_reply_with_context")
    assert message.context is not None
    assert (message.context.from_wa_id, message.context.message_id) == ("15555550100", "wamid.TESTOUT0006")
    assert (message.context.forwarded, message.context.frequently_forwarded) == (False, True)


def test_known_type_without_its_content_is_kept_as_unsupported() -> None:
    batch = parse("message_interactive_without_payload")
    (message,) = batch.messages
    assert isinstance(message.content, UnsupportedContent) and message.content.declared_type == "interactive"
    assert [e.error.code for e in batch.errors] == [131000]


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("status_sent", MessageStatus.SENT),
        ("status_delivered", MessageStatus.DELIVERED),
        ("status_read", MessageStatus.READ),
        ("status_failed", MessageStatus.FAILED),
        ("status_played", MessageStatus.PLAYED),
    ],
)
def test_status_kinds(name: str, status: MessageStatus) -> None:
    update = only_status(name)
    assert update.message_status is status and update.status == status.value
    assert update.recipient_id == CUSTOMER and update.phone_number_id == PHONE_NUMBER_ID
    assert update.wamid.startswith("wamid.TESTOUT") and update.timestamp.tzinfo is UTC


def test_sent_status_carries_callback_data_conversation_and_pricing() -> None:
    update = only_status("status_sent")
    assert update.biz_opaque_callback_data == "local-42"
    assert update.conversation is not None and update.conversation.id == "TESTCONV0001"
    assert update.conversation.origin_type == "service"
    assert update.pricing is not None and update.pricing.billable is False
    assert (update.pricing.pricing_model, update.pricing.type) == ("PMP", "free_customer_service")


def test_played_status_with_pricing_and_conversation() -> None:
    update = only_status("status_played")
    assert update.timestamp == datetime(2025, 6, 8, 21, 10, 5, tzinfo=UTC)
    assert update.conversation is not None
    assert update.conversation.expiration == datetime(2025, 6, 9, 21, 11, 40, tzinfo=UTC)
    assert update.conversation.origin_type == "marketing"
    assert update.pricing is not None
    assert (update.pricing.billable, update.pricing.pricing_model, update.pricing.category, update.pricing.type) == (
        True,
        "CBP",
        "marketing",
        "regular",
    )


def test_failed_status_errors() -> None:
    (error,) = only_status("status_failed").errors
    assert (error.code, error.title, error.message) == (131026, "Message undeliverable", "Message undeliverable")
    assert error.details == "Message could not be delivered."
    assert error.href == "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"


def test_value_level_errors() -> None:
    batch = parse("value_errors")
    (item,) = batch.errors
    assert item.error.code == 130429 and item.error.title == "Rate limit hit"
    assert item.error.details == "Cloud API message throughput has been reached."
    assert item.phone_number_id == PHONE_NUMBER_ID and item.metadata.waba_id == WABA_ID
    assert not batch.messages and not batch.statuses


def test_template_status_update() -> None:
    batch = parse("template_status_update")
    (update,) = batch.template_updates
    assert (update.waba_id, update.event, update.template_id) == (WABA_ID, "APPROVED", "400000000000001")
    assert (update.name, update.language, update.reason) == ("order_update", "id", None)


def test_multi_entry_batch_keeps_every_item_with_its_origin() -> None:
    batch = parse("multi_entry_batch")
    assert [m.wamid for m in batch.messages] == ["wamid.TEST0031", "wamid.TEST0032", "wamid.TEST0033"]
    assert [m.from_wa_id for m in batch.messages] == [CUSTOMER, "16505551237", "16505551238"]
    assert [m.phone_number_id for m in batch.messages] == [PHONE_NUMBER_ID, PHONE_NUMBER_ID, "100000000000002"]
    assert [m.metadata.waba_id for m in batch.messages] == [WABA_ID, WABA_ID, "200000000000002"]
    assert [(s.wamid, s.status, s.phone_number_id) for s in batch.statuses] == [
        ("wamid.TESTOUT0031", "delivered", PHONE_NUMBER_ID),
        ("wamid.TESTOUT0032", "read", PHONE_NUMBER_ID),
        ("wamid.TESTOUT0033", "sent", "100000000000002"),
    ]
    assert [c.wa_id for c in batch.contacts] == [CUSTOMER, "16505551237", "16505551238"]
    assert [(e.error.code, e.phone_number_id) for e in batch.errors] == [(131000, "100000000000002")]
    assert [(t.event, t.reason, t.waba_id) for t in batch.template_updates] == [
        ("REJECTED", "INVALID_FORMAT", "200000000000002")
    ]
    assert batch.unhandled == ()
    assert [(a.field, a.event, a.waba_id) for a in batch.account_events] == [
        ("account_update", "TEST_EVENT", "200000000000002")
    ]
    reaction = batch.messages[2].content
    assert isinstance(reaction, ReactionContent) and reaction.removed  # emoji key absent


def test_parsed_items_are_frozen_and_hashable() -> None:
    message = only_message("message_contacts")
    with pytest.raises(AttributeError):
        message.wamid = "other"  # type: ignore[misc]
    assert hash(message) == hash(only_message("message_contacts"))
    assert message == only_message("message_contacts")
    assert "raw" not in repr(message)


# Unknown things are kept, not refused


def _first_message(document: dict[str, Any]) -> dict[str, Any]:
    return document["entry"][0]["changes"][0]["value"]["messages"][0]


def test_unknown_message_type_is_kept_as_unsupported_with_its_payload() -> None:
    document = doc("message_text")
    message = _first_message(document)
    message["type"] = "poll_vote"
    message["poll_vote"] = {"option": 2}
    (parsed,) = parse_webhook(encode(document)).messages
    assert isinstance(parsed.content, UnsupportedContent)
    assert parsed.content.declared_type == "poll_vote" and parsed.content.raw["poll_vote"] == {"option": 2}


def test_unknown_interactive_kind_is_kept() -> None:
    document = doc("message_interactive_button_reply")
    _first_message(document)["interactive"] = {"type": "call_permission_reply", "call_permission_reply": {"x": 1}}
    content = parse_webhook(encode(document)).messages[0].content
    assert isinstance(content, InteractiveContent) and content.kind == "call_permission_reply"
    assert content.raw["call_permission_reply"] == {"x": 1}


def test_unknown_status_value_is_kept_without_a_delivery_status() -> None:
    document = doc("status_read")
    document["entry"][0]["changes"][0]["value"]["statuses"][0]["status"] = "deleted"
    (update,) = parse_webhook(encode(document)).statuses
    assert update.status == "deleted" and update.message_status is None


def test_referral_as_a_message_type() -> None:
    document = doc("message_referral")
    _first_message(document)["type"] = "referral"
    message = parse_webhook(encode(document)).messages[0]
    assert isinstance(message.content, Referral) and message.content == message.referral


def test_empty_entry_list_is_an_empty_batch() -> None:
    assert parse_webhook(b'{"object":"whatsapp_business_account","entry":[]}').is_empty


def test_integer_timestamps_are_accepted() -> None:
    document = doc("message_text")
    _first_message(document)["timestamp"] = 1749416384
    assert parse_webhook(encode(document)).messages[0].timestamp == datetime(2025, 6, 8, 20, 59, 44, tzinfo=UTC)


def test_cloud_error_parser() -> None:
    error = parse_cloud_error(
        {"code": 131047, "title": "Re-engagement message", "error_data": {"details": "More than 24 hours"}}
    )
    assert error == CloudErrorInfo(131047, "Re-engagement message", details="More than 24 hours")
    for bad in ({}, {"code": "131047"}, {"code": True}, {"code": 1, "error_data": []}, [], None):
        with pytest.raises(WebhookPayloadError):
            parse_cloud_error(bad)


# Malformed payloads


_DELETE = object()


def _change(path: tuple[Any, ...], value: Any = _DELETE) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets (or, without a value, deletes) the item at ``path``."""

    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return mutate


VALUE = ("entry", 0, "changes", 0, "value")
MESSAGE = (*VALUE, "messages", 0)
STATUS = (*VALUE, "statuses", 0)

RAW_CASES: list[tuple[str, bytes]] = [
    ("empty body", b""),
    ("not JSON", b"hello"),
    ("truncated JSON", raw("message_text")[:-20]),
    ("not UTF-8", b'{"object": "\xff\xfe"}'),
    ("JSON list", b"[]"),
    ("JSON string", b'"whatsapp_business_account"'),
    ("JSON null", b"null"),
    ("NaN", b'{"object":"whatsapp_business_account","entry":[],"x":NaN}'),
    ("huge integer", b'{"object":"whatsapp_business_account","entry":[],"x":' + b"9" * 5000 + b"}"),
    ("deep nesting", b'{"object":"whatsapp_business_account","entry":' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    (
        "nesting just past the limit",
        b'{"object":"whatsapp_business_account","entry":[],"x":' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}",
    ),
]

# Not the envelope at all: the one case the receiver refuses (400).
ENVELOPE_CASES: list[tuple[str, str, Callable[[dict[str, Any]], None]]] = [
    ("wrong object", "message_text", _change(("object",), "page")),
    ("no entry", "message_text", _change(("entry",))),
    ("entry is an object", "message_text", _change(("entry",), {})),
]

# A part that cannot be read: noted (where, in schema names), and everything else in the body is kept.
PART_CASES: list[tuple[str, str, Callable[[dict[str, Any]], None], str]] = [
    ("entry item is a string", "message_text", _change(("entry", 0), "x"), "body.entry[0]"),
    ("no entry id", "message_text", _change(("entry", 0, "id")), "body.entry[0]"),
    ("no changes", "message_text", _change(("entry", 0, "changes")), "body.entry[0]"),
    ("no field", "message_text", _change(("entry", 0, "changes", 0, "field")), "body.entry[0].changes[0]"),
    ("field is a number", "message_text", _change(("entry", 0, "changes", 0, "field"), 7), "body.entry[0].changes[0]"),
    ("no value", "message_text", _change(VALUE), "body.entry[0].changes[0]"),
    ("value is a list", "message_text", _change(VALUE, []), "body.entry[0].changes[0]"),
    ("no metadata", "message_text", _change((*VALUE, "metadata")), "body.entry[0].changes[0].value"),
    (
        "no phone_number_id",
        "message_text",
        _change((*VALUE, "metadata", "phone_number_id")),
        "body.entry[0].changes[0].value.metadata",
    ),
    ("messages is an object", "message_text", _change((*VALUE, "messages"), {}), "body.entry[0].changes[0].value"),
    ("message is a list", "message_text", _change(MESSAGE, []), "body.entry[0].changes[0].value.messages[0]"),
    ("no message id", "message_text", _change((*MESSAGE, "id")), "body.entry[0].changes[0].value.messages[0]"),
    ("empty message id", "message_text", _change((*MESSAGE, "id"), ""), "body.entry[0].changes[0].value.messages[0]"),
    ("no timestamp", "message_text", _change((*MESSAGE, "timestamp")), "body.entry[0].changes[0].value.messages[0]"),
    (
        "timestamp not numeric",
        "message_text",
        _change((*MESSAGE, "timestamp"), "yesterday"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "timestamp negative",
        "message_text",
        _change((*MESSAGE, "timestamp"), "-5"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "timestamp float string",
        "message_text",
        _change((*MESSAGE, "timestamp"), "1749416384.5"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "timestamp beyond year 9999",
        "message_text",
        _change((*MESSAGE, "timestamp"), "999999999999"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "timestamp is a bool",
        "message_text",
        _change((*MESSAGE, "timestamp"), True),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "timestamp non-ASCII digits",
        "message_text",
        _change((*MESSAGE, "timestamp"), "١٧٤٩٤١٦٣٨٤"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    ("no type", "message_text", _change((*MESSAGE, "type")), "body.entry[0].changes[0].value.messages[0]"),
    (
        "from is a number",
        "message_text",
        _change((*MESSAGE, "from"), 16505551234),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "text body is a number",
        "message_text",
        _change((*MESSAGE, "text", "body"), 5),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "text is a string",
        "message_text",
        _change((*MESSAGE, "text"), "hello"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "context is a string",
        "message_reply_with_context",
        _change((*MESSAGE, "context"), "x"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "forwarded is a string",
        "message_reply_with_context",
        _change((*MESSAGE, "context", "forwarded"), "yes"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "media without id",
        "message_image",
        _change((*MESSAGE, "image", "id")),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "voice is a string",
        "message_audio_voice",
        _change((*MESSAGE, "audio", "voice"), "true"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "latitude is a string",
        "message_location",
        _change((*MESSAGE, "location", "latitude"), "1.5"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "latitude is a bool",
        "message_location",
        _change((*MESSAGE, "location", "latitude"), False),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "contacts is an object",
        "message_contacts",
        _change((*MESSAGE, "contacts"), {}),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "button_reply missing",
        "message_interactive_button_reply",
        _change((*MESSAGE, "interactive", "button_reply")),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "reaction without message_id",
        "message_reaction",
        _change((*MESSAGE, "reaction", "message_id")),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "order quantity a string",
        "message_order",
        _change((*MESSAGE, "order", "product_items", 0, "quantity"), "2"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "message errors not a list",
        "message_unsupported",
        _change((*MESSAGE, "errors"), {"code": 1}),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "error code a string",
        "message_unsupported",
        _change((*MESSAGE, "errors", 0, "code"), "131051"),
        "body.entry[0].changes[0].value.messages[0]",
    ),
    (
        "contact without any id",
        "message_text",
        _change((*VALUE, "contacts", 0), {"profile": {"name": "x"}}),
        "body.entry[0].changes[0].value.contacts[0]",
    ),
    ("no status id", "status_read", _change((*STATUS, "id")), "body.entry[0].changes[0].value.statuses[0]"),
    ("no status", "status_read", _change((*STATUS, "status")), "body.entry[0].changes[0].value.statuses[0]"),
    (
        "status timestamp not numeric",
        "status_read",
        _change((*STATUS, "timestamp"), "soon"),
        "body.entry[0].changes[0].value.statuses[0]",
    ),
    (
        "billable a string",
        "status_sent",
        _change((*STATUS, "pricing", "billable"), "true"),
        "body.entry[0].changes[0].value.statuses[0]",
    ),
    (
        "conversation a list",
        "status_sent",
        _change((*STATUS, "conversation"), []),
        "body.entry[0].changes[0].value.statuses[0]",
    ),
    (
        "expiration not numeric",
        "status_sent",
        _change((*STATUS, "conversation", "expiration_timestamp"), "x"),
        "body.entry[0].changes[0].value.statuses[0]",
    ),
    (
        "value error without code",
        "value_errors",
        _change((*VALUE, "errors", 0, "code")),
        "body.entry[0].changes[0].value.errors[0]",
    ),
    (
        "template id a bool",
        "template_status_update",
        _change((*VALUE, "message_template_id"), True),
        "body.entry[0].changes[0].value",
    ),
]


@pytest.mark.parametrize(("label", "body"), RAW_CASES, ids=[c[0] for c in RAW_CASES])
def test_malformed_bodies_raise_the_one_typed_error(label: str, body: bytes) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook(body)
    assert isinstance(caught.value, UserFacingError)


@pytest.mark.parametrize(("label", "fixture", "mutate"), ENVELOPE_CASES, ids=[c[0] for c in ENVELOPE_CASES])
def test_a_body_that_is_not_the_envelope_raises_the_one_typed_error(
    label: str, fixture: str, mutate: Callable[[dict[str, Any]], None]
) -> None:
    document = doc(fixture)
    parse_webhook(encode(document))  # the fixture itself is fine
    mutate(document)
    with pytest.raises(WebhookPayloadError):
        parse_webhook(encode(document))


@pytest.mark.parametrize(("label", "fixture", "mutate", "where"), PART_CASES, ids=[c[0] for c in PART_CASES])
def test_a_part_that_cannot_be_read_is_noted_and_the_rest_of_the_body_kept(
    label: str, fixture: str, mutate: Callable[[dict[str, Any]], None], where: str
) -> None:
    """Each part is read on its own: the broken one is noted where it is, and a good message sent in the same
    body (a second entry, as Meta batches them) is still there."""
    document = doc(fixture)
    good = doc("message_text")["entry"][0]
    document["entry"].append(good)
    mutate(document)
    batch = parse_webhook(encode(document))
    assert len(batch.not_understood) == 1, batch.not_understood
    assert batch.not_understood[0].where.startswith(where), batch.not_understood[0]
    assert _first_message(doc("message_text"))["id"] in [m.wamid for m in batch.messages]


def test_nesting_at_the_limit_is_accepted() -> None:
    depth = MAX_DEPTH - 1  # the root object is level 1
    body = b'{"object":"whatsapp_business_account","entry":[],"x":' + b"[" * depth + b"]" * depth + b"}"
    assert parse_webhook(body).is_empty


def test_error_message_names_the_place_but_never_the_content() -> None:
    document = doc("message_text")
    _first_message(document)["timestamp"] = "16505551234-Halo"
    (part,) = parse_webhook(encode(document)).not_understood
    document["object"] = "16505551234-Halo"
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook(encode(document))
    for text in (str(part), str(caught.value)):
        for secret in ("16505551234", "Halo", "apakah", "15555550100", PHONE_NUMBER_ID):
            assert secret not in text
    assert "entry[0].changes[0].value.messages[0].timestamp" in str(part)


# Property tests: nothing but WebhookPayloadError escapes

JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["1749416384", "", "text", "messages", "whatsapp_business_account", "-1", "wamid.X"])
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=30,
)
KEYS = st.sampled_from(
    ["object", "entry", "id", "changes", "field", "value", "metadata", "phone_number_id", "messages", "statuses",
     "errors", "contacts", "type", "timestamp", "from", "text", "body", "code", "status", "interactive", "context"]
)  # fmt: skip
SHAPED_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=40,
)


def parses_or_refuses(body: bytes) -> None:
    with contextlib.suppress(WebhookPayloadError):
        parse_webhook(body)


@given(st.binary(max_size=300))
def test_random_bytes(body: bytes) -> None:
    parses_or_refuses(body)


@given(JSON_VALUES)
def test_random_json_values(value: object) -> None:
    parses_or_refuses(encode(value))


@given(st.dictionaries(KEYS, SHAPED_VALUES, max_size=4), st.lists(SHAPED_VALUES, max_size=3))
def test_random_envelopes(extra: dict[str, Any], entries: list[Any]) -> None:
    document = {**extra, "object": "whatsapp_business_account", "entry": entries}
    parses_or_refuses(encode(document))


def _locations(value: Any, into: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key-or-index) pair inside ``value``."""
    if isinstance(value, dict):
        for key, child in value.items():
            into.append((value, key))
            _locations(child, into)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            into.append((value, index))
            _locations(child, into)
    return into


DEEP_SENTINEL = "DEEP-NESTING-GOES-HERE"


def _deep(depth: int) -> bytes:
    """Nested lists and objects, written as text: json.dumps itself would hit the recursion limit."""
    opening = "".join('{"value":' if level % 2 else "[" for level in range(depth))
    closing = "".join("}" if level % 2 else "]" for level in reversed(range(depth)))
    return f"{opening}1{closing}".encode()


MUTATIONS = ("delete", "replace", "wrap_in_list", "wrap_in_object", "stringify", "nest_deeply")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURE_NAMES), st.data())
def test_mutated_fixtures(name: str, data: st.DataObject) -> None:
    document = copy.deepcopy(doc(name))
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="mutations")):
        locations = _locations(document, [])
        if not locations:
            break
        container, key = data.draw(st.sampled_from(locations), label="where")
        mutation = data.draw(st.sampled_from(MUTATIONS), label="how")
        if mutation == "delete":
            del container[key]
        elif mutation == "replace":
            container[key] = data.draw(JSON_VALUES, label="value")
        elif mutation == "wrap_in_list":
            container[key] = [container[key]]
        elif mutation == "wrap_in_object":
            container[key] = {"value": container[key]}
        elif mutation == "stringify":
            container[key] = json.dumps(container[key])
        else:
            container[key] = DEEP_SENTINEL
    body = encode(document)
    if DEEP_SENTINEL in body.decode():
        depth = data.draw(st.integers(min_value=1, max_value=3000), label="depth")
        body = body.replace(json.dumps(DEEP_SENTINEL).encode(), _deep(depth))
    parses_or_refuses(body)
