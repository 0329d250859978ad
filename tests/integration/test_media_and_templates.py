"""Inbound media downloaded and stored encrypted; templates synced and sent with their parameters."""

from __future__ import annotations

import asyncio
import hashlib

import pytest

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import DownloadState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.services.messaging.media_downloads import MAX_ATTEMPTS, MediaDownloader, retry_at
from monggo_desktop.services.messaging.media_files import read_media
from monggo_desktop.services.messaging.outbox import conversation_for_number, queue_template
from monggo_desktop.services.messaging.templates import body_parameters, sync_templates
from tests.integration.engine_helpers import running_engine

CUSTOMER = "16505551234"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40


async def test_inbound_media_is_downloaded_checked_and_stored_encrypted(tmp_path):
    async with running_engine(tmp_path) as engine:
        media_id = engine.simulator.add_inbound_media(JPEG, "image/jpeg")
        await engine.simulator.customer_message(
            CUSTOMER,
            message={
                "type": "image",
                "image": {
                    "id": media_id,
                    "mime_type": "image/jpeg",
                    "sha256": hashlib.sha256(JPEG).hexdigest(),
                    "caption": "Motif ini ada?",
                },
            },
        )
        row = await engine.until_db(lambda s: s.conn.execute("SELECT media_id FROM messages").fetchone())
        downloader = MediaDownloader(engine.db, engine.client, tmp_path / "media")
        task = asyncio.create_task(downloader.run())
        try:
            media = await engine.until_db(
                lambda s: (m := s.media.get(row[0])) and m.download_state is DownloadState.DONE and m
            )
        finally:
            downloader.stop()
            await task
        stored = (tmp_path / "media" / media.local_path).read_bytes()
        assert JPEG not in stored and b"\xff\xd8\xff\xe0" not in stored[:64]
        assert engine.db.call(lambda s: read_media(s, tmp_path / "media", media)) == JPEG


async def test_a_media_id_that_cannot_be_fetched_is_retried_then_marked_failed(tmp_path):
    async with running_engine(tmp_path) as engine:
        await engine.simulator.customer_message(
            CUSTOMER, message={"type": "document", "document": {"id": "999000999", "mime_type": "application/pdf"}}
        )
        row = await engine.until_db(lambda s: s.conn.execute("SELECT media_id FROM messages").fetchone())
        downloader = MediaDownloader(engine.db, engine.client, tmp_path / "media")
        task = asyncio.create_task(downloader.run())
        try:
            await engine.until_db(lambda s: s.media.attempts(row[0]) >= 1)
        finally:
            downloader.stop()
            await task
        media = engine.db.call(lambda s: s.media.get(row[0]))
        assert media.download_state is DownloadState.PENDING and media.local_path is None


def test_retry_schedule_grows_then_gives_up():
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, tzinfo=UTC)
    gaps = [retry_at(n, now) for n in range(MAX_ATTEMPTS)]
    assert gaps[-1] is None and all(g is not None for g in gaps[:-1])
    assert gaps[0] < gaps[1] < gaps[2]


async def test_templates_sync_and_send_with_parameters(tmp_path):
    async with running_engine(tmp_path) as engine:
        sendable = await sync_templates(engine.db, engine.client, engine.account_id)
        stored = engine.db.call(lambda s: s.templates.for_account(engine.account_id))
        assert sendable == sum(t.sendable for t in stored) and any(not t.sendable for t in stored)
        order = next(t for t in stored if t.name == "order_update")
        names = body_parameters(order)
        conversation = engine.db.call(lambda s: conversation_for_number(s, engine.account_id, "+" + CUSTOMER))
        with pytest.raises(InvalidInputError, match="needs"):
            engine.db.call(
                lambda s: queue_template(s, conversation, "order_update", order.language, body_parameters=[])
            )
        rejected = next(t for t in stored if not t.sendable)
        with pytest.raises(InvalidInputError, match="not approved"):
            engine.db.call(lambda s: queue_template(s, conversation, rejected.name, rejected.language))
        values = [f"v{i}" for i in range(len(names))]
        queued = engine.db.call(
            lambda s: queue_template(s, conversation, "order_update", order.language, body_parameters=values)
        )
        message = engine.db.call(lambda s: s.messages.get(queued.message_id))
        assert all(v in message.body for v in values)  # the preview the owner saw
        engine.sender.wake()
        await engine.until(lambda: len(engine.simulator.sent_messages) == 1)
        sent = engine.simulator.sent_messages[0]
        assert sent["type"] == "template" and sent["template"]["name"] == "order_update"
        await engine.until_db(lambda s: s.messages.get(queued.message_id).status is MessageStatus.READ)
