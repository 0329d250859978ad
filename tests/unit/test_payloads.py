"""Request bodies follow the documented shapes, and every documented limit is checked, naming the field."""

import pytest

from monggo_desktop.cloud import limits, payloads
from monggo_desktop.cloud.errors import RequestValidationError
from monggo_desktop.cloud.payloads import ListRow, ListSection, TemplateButton, TemplateParameter


def field_of(call):
    with pytest.raises(RequestValidationError) as info:
        call()
    return info.value.field


def test_text_envelope_with_reply_and_callback_data():
    body = payloads.envelope(
        "+16505551234",
        "text",
        payloads.text("Hi https://x.y", preview_url=True),
        reply_to="wamid.A",
        callback_data="42",
    )
    assert body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "16505551234",
        "type": "text",
        "text": {"body": "Hi https://x.y", "preview_url": True},
        "context": {"message_id": "wamid.A"},
        "biz_opaque_callback_data": "42",
    }


def test_text_limits():
    assert payloads.text("x" * 4096)["body"] == "x" * 4096
    assert field_of(lambda: payloads.text("x" * 4097)) == "text"
    assert field_of(lambda: payloads.text("")) == "text"
    assert field_of(lambda: payloads.envelope("1", "text", {}, reply_to=None, callback_data="x" * 513)) == (
        "biz_opaque_callback_data"
    )
    assert field_of(lambda: payloads.recipient("+62 abc")) == "to"


def test_media_rules():
    assert payloads.media("document", "1013", caption="Invoice", filename="inv.pdf", voice=False) == {
        "id": "1013",
        "caption": "Invoice",
        "filename": "inv.pdf",
    }
    assert payloads.media("audio", "7", caption=None, filename=None, voice=True) == {"id": "7", "voice": True}
    assert field_of(lambda: payloads.media("audio", "7", caption="no", filename=None, voice=False)) == "caption"
    assert field_of(lambda: payloads.media("image", "7", caption="c" * 1025, filename=None, voice=False)) == "caption"
    assert field_of(lambda: payloads.media("image", "7", caption=None, filename="a.jpg", voice=False)) == "filename"


def test_template_components_with_named_parameters_and_buttons():
    content = payloads.template(
        "order_update",
        "en_US",
        header=[TemplateParameter("image", "555")],
        body=[
            TemplateParameter("text", "John", name="customer"),
            TemplateParameter("currency", {"fallback_value": "$10", "code": "USD", "amount_1000": 10000}),
        ],
        buttons=[TemplateButton("quick_reply", 0, (TemplateParameter("payload", "STOP"),))],
    )
    assert content["language"] == {"code": "en_US"}
    header, body, button = content["components"]
    assert header == {"type": "header", "parameters": [{"type": "image", "image": {"id": "555"}}]}
    assert body["parameters"][0] == {"type": "text", "text": "John", "parameter_name": "customer"}
    assert body["parameters"][1]["currency"]["amount_1000"] == 10000
    assert button == {
        "type": "button",
        "sub_type": "quick_reply",
        "index": "0",
        "parameters": [{"type": "payload", "payload": "STOP"}],
    }


def test_reply_buttons_limits():
    ok = payloads.reply_buttons("Pilih", [("yes", "Ya"), ("no", "Tidak")], header="Konfirmasi", footer="Batik Monggo")
    assert ok["action"]["buttons"][1] == {"type": "reply", "reply": {"id": "no", "title": "Tidak"}}
    assert field_of(lambda: payloads.reply_buttons("b", [])) == "buttons"
    assert field_of(lambda: payloads.reply_buttons("b", [("1", "a"), ("2", "b"), ("3", "c"), ("4", "d")])) == "buttons"
    assert field_of(lambda: payloads.reply_buttons("b", [("1", "x" * 21)])) == "button 1 title"
    assert field_of(lambda: payloads.reply_buttons("b", [("i" * 257, "ok")])) == "button 1 id"
    assert field_of(lambda: payloads.reply_buttons("b", [("1", "ok")], header="h" * 61)) == "header"


def test_list_limits():
    rows = tuple(ListRow(f"r{i}", f"Row {i}") for i in range(10))
    assert (
        len(payloads.list_message("Body", "Lihat", [ListSection("Menu", rows)])["action"]["sections"][0]["rows"]) == 10
    )
    too_many = (ListSection("A", rows), ListSection("B", (ListRow("r99", "x"),)))
    assert field_of(lambda: payloads.list_message("b", "Lihat", too_many)) == "rows"
    assert field_of(lambda: payloads.list_message("b", "x" * 21, [ListSection("A", rows[:1])])) == "list button"
    assert field_of(lambda: payloads.list_message("b", "ok", [ListSection("A", (ListRow("1", "t" * 25),))])) == (
        "row title"
    )
    sections = [ListSection(f"S{i}", (ListRow(f"{i}", "t"),)) for i in range(11)]
    assert field_of(lambda: payloads.list_message("b", "ok", sections)) == "sections"


def test_location_contacts_and_reactions():
    assert payloads.location(-7.79, 110.36, name="Toko", address="Malioboro")["address"] == "Malioboro"
    assert field_of(lambda: payloads.location(91, 0, name=None, address=None)) == "location"
    assert field_of(lambda: payloads.contacts([{"name": {}}])) == "contact 1"
    assert payloads.reaction("wamid.X", "") == {"message_id": "wamid.X", "emoji": ""}


def test_media_types_and_sizes():
    assert limits.media_kind_for("image/jpeg") == "image"
    assert limits.media_kind_for("application/pdf") == "document"
    assert field_of(lambda: limits.media_kind_for("image/gif")) == "file"
    limits.check_media("image", "image/png", 5 * limits.MB)
    assert field_of(lambda: limits.check_media("image", "image/png", 5 * limits.MB + 1)) == "file"
    assert field_of(lambda: limits.check_media("video", "video/mp4", 0)) == "file"


def test_profile_field_limits():
    limits.check_profile_fields(
        {
            "about": "Batik tulis",
            "websites": ["https://a.example", "http://b.example"],
            "vertical": "APPAREL",
            "email": "toko@example.com",
        }
    )
    for fields, name in [
        ({"about": ""}, "about"),
        ({"about": "a" * 140}, "about"),
        ({"address": "a" * 257}, "address"),
        ({"description": "d" * 513}, "description"),
        ({"email": "not-an-email"}, "email"),
        ({"websites": ["a", "b", "c"]}, "websites"),
        ({"websites": ["ftp://x"]}, "website 1"),
        ({"vertical": "SHOES"}, "vertical"),
    ]:
        assert field_of(lambda f=fields: limits.check_profile_fields(f)) == name
