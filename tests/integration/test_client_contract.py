"""Contract tests: the real client against the simulator, over HTTP on loopback, for every endpoint."""

from __future__ import annotations

import hashlib

import pytest

from monggo_desktop.cloud.client import ClientConfig, CloudApiClient
from monggo_desktop.cloud.errors import (
    InvalidRequestError,
    NetworkError,
    RateLimitedError,
    ReengagementRequiredError,
    RequestValidationError,
    TokenExpiredError,
)
from monggo_desktop.cloud.payloads import ListRow, ListSection, TemplateButton, TemplateParameter
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig

CUSTOMER = "16505551234"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


class RecordedSleep:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
async def sim():
    simulator = Simulator(SimulatorConfig(status_delays=(0.01, 0.02, 0.03)))
    await simulator.start()
    simulator.open_window(CUSTOMER)
    yield simulator
    await simulator.stop()


@pytest.fixture
def sleeps() -> RecordedSleep:
    return RecordedSleep()


@pytest.fixture
async def client(sim, sleeps):
    config = sim.config
    api = CloudApiClient(
        ClientConfig(
            access_token="EAAG-contract",
            phone_number_id=config.phone_number_id,
            waba_id=config.waba_id,
            app_id=config.app_id,
            api_base_url=sim.base_url,
        ),
        retry=RetryPolicy(rand=lambda: 0.5),
        sleep=sleeps,
    )
    yield api
    await api.aclose()


async def test_text_with_preview_reply_and_callback_data(client, sim):
    result = await client.messages.send_text(
        CUSTOMER, "Halo https://batik.example", preview_url=True, reply_to="wamid.IN1", callback_data="local-42"
    )
    assert result.wamid.startswith("wamid.") and result.wa_id == CUSTOMER
    sent = sim.sent_messages[-1]
    assert sent["text"] == {"body": "Halo https://batik.example", "preview_url": True}
    assert sent["context"] == {"message_id": "wamid.IN1"} and sent["biz_opaque_callback_data"] == "local-42"


async def test_limits_are_checked_here_and_by_the_api(client, sim):
    before = len(sim.sent_messages)
    with pytest.raises(RequestValidationError, match="text"):
        await client.messages.send_text(CUSTOMER, "x" * 4097)
    assert len(sim.sent_messages) == before  # refused before sending
    raw = {"messaging_product": "whatsapp", "to": CUSTOMER, "type": "text", "text": {"body": "x" * 4097}}
    with pytest.raises(InvalidRequestError) as info:
        await client.transport.request_json(
            "POST", f"{sim.config.phone_number_id}/messages", json=raw, idempotent=False
        )
    assert info.value.code == 100 and info.value.http_status == 400


async def test_every_message_type(client, sim):
    media_id = await client.media.upload(PNG, "image/png", "batik.png")
    await client.messages.send_media(CUSTOMER, "image", media_id, caption="Motif parang")
    await client.messages.send_template(CUSTOMER, "hello_world", "en_US")
    await client.messages.send_reaction(CUSTOMER, "wamid.IN1", "👍")
    await client.messages.send_reaction(CUSTOMER, "wamid.IN1", "")
    await client.messages.send_location(CUSTOMER, -7.7925, 110.3658, name="Toko", address="Jl. Malioboro 12")
    await client.messages.send_contacts(
        CUSTOMER,
        [
            {
                "name": {"formatted_name": "Sari W", "first_name": "Sari"},
                "phones": [{"phone": "+62 812", "type": "CELL"}],
            }
        ],
    )
    await client.messages.send_buttons(CUSTOMER, "Jadi pesan?", [("yes", "Ya"), ("no", "Tidak")], footer="Batik")
    await client.messages.send_list(
        CUSTOMER,
        "Pilih ukuran",
        "Ukuran",
        [ListSection("Ukuran", (ListRow("m", "M"), ListRow("l", "L", "Lebar 52 cm")))],
    )
    kinds = [m["type"] for m in sim.sent_messages[-8:]]
    assert kinds == ["image", "template", "reaction", "reaction", "location", "contacts", "interactive", "interactive"]
    assert sim.sent_messages[-5]["reaction"]["emoji"] == ""


async def test_template_with_parameters(client, sim):
    templates = {t.name: t for t in await client.templates.list(status="APPROVED")}
    order = templates["order_update"]
    body_text = next(c for c in order.components if c.get("type", "").upper() == "BODY")["text"]
    count = body_text.count("{{")
    result = await client.messages.send_template(
        CUSTOMER,
        order.name,
        order.language,
        body=[TemplateParameter("text", f"p{i}") for i in range(count)],
        buttons=[TemplateButton("quick_reply", 0, (TemplateParameter("payload", "STOP"),))],
    )
    assert result.message_status == "accepted"
    with pytest.raises(InvalidRequestError):
        await client.messages.send_template(CUSTOMER, order.name, order.language, body=[])


async def test_mark_read_and_typing(client, sim):
    wamid = await sim.customer_message(CUSTOMER, "Sudah sampai?")
    await client.messages.mark_read(wamid)
    await client.messages.mark_read(wamid, typing=True)
    assert [(r["message_id"], r.get("typing_indicator")) for r in sim.read_receipts] == [
        (wamid, None),
        (wamid, {"type": "text"}),
    ]
    with pytest.raises(InvalidRequestError):  # Meta: 131009 for a message id the number did not receive
        await client.messages.mark_read("wamid.IN1")


async def test_media_upload_info_download_delete(client, sim):
    media_id = await client.media.upload(PNG, "image/png", "batik.png")
    info, data = await client.media.download(media_id)
    assert data == PNG and info.sha256 == hashlib.sha256(PNG).hexdigest() and info.file_size == len(PNG)
    await client.media.delete(media_id)
    with pytest.raises(InvalidRequestError):
        await client.media.info(media_id)
    with pytest.raises(RequestValidationError, match="file"):
        await client.media.upload(b"GIF89a", "image/gif", "a.gif")


async def test_business_profile_and_photo(client, sim):
    await client.profile.update(
        about="Batik tulis dari Yogyakarta",
        websites=["https://batik.example"],
        vertical="APPAREL",
        email="toko@batik.example",
    )
    profile = await client.profile.get()
    assert profile.about == "Batik tulis dari Yogyakarta" and profile.vertical == "APPAREL"
    assert profile.websites == ("https://batik.example",)
    handle = await client.profile.upload_photo(b"\xff\xd8\xff" + bytes(5000), "image/jpeg")
    assert handle
    with pytest.raises(RequestValidationError, match="vertical"):
        await client.profile.update(vertical="SHOES")


async def test_templates_follow_paging_to_the_end(client, sim):
    everything = await client.templates.list(page_size=2)
    assert len(everything) >= 5 and len({t.id for t in everything}) == len(everything)
    assert any(t.status == "REJECTED" for t in everything)
    assert all(t.sendable for t in await client.templates.list(status="APPROVED"))


async def test_phone_number_info(client, sim):
    info = await client.phone.info()
    assert info.verified_name == sim.config.verified_name
    assert info.quality_rating == "GREEN" and info.throughput_level == "STANDARD"


async def test_an_expired_token_is_a_typed_error_with_what_to_do(client, sim):
    sim.faults.expired_token = True
    with pytest.raises(TokenExpiredError, match="paste a new one in Settings") as info:
        await client.messages.send_text(CUSTOMER, "Halo")
    assert info.value.code == 190


async def test_only_the_configured_token_is_accepted(sleeps):
    simulator = Simulator(SimulatorConfig(access_token="EAAG-right"))
    await simulator.start()
    try:
        config = ClientConfig(
            access_token="EAAG-wrong",
            phone_number_id=simulator.config.phone_number_id,
            waba_id=simulator.config.waba_id,
            api_base_url=simulator.base_url,
        )
        async with CloudApiClient(config, sleep=sleeps) as wrong:
            with pytest.raises(TokenExpiredError):
                await wrong.phone.info()
            wrong.set_access_token("EAAG-right")
            assert (await wrong.phone.info()).verified_name
    finally:
        await simulator.stop()


async def test_rate_limits_are_retried_honouring_retry_after(client, sim, sleeps):
    sim.faults.rate_limit_next = 2
    sim.faults.retry_after_seconds = 3
    assert (await client.messages.send_text(CUSTOMER, "Halo")).wamid
    assert len(sleeps.calls) == 2 and all(s >= 3 for s in sleeps.calls)


async def test_server_errors_are_retried(client, sim, sleeps):
    sim.faults.server_error_next = 2
    assert (await client.phone.info()).verified_name
    assert len(sleeps.calls) == 2


async def test_pair_rate_limit_pauses_for_that_customer(sim):
    clock = SimClock()
    simulator = Simulator(SimulatorConfig(status_delays=(0.01, 0.02, 0.03)), clock=clock)
    await simulator.start()
    simulator.open_window(CUSTOMER)
    simulator.faults.pair_rate_limit = True

    async def sleep_on_the_simulators_clock(seconds: float) -> None:
        clock.now += seconds

    config = ClientConfig(
        access_token="t",
        phone_number_id=simulator.config.phone_number_id,
        waba_id=simulator.config.waba_id,
        api_base_url=simulator.base_url,
    )
    try:
        async with CloudApiClient(
            config, retry=RetryPolicy(rand=lambda: 0.0), sleep=sleep_on_the_simulators_clock
        ) as c:
            await c.messages.send_text(CUSTOMER, "satu")
            before = clock.now
            await c.messages.send_text(CUSTOMER, "dua")  # too soon: 131056, a pause of 6 s, then accepted
            assert clock.now - before >= 6
            await c.messages.send_text("16505550000", "other customers are not held up")
            assert len(simulator.sent_messages) == 3
    finally:
        await simulator.stop()


class SimClock:
    """The simulator's clock, moved only by the client's sleeps."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_dropped_connection_during_a_send_is_reported_as_uncertain(client, sim):
    sim.faults.drop_connection_next = 1
    with pytest.raises(NetworkError) as info:
        await client.messages.send_text(CUSTOMER, "Halo")
    assert info.value.uncertain


async def test_the_24_hour_rule(client, sim):
    sim.faults.reengagement_sync = True
    with pytest.raises(ReengagementRequiredError, match="template"):
        await client.messages.send_text("16505550000", "Halo, lama tidak jumpa")
    assert (await client.messages.send_template("16505550000", "hello_world", "en_US")).wamid


async def test_rate_limited_is_raised_when_retries_run_out(sim, sleeps):
    config = ClientConfig(
        access_token="t",
        phone_number_id=sim.config.phone_number_id,
        waba_id=sim.config.waba_id,
        api_base_url=sim.base_url,
    )
    async with CloudApiClient(config, retry=RetryPolicy(max_attempts=2), sleep=sleeps) as impatient:
        sim.faults.rate_limit_next = 5
        with pytest.raises(RateLimitedError):
            await impatient.messages.send_text(CUSTOMER, "Halo")
