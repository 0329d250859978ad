"""The simulator's media, resumable upload, business profile and phone number paths, over real HTTP."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.simulator_helpers import (
    APP_ID,
    PHONE_ID,
    TOKEN,
    WABA_ID,
    FakeClock,
    Stack,
    assert_graph_error,
    running,
)

MB = 1024 * 1024
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
STATIC_WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(200)


def animated_webp(size: int) -> bytes:
    # An extended WebP whose VP8X flags byte (offset 20) has the animation bit set.
    header = b"RIFF\x00\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x02" + bytes(9)
    return header + bytes(size - len(header))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def s(clock: FakeClock) -> AsyncIterator[Stack]:
    async with running(clock) as stack:
        yield stack


# Media.


async def test_media_upload_url_download_and_delete(s: Stack) -> None:
    uploaded = await s.upload(JPEG, "image/jpeg", "menu.jpg")
    assert uploaded.status_code == 200, uploaded.text
    media_id = uploaded.json()["id"]
    assert set(uploaded.json()) == {"id"} and media_id.isdigit()

    info = (await s.api.get(f"/{media_id}", params={"phone_number_id": PHONE_ID})).json()
    assert info == {
        "messaging_product": "whatsapp",
        "url": info["url"],
        "mime_type": "image/jpeg",
        "sha256": hashlib.sha256(JPEG).hexdigest(),
        "file_size": len(JPEG),
        "id": media_id,
    }
    url = urlsplit(info["url"])
    assert info["url"].startswith(s.sim.base_url + "/lookaside/whatsapp_business/attachments/?")
    assert set(parse_qs(url.query)) == {"mid", "ext", "hash"}

    downloaded = await s.api.get(info["url"])  # a full URL: the client's Bearer header goes along
    assert downloaded.status_code == 200
    assert downloaded.content == JPEG
    assert downloaded.headers["Content-Type"] == "image/jpeg"
    async with httpx.AsyncClient(trust_env=False) as bare:
        assert_graph_error(await bare.get(info["url"]), 401, 190)
    other_number = await s.api.get(f"/{media_id}", params={"phone_number_id": "109999999999999"})
    assert_graph_error(other_number, 400, 100, detail="does not belong")
    tampered = info["url"].replace("hash=", "hash=x")
    assert (await s.api.get(tampered)).status_code == 404

    deleted = await s.api.delete(f"/{media_id}")
    assert deleted.json() == {"success": True}
    assert_graph_error(await s.api.get(f"/{media_id}"), 400, 100)
    assert (await s.api.get(info["url"])).status_code == 404


async def test_media_urls_expire_after_five_minutes(s: Stack, clock: FakeClock) -> None:
    media_id = (await s.upload(JPEG, "image/jpeg")).json()["id"]
    url = (await s.api.get(f"/{media_id}")).json()["url"]
    clock.advance(299)
    assert (await s.api.get(url)).status_code == 200
    clock.advance(2)
    expired = await s.api.get(url)
    assert expired.status_code == 403 and "expired" in expired.text
    fresh = (await s.api.get(f"/{media_id}")).json()["url"]
    assert (await s.api.get(fresh)).content == JPEG


async def test_uploaded_media_lives_30_days_and_inbound_media_7(s: Stack, clock: FakeClock) -> None:
    uploaded = (await s.upload(JPEG, "image/jpeg")).json()["id"]
    inbound = s.sim.add_inbound_media(JPEG, "image/jpeg")
    clock.advance(7 * 86400 + 1)
    assert (await s.api.get(f"/{uploaded}")).status_code == 200
    assert_graph_error(await s.api.get(f"/{inbound}"), 400, 100)
    clock.advance(23 * 86400)
    assert_graph_error(await s.api.get(f"/{uploaded}"), 400, 100)


@pytest.mark.parametrize(
    ("data", "mime", "code"),
    [
        (b"GIF89a" + bytes(10), "image/gif", 100),
        (b"MZ" + bytes(10), "application/x-msdownload", 100),
        (bytes(5 * MB + 1), "image/jpeg", 131053),
        (bytes(16 * MB + 1), "video/mp4", 131053),
        (bytes(16 * MB + 1), "audio/mpeg", 131053),
        (STATIC_WEBP + bytes(100 * 1024), "image/webp", 131053),
        (animated_webp(500 * 1024 + 1), "image/webp", 131053),
        (b"", "image/png", 131053),
    ],
)
async def test_wrong_media_type_or_size_is_refused(s: Stack, data: bytes, mime: str, code: int) -> None:
    response = await s.upload(data, mime)
    error = assert_graph_error(response, 400, code)
    assert error["error_data"]["details"]
    assert s.sim.control_state()["media"] == {}


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (bytes(5 * MB), "image/jpeg"),
        (animated_webp(400 * 1024), "image/webp"),
        (b"OggS" + bytes(100), "audio/ogg; codecs=opus"),
        (b"hello", "text/plain"),
    ],
)
async def test_media_at_the_limits_is_accepted(s: Stack, data: bytes, mime: str) -> None:
    response = await s.upload(data, mime)
    assert response.status_code == 200, response.text


async def test_media_upload_needs_its_form_fields(s: Stack) -> None:
    no_product = await s.api.post(
        f"/{PHONE_ID}/media", files={"file": ("a.jpg", JPEG, "image/jpeg")}, data={"type": "image/jpeg"}
    )
    assert_graph_error(no_product, 400, 100, detail="messaging_product")
    no_type = await s.api.post(
        f"/{PHONE_ID}/media", files={"file": ("a.jpg", JPEG, "image/jpeg")}, data={"messaging_product": "whatsapp"}
    )
    assert_graph_error(no_type, 400, 100, detail="type")
    no_file = await s.api.post(f"/{PHONE_ID}/media", json={"messaging_product": "whatsapp", "type": "image/jpeg"})
    assert_graph_error(no_file, 400, 100, detail="file")


# Resumable upload and the profile picture.


async def test_resumable_upload_resumes_and_its_handle_sets_the_profile_picture(s: Stack) -> None:
    started = await s.api.post(
        f"/{APP_ID}/uploads", params={"file_name": "logo.jpg", "file_length": len(JPEG), "file_type": "image/jpeg"}
    )
    assert started.status_code == 200, started.text
    session = started.json()["id"]
    assert session.startswith("upload:")
    oauth = {"Authorization": f"OAuth {TOKEN}"}
    half = len(JPEG) // 2

    first = await s.api.post(f"/{session}", content=JPEG[:half], headers={**oauth, "file_offset": "0"})
    assert first.status_code == 200 and "h" not in first.json()
    status = await s.api.get(f"/{session}", headers=oauth)
    assert status.json() == {"id": session, "file_offset": half}
    wrong = await s.api.post(f"/{session}", content=JPEG[half:], headers={**oauth, "file_offset": "0"})
    assert_graph_error(wrong, 400, 100, detail="file_offset")

    rest = await s.api.post(f"/{session}", content=JPEG[half:], headers={"file_offset": str(half)})  # Bearer works too
    handle = rest.json()["h"]
    assert handle

    updated = await s.api.post(
        f"/{PHONE_ID}/whatsapp_business_profile",
        json={"messaging_product": "whatsapp", "profile_picture_handle": handle},
    )
    assert updated.json() == {"success": True}
    profile = (
        await s.api.get(f"/{PHONE_ID}/whatsapp_business_profile", params={"fields": "profile_picture_url"})
    ).json()
    picture_url = profile["data"][0]["profile_picture_url"]
    async with httpx.AsyncClient(trust_env=False) as public:
        picture = await public.get(picture_url)
    assert picture.content == JPEG


@pytest.mark.parametrize(
    "params",
    [
        {"file_name": "a.gif", "file_length": 10, "file_type": "image/gif"},
        {"file_name": "a.jpg", "file_length": 0, "file_type": "image/jpeg"},
        {"file_name": "a.jpg", "file_type": "image/jpeg"},
        {"file_name": "a.jpg", "file_length": 10},
    ],
)
async def test_resumable_upload_refuses_bad_sessions(s: Stack, params: dict[str, Any]) -> None:
    assert_graph_error(await s.api.post(f"/{APP_ID}/uploads", params=params), 400, 100)


async def test_resumable_upload_refuses_more_bytes_than_announced_and_unknown_sessions(s: Stack) -> None:
    session = (
        await s.api.post(f"/{APP_ID}/uploads", params={"file_length": 4, "file_type": "application/pdf"})
    ).json()["id"]
    too_long = await s.api.post(f"/{session}", content=b"%PDF-1.7", headers={"file_offset": "0"})
    assert_graph_error(too_long, 400, 100)
    assert_graph_error(await s.api.get("/upload:nonexistent"), 400, 100)
    assert_graph_error(await s.api.post(f"/{PHONE_ID}/uploads", params={"file_length": 4}), 400, 100)


# Business profile.


async def test_profile_get_fields_and_update(s: Stack) -> None:
    path = f"/{PHONE_ID}/whatsapp_business_profile"
    some = (await s.api.get(path, params={"fields": "about,vertical"})).json()
    assert set(some["data"][0]) == {"about", "vertical", "messaging_product"}
    change = {
        "about": "a" * 139,
        "address": "d" * 256,
        "description": "d" * 512,
        "email": "x" * 116 + "@example.com",
        "websites": ["https://a.example/" + "p" * 238, "http://b.example"],
        "vertical": "GROCERY",
    }
    assert (await s.api.post(path, json={"messaging_product": "whatsapp", **change})).json() == {"success": True}
    everything = (await s.api.get(path, params={"fields": ",".join(change)})).json()["data"][0]
    assert everything == {**change, "messaging_product": "whatsapp"}
    assert_graph_error(await s.api.get(path, params={"fields": "about,shoe_size"}), 400, 100)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"about": ""}, "about"),
        ({"about": "a" * 140}, "about"),
        ({"address": "a" * 257}, "address"),
        ({"description": "d" * 513}, "description"),
        ({"email": "x" * 117 + "@example.com"}, "email"),
        ({"email": "not-an-email"}, "email"),
        ({"websites": ["https://a.example", "https://b.example", "https://c.example"]}, "websites"),
        ({"websites": ["https://a.example/" + "p" * 239]}, "websites"),
        ({"websites": ["ftp://a.example"]}, "websites"),
        ({"websites": "https://a.example"}, "websites"),
        ({"vertical": "SPACESHIP"}, "vertical"),
        ({"vertical": ""}, "vertical"),
        ({"profile_picture_handle": "4::made-up"}, "profile_picture_handle"),
        ({"profile_picture_url": "https://x.example/a.jpg"}, "profile_picture_url"),
        ({"about": "ok", "email": "broken"}, "email"),
    ],
)
async def test_profile_validation_refuses_and_changes_nothing(s: Stack, change: dict[str, Any], detail: str) -> None:
    path = f"/{PHONE_ID}/whatsapp_business_profile"
    before = (await s.api.get(path)).json()
    response = await s.api.post(path, json={"messaging_product": "whatsapp", **change})
    assert_graph_error(response, 400, response.json()["error"]["code"], detail=detail)
    assert response.json()["error"]["code"] in (100, 131009)
    assert (await s.api.get(path)).json() == before


async def test_profile_update_needs_messaging_product(s: Stack) -> None:
    response = await s.api.post(f"/{PHONE_ID}/whatsapp_business_profile", json={"about": "Hi"})
    assert_graph_error(response, 400, 100, detail="messaging_product")


# Phone number and WABA.


async def test_phone_number_info(s: Stack) -> None:
    fields = (
        "verified_name,display_phone_number,quality_rating,code_verification_status,platform_type,throughput,"
        "name_status,whatsapp_business_manager_messaging_limit,messaging_limit_tier,status"
    )
    info = (await s.api.get(f"/{PHONE_ID}", params={"fields": fields})).json()
    assert info == {
        "verified_name": "Monggo Demo",
        "display_phone_number": "+1 555-078-3881",
        "quality_rating": "GREEN",
        "code_verification_status": "VERIFIED",
        "platform_type": "CLOUD_API",
        "throughput": {"level": "STANDARD"},
        "name_status": "APPROVED",
        "whatsapp_business_manager_messaging_limit": "TIER_250",
        "messaging_limit_tier": "TIER_250",
        "status": "CONNECTED",
        "id": PHONE_ID,
    }
    default = (await s.api.get(f"/{PHONE_ID}")).json()
    assert {"verified_name", "display_phone_number", "quality_rating", "platform_type", "id"} <= set(default)
    assert_graph_error(await s.api.get(f"/{PHONE_ID}", params={"fields": "verified_name,pin"}), 400, 100)
    numbers = (await s.api.get(f"/{WABA_ID}/phone_numbers")).json()
    assert [n["id"] for n in numbers["data"]] == [PHONE_ID]
