"""The outbox drained against the simulator: sent once, ticks forward, limits honoured, faults handled."""

from __future__ import annotations

import pytest

from monggo_desktop.cloud.transport import Timeouts
from monggo_desktop.domain.errors import InvalidPhoneNumberError
from monggo_desktop.domain.models import MediaRef, OutboxState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.media_files import store_media
from monggo_desktop.services.messaging.outbox import (
    WindowClosedError,
    conversation_for_number,
    queue_media,
    queue_text,
    resend,
)
from monggo_desktop.services.messaging.sender import NOT_ANSWERING, OFFLINE
from tests.integration.engine_helpers import running_engine

CUSTOMER = "+16505551234"
OTHER = "+16505550001"


async def open_conversation(engine, phone: str) -> int:
    await engine.simulator.customer_message(phone.lstrip("+"), "Halo kak")
    return await engine.until_db(lambda s: _conversation_with_inbound(s, engine.account_id, phone))


def _conversation_with_inbound(store, account_id, phone):
    conversation_id = conversation_for_number(store, account_id, phone)
    conversation = store.conversations.get(conversation_id)
    return conversation_id if conversation.last_inbound_at else None


def status_of(engine, message_id):
    return engine.db.call(lambda s: s.messages.get(message_id))


async def test_a_queued_text_is_sent_once_and_its_ticks_arrive(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Masih ada kak"))
        engine.sender.wake()
        message = await engine.until_db(
            lambda s: (m := s.messages.get(queued.message_id)) and m.status is MessageStatus.READ and m
        )
        assert message.wamid and message.sent_at and message.delivered_at and message.read_at
        assert [m["text"]["body"] for m in engine.simulator.sent_messages] == ["Masih ada kak"]
        assert engine.simulator.sent_messages[0]["biz_opaque_callback_data"] == str(queued.message_id)
        assert engine.db.call(lambda s: s.outbox.count()) == 0


async def test_refused_before_the_outbox(tmp_path):
    async with running_engine(tmp_path) as engine:
        with pytest.raises(InvalidPhoneNumberError):
            await engine.db.run(lambda s: conversation_for_number(s, engine.account_id, "0812"))
        closed = await engine.db.run(lambda s: conversation_for_number(s, engine.account_id, OTHER))
        with pytest.raises(WindowClosedError, match="template"):
            await engine.db.run(lambda s: queue_text(s, closed, "Halo lagi"))
        assert engine.db.call(lambda s: (s.messages.count(), s.outbox.count())) == (0, 0)


async def test_one_message_per_pair_interval_to_a_customer_and_others_not_held_up(tmp_path):
    async with running_engine(tmp_path, pair_interval=0.4) as engine:
        first = await open_conversation(engine, CUSTOMER)
        second = await open_conversation(engine, OTHER)
        for i in range(3):
            await engine.db.run(lambda s, i=i: queue_text(s, first, f"satu {i}"))
        await engine.db.run(lambda s: queue_text(s, second, "dua"))
        engine.sender.wake()
        await engine.until(lambda: len(engine.simulator.sent_messages) == 4)
        order = [m["text"]["body"] for m in engine.simulator.sent_messages]
        assert order.index("dua") < order.index("satu 1")  # the other customer did not wait
        assert [b for b in order if b.startswith("satu")] == ["satu 0", "satu 1", "satu 2"]
        # The simulator has the messages a moment before the sender has committed their answers.
        await engine.until_db(lambda s: s.outbox.count() == 0)


async def test_an_expired_token_pauses_everything_and_a_new_one_resumes(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        engine.simulator.faults.expired_token = True
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Tertunda"))
        engine.sender.wake()
        await engine.until(lambda: engine.sender.state.paused)
        assert "access token" in engine.sender.state.reason
        message = status_of(engine, queued.message_id)
        assert message.status is MessageStatus.PENDING and engine.db.call(lambda s: s.outbox.count()) == 1
        engine.simulator.faults.expired_token = False
        engine.sender.resume("EAAG-new-token")
        await engine.until(lambda: len(engine.simulator.sent_messages) == 1)
        assert not engine.sender.state.paused and [s.paused for s in engine.states] == [True, False]


async def test_permanent_errors_fail_with_the_reason(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        engine.simulator.faults.reengagement_sync = True
        engine.simulator.faults.expired_token = False
        # The window is open on our side but Meta says it is closed: the API's answer wins.
        engine.simulator.open_window(CUSTOMER.lstrip("+"), at=0)
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Halo"))
        engine.sender.wake()
        failed = await engine.until_db(
            lambda s: (m := s.messages.get(queued.message_id)) and m.status is MessageStatus.FAILED and m
        )
        assert failed.error_code == 131047 and "template" in failed.error_title
        assert engine.db.call(lambda s: s.outbox.count()) == 0


async def test_rate_limits_and_server_errors_are_retried(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        engine.simulator.faults.rate_limit_next = 2
        engine.simulator.faults.server_error_next = 2
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Sabar ya"))
        engine.sender.wake()
        await engine.until_db(lambda s: s.messages.get(queued.message_id).wamid, timeout=20)
        assert len(engine.simulator.sent_messages) == 1


async def test_a_lost_answer_makes_the_message_uncertain_never_resent_silently(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        engine.simulator.faults.drop_connection_next = 1
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Mungkin terkirim"))
        engine.sender.wake()
        await engine.until_db(lambda s: s.messages.get(queued.message_id).status is MessageStatus.UNCERTAIN)
        entry = engine.db.call(lambda s: s.outbox.get_for_message(queued.message_id))
        assert entry.state is OutboxState.UNCERTAIN and engine.simulator.sent_messages == []
        await engine.db.run(lambda s: resend(s, queued.message_id))  # the user's choice
        engine.sender.wake()
        await engine.until(lambda: len(engine.simulator.sent_messages) == 1)


async def test_a_send_that_times_out_is_uncertain_and_settled_by_its_ticks(tmp_path):
    async with running_engine(tmp_path, timeouts=Timeouts(read=0.3)) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        engine.simulator.faults.slow_seconds = 1.0  # Meta accepts it, but the answer comes too late
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Lambat"))
        engine.sender.wake()
        await engine.until_db(lambda s: s.messages.get(queued.message_id).status is not MessageStatus.PENDING)
        engine.simulator.faults.slow_seconds = 0
        # The status webhooks carry our id: the uncertain message settles without a second send.
        settled = await engine.until_db(
            lambda s: (m := s.messages.get(queued.message_id)) and m.status is MessageStatus.READ and m
        )
        assert settled.wamid and len(engine.simulator.sent_messages) == 1
        assert engine.db.call(lambda s: s.outbox.count()) == 0


async def test_in_flight_at_start_becomes_uncertain(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        await engine.sender.stop()

        def crashed_mid_send(s):
            queued = queue_text(s, conversation, "Terputus")
            entry = s.outbox.get_for_message(queued.message_id)
            s.outbox.set_state(entry.id, OutboxState.IN_FLIGHT)
            return queued.message_id

        message_id = await engine.db.run(crashed_mid_send)
        from monggo_desktop.services.messaging.sender import mark_in_flight_uncertain

        assert await engine.db.run(mark_in_flight_uncertain) == 1
        assert status_of(engine, message_id).status is MessageStatus.UNCERTAIN


async def test_outbound_media_is_uploaded_then_sent_by_id(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        png = b"\x89PNG\r\n\x1a\n" + bytes(range(200)) * 10

        def attach(s):
            media = s.media.add(MediaRef(mime_type="image/png", filename="katalog.png", file_size=len(png)))
            store_media(s, tmp_path / "media", media.id, png)
            return queue_media(s, conversation, media.id, caption="Katalog terbaru")

        queued = await engine.db.run(attach)
        assert png not in (tmp_path / "media" / f"{1:010d}.bin").read_bytes()
        engine.sender.wake()
        await engine.until(lambda: len(engine.simulator.sent_messages) == 1)
        sent = engine.simulator.sent_messages[0]
        assert sent["type"] == "image" and sent["image"]["caption"] == "Katalog terbaru" and sent["image"]["id"]
        assert queued.message_id


async def test_while_whatsapp_does_not_answer_the_sender_says_messages_wait_then_clears(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        engine.simulator.faults.server_error_next = 1_000
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Nanti saja"))
        engine.sender.wake()
        await engine.until(lambda: engine.sender.state.reason == NOT_ANSWERING)
        assert not engine.sender.state.paused and status_of(engine, queued.message_id).status is MessageStatus.PENDING
        engine.simulator.faults.server_error_next = 0
        await engine.until_db(lambda s: s.messages.get(queued.message_id).wamid, timeout=20)
        await engine.until(lambda: engine.sender.state.reason is None)
        assert [s.reason for s in engine.states] == [NOT_ANSWERING, None]


async def test_without_a_connection_messages_wait_and_the_sender_says_so(tmp_path):
    async with running_engine(tmp_path) as engine:
        conversation = await open_conversation(engine, CUSTOMER)
        await engine.simulator.stop()  # nothing listens on its port any more: connections are refused
        queued = await engine.db.run(lambda s: queue_text(s, conversation, "Sinyal hilang"))
        engine.sender.wake()
        await engine.until(lambda: engine.sender.state.reason == OFFLINE)
        message = status_of(engine, queued.message_id)
        assert message.status is MessageStatus.PENDING and message.wamid is None
        assert engine.db.call(lambda s: s.outbox.count()) == 1  # kept, to go out when the connection is back
