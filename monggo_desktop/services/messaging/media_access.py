"""The screens' door to the media files: a file decrypted in memory (a thumbnail, a photo opened large) or saved
decrypted where the owner chose. Light to import: the cipher and the file writer load when first needed."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:
    from monggo_desktop.services.messaging.media_files import StoredFile

# Files are read and decrypted off the event loop on a thread of our own: qasync's default executor is a QThread
# pool that must not outlive the application.
FILE_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monggo-files")


class MediaAccess:
    def __init__(self, db: Database, media_dir: Path | None) -> None:
        self._db = db
        self.media_dir = media_dir

    async def content(self, media_id: int) -> bytes:
        """A stored media file, decrypted in memory only."""
        media_dir = self.media_dir
        if media_dir is None:
            raise InvalidInputError("files are not kept here")
        stored = await self._db.run(lambda s: _locate(s, media_dir, media_id))
        return await asyncio.get_running_loop().run_in_executor(FILE_WORKER, stored.decrypt)

    async def save(self, media_id: int, target: Path) -> None:
        """Write a decrypted copy where the owner chose to save it: whole, or not at all."""
        from monggo_desktop.services.durable_files import write_whole

        data = await self.content(media_id)
        await asyncio.get_running_loop().run_in_executor(FILE_WORKER, write_whole, target, data)


def _locate(store: Store, media_dir: Path, media_id: int) -> StoredFile:
    from monggo_desktop.services.messaging.media_files import locate_media

    media = store.media.get(media_id)
    if media is None:
        raise InvalidInputError("that file is no longer kept (removed by retention or on request)")
    if media.local_path is None:
        raise InvalidInputError("that file has not been downloaded yet")
    return locate_media(store, media_dir, media)
