"""Inbound media is downloaded promptly (Meta's media ids expire after 7 days), checked, stored encrypted.

A failed download is retried with growing pauses and, after ``MAX_ATTEMPTS``, marked failed where the user
sees it; it is never silently lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from monggo_desktop.cloud.client import CloudApiClient
from monggo_desktop.cloud.errors import CloudApiError, MediaIntegrityError
from monggo_desktop.domain.changes import Changes
from monggo_desktop.domain.models import MediaRef, utc_now
from monggo_desktop.services.messaging.media_files import store_media
from monggo_desktop.storage import Database, Store

log = logging.getLogger("monggo.services")

MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=6)


def retry_at(attempts_so_far: int, now: datetime) -> datetime | None:
    """When to try again after ``attempts_so_far`` failures; None once it is time to give up."""
    if attempts_so_far + 1 >= MAX_ATTEMPTS:
        return None
    return now + min(LONGEST_RETRY, FIRST_RETRY * (1 << attempts_so_far))


class MediaDownloader:
    def __init__(
        self,
        db: Database,
        client: CloudApiClient,
        media_dir: Path,
        *,
        concurrency: int = 3,
        on_change: Callable[[Changes], None] | None = None,
    ) -> None:
        self._on_change = on_change
        self._db = db
        self._client = client
        self._media_dir = media_dir
        self._concurrency = concurrency
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            due = await self._db.run(lambda s: s.media.due_downloads(utc_now(), limit=self._concurrency * 4))
            if due:
                semaphore = asyncio.Semaphore(self._concurrency)
                await asyncio.gather(*(self._download(item, semaphore) for item in due))
                continue
            later = await self._db.run(lambda s: s.media.next_download_at())
            wait = 60.0 if later is None else max(0.05, min(60.0, (later - utc_now()).total_seconds()))
            try:
                async with asyncio.timeout(wait):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def _download(self, media: MediaRef, semaphore: asyncio.Semaphore) -> None:
        assert media.id is not None and media.meta_media_id is not None
        media_id = media.id
        async with semaphore:
            try:
                info, data = await self._client.media.download(media.meta_media_id)
                if media.sha256 and info.sha256 and media.sha256.lower() != info.sha256.lower():
                    raise MediaIntegrityError("the media file does not match what the customer sent")
            except (CloudApiError, MediaIntegrityError) as exc:
                reason = str(exc)
                await self._db.run(
                    lambda s: s.media.download_failed(
                        media_id, reason, retry_at=retry_at(s.media.attempts(media_id), utc_now())
                    )
                )
                log.info("media download failed (%s); retried later", type(exc).__name__)
                return
            conversation_id = await self._db.run(lambda s: _store(s, self._media_dir, media_id, data))
            if self._on_change is not None and conversation_id is not None:
                self._on_change(Changes.of_conversations([conversation_id]))


def _store(store: Store, media_dir: Path, media_id: int, data: bytes) -> int | None:
    """The file kept encrypted; returns the conversation whose bubble now shows it."""
    store_media(store, media_dir, media_id, data)
    return store.messages.conversation_of_media(media_id)
