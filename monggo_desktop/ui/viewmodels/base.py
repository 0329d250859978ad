"""What every viewmodel shares: tasks on the qasync loop that are kept alive and whose bugs are reported, and one
way to call a service (``run``): its result to a callback, a user mistake to the ``error`` signal in the window's
words, and a newer call under the same key cancelling the older one (Anki's ``CollectionOp`` and FeelUOwn's
preemptive tasks are the models)."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.ui.error_words import error_text

log = logging.getLogger("monggo.ui")

T = TypeVar("T")


class AsyncViewModel(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[None]] = {}
        self._closed = False

    def shutdown(self) -> None:
        """The app is closing: cancel what runs, start nothing new."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()

    def spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None] | None:
        if self._closed:
            work.close()
            return None
        try:
            task = asyncio.ensure_future(work)
        except RuntimeError:  # the loop is gone (the app is closing): nothing left to update
            work.close()
            return None
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def run(
        self,
        work: Callable[[], Awaitable[T]],
        then: Callable[[T], None] | None = None,
        *,
        key: str | None = None,
        failed: Callable[[], None] | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``work``; hand its result to ``then``. A user mistake is said (one sentence, in the window's words)
        to ``say``, by default the ``error`` signal that viewmodels using this declare, and ``failed`` runs (a page
        asked again later). With ``key``, a call still running under the same key is cancelled first: the latest
        query wins."""
        if key is not None:
            older = self._keyed.pop(key, None)
            if older is not None and not older.done():
                older.cancel()
        task = self.spawn(self._run(work, then, failed, say))
        if key is not None and task is not None:
            self._keyed[key] = task

    def running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    async def _run(
        self,
        work: Callable[[], Awaitable[T]],
        then: Callable[[T], None] | None,
        failed: Callable[[], None] | None,
        say: Callable[[str], None] | None,
    ) -> None:
        try:
            result = await work()
        except UserFacingError as exc:
            (say or self.error.emit)(error_text(exc))  # type: ignore[attr-defined]
            if failed is not None:
                failed()
            return
        if then is not None:
            then(result)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:  # a bug, not a user mistake (those are caught in the coroutines): report it once
            sys.excepthook(type(exc), exc, exc.__traceback__)
