"""What every viewmodel shares: tasks on the qasync loop that are kept alive and whose bugs are reported."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject

from monggo_desktop.domain.errors import UserFacingError
from monggo_desktop.ui.sentences import sentence

log = logging.getLogger("monggo.ui")


class AsyncViewModel(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
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

    def run_then(self, work: Callable[[], Awaitable[Any]], then: Callable[[Any], None]) -> None:
        """Run ``work``; hand its result to ``then``, or say a user mistake on the ``error`` signal (one
        sentence) that viewmodels using this declare."""
        self.spawn(self._run_then(work, then))

    async def _run_then(self, work: Callable[[], Awaitable[Any]], then: Callable[[Any], None]) -> None:
        try:
            result = await work()
        except UserFacingError as exc:
            self.error.emit(sentence(exc))  # type: ignore[attr-defined]
            return
        then(result)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:  # a bug, not a user mistake (those are caught in the coroutines): report it once
            sys.excepthook(type(exc), exc, exc.__traceback__)
