"""Our Cloud API simulator, driven by a client nobody here wrote: pywa (a well-used open-source Python client for
the WhatsApp Cloud API). What pywa sends the way Meta documents it, the simulator must accept as Meta does, and
answer in the shape pywa expects; otherwise the simulator only agrees with our own client.

pywa always talks to Meta's Graph host; its HTTP client is given a transport that carries every request, over
real HTTP, to the simulator on loopback instead (nothing leaves this machine).
"""

from __future__ import annotations

import asyncio
import threading

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
def simulator():  # type: ignore[no-untyped-def]
    """The simulator on a loop of its own (pywa's client is synchronous)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, Simulator] = {}

    def run() -> None:
        asyncio.set_event_loop(loop)
        simulator = Simulator(SimulatorConfig(access_token=TOKEN, status_delays=(0.01, 0.02, 0.03)))
        loop.run_until_complete(simulator.start())
        holder["simulator"] = simulator
        ready.set()
        loop.run_forever()
        loop.run_until_complete(simulator.stop())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10)
    yield holder["simulator"], loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


@pytest.fixture
def client_for():  # type: ignore[no-untyped-def]
    """pywa's client for a simulator; its connections are closed after the test."""
    from pywa import WhatsApp

    sessions: list[httpx.Client] = []

    def make(simulator: Simulator):  # type: ignore[no-untyped-def]
        sessions.append(httpx.Client(transport=ToSimulator(simulator.base_url)))
        return WhatsApp(
            phone_id=simulator.config.phone_number_id, token=TOKEN, session=sessions[-1], api_version="25.0"
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
