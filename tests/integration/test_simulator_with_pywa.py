"""Our Cloud API simulator, driven by a client nobody here wrote: pywa (a well-used open-source Python client for
the WhatsApp Cloud API). What pywa sends the way Meta documents it, the simulator must accept as Meta does, and
answer in the shape pywa expects; otherwise the simulator only agrees with our own client.

pywa always talks to Meta's Graph host; its HTTP client is given a transport that carries every request, over
real HTTP, to the simulator on loopback instead (nothing leaves this machine).
"""

from __future__ import annotations

import asyncio
import base64
import threading
from typing import Any

import httpx
import pytest

pywa = pytest.importorskip("pywa", reason="pywa (a test extra) is not installed: run `make install`")

from monggo_desktop.cloud.simulator import Simulator, SimulatorConfig  # noqa: E402

TOKEN = "EAAG-pywa-simulator"
CUSTOMER = "6281234567890"
BSUID = "ID.13491208655302741918"


class ToSimulator(httpx.HTTPTransport):
    """Every request to the Graph API goes to the simulator instead, same path and query."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self._base = httpx.URL(base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme=self._base.scheme, host=self._base.host, port=self._base.port)
        request.headers["Host"] = f"{self._base.host}:{self._base.port}"
        return super().handle_request(request)


@pytest.fixture
def start_simulator():  # type: ignore[no-untyped-def]
    """Starts simulators, each on a loop of its own (pywa's client is synchronous); stops them after the test."""
    running: list[tuple[asyncio.AbstractEventLoop, threading.Thread]] = []

    def start(**config: Any) -> tuple[Simulator, asyncio.AbstractEventLoop]:
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        holder: dict[str, Simulator] = {}

        def run() -> None:
            asyncio.set_event_loop(loop)
            simulator = Simulator(SimulatorConfig(access_token=TOKEN, status_delays=(0.01, 0.02, 0.03), **config))
            loop.run_until_complete(simulator.start())
            holder["simulator"] = simulator
            ready.set()
            loop.run_forever()
            loop.run_until_complete(simulator.stop())

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        assert ready.wait(10)
        running.append((loop, thread))
        return holder["simulator"], loop

    yield start
    for loop, thread in running:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


@pytest.fixture
def simulator(start_simulator):  # type: ignore[no-untyped-def]
    return start_simulator()


@pytest.fixture
def client_for():  # type: ignore[no-untyped-def]
    """pywa's client for a simulator; its connections are closed after the test."""
    from pywa import WhatsApp

    sessions: list[httpx.Client] = []

    def make(simulator: Simulator):  # type: ignore[no-untyped-def]
        sessions.append(httpx.Client(transport=ToSimulator(simulator.base_url)))
        config = simulator.config
        return WhatsApp(
            phone_id=config.phone_number_id,
            waba_id=config.waba_id,
            token=TOKEN,
            session=sessions[-1],
            api_version="25.0",
        )

    yield make
    for session in sessions:
        session.close()


def run_on(loop: asyncio.AbstractEventLoop, coroutine):  # type: ignore[no-untyped-def]
    return asyncio.run_coroutine_threadsafe(coroutine, loop).result(10)


def test_pywa_sends_a_text_a_reaction_and_a_read_receipt_as_meta_accepts_them(simulator, client_for):
    sim, loop = simulator
    wamid = run_on(loop, sim.customer_message(CUSTOMER, "Halo, batik parang masih ada?"))
    wa = client_for(sim)
    sent = wa.send_message(to=CUSTOMER, text="Masih ada kak, mau warna apa?")
    assert str(sent.id).startswith("wamid.")
    wa.send_reaction(to=CUSTOMER, emoji="👍", message_id=wamid)
    wa.mark_message_as_read(message_id=wamid)
    bodies = sim.sent_messages
    assert [b["type"] for b in bodies] == ["text", "reaction"]
    assert bodies[0]["to"] == CUSTOMER and bodies[0]["text"]["body"] == "Masih ada kak, mau warna apa?"
    assert sim.read_receipts[-1]["message_id"] == wamid


def test_pywa_sends_an_approved_template_and_the_simulator_refuses_an_unknown_one_as_meta_does(simulator, client_for):
    from pywa.types.templates import TemplateLanguage

    sim, _loop = simulator
    wa = client_for(sim)
    sent = wa.send_template(to=CUSTOMER, name="hello_world", language=TemplateLanguage.ENGLISH_US)
    assert str(sent.id).startswith("wamid.")
    from pywa.errors import WhatsAppError

    with pytest.raises(WhatsAppError) as refused:
        wa.send_template(to=CUSTOMER, name="no_such_template", language=TemplateLanguage.ENGLISH_US)
    assert refused.value.code == 132001  # "Template name does not exist in the translation", as Meta answers


def test_pywa_reaches_a_customer_known_only_by_a_username(simulator, client_for):
    sim, loop = simulator
    run_on(loop, sim.customer_message(BSUID, "Halo dari username", name="Sari W"))
    wa = client_for(sim)
    sent = wa.send_message(to=BSUID, text="Halo kak")
    assert str(sent.id).startswith("wamid.")
    [body] = [b for b in sim.sent_messages if BSUID in (b.get("to"), b.get("recipient"))]
    assert body["text"]["body"] == "Halo kak"


# What Meta accepts besides the app's own calls (issue 21, point 7).


def raw_send(wa, sim: Simulator, typ: str, msg: dict[str, Any], to: str = CUSTOMER) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A message exactly as Meta's reference writes it, through pywa's Graph call."""
    answer: dict[str, Any] = wa.api.send_message(
        sender=sim.config.phone_number_id, to=to, recipient=None, recipient_type="individual", typ=typ, msg=msg
    )
    return answer


def refused(call, *args: Any, **kwargs: Any) -> Any:  # type: ignore[no-untyped-def]
    """The WhatsAppError pywa raises for the simulator's answer."""
    from pywa.errors import WhatsAppError

    with pytest.raises(WhatsAppError) as info:
        call(*args, **kwargs)
    return info.value


def test_pywa_sends_a_location_with_numbers_and_metas_example_sends_it_with_strings(simulator, client_for):
    sim, loop = simulator
    run_on(loop, sim.customer_message(CUSTOMER, "Tokonya di mana kak?"))
    wa = client_for(sim)
    wa.send_location(to=CUSTOMER, latitude=-7.7926, longitude=110.3658, name="Batik Monggo", address="Malioboro 52")
    # Meta's reference types latitude and longitude as strings, and its example sends them so.
    answer = raw_send(wa, sim, "location", {"latitude": "-7.7926", "longitude": "110.3658", "name": "Batik Monggo"})
    assert answer["messages"][0]["id"].startswith("wamid.")
    assert [b["location"]["latitude"] for b in sim.sent_messages] == [-7.7926, "-7.7926"]
    for bad in ("utara", "91.5", "nan", "1_0", ""):
        error = refused(raw_send, wa, sim, "location", {"latitude": bad, "longitude": "110.3658"})
        assert error.code == 131009, bad
    assert refused(raw_send, wa, sim, "location", {"latitude": "-7.7926", "longitude": "-180.5"}).code == 131009
    assert refused(raw_send, wa, sim, "location", {"longitude": "110.3658"}).code == 100
    assert len(sim.sent_messages) == 2  # nothing refused was kept


def test_pywa_reads_the_business_account_with_the_fields_it_asks_for(simulator, client_for):
    from pywa.types.others import BusinessVerificationStatus

    sim, _loop = simulator
    wa = client_for(sim)
    waba_id = sim.config.waba_id
    account = wa.get_business_account()  # asks for 18 fields, Meta's and the Marketing Messages ones
    assert (account.id, account.name, account.timezone_id) == (waba_id, sim.config.verified_name, "59")
    assert (account.status, account.currency, account.country) == ("ACTIVE", "IDR", "ID")
    assert account.business_verification_status is BusinessVerificationStatus.VERIFIED
    assert account.subscribed_apps == ()  # the app has not subscribed to the WABA yet
    assert account.marketing_messages_lite_api_status is None  # a field without a value is left out
    wa.api.send_raw_request("POST", f"/{waba_id}/subscribed_apps")
    [app] = wa.get_business_account().subscribed_apps or ()
    assert (app.id, app.name) == (sim.config.app_id, sim.config.app_name)
    fields = ("name", "status", "currency", "country", "business_verification_status")
    assert wa.api.get_waba_info(waba_id, fields=fields) == {
        "name": sim.config.verified_name,
        "status": "ACTIVE",
        "currency": "IDR",
        "country": "ID",
        "business_verification_status": "verified",
        "id": waba_id,
    }
    expanded = wa.api.get_waba_info(waba_id, fields=("phone_numbers", "message_templates"))
    assert [n["id"] for n in expanded["phone_numbers"]["data"]] == [sim.config.phone_number_id]
    assert "hello_world" in {t["name"] for t in expanded["message_templates"]["data"]}
    error = refused(wa.api.get_waba_info, waba_id, fields=("name", "secret_sauce"))
    assert error.code == 100 and "secret_sauce" in error.message


def test_pywa_reads_the_phone_numbers_with_the_fields_it_asks_for(start_simulator, client_for):
    from monggo_desktop.cloud.simulator.config import ExtraPhoneNumber

    jakarta = ExtraPhoneNumber(id="109876543210987", display_phone_number="6281311112222", name_status="PENDING_REVIEW")
    sim, _loop = start_simulator(extra_phone_numbers=(jakarta,))
    wa = client_for(sim)
    number = wa.get_business_phone_number()  # asks for 27 fields
    assert (number.id, number.country_code, number.country_dial_code) == (sim.config.phone_number_id, "US", "1")
    assert number.certificate and sim.config.verified_name in base64.b64decode(number.certificate).decode()
    assert number.conversational_automation is not None
    assert number.conversational_automation.id == sim.config.phone_number_id
    assert number.is_official_business_account is False and number.new_certificate is None
    fields = (
        "certificate",
        "conversational_automation",
        "country_code",
        "new_display_name",
        "official_business_account",
    )
    raw = wa.api.get_business_phone_number(sim.config.phone_number_id, fields=fields)
    # No display-name change was asked for and no Official Business Account applied for: Graph leaves those out.
    assert set(raw) == {"certificate", "conversational_automation", "country_code", "id"}
    listed = {n.id: n for n in wa.get_business_phone_numbers()}
    assert (listed[jakarta.id].country_code, listed[jakarta.id].country_dial_code) == ("ID", "62")
    assert listed[jakarta.id].certificate is None  # its name is still under review
    error = refused(wa.api.get_business_phone_number, jakarta.id, fields=("country_code", "secret_sauce"))
    assert error.code == 100 and "secret_sauce" in error.message


def test_pywa_lists_and_reads_templates_with_the_fields_it_asks_for(simulator, client_for):
    from pywa.types.templates import TemplateLanguage, TemplateStatus

    from monggo_desktop.cloud.simulator.templates import seed_templates

    sim, _loop = simulator
    wa = client_for(sim)
    templates = wa.get_templates()  # asks for message_send_ttl_seconds, sub_category and 14 more
    every = {(t.name, t.language): t for t in templates}
    assert len(every) == len(seed_templates()) == templates.total_count
    assert templates.message_template_count == templates.total_count
    assert templates.message_template_limit == 6000  # the business is verified
    assert templates.are_translations_complete is False  # hello_world has no Indonesian version
    reminder = every[("appointment_reminder", TemplateLanguage.ENGLISH_US)]
    assert reminder.message_send_ttl_seconds == 10800 and reminder.sub_category is None
    assert every[("hello_world", TemplateLanguage.ENGLISH_US)].message_send_ttl_seconds is None
    assert reminder.quality_score is not None and reminder.quality_score.score == "GREEN"
    assert wa.get_template(reminder.id).message_send_ttl_seconds == 10800
    approved = wa.get_templates(statuses=[TemplateStatus.APPROVED])
    assert approved.total_count == templates.total_count - 1  # winter_sale was rejected
    raw = wa.api.get_template(reminder.id, fields=("name", "message_send_ttl_seconds", "sub_category"))
    assert raw == {"name": "appointment_reminder", "message_send_ttl_seconds": 10800, "id": reminder.id}


def test_pywa_sends_cta_url_flow_location_request_and_carousel_messages(simulator, client_for):
    from pywa.types import Button, FlowActionType, FlowButton, ImageCarouselCard, URLButton

    sim, loop = simulator
    run_on(loop, sim.customer_message(CUSTOMER, "Ada katalog?"))
    wa = client_for(sim)
    site = URLButton(title="Buka katalog", url="https://monggo.example/katalog")
    wa.send_message(to=CUSTOMER, text="Katalog lengkap ada di situs kami", footer="Batik Monggo", buttons=site)
    wa.send_image(to=CUSTOMER, image="https://monggo.example/parang.jpg", caption="Batik parang", buttons=site)
    signup = FlowButton(
        title="Daftar",
        flow_id="1234567890123",
        flow_token="daftar-sari",
        flow_action_type=FlowActionType.NAVIGATE,
        flow_action_screen="WELCOME",
        flow_action_payload={"nama": "Sari"},
    )
    wa.send_message(to=CUSTOMER, text="Jadi pelanggan tetap?", buttons=signup)
    wa.request_location(to=CUSTOMER, text="Kirim lokasi untuk ongkir ya kak")
    cards = [
        ImageCarouselCard(
            image=f"https://monggo.example/{motif}.jpg",
            body=motif.title(),
            buttons=[Button(title="Mau", callback_data=motif)],
        )
        for motif in ("parang", "kawung")
    ]
    wa.send_carousel(to=CUSTOMER, body="Motif minggu ini", cards=cards)
    interactive = [b["interactive"] for b in sim.sent_messages]
    assert [i["type"] for i in interactive] == ["cta_url", "cta_url", "flow", "location_request_message", "carousel"]
    assert interactive[0]["action"]["parameters"] == {
        "display_text": "Buka katalog",
        "url": "https://monggo.example/katalog",
    }
    assert interactive[1]["header"]["type"] == "image"
    assert interactive[2]["action"]["parameters"]["flow_action_payload"] == {
        "screen": "WELCOME",
        "data": {"nama": "Sari"},
    }
    assert interactive[3]["action"] == {"name": "send_location"}
    assert len(interactive[4]["action"]["cards"]) == 2

    def cta(parameters: dict[str, Any]) -> dict[str, Any]:
        return {"type": "cta_url", "body": {"text": "Lihat"}, "action": {"name": "cta_url", "parameters": parameters}}

    flow = interactive[2]
    refusals = [
        cta({"display_text": "Buka katalog lengkap kami", "url": "https://monggo.example/"}),  # over 20 characters
        cta({"display_text": "Buka", "url": "javascript:alert(1)"}),
        cta({"url": "https://monggo.example/"}),
        {
            **flow,
            "action": {"name": "flow", "parameters": {**flow["action"]["parameters"], "flow_message_version": "2"}},
        },
        {**flow, "action": {"name": "flow", "parameters": {**flow["action"]["parameters"], "flow_name": "daftar"}}},
        {"type": "location_request_message", "body": {"text": "Lokasi?"}, "action": {"name": "send_contact"}},
        {"type": "location_request_message", "action": {"name": "send_location"}},  # no body
        {**interactive[4], "action": {"cards": interactive[4]["action"]["cards"][:1]}},  # one card
        {**interactive[4], "footer": {"text": "Batik Monggo"}},
    ]
    for body in refusals:
        assert refused(raw_send, wa, sim, "interactive", body).code == 100, body
    mixed = [
        interactive[4]["action"]["cards"][0],
        {
            **interactive[4]["action"]["cards"][1],
            "action": cta({"display_text": "Buka", "url": "https://monggo.example/"})["action"],
        },
    ]
    assert refused(raw_send, wa, sim, "interactive", {**interactive[4], "action": {"cards": mixed}}).code == 131009
    assert len(sim.sent_messages) == 5
    numeric = {**flow["action"]["parameters"], "flow_id": 1234567890123}  # pywa sends an int flow id as given
    raw_send(wa, sim, "interactive", {**flow, "action": {"name": "flow", "parameters": numeric}})
    assert sim.sent_messages[-1]["interactive"]["action"]["parameters"]["flow_id"] == 1234567890123


def test_pywa_catalog_product_and_product_list_messages_need_a_connected_catalog(start_simulator, client_for):
    from pywa.types import ProductsSection

    without, _loop = start_simulator()
    wa = client_for(without)
    for call in (
        lambda: wa.send_catalog(to=CUSTOMER, body="Katalog kami"),
        lambda: wa.send_product(to=CUSTOMER, catalog_id="902716434117542", sku="PARANG-01"),
        lambda: wa.send_products(
            to=CUSTOMER,
            catalog_id="902716434117542",
            title="Batik tulis",
            body="Pilihan minggu ini",
            product_sections=[ProductsSection(title="Tulis", skus=["PARANG-01"])],
        ),
    ):
        error = refused(call)
        assert error.code == 131009 and "No product catalog" in str(error.details)
    assert without.sent_messages == []

    catalog, products = "902716434117542", ("PARANG-01", "KAWUNG-02", "MEGA-03")
    sim, loop = start_simulator(catalog_id=catalog, catalog_products=products)
    run_on(loop, sim.customer_message(CUSTOMER, "Lihat koleksinya dong"))
    wa = client_for(sim)
    wa.send_catalog(to=CUSTOMER, body="Katalog kami", footer="Batik Monggo", thumbnail_product_sku="KAWUNG-02")
    wa.send_catalog(to=CUSTOMER, body="Katalog kami")  # without a thumbnail the first product shows
    wa.send_product(to=CUSTOMER, catalog_id=catalog, sku="PARANG-01", body="Parang klasik")
    sections = [
        ProductsSection(title="Tulis", skus=["PARANG-01", "KAWUNG-02"]),
        ProductsSection(title="Cap", skus=["MEGA-03"]),
    ]
    wa.send_products(
        to=CUSTOMER, catalog_id=catalog, title="Koleksi", body="Pilih yang suka", product_sections=sections
    )
    assert [b["interactive"]["type"] for b in sim.sent_messages] == [
        "catalog_message",
        "catalog_message",
        "product",
        "product_list",
    ]
    assert refused(wa.send_product, to=CUSTOMER, catalog_id=catalog, sku="SONGKET-9").code == 131009
    assert refused(wa.send_product, to=CUSTOMER, catalog_id="111111111111111", sku="PARANG-01").code == 131009
    assert refused(wa.send_catalog, to=CUSTOMER, body="Katalog", thumbnail_product_sku="SONGKET-9").code == 131009
    product_list = sim.sent_messages[-1]["interactive"]
    headless = {key: value for key, value in product_list.items() if key != "header"}
    assert refused(raw_send, wa, sim, "interactive", headless).code == 100  # a product list needs its header
    too_many = [{"title": f"Rak {i}", "product_items": [{"product_retailer_id": "PARANG-01"}] * 8} for i in range(4)]
    crowded = {**product_list, "action": {"catalog_id": catalog, "sections": too_many}}
    assert refused(raw_send, wa, sim, "interactive", crowded).code == 131009  # 32 products, Meta takes 30
    with_header = {**sim.sent_messages[2]["interactive"], "header": {"type": "text", "text": "Parang"}}
    assert refused(raw_send, wa, sim, "interactive", with_header).code == 100  # a single product takes no header
    assert len(sim.sent_messages) == 4


def test_an_address_message_is_for_a_business_in_india_writing_to_a_customer_in_india(start_simulator, client_for):
    indian_customer = "919812345678"
    address = {
        "type": "address_message",
        "body": {"text": "Alamat pengirimannya ke mana kak?"},
        "action": {"name": "address_message", "parameters": {"country": "IN", "values": {"name": "Sari"}}},
    }
    us_business, _loop = start_simulator()
    wa = client_for(us_business)
    assert refused(raw_send, wa, us_business, "interactive", address, to=indian_customer).code == 131009

    sim, _loop = start_simulator(display_phone_number="919876543210")
    wa = client_for(sim)
    raw_send(wa, sim, "interactive", address, to=indian_customer)
    assert sim.sent_messages[-1]["interactive"]["action"]["parameters"]["values"] == {"name": "Sari"}
    assert refused(raw_send, wa, sim, "interactive", address, to=CUSTOMER).code == 131009  # a customer in Indonesia
    singapore = {**address, "action": {"name": "address_message", "parameters": {"country": "SG"}}}
    assert refused(raw_send, wa, sim, "interactive", singapore, to=indian_customer).code == 131009
    countryless = {**address, "action": {"name": "address_message", "parameters": {}}}
    assert refused(raw_send, wa, sim, "interactive", countryless, to=indian_customer).code == 100
    assert len(sim.sent_messages) == 1


def test_pywa_marks_a_received_message_read_and_meta_refuses_any_other_id(simulator, client_for):
    sim, loop = simulator
    wamid = run_on(loop, sim.customer_message(CUSTOMER, "Sudah dikirim kak?"))
    wa = client_for(sim)
    assert wa.mark_message_as_read(message_id=wamid).success
    ours = str(wa.send_message(to=CUSTOMER, text="Sudah kak, resinya menyusul").id)
    for other in ("wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjAwMDAwMDAwMDAwMDAwMDAwMAA=", ours):
        error = refused(wa.mark_message_as_read, message_id=other)
        assert error.code == 131009  # Meta, "Mark messages as read": an invalid message id
    assert [r["message_id"] for r in sim.read_receipts] == [wamid]
