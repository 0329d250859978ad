"""Token discovery on the simulator over real HTTP: debug_token, token profiles, several WABAs and numbers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from monggo_desktop.cloud.simulator import ExtraPhoneNumber, Simulator, SimulatorConfig, TokenProfile
from tests.simulator_helpers import (
    APP_ID,
    CONFIG,
    PHONE_ID,
    TOKEN,
    VERSION,
    WABA_ID,
    FakeClock,
    assert_graph_error,
    running,
)

MANAGEMENT = "whatsapp_business_management"
MESSAGING = "whatsapp_business_messaging"
SECOND_WABA = "110000000000001"
SHOP_1 = ExtraPhoneNumber(id="120000000000001", display_phone_number="6281100000001", verified_name="Monggo Toko 1")
SHOP_2 = ExtraPhoneNumber(
    id="120000000000002",
    display_phone_number="6281100000002",
    quality_rating="YELLOW",
    code_verification_status="NOT_VERIFIED",
)
SHOP_3 = ExtraPhoneNumber(id="120000000000003", display_phone_number="6281100000003")
BRANCH = ExtraPhoneNumber(id="130000000000001", display_phone_number="6282200000001", waba_id=SECOND_WABA)
SEVERAL = {"extra_wabas": (SECOND_WABA,), "extra_phone_numbers": (SHOP_1, SHOP_2, SHOP_3, BRANCH)}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def debug(api: httpx.AsyncClient, token: str, as_: str = TOKEN) -> dict[str, Any]:
    response = await api.get("/debug_token", params={"input_token": token}, headers=bearer(as_))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert list(body) == ["data"]
    data: dict[str, Any] = body["data"]
    return data


# debug_token, one profile at a time.


async def test_the_configured_token_is_a_permanent_system_user_token() -> None:
    async with running() as s:
        data = await debug(s.api, TOKEN)
    assert isinstance(data.pop("issued_at"), int)
    user_id = data.pop("user_id")
    assert isinstance(user_id, str) and user_id.isdigit()
    assert data == {
        "app_id": APP_ID,
        "type": "SYSTEM_USER",
        "application": CONFIG.app_name,
        "data_access_expires_at": 0,
        "expires_at": 0,
        "is_valid": True,
        "scopes": [MANAGEMENT, MESSAGING],
        "granular_scopes": [
            {"scope": MANAGEMENT, "target_ids": [WABA_ID]},
            {"scope": MESSAGING, "target_ids": [WABA_ID]},
        ],
    }


async def test_a_temporary_token_lasts_24_hours_by_the_simulators_clock() -> None:
    clock = FakeClock()
    async with running(clock=clock, token_profiles={"temp-token": TokenProfile("temporary")}) as s:
        data = await debug(s.api, "temp-token")
        assert data["type"] == "USER"
        assert data["is_valid"] is True
        assert data["expires_at"] == int(clock.now) + 24 * 3600
        assert data["data_access_expires_at"] > data["expires_at"]
        assert "issued_at" not in data  # Meta gives it for long-lived tokens only
        assert data["scopes"] == [MANAGEMENT, MESSAGING, "public_profile"]
        assert [g["scope"] for g in data["granular_scopes"]] == [MANAGEMENT, MESSAGING]
        assert (await s.api.get(f"/{PHONE_ID}", headers=bearer("temp-token"))).status_code == 200

        clock.advance(24 * 3600)
        lapsed = await debug(s.api, "temp-token")
        assert lapsed["is_valid"] is False
        assert lapsed["error"]["code"] == 190 and lapsed["error"]["subcode"] == 463
        error = assert_graph_error(await s.api.get(f"/{PHONE_ID}", headers=bearer("temp-token")), 401, 190)
        assert error["error_subcode"] == 463


async def test_an_expired_token_is_described_as_invalid_with_190_463() -> None:
    clock = FakeClock()
    async with running(clock=clock, token_profiles={"old-token": TokenProfile("expired")}) as s:
        data = await debug(s.api, "old-token")
    assert data["is_valid"] is False
    assert data["type"] == "USER"
    assert data["error"]["code"] == 190
    assert data["error"]["subcode"] == 463
    assert data["error"]["message"].startswith("Error validating access token: Session has expired on ")
    assert 0 < data["expires_at"] < clock.now
    assert data["issued_at"] < data["expires_at"]
    assert data["app_id"] == APP_ID and data["user_id"].isdigit()
    assert [g["target_ids"] for g in data["granular_scopes"]] == [[WABA_ID], [WABA_ID]]
    # Meta's key order, as its recorded answer has it.
    assert list(data) == [
        "app_id",
        "type",
        "application",
        "data_access_expires_at",
        "error",
        "expires_at",
        "is_valid",
        "issued_at",
        "scopes",
        "granular_scopes",
        "user_id",
    ]


async def test_an_expired_token_is_refused_on_normal_calls_but_may_debug_itself() -> None:
    async with running(token_profiles={"old-token": TokenProfile("expired")}) as s:
        for response in (
            await s.api.get(f"/{PHONE_ID}", headers=bearer("old-token")),
            await s.api.get(f"/{WABA_ID}/phone_numbers", headers=bearer("old-token")),
            await s.api.post(
                f"/{PHONE_ID}/messages",
                headers=bearer("old-token"),
                json={"messaging_product": "whatsapp", "to": "6281234567890", "type": "text", "text": {"body": "x"}},
            ),
        ):
            error = assert_graph_error(response, 401, 190)
            assert error["error_subcode"] == 463
            assert error["message"].startswith("Error validating access token: Session has expired on ")
        itself = await debug(s.api, "old-token", as_="old-token")
        assert itself["is_valid"] is False and itself["error"]["subcode"] == 463
        assert s.sim.sent_messages == []
        assert (await s.api.get(f"/{PHONE_ID}")).status_code == 200  # the configured token still works


async def test_a_token_without_management_lists_no_numbers_but_sends() -> None:
    profile = TokenProfile("missing_permission", missing_scope=MANAGEMENT)
    async with running(token_profiles={"send-only": profile}) as s:
        await s.sim.customer_message("6281234567890", "Halo")
        data = await debug(s.api, "send-only")
        assert data["type"] == "SYSTEM_USER" and data["is_valid"] is True and data["expires_at"] == 0
        assert data["scopes"] == [MESSAGING]
        assert data["granular_scopes"] == [{"scope": MESSAGING, "target_ids": [WABA_ID]}]
        error = assert_graph_error(await s.api.get(f"/{WABA_ID}/phone_numbers", headers=bearer("send-only")), 403, 200)
        assert error["message"] == f"(#200) Requires {MANAGEMENT} permission"
        assert_graph_error(await s.api.get(f"/{WABA_ID}/message_templates", headers=bearer("send-only")), 403, 200)
        sent = await s.api.post(
            f"/{PHONE_ID}/messages",
            headers=bearer("send-only"),
            json={"messaging_product": "whatsapp", "to": "6281234567890", "type": "text", "text": {"body": "Siap"}},
        )
        assert sent.status_code == 200, sent.text


async def test_a_token_without_messaging_lists_numbers_but_cannot_send() -> None:
    profile = TokenProfile("missing_permission", missing_scope=MESSAGING)
    async with running(token_profiles={"read-only": profile}) as s:
        await s.sim.customer_message("6281234567890", "Halo")
        data = await debug(s.api, "read-only")
        assert data["scopes"] == [MANAGEMENT]
        assert data["granular_scopes"] == [{"scope": MANAGEMENT, "target_ids": [WABA_ID]}]
        numbers = await s.api.get(f"/{WABA_ID}/phone_numbers", headers=bearer("read-only"))
        assert [n["id"] for n in numbers.json()["data"]] == [PHONE_ID]
        sent = await s.api.post(
            f"/{PHONE_ID}/messages",
            headers=bearer("read-only"),
            json={"messaging_product": "whatsapp", "to": "6281234567890", "type": "text", "text": {"body": "x"}},
        )
        error = assert_graph_error(sent, 403, 200)
        assert error["message"] == f"(#200) Requires {MESSAGING} permission"
        assert s.sim.sent_messages == []


# Granular scopes and what a token reaches.


async def test_granular_scopes_name_every_waba_the_token_reaches() -> None:
    profiles = {"branch-only": TokenProfile(waba_ids=(SECOND_WABA,), user_id="100000000000042")}
    async with running(token_profiles=profiles, **SEVERAL) as s:
        default = await debug(s.api, TOKEN)
        assert default["granular_scopes"] == [
            {"scope": MANAGEMENT, "target_ids": [WABA_ID, SECOND_WABA]},
            {"scope": MESSAGING, "target_ids": [WABA_ID, SECOND_WABA]},
        ]
        branch = await debug(s.api, "branch-only")
        assert branch["granular_scopes"] == [
            {"scope": MANAGEMENT, "target_ids": [SECOND_WABA]},
            {"scope": MESSAGING, "target_ids": [SECOND_WABA]},
        ]
        assert branch["user_id"] == "100000000000042"
        assert s.sim.describe_token("branch-only") == branch

        mine = await s.api.get(f"/{SECOND_WABA}/phone_numbers", headers=bearer("branch-only"))
        assert [n["id"] for n in mine.json()["data"]] == [BRANCH.id]
        # A WABA (or its number) the token was not granted is an object it cannot see: 100 / 33.
        for response in (
            await s.api.get(f"/{WABA_ID}/phone_numbers", headers=bearer("branch-only")),
            await s.api.get(f"/{WABA_ID}", headers=bearer("branch-only")),
            await s.api.get(f"/{SHOP_1.id}", headers=bearer("branch-only")),
        ):
            assert assert_graph_error(response, 400, 100)["error_subcode"] == 33
        sent = await s.api.post(f"/{PHONE_ID}/messages", headers=bearer("branch-only"), json={})
        error = assert_graph_error(sent, 400, 100)
        assert error["message"].startswith(f"Unsupported post request. Object with ID '{PHONE_ID}'")


async def test_an_unknown_input_token_is_invalid_190() -> None:
    async with running() as s:
        data = await debug(s.api, "EAAG-not-a-token-the-simulator-issued")
        assert data == {
            "error": {"code": 190, "message": "Invalid OAuth access token - Cannot parse access token"},
            "is_valid": False,
            "scopes": [],
        }
        assert_graph_error(await s.api.get("/debug_token"), 400, 100)
        # The caller's own token is checked as on any call.
        unknown_caller = await s.api.get("/debug_token", params={"input_token": TOKEN}, headers=bearer("nope"))
        assert_graph_error(unknown_caller, 401, 190)
        # The app token may debug tokens (Meta's usual way), and is nothing else's Bearer.
        app_token = f"{APP_ID}|{s.sim.config.app_secret}"
        assert (await debug(s.api, TOKEN, as_=app_token))["is_valid"] is True
        assert (await debug(s.api, app_token))["type"] == "APP"
        assert_graph_error(await s.api.get(f"/{PHONE_ID}", headers=bearer(app_token)), 401, 190)


async def test_without_a_configured_token_any_token_is_a_system_user() -> None:
    sim = Simulator(SimulatorConfig(status_delays=(0.0, 0.0, 0.0)))
    async with sim, httpx.AsyncClient(base_url=f"{sim.base_url}/{VERSION}", trust_env=False) as api:
        data = await debug(api, "whatever-the-user-pasted", as_="anything")
    assert data["type"] == "SYSTEM_USER" and data["is_valid"] is True and data["expires_at"] == 0
    assert [g["target_ids"] for g in data["granular_scopes"]] == [[WABA_ID], [WABA_ID]]


async def test_a_profiled_token_on_app_subscriptions_is_a_user_token_error_15() -> None:
    async with running(token_profiles={"temp-token": TokenProfile("temporary")}) as s:
        response = await s.api.get(f"/{APP_ID}/subscriptions", headers=bearer("temp-token"))
    assert_graph_error(response, 400, 15)


# Phone numbers and WABAs.


async def test_phone_numbers_with_the_configured_number_only() -> None:
    async with running() as s:
        body = (await s.api.get(f"/{WABA_ID}/phone_numbers")).json()
    (number,) = body["data"]
    assert number == {
        "verified_name": "Monggo Demo",
        "code_verification_status": "VERIFIED",
        "display_phone_number": "+1 555-078-3881",
        "quality_rating": "GREEN",
        "platform_type": "CLOUD_API",
        "throughput": {"level": "STANDARD"},
        "id": PHONE_ID,
    }
    assert set(body["paging"]) == {"cursors"}  # one page: no next, no previous
    assert set(body["paging"]["cursors"]) == {"before", "after"}


async def test_several_numbers_are_paged_with_cursors() -> None:
    async with running(**SEVERAL) as s:
        assert s.sim.phone_number_ids() == [PHONE_ID, SHOP_1.id, SHOP_2.id, SHOP_3.id]
        first = (await s.api.get(f"/{WABA_ID}/phone_numbers", params={"limit": 2})).json()
        assert [n["id"] for n in first["data"]] == [PHONE_ID, SHOP_1.id]  # the configured number first
        assert "previous" not in first["paging"]
        async with httpx.AsyncClient(headers=bearer(TOKEN), trust_env=False) as raw:
            second = (await raw.get(first["paging"]["next"])).json()
        assert [n["id"] for n in second["data"]] == [SHOP_2.id, SHOP_3.id]
        assert "next" not in second["paging"]
        assert "previous" in second["paging"]
        back = await s.api.get(
            f"/{WABA_ID}/phone_numbers", params={"limit": 2, "before": second["paging"]["cursors"]["before"]}
        )
        assert [n["id"] for n in back.json()["data"]] == [PHONE_ID, SHOP_1.id]
        everything = (await s.api.get(f"/{WABA_ID}/phone_numbers")).json()
        assert [n["id"] for n in everything["data"]] == [PHONE_ID, SHOP_1.id, SHOP_2.id, SHOP_3.id]
        assert_graph_error(await s.api.get(f"/{WABA_ID}/phone_numbers", params={"after": "bogus"}), 400, 100)
        assert_graph_error(await s.api.get(f"/{WABA_ID}/phone_numbers", params={"limit": 0}), 400, 100)


async def test_a_second_waba_has_its_own_numbers_and_unknown_wabas_do_not_exist() -> None:
    async with running(**SEVERAL) as s:
        numbers = (await s.api.get(f"/{SECOND_WABA}/phone_numbers")).json()
        assert [n["id"] for n in numbers["data"]] == [BRANCH.id]
        assert numbers["data"][0]["display_phone_number"] == "+62 822-0000-0001"
        assert (await s.api.get(f"/{SECOND_WABA}")).json() == {"id": SECOND_WABA, "name": "Monggo Demo"}
        assert (await s.api.get(f"/{SECOND_WABA}/message_templates")).json() == {"data": []}
        assert_graph_error(await s.api.get(f"/{SECOND_WABA}/nonsense"), 400, 100)
        for path in ("/119999999999999/phone_numbers", "/119999999999999"):
            error = assert_graph_error(await s.api.get(path), 400, 100)
            assert error["error_subcode"] == 33
            assert error["message"].startswith("Unsupported get request. Object with ID '119999999999999'")
    async with running() as s:  # without extra_wabas the second WABA is unknown too
        assert assert_graph_error(await s.api.get(f"/{SECOND_WABA}/phone_numbers"), 400, 100)["error_subcode"] == 33


async def test_fields_project_the_numbers_and_an_extra_numbers_details() -> None:
    async with running(**SEVERAL) as s:
        listed = await s.api.get(f"/{WABA_ID}/phone_numbers", params={"fields": "display_phone_number,quality_rating"})
        assert listed.json()["data"][:3] == [
            {"display_phone_number": "+1 555-078-3881", "quality_rating": "GREEN", "id": PHONE_ID},
            {"display_phone_number": "+62 811-0000-0001", "quality_rating": "GREEN", "id": SHOP_1.id},
            {"display_phone_number": "+62 811-0000-0002", "quality_rating": "YELLOW", "id": SHOP_2.id},
        ]
        fields = "verified_name,code_verification_status,quality_rating,throughput,name_status,platform_type"
        shop_2 = (await s.api.get(f"/{SHOP_2.id}", params={"fields": fields})).json()
        assert shop_2 == {
            "verified_name": "Monggo Demo",  # none given: the configured name
            "code_verification_status": "NOT_VERIFIED",
            "quality_rating": "YELLOW",
            "throughput": {"level": "STANDARD"},
            "name_status": "APPROVED",
            "platform_type": "CLOUD_API",
            "id": SHOP_2.id,
        }
        shop_1 = (await s.api.get(f"/{SHOP_1.id}", params={"fields": "verified_name"})).json()
        assert shop_1 == {"verified_name": "Monggo Toko 1", "id": SHOP_1.id}
        assert_graph_error(await s.api.get(f"/{SHOP_1.id}", params={"fields": "verified_name,pin"}), 400, 100)
        bad = await s.api.get(f"/{WABA_ID}/phone_numbers", params={"fields": "pin"})
        assert "nonexisting field (pin)" in assert_graph_error(bad, 400, 100)["message"]


@pytest.mark.parametrize(
    "change",
    [
        {"extra_wabas": (WABA_ID,)},
        {"extra_wabas": ("not-digits",)},
        {"extra_phone_numbers": (BRANCH,)},  # its WABA is not among extra_wabas
        {"extra_phone_numbers": (SHOP_1, SHOP_1)},
        {"extra_phone_numbers": (ExtraPhoneNumber(id=PHONE_ID, display_phone_number="6281100000009"),)},
        {"extra_phone_numbers": (ExtraPhoneNumber(id="120000000000009", display_phone_number="+62 811"),)},
        {"token_profiles": {"t": TokenProfile(waba_ids=(SECOND_WABA,))}},
        {"token_profiles": {"t": TokenProfile("forever")}},  # type: ignore[arg-type]
        {"token_profiles": {"t": TokenProfile("missing_permission", missing_scope="business_management")}},
        {"token_profiles": {"": TokenProfile()}},
    ],
)
def test_misfitting_accounts_are_refused_at_construction(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Simulator(SimulatorConfig(**change))


def test_the_default_config_serves_one_waba_one_number_and_the_configured_token() -> None:
    sim = Simulator(SimulatorConfig(access_token=TOKEN), clock=lambda: 1_700_000_000.0)
    assert sim.phone_number_ids() == [PHONE_ID]
    assert sim.phone_number_ids("110000000000001") == []
    assert sim.describe_token(TOKEN)["issued_at"] < 1_700_000_000
    assert sim.describe_token("other")["is_valid"] is False
