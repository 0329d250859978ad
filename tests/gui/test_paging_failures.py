"""A page that fails to load is asked for again on the next scroll, in the conversation list and in a chat; the
reports screen's viewmodel ends with the window, not when the account is closed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monggo_desktop.domain.errors import StorageUnavailableError
from tests.gui.demo_helpers import open_conversation


def test_a_failed_page_of_conversations_is_asked_for_again(qtbot, demo_window, demo, monkeypatch):
    services = demo.services.reads
    real = services.conversations
    calls: list[int] = []

    async def once_broken(*, offset: int = 0, **kwargs):  # type: ignore[no-untyped-def]
        if offset:
            calls.append(offset)
            if len(calls) == 1:
                raise StorageUnavailableError("the database is busy")
        return await real(offset=offset, **kwargs)

    monkeypatch.setattr(services, "conversations", once_broken)
    model = demo_window.list_model
    model._has_more = True  # as a long list would be: there is a page below
    model.fetchMore()
    qtbot.waitUntil(lambda: calls == [6], timeout=5_000)
    qtbot.waitUntil(model.canFetchMore, timeout=5_000)  # the failure let the list ask again
    model.fetchMore()
    qtbot.waitUntil(lambda: calls == [6, 6], timeout=5_000)


def test_a_failed_older_page_of_a_chat_is_asked_for_again(qtbot, demo_window, demo, monkeypatch):
    open_conversation(qtbot, demo_window, lambda r: r.title == "Sari Wulandari")
    services = demo.services.reads
    real = services.older_bubbles
    calls: list[int] = []

    async def once_broken(conversation_id: int, before: int, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(before)
        if len(calls) == 1:
            raise StorageUnavailableError("the database is busy")
        return await real(conversation_id, before, **kwargs)

    monkeypatch.setattr(services, "older_bubbles", once_broken)
    model = demo_window.chat_panel.model
    model._has_older = True  # as a long chat would be
    assert model.request_older()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5_000)
    qtbot.waitUntil(model.request_older, timeout=5_000)  # allowed again after the failure
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5_000)


def test_closing_the_account_keeps_the_reports_screen_alive_and_the_window_ends_it(qtbot, demo):
    from monggo_desktop.services.reports import ReportsService
    from monggo_desktop.ui.main_window import REPORTS_SCREEN, MainWindow
    from monggo_desktop.ui.viewmodels.chat import ChatViewModel
    from monggo_desktop.ui.viewmodels.conversations import ConversationListViewModel
    from monggo_desktop.ui.viewmodels.reports import ReportsViewModel

    window = MainWindow(
        ConversationListViewModel(demo.services),
        ChatViewModel(demo.services),
        demo=True,
        reports=lambda: ReportsViewModel(ReportsService(demo.engine.session.db)),
    )
    qtbot.addWidget(window)
    window.show_screen(REPORTS_SCREEN)
    reports = window._reports
    assert reports is not None
    now = datetime.now(UTC)
    window.show_account_closed(now, now + timedelta(days=90))
    assert not reports._closed  # the owner may still read the reports of a closed account
    window.shutdown()
    assert reports._closed
