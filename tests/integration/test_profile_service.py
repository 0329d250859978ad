"""The business profile service on a real SQLCipher database and the simulator over real HTTP: fetched and
kept for offline viewing, edits checked before anything is sent, saved, and a photo through the resumable
upload."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.errors import from_error_object
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.simulator.state import SEED_PROFILE
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.profile import Problem, ProfileFields, ProfileInvalidError
from monggo_desktop.services.account.profile import NotConnectedError, ProfileRefusedError, ProfileService, refusal
from monggo_desktop.storage import Database
from tests.inbound import add_account
from tests.simulator_helpers import APP_ID, PHONE_ID, TOKEN, WABA_ID, Stack, running

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"


@dataclass
class Rig:
    stack: Stack
    client: CloudApiClient
    service: ProfileService
    db: Database
    account_id: int

    def offline(self) -> ProfileService:
        """The same account before the client exists (no access token yet, or the engine not started)."""
        return ProfileService(self.db, self.account_id, lambda: None, now=lambda: NOW)


@pytest.fixture
async def rig(db: Database) -> AsyncIterator[Rig]:
    account_id = db.call(add_account)
    async with running() as stack:
        config = ClientConfig(
            access_token=TOKEN,
            phone_number_id=PHONE_ID,
            waba_id=WABA_ID,
            app_id=APP_ID,
            api_base_url=stack.sim.base_url,
        )
        async with CloudApiClient(config, retry=RetryPolicy(base_delay=0.01, max_delay=0.02)) as client:
            yield Rig(stack, client, ProfileService(db, account_id, lambda: client, now=lambda: NOW), db, account_id)


def seed_fields() -> ProfileFields:
    return ProfileFields(
        about=SEED_PROFILE["about"],
        address=SEED_PROFILE["address"],
        description=SEED_PROFILE["description"],
        email=SEED_PROFILE["email"],
        websites=tuple(SEED_PROFILE["websites"]),
        vertical=SEED_PROFILE["vertical"],
    )


async def test_the_profile_and_phone_details_are_fetched_and_kept_for_offline_viewing(rig: Rig) -> None:
    assert await rig.service.cached() is None
    fresh = await rig.service.load()
    assert not fresh.from_cache and fresh.note is None and fresh.fetched_at == NOW
    assert fresh.fields == seed_fields()
    assert fresh.phone is not None
    assert (fresh.phone.display_number, fresh.phone.verified_name) == ("+1 555-078-3881", "Monggo Demo")
    assert (fresh.phone.quality_rating, fresh.phone.throughput_level) == ("GREEN", "STANDARD")
    assert (fresh.phone.name_status, fresh.phone.messaging_limit) == ("APPROVED", "TIER_250")

    kept = await rig.offline().load()  # no client: the local copy, saying why
    assert kept.from_cache and kept.fetched_at == NOW
    assert kept.fields == fresh.fields and kept.phone == fresh.phone
    assert kept.note is not None and "not connected to WhatsApp" in kept.note


async def test_with_no_copy_and_no_connection_the_reason_is_given(rig: Rig) -> None:
    with pytest.raises(NotConnectedError):
        await rig.offline().load()


async def test_a_saved_profile_reaches_whatsapp_and_the_local_copy(rig: Rig) -> None:
    await rig.service.load()
    edit = ProfileFields(
        about="Batik tulis dan cap",
        address="Jl. Prawirotaman 9, Yogyakarta",
        description="Kain batik dari pengrajin Yogya.",
        email=" batik@monggo.example ",
        websites=("https://monggo.example/", " http://batik.example "),
        vertical="APPAREL",
    )
    saved = await rig.service.save(edit)
    assert saved.fields == edit.cleaned()
    profile = rig.stack.sim.control_state()["profile"]
    assert profile["about"] == "Batik tulis dan cap" and profile["email"] == "batik@monggo.example"
    assert profile["websites"] == ["https://monggo.example/", "http://batik.example"]
    assert profile["vertical"] == "APPAREL"
    assert (await rig.service.refresh()).fields == edit.cleaned()  # read back from the simulator
    assert (await rig.offline().cached()).fields == edit.cleaned()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("edit", "problem", "message"),
    [
        (ProfileFields(about="Hi", email="halo-monggo.example"), Problem.NOT_EMAIL, "email: is not an e-mail address"),
        (ProfileFields(about="Hi", websites=("monggo.example",)), Problem.NOT_WEB_ADDRESS, "website 1: must start"),
        (ProfileFields(about="a" * 140), Problem.TOO_LONG, "about: at most 139 characters (this has 140)"),
    ],
)
async def test_a_broken_rule_is_refused_before_anything_is_sent(
    rig: Rig, edit: ProfileFields, problem: Problem, message: str
) -> None:
    await rig.service.load()
    rig.stack.sim.faults.server_error_next = 1  # any request that reached the simulator would use this up
    with pytest.raises(ProfileInvalidError) as refused:
        await rig.service.save(edit)
    assert refused.value.problems[0].problem is problem
    assert str(refused.value).startswith(message)
    assert rig.stack.sim.faults.server_error_next == 1
    assert rig.stack.sim.control_state()["profile"] == SEED_PROFILE
    assert (await rig.service.cached()).fields == seed_fields()  # type: ignore[union-attr]


async def test_a_refusal_by_whatsapp_is_explained_and_the_copy_unchanged(rig: Rig) -> None:
    await rig.service.load()
    rig.stack.sim.faults.expired_token = True
    with pytest.raises(ProfileRefusedError, match="access token has expired"):
        await rig.service.save(ProfileFields(about="Buka setiap hari"))
    assert (await rig.service.cached()).fields == seed_fields()  # type: ignore[union-attr]


def test_a_refused_value_carries_metas_detail_and_other_errors_do_not() -> None:
    invalid = from_error_object(
        {
            "code": 100,
            "message": "(#100) Invalid parameter",
            "error_data": {"details": "Param vertical cannot be emptied"},
        }
    )
    assert refusal(invalid) == "WhatsApp refused the request as invalid: Param vertical cannot be emptied"
    expired = from_error_object({"code": 190, "message": "expired", "error_data": {"details": "Session has expired"}})
    assert refusal(expired) == "The access token has expired: paste a new one in Settings"


async def test_a_photo_goes_through_the_resumable_upload_and_is_kept(rig: Rig) -> None:
    await rig.service.load()
    shown = await rig.service.upload_photo(JPEG, "image/jpeg")
    assert shown.picture_url is not None and shown.picture_url.endswith(".jpg")
    assert shown.picture == JPEG  # served back from the public photo address as uploaded
    kept = await rig.offline().cached()
    assert kept is not None and kept.picture == JPEG and kept.picture_url == shown.picture_url


async def test_only_jpeg_and_png_photos_are_uploaded(rig: Rig) -> None:
    with pytest.raises(InvalidInputError, match="JPEG or PNG"):
        await rig.service.upload_photo(b"GIF89a", "image/gif")
    with pytest.raises(NotConnectedError):
        await rig.offline().upload_photo(JPEG, "image/jpeg")
