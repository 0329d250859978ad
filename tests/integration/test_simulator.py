"""The Cloud API simulator over real HTTP on loopback: auth, paths, sending every message type, templates."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig
from tests.simulator_helpers import (
    CUSTOMER,
    PHONE_ID,
    TOKEN,
    WABA_ID,
    Stack,
    assert_graph_error,
    running,
)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(300)
PDF = b"%PDF-1.7\n" + bytes(300)
MP4 = bytes(4) + b"ftypisom" + bytes(300)
OGG = b"OggS" + bytes(300)


@pytest.fixture
async def s() -> AsyncIterator[Stack]:
    async with running() as stack:
        await stack.sim.customer_message(CUSTOMER, "Halo, masih buka?")  # opens the 24 h window
        yield stack


# Auth and paths.


async def test_missing_token_is_401_code_190(s: Stack) -> None:
    async with httpx.AsyncClient(base_url=s.sim.base_url, trust_env=False) as bare:
        response = await bare.get(f"/v25.0/{PHONE_ID}")
    error = assert_graph_error(response, 401, 190)
    assert error["type"] == "OAuthException"
    assert "WWW-Authenticate" in response.headers


async def test_wrong_token_and_wrong_scheme_are_190(s: Stack) -> None:
    for header in (f"Bearer not-{TOKEN}", f"Basic {TOKEN}", "Bearer"):
        response = await s.api.get(f"/{PHONE_ID}", headers={"Authorization": header})
        assert_graph_error(response, 401, 190)


async def test_expired_token_fault_is_190_subcode_463(s: Stack) -> None:
    s.sim.faults.expired_token = True
    response = await s.send_text()
    error = assert_graph_error(response, 401, 190)
    assert error["error_subcode"] == 463
    assert error["message"].startswith("Error validating access token: Session has expired")
    s.sim.faults.expired_token = False
    assert (await s.send_text()).status_code == 200


async def test_any_bearer_token_is_accepted_when_none_is_configured() -> None:
    sim = Simulator(SimulatorConfig(status_delays=(0.0, 0.0, 0.0)))
    async with sim, httpx.AsyncClient(base_url=sim.base_url, trust_env=False) as client:  # entered in order
        ok = await client.get(f"/v26.0/{PHONE_ID}", headers={"Authorization": "Bearer whatever"})
        empty = await client.get(f"/v26.0/{PHONE_ID}", headers={"Authorization": "Bearer"})
    assert ok.status_code == 200
    assert_graph_error(empty, 401, 190)


async def test_any_vnn_version_is_served_and_other_prefixes_are_not(s: Stack) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=s.sim.base_url, headers=headers, trust_env=False) as client:
        for version in ("v19.0", "v25.0", "v26.0"):
            assert (await client.get(f"/{version}/{PHONE_ID}")).status_code == 200
        for path in (f"/v25/{PHONE_ID}", f"/{PHONE_ID}", f"/v25.1/{PHONE_ID}", f"/v25.0/{PHONE_ID}/media/x"):
            assert_graph_error(await client.get(path), 400, 2500)


async def test_unknown_ids_get_graphs_unsupported_request_answer(s: Stack) -> None:
    error = assert_graph_error(await s.api.get("/123456789"), 400, 100)
    assert error["message"].startswith("Unsupported get request. Object with ID '123456789' does not exist")
    assert error["error_subcode"] == 33
    error = assert_graph_error(await s.api.post("/999/messages", json={}), 400, 100)
    assert error["message"].startswith("Unsupported post request.")
    assert_graph_error(await s.api.delete("/42"), 400, 100)
    assert_graph_error(await s.api.get(f"/{PHONE_ID}/nonsense"), 400, 100)


# Text.


async def test_text_send_answers_like_meta_and_is_recorded(s: Stack) -> None:
    body = {"to": "+62 812-3456-7890", "type": "text", "text": {"body": "Pesanan siap", "preview_url": False}}
    response = await s.send(body)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["messaging_product"] == "whatsapp"
    assert answer["contacts"] == [{"input": "+62 812-3456-7890", "wa_id": CUSTOMER}]
    (message,) = answer["messages"]
    assert message["id"].startswith("wamid.")
    assert "message_status" not in message  # templates only
    assert s.sim.sent_messages[-1] == {"messaging_product": "whatsapp", **body}


async def test_text_body_limit_is_4096_characters(s: Stack) -> None:
    assert (await s.send_text("x" * 4096)).status_code == 200
    response = await s.send_text("x" * 4097)
    assert_graph_error(response, 400, 100, detail="text['body']")
    assert len(s.sim.sent_messages) == 1


# Every message type.


def _good_bodies(media: dict[str, str], inbound: str) -> dict[str, dict[str, Any]]:
    return {
        "image by id": {"type": "image", "image": {"id": media["image"], "caption": "Menu hari ini"}},
        "image by link": {"type": "image", "image": {"link": "https://monggo.example/menu.jpg"}},
        "video": {"type": "video", "video": {"id": media["video"], "caption": "c" * 1024}},
        "voice note": {"type": "audio", "audio": {"id": media["audio"], "voice": True}},
        "document": {"type": "document", "document": {"id": media["document"], "filename": "nota.pdf"}},
        "sticker": {"type": "sticker", "sticker": {"id": media["sticker"]}},
        "reaction": {"type": "reaction", "reaction": {"message_id": inbound, "emoji": "😮"}},
        "reaction removed": {"type": "reaction", "reaction": {"message_id": inbound, "emoji": ""}},
        "location": {
            "type": "location",
            "location": {"latitude": -7.79, "longitude": 110.36, "name": "Warung", "address": "Jl. Malioboro 52"},
        },
        "contacts": {
            "type": "contacts",
            "contacts": [
                {"name": {"formatted_name": "Sari W", "first_name": "Sari"}, "phones": [{"phone": "+62 812"}]}
            ],
        },
        "reply buttons": {
            "type": "interactive",
            "interactive": {
                "type": "button",
                "header": {"type": "image", "image": {"id": media["image"]}},
                "body": {"text": "Jadi pesan?"},
                "footer": {"text": "f" * 60},
                "action": {
                    "buttons": [
                        {"type": "reply", "reply": {"id": "y" * 256, "title": "t" * 20}},
                        {"type": "reply", "reply": {"id": "no", "title": "Tidak"}},
                        {"type": "reply", "reply": {"id": "later", "title": "Nanti"}},
                    ]
                },
            },
        },
        "list": {
            "type": "interactive",
            "interactive": {
                "type": "list",
                "header": {"type": "text", "text": "Menu"},
                "body": {"text": "Pilih menu"},
                "action": {
                    "button": "b" * 20,
                    "sections": [
                        {"title": "s" * 24, "rows": [{"id": f"r{i}", "title": "t" * 24} for i in range(5)]},
                        {
                            "title": "Minum",
                            "rows": [{"id": f"d{i}", "title": "Teh", "description": "d" * 72} for i in range(5)],
                        },
                    ],
                },
            },
        },
        "reply in context": {"type": "text", "text": {"body": "Siap"}, "context": {"message_id": inbound}},
        "callback data": {"type": "text", "text": {"body": "cb"}, "biz_opaque_callback_data": "c" * 512},
        "hello_world": {"type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"}}},
        "order_update": {
            "type": "template",
            "template": {
                "name": "order_update",
                "language": {"code": "en_US"},
                "components": [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "text": "Sari"},
                            {
                                "type": "currency",
                                "currency": {"fallback_value": "Rp10.000", "code": "IDR", "amount_1000": 10000000},
                            },
                        ],
                    },
                    {
                        "type": "button",
                        "sub_type": "quick_reply",
                        "index": "0",
                        "parameters": [{"type": "payload", "payload": "STOP"}],
                    },
                ],
            },
        },
        "promo_diskon": {
            "type": "template",
            "template": {
                "name": "promo_diskon",
                "language": {"code": "id"},
                "components": [
                    {"type": "header", "parameters": [{"type": "image", "image": {"id": media["image"]}}]},
                    {"type": "body", "parameters": [{"type": "text", "text": "20%"}]},
                ],
            },
        },
        "named parameters": {
            "type": "template",
            "template": {
                "name": "appointment_reminder",
                "language": {"code": "en_US"},
                "components": [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "parameter_name": "date", "text": "Jumat 19.00"},
                            {"type": "text", "parameter_name": "customer_name", "text": "Sari"},
                        ],
                    }
                ],
            },
        },
    }


async def _media_ids(s: Stack) -> dict[str, str]:
    files = {"image": (PNG, "image/png"), "video": (MP4, "video/mp4"), "audio": (OGG, "audio/ogg")}
    files |= {"document": (PDF, "application/pdf"), "sticker": (WEBP, "image/webp")}
    ids = {}
    for kind, (data, mime) in files.items():
        response = await s.upload(data, mime)
        assert response.status_code == 200, response.text
        ids[kind] = response.json()["id"]
    return ids


async def test_every_message_type_is_accepted_with_the_right_shape(s: Stack) -> None:
    media = await _media_ids(s)
    inbound = await s.sim.customer_message(CUSTOMER, "Minta menu")
    bodies = _good_bodies(media, inbound)
    for name, body in bodies.items():
        response = await s.send({"recipient_type": "individual", "to": CUSTOMER, **body})
        assert response.status_code == 200, f"{name}: {response.text}"
        (message,) = response.json()["messages"]
        assert message["id"].startswith("wamid."), name
        is_template = body["type"] == "template"
        assert (message.get("message_status") == "accepted") is is_template, name
    assert len(s.sim.sent_messages) == len(bodies)
    assert len({m["type"] for m in s.sim.sent_messages}) == 11


def _bad(media: dict[str, str]) -> list[tuple[str, dict[str, Any], int, str]]:
    """(what, body, code, a piece of error_data.details)."""
    button = {"type": "reply", "reply": {"id": "a", "title": "A"}}

    def buttons(*items: dict[str, Any]) -> dict[str, Any]:
        action = {"buttons": list(items)}
        return {"type": "interactive", "interactive": {"type": "button", "body": {"text": "?"}, "action": action}}

    def listing(sections: list[dict[str, Any]], button_text: str = "Menu") -> dict[str, Any]:
        action = {"button": button_text, "sections": sections}
        return {"type": "interactive", "interactive": {"type": "list", "body": {"text": "?"}, "action": action}}

    rows = [{"id": "r", "title": "Row"}]

    def template(name: str, code: str, components: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"name": name, "language": {"code": code}}
        if components is not None:
            body["components"] = components
        return {"type": "template", "template": body}

    def body_params(*texts: str) -> list[dict[str, Any]]:
        return [{"type": "body", "parameters": [{"type": "text", "text": t} for t in texts]}]

    return [
        ("caption too long", {"type": "image", "image": {"id": media["image"], "caption": "c" * 1025}}, 100, "caption"),
        ("audio caption", {"type": "audio", "audio": {"id": media["audio"], "caption": "x"}}, 100, "audio['caption']"),
        ("sticker caption", {"type": "sticker", "sticker": {"id": media["sticker"], "caption": "x"}}, 100, "caption"),
        ("unknown media id", {"type": "image", "image": {"id": "1234567890123456"}}, 131009, "image['id']"),
        ("pdf as image", {"type": "image", "image": {"id": media["document"]}}, 131009, "application/pdf"),
        ("id and link", {"type": "image", "image": {"id": media["image"], "link": "https://x.y/a.jpg"}}, 100, "link"),
        ("no id or link", {"type": "video", "video": {"caption": "x"}}, 100, "video['id']"),
        ("ftp link", {"type": "document", "document": {"link": "ftp://x.y/a.pdf"}}, 100, "document['link']"),
        ("four buttons", buttons(button, button, button, button), 100, "['buttons']"),
        ("no buttons", buttons(), 100, "['buttons']"),
        ("title 21", buttons({"type": "reply", "reply": {"id": "a", "title": "t" * 21}}), 100, "['title']"),
        ("id 257", buttons({"type": "reply", "reply": {"id": "i" * 257, "title": "A"}}), 100, "['id']"),
        ("same titles", buttons(button, {"type": "reply", "reply": {"id": "b", "title": "A"}}), 131009, "unique"),
        ("11 sections", listing([{"title": f"s{i}", "rows": rows} for i in range(11)]), 100, "['sections']"),
        (
            "11 rows",
            listing(
                [
                    {"title": "a", "rows": [{"id": f"a{i}", "title": "A"} for i in range(6)]},
                    {"title": "b", "rows": [{"id": f"b{i}", "title": "B"} for i in range(5)]},
                ]
            ),
            131009,
            "10",
        ),
        ("row title 25", listing([{"rows": [{"id": "r", "title": "t" * 25}]}]), 100, "['title']"),
        ("row id 201", listing([{"rows": [{"id": "i" * 201, "title": "t"}]}]), 100, "['id']"),
        (
            "row description 73",
            listing([{"rows": [{"id": "r", "title": "t", "description": "d" * 73}]}]),
            100,
            "description",
        ),
        (
            "section title 25",
            listing([{"title": "s" * 25, "rows": rows}, {"title": "b", "rows": [{"id": "x", "title": "X"}]}]),
            100,
            "['title']",
        ),
        ("list button 21", listing([{"rows": rows}], "b" * 21), 100, "['button']"),
        (
            "image header on a list",
            {
                "type": "interactive",
                "interactive": {
                    "type": "list",
                    "header": {"type": "image", "image": {"id": media["image"]}},
                    "body": {"text": "?"},
                    "action": {"button": "Menu", "sections": [{"rows": rows}]},
                },
            },
            100,
            "header",
        ),
        (
            "interactive body 1025",
            {
                "type": "interactive",
                "interactive": {"type": "button", "body": {"text": "b" * 1025}, "action": {"buttons": [button]}},
            },
            100,
            "['body']['text']",
        ),
        ("reaction without message", {"type": "reaction", "reaction": {"emoji": "👍"}}, 100, "message_id"),
        (
            "reaction with a word",
            {"type": "reaction", "reaction": {"message_id": "wamid.X", "emoji": "like"}},
            131009,
            "emoji",
        ),
        ("latitude 91", {"type": "location", "location": {"latitude": 91, "longitude": 0}}, 131009, "latitude"),
        (
            "contact without name",
            {"type": "contacts", "contacts": [{"name": {"first_name": "S"}}]},
            100,
            "formatted_name",
        ),
        (
            "callback data 513",
            {"type": "text", "text": {"body": "x"}, "biz_opaque_callback_data": "c" * 513},
            100,
            "biz_opaque_callback_data",
        ),
        ("unknown type", {"type": "poll", "poll": {}}, 100, "type"),
        ("missing payload", {"type": "text"}, 100, "text"),
        (
            "local id as context",
            {"type": "text", "text": {"body": "x"}, "context": {"message_id": "42"}},
            100,
            "context",
        ),
        ("group recipient", {"type": "text", "text": {"body": "x"}, "recipient_type": "group"}, 100, "recipient_type"),
        ("unknown template", template("no_such_template", "en_US"), 132001, "no_such_template"),
        ("wrong language", template("hello_world", "id"), 132001, "hello_world"),
        ("rejected template", template("winter_sale", "en_US"), 132001, "winter_sale"),
        ("too few parameters", template("order_update", "en_US", body_params("Sari")), 132000, "body"),
        ("too many parameters", template("hello_world", "en_US", body_params("x")), 132000, "body"),
        ("missing header image", template("promo_diskon", "id", body_params("20%")), 132012, "IMAGE"),
        ("empty parameter", template("order_update", "en_US", body_params("Sari", " ")), 131008, "parameter 2"),
        ("newline in parameter", template("order_update", "en_US", body_params("Sari", "a\nb")), 132018, "new-line"),
        (
            "unknown parameter name",
            template(
                "appointment_reminder",
                "en_US",
                [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "parameter_name": "customer_name", "text": "Sari"},
                            {"type": "text", "parameter_name": "time", "text": "19.00"},
                        ],
                    }
                ],
            ),
            132000,
            "time",
        ),
        (
            "button index out of range",
            template(
                "order_update",
                "en_US",
                [*body_params("a", "b"), {"type": "button", "sub_type": "quick_reply", "index": "3"}],
            ),
            131009,
            "index 3",
        ),
    ]


async def test_bad_messages_are_rejected_with_meta_codes_and_details(s: Stack) -> None:
    media = await _media_ids(s)
    cases = _bad(media)
    for what, body, code, detail in cases:
        response = await s.send({"to": CUSTOMER, **body})
        try:
            assert_graph_error(response, 400, code, detail=detail)
        except AssertionError as exc:
            raise AssertionError(f"{what}: {response.text}") from exc
    assert s.sim.sent_messages == []


async def test_envelope_mistakes_are_rejected(s: Stack) -> None:
    text = {"type": "text", "text": {"body": "x"}}
    missing_product = await s.api.post(f"/{PHONE_ID}/messages", json={"to": CUSTOMER, **text})
    assert_graph_error(missing_product, 400, 100, detail="messaging_product")
    wrong_product = await s.api.post(f"/{PHONE_ID}/messages", json={"messaging_product": "sms", "to": CUSTOMER, **text})
    assert_graph_error(wrong_product, 400, 100, detail="messaging_product")
    assert_graph_error(await s.send(text), 400, 100, detail="to")
    assert_graph_error(await s.send({"to": "abc", **text}), 400, 131009, detail="to")
    not_json = await s.api.post(f"/{PHONE_ID}/messages", content=b"{nope", headers={"Content-Type": "application/json"})
    assert_graph_error(not_json, 400, 100)


async def test_mark_as_read_and_typing_indicator_answer_success_for_a_received_message(s: Stack) -> None:
    inbound = await s.sim.customer_message(CUSTOMER, "Sudah sampai?")
    read = await s.send({"status": "read", "message_id": inbound})
    assert read.status_code == 200 and read.json() == {"success": True}
    typing = await s.send({"status": "read", "message_id": inbound, "typing_indicator": {"type": "text"}})
    assert typing.json() == {"success": True}
    assert [r.get("typing_indicator") for r in s.sim.read_receipts] == [None, {"type": "text"}]
    assert s.sim.sent_messages == []  # a read receipt is not a message
    # Meta answers an invalid message id with 131009: one nobody sent, or one the business sent itself.
    assert_graph_error(await s.send({"status": "read", "message_id": "wamid.HBgNunknown"}), 400, 131009, "message_id")
    ours = (await s.send_text()).json()["messages"][0]["id"]
    assert_graph_error(await s.send({"status": "read", "message_id": ours}), 400, 131009, "message_id")
    assert len(s.sim.read_receipts) == 2  # the refused ones are not recorded
    assert_graph_error(await s.send({"status": "read", "message_id": "17"}), 400, 100, "message_id")
    assert_graph_error(await s.send({"status": "seen", "message_id": inbound}), 400, 100, "status")
    bad_typing = await s.send({"status": "read", "message_id": inbound, "typing_indicator": {"type": "audio"}})
    assert_graph_error(bad_typing, 400, 100, "typing_indicator")


# Templates.


async def test_template_pages_follow_next_to_the_end(s: Stack) -> None:
    pages: list[dict[str, Any]] = []
    response = await s.api.get(f"/{WABA_ID}/message_templates", params={"fields": "name,status,language", "limit": 2})
    while True:
        assert response.status_code == 200, response.text
        page = response.json()
        pages.append(page)
        assert set(page["paging"]["cursors"]) == {"before", "after"}
        next_url = page["paging"].get("next")
        if next_url is None:
            break
        assert next_url.startswith(s.sim.base_url)  # a full URL, to be followed as it is
        response = await s.api.get(next_url)
    templates = [t for page in pages for t in page["data"]]
    assert len(pages) == 3 and [len(p["data"]) for p in pages] == [2, 2, 2]
    assert all(set(t) == {"name", "status", "language", "id"} for t in templates)
    assert len({t["id"] for t in templates}) == 6
    names = {(t["name"], t["language"], t["status"]) for t in templates}
    assert ("order_update", "en_US", "APPROVED") in names
    assert ("order_update", "id", "APPROVED") in names
    assert ("winter_sale", "en_US", "REJECTED") in names
    assert "previous" in pages[1]["paging"] and "previous" not in pages[0]["paging"]


async def test_template_filters_fields_and_total_count(s: Stack) -> None:
    response = await s.api.get(
        f"/{WABA_ID}/message_templates", params={"status": "APPROVED", "summary": "total_count", "limit": 100}
    )
    answer = response.json()
    assert answer["summary"] == {"total_count": 5}
    assert "next" not in answer["paging"]
    assert all(t["status"] == "APPROVED" for t in answer["data"])
    promo = next(t for t in answer["data"] if t["name"] == "promo_diskon")
    assert promo["components"][0] == {
        "type": "HEADER",
        "format": "IMAGE",
        "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARYpromo"]},
    }
    named = next(t for t in answer["data"] if t["name"] == "appointment_reminder")
    assert named["parameter_format"] == "NAMED"
    unknown = await s.api.get(f"/{WABA_ID}/message_templates", params={"fields": "name,secret_sauce"})
    assert_graph_error(unknown, 400, 100)
    bad_cursor = await s.api.get(f"/{WABA_ID}/message_templates", params={"after": "not-a-cursor"})
    assert_graph_error(bad_cursor, 400, 100)


async def test_templates_live_on_the_waba_not_the_phone_number(s: Stack) -> None:
    assert_graph_error(await s.api.get(f"/{PHONE_ID}/message_templates"), 400, 100)


@pytest.mark.parametrize(
    "make",
    [
        lambda: SimulatorConfig(host="0.0.0.0"),  # noqa: S104 (refusing it is the point)
        lambda: SimulatorConfig(host="192.168.1.10"),
        lambda: SimulatorConfig(host="example.com"),
        lambda: SimulatorConfig(webhook_url="http://example.com/webhook"),
        lambda: SimulatorConfig(webhook_url="http://10.0.0.2:8080/webhook"),
        lambda: SimulatorConfig(webhook_url="file:///tmp/x"),
    ],
)
def test_anything_off_this_machine_is_refused(make: Callable[[], SimulatorConfig]) -> None:
    with pytest.raises(ValueError, match=r"loopback|http"):
        Simulator(make())


async def test_loopback_hosts_are_accepted() -> None:
    for host in ("127.0.0.1", "localhost"):
        async with Simulator(SimulatorConfig(host=host)) as sim:
            assert sim.base_url.startswith("http://127.0.0.1:")
