"""The one way a viewmodel calls a service (``AsyncViewModel.run``): the result to a callback, a user mistake to
the error signal in the window's language, a newer call under the same key cancelling the older one."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Signal

from monggo_desktop.domain.errors import DiskFullError, InvalidInputError
from monggo_desktop.ui.i18n import install_translator, remove_translators
from monggo_desktop.ui.viewmodels.base import AsyncViewModel


class Screen(AsyncViewModel):
    error = Signal(str)


@pytest.fixture
def screen(qloop) -> Iterator[Screen]:
    viewmodel = Screen()
    yield viewmodel
    viewmodel.shutdown()


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(30)  # the qasync loop runs what is ready


def test_the_latest_call_under_a_key_wins_and_the_older_is_cancelled(qtbot, screen):
    started: list[str] = []
    shown: list[str] = []
    release = asyncio.Event()

    async def query(text: str) -> str:
        started.append(text)
        await release.wait()
        return text

    screen.run(lambda: query("bat"), shown.append, key="rows")
    settle(qtbot)
    assert screen.running("rows")
    screen.run(lambda: query("batik"), shown.append, key="rows")
    settle(qtbot)
    release.set()
    settle(qtbot)
    assert started == ["bat", "batik"]
    assert shown == ["batik"]  # the older answer never reaches the screen
    assert not screen.running("rows")


def test_calls_under_other_keys_or_none_run_side_by_side(qtbot, screen):
    shown: list[str] = []

    async def answer(text: str) -> str:
        await asyncio.sleep(0)
        return text

    screen.run(lambda: answer("labels"), shown.append, key="labels")
    screen.run(lambda: answer("rows"), shown.append, key="rows")
    screen.run(lambda: answer("send"), shown.append)
    screen.run(lambda: answer("send again"), shown.append)
    settle(qtbot)
    assert sorted(shown) == ["labels", "rows", "send", "send again"]


def test_a_user_mistake_is_one_sentence_on_the_error_signal_and_failed_runs(qtbot, screen):
    said: list[str] = []
    failures: list[bool] = []
    shown: list[object] = []
    screen.error.connect(said.append)

    async def refuse() -> None:
        raise InvalidInputError("that file is no longer kept (removed by retention or on request)")

    screen.run(refuse, shown.append, failed=lambda: failures.append(True))
    settle(qtbot)
    assert said == ["That file is no longer kept (removed by retention or on request)."]
    assert failures == [True] and shown == []


def test_an_error_can_be_said_on_another_signal(qtbot, screen):
    on_error: list[str] = []
    elsewhere: list[str] = []
    screen.error.connect(on_error.append)

    async def refuse() -> None:
        raise InvalidInputError("no export could be written")

    screen.run(refuse, say=elsewhere.append)
    settle(qtbot)
    assert elsewhere == ["No export could be written."] and on_error == []


def test_an_error_with_a_fixed_text_is_said_in_the_window_s_language(qtbot, qapp, screen):
    said: list[str] = []
    screen.error.connect(said.append)

    async def full() -> None:
        raise DiskFullError()

    install_translator(qapp, "id")
    try:
        screen.run(full)
        settle(qtbot)
    finally:
        remove_translators()
    assert len(said) == 1
    assert "free some space" not in said[0] and "penuh" in said[0]  # Indonesian, not the English source


def test_a_bug_is_not_said_to_the_user_but_reported(qtbot, screen, monkeypatch):
    said: list[str] = []
    reported: list[type[BaseException]] = []
    screen.error.connect(said.append)
    monkeypatch.setattr("sys.excepthook", lambda kind, _exc, _tb: reported.append(kind))

    async def broken() -> None:
        raise KeyError("a bug")

    screen.run(broken)
    settle(qtbot)
    assert said == [] and reported == [KeyError]
