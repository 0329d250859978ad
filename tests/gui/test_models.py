"""The list models: Qt's model tester through every change, paging signals, order, day headers."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QListView

from monggo_desktop.domain.models import Direction
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import BubbleView, ConversationRow
from monggo_desktop.ui.models.chat_model import ChatModel
from monggo_desktop.ui.models.conversation_list_model import ConversationListModel, order_key

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
NOW = datetime(2026, 11, 25, 15, 30).astimezone()  # local and aware, as the services hand them (converted)
TODAY = NOW.date()


def conv(cid: int, minutes_ago: int | None, *, pinned: bool = False, unread: int = 0) -> ConversationRow:
    return ConversationRow(
        conversation_id=cid,
        contact_id=cid * 10,
        title=f"Customer {cid}",
        phone_e164=f"+628120000{cid:04d}",
        preview="Siap kak",
        last_at=None if minutes_ago is None else NOW - timedelta(minutes=minutes_ago),
        unread=unread,
        last_outbound_status=None,
        pinned=pinned,
    )


def bubble(mid: int, at: datetime, text: str = "halo", status: MessageStatus = MessageStatus.RECEIVED) -> BubbleView:
    direction = Direction.INBOUND if status is MessageStatus.RECEIVED else Direction.OUTBOUND
    return BubbleView(message_id=mid, direction=direction, type="text", text=text, at=at, status=status)


def ids(model: ConversationListModel | ChatModel) -> list[int]:
    return [model.data(model.index(r, 0), model.IdRole) for r in range(model.rowCount())]


def assert_ordered(model: ConversationListModel) -> None:
    keys = [order_key(row) for row in model.rows()]
    assert keys == sorted(keys)


@pytest.fixture
def british() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


# Conversation list ---------------------------------------------------------------------------------


def test_the_conversation_model_passes_the_model_tester_through_every_change(qapp):
    model = ConversationListModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.replace_all([conv(i, i * 10) for i in range(1, 6)], has_more=True)
    model.append_page([conv(i, i * 10) for i in range(6, 11)], has_more=False)
    model.upsert(conv(99, 0))  # new, newest: on top
    model.upsert(conv(10, -5))  # the oldest gets a message: moves from the bottom to the top
    model.upsert(conv(3, 30, pinned=True))  # pinned: above everything
    model.upsert(conv(3, 30))  # unpinned again: back down
    model.upsert(conv(5, 50, unread=4))  # same place, new data
    model.upsert(conv(11, None))  # never had a message: last
    assert model.remove(7) and not model.remove(7)
    assert_ordered(model)
    assert ids(model)[:3] == [10, 99, 1]
    model.replace_all([], has_more=False)
    assert model.rowCount() == 0
    del tester


def test_roles_and_lookups(qapp):
    model = ConversationListModel()
    model.replace_all([conv(1, 5), conv(2, 1)], has_more=False)
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "Customer 1"
    assert model.data(first, ConversationListModel.IdRole) == 1
    assert model.data(first, ConversationListModel.RowRole) == conv(1, 5)
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == "+62 812-0000-0001"
    assert model.row_of(2) == 1 and model.row_of(3) is None
    assert model.roleNames()[ConversationListModel.IdRole] == b"conversationId"


def test_fetch_more_asks_once_until_the_page_arrives(qtbot):
    model = ConversationListModel()
    assert not model.canFetchMore(QModelIndex())  # nothing known yet: the viewmodel loads the first page
    model.replace_all([conv(i, i) for i in range(3)], has_more=True)
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.more_wanted, timeout=1000):
        model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())
    with qtbot.assertNotEmitted(model.more_wanted):
        model.fetchMore(QModelIndex())
    model.append_page([conv(i, i) for i in range(3, 6)], has_more=True)
    assert model.rowCount() == 6 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.more_wanted, timeout=1000):
        model.fetchMore(QModelIndex())
    model.fetch_failed()  # a failed load allows a retry
    assert model.canFetchMore(QModelIndex())
    model.append_page([conv(6, 6)], has_more=False)
    with qtbot.assertNotEmitted(model.more_wanted):
        model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())


def test_a_view_asks_for_the_next_page_by_itself(qtbot):
    model = ConversationListModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 600)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(model.more_wanted, timeout=2000):
        model.replace_all([conv(1, 1)], has_more=True)  # one row does not fill the view


def test_upsert_keeps_the_order_and_moves_rows_instead_of_resetting(qapp):
    rng = random.Random(20261125)
    model = ConversationListModel()
    tester = QAbstractItemModelTester(model, FATAL)
    resets, moves = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda *args: moves.append(args))
    model.replace_all(sorted((conv(i, rng.randint(0, 500)) for i in range(20)), key=order_key), has_more=False)
    assert_ordered(model)
    for step in range(150):
        cid = rng.randint(0, 30)
        if step % 17 == 0:
            model.remove(cid)
        else:
            minutes = None if rng.random() < 0.05 else rng.randint(-100, 600)
            model.upsert(conv(cid, minutes, pinned=rng.random() < 0.15, unread=rng.randint(0, 3)))
        assert_ordered(model)
        assert len(set(ids(model))) == model.rowCount()
    assert len(resets) == 1 and moves  # only the first page reset the model
    del tester


def test_a_moved_row_keeps_its_selection_and_persistent_index(qapp):
    model = ConversationListModel()
    model.replace_all([conv(i, i * 10) for i in range(5)], has_more=False)
    followed = QPersistentModelIndex(model.index(4, 0))
    model.upsert(conv(4, -1))
    assert followed.row() == 0 and model.data(model.index(0, 0), ConversationListModel.IdRole) == 4
    followed = QPersistentModelIndex(model.index(0, 0))
    model.upsert(conv(4, 25))  # moves down between 2 (20 min) and 3 (30 min)
    assert followed.row() == 3 and ids(model) == [0, 1, 2, 4, 3]


def test_rows_beyond_the_loaded_pages_are_left_to_later_pages(qapp):
    model = ConversationListModel()
    model.replace_all([conv(i, i * 10) for i in range(3)], has_more=True)
    assert model.upsert(conv(50, 1000)) is None  # older than everything loaded
    assert model.row_of(50) is None
    assert model.upsert(conv(0, 999)) is None  # a loaded row that now belongs to a later page
    assert ids(model) == [1, 2]
    model.append_page([conv(0, 999), conv(50, 1000)], has_more=False)
    assert ids(model) == [1, 2, 0, 50]
    assert model.upsert(conv(60, 2000)) == 4  # the end is known now: it goes last


def test_append_page_never_shows_a_row_twice(qapp):
    model = ConversationListModel()
    model.replace_all([conv(1, 10), conv(2, 20)], has_more=True)
    model.upsert(conv(9, 0))  # a new message in a conversation of the next page
    model.append_page([conv(3, 30), conv(9, 0), conv(4, 40)], has_more=False)
    assert ids(model) == [9, 1, 2, 3, 4]


def test_an_unchanged_row_emits_nothing(qtbot):
    model = ConversationListModel()
    model.replace_all([conv(1, 10), conv(2, 20)], has_more=False)
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.rowsMoved):
        assert model.upsert(conv(2, 20)) == 1
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        model.upsert(conv(2, 20, unread=3))
    assert changed.args[0].row() == 1


# Chat -----------------------------------------------------------------------------------------------


def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def headers(model: ChatModel) -> list[str | None]:
    return [model.data(model.index(r, 0), ChatModel.DayHeaderRole) for r in range(model.rowCount())]


def test_the_chat_model_passes_the_model_tester_through_every_change(qapp):
    model = ChatModel(today=lambda: TODAY)
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_newest([bubble(i, at(0, 8, i)) for i in range(10, 20)], has_older=True)
    model.prepend_older([bubble(i, at(1, 8, i)) for i in range(5, 10)], has_older=True)
    model.prepend_older([bubble(i, at(2, 8, i)) for i in range(0, 5)], has_older=False)
    model.upsert(bubble(30, at(0, 23)))  # new at the bottom
    model.upsert(bubble(31, at(1, 12)))  # late arrival in the middle of yesterday
    model.upsert(bubble(30, at(0, 23), status=MessageStatus.READ))  # a tick, in place
    model.upsert(bubble(12, at(2, 9)))  # its time was corrected: moves up across a day
    assert [model.bubble_at(r).at for r in range(model.rowCount())] == sorted(
        model.bubble_at(r).at for r in range(model.rowCount())
    )
    model.set_newest([], has_older=False)
    assert model.rowCount() == 0
    del tester


def test_request_older_emits_once_until_the_page_arrives(qtbot):
    model = ChatModel(today=lambda: TODAY)
    model.set_newest([bubble(10, at(0, 9))], has_older=True)
    with qtbot.waitSignal(model.older_wanted, timeout=1000):
        assert model.request_older()
    with qtbot.assertNotEmitted(model.older_wanted):
        assert not model.request_older()
    model.prepend_older([bubble(9, at(0, 8))], has_older=True)
    with qtbot.waitSignal(model.older_wanted, timeout=1000):
        assert model.request_older()
    model.older_failed()
    with qtbot.waitSignal(model.older_wanted, timeout=1000):
        assert model.request_older()
    model.prepend_older([bubble(8, at(0, 7))], has_older=False)
    assert not model.has_older
    with qtbot.assertNotEmitted(model.older_wanted):
        assert not model.request_older()
    assert ids(model) == [8, 9, 10] and model.oldest_id() == 8


def test_older_pages_are_inserted_at_the_top_and_rows_keep_their_identity(qtbot):
    model = ChatModel(today=lambda: TODAY)
    model.set_newest([bubble(i, at(0, 10, i)) for i in range(10, 13)], has_older=True)
    followed = QPersistentModelIndex(model.index(0, 0))
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        model.prepend_older([bubble(i, at(0, 9, i)) for i in (5, 6, 7, 12)], has_older=True)  # 12 is shown
    assert inserted.args[1:] == [0, 2]
    assert followed.row() == 3
    assert ids(model) == [5, 6, 7, 10, 11, 12]


def test_upsert_updates_in_place_or_inserts_at_its_time(qtbot):
    model = ChatModel(today=lambda: TODAY)
    model.set_newest([bubble(1, at(0, 9)), bubble(3, at(0, 11))], has_older=True)
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        assert model.upsert(bubble(3, at(0, 11), status=MessageStatus.DELIVERED)) == 1
    assert changed.args[0].row() == 1
    assert model.bubble_at(1).status is MessageStatus.DELIVERED
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        assert model.upsert(bubble(2, at(0, 10))) == 1
    assert inserted.args[1:] == [1, 1]
    assert model.upsert(bubble(4, at(0, 12))) == 3
    assert model.upsert(bubble(0, at(0, 8))) is None  # older than the top while older pages exist
    with qtbot.assertNotEmitted(model.dataChanged):
        model.upsert(bubble(4, at(0, 12)))
    assert ids(model) == [1, 2, 3, 4]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole) == "halo"
    assert model.data(model.index(1, 0), ChatModel.BubbleRole) == bubble(2, at(0, 10))


def test_day_headers_sit_on_the_first_bubble_of_each_day_only(qapp, british):
    model = ChatModel(today=lambda: date(2026, 11, 25))
    day = [datetime(2026, 11, d, h).astimezone() for d, h in ((23, 9), (23, 18), (24, 7), (25, 8), (25, 9), (25, 20))]
    model.set_newest([bubble(i, moment) for i, moment in enumerate(day)], has_older=False)
    assert headers(model) == ["Monday, 23 November 2026", None, "Yesterday", "Today", None, None]


def test_day_headers_follow_older_pages_and_late_arrivals(qtbot):
    model = ChatModel(today=lambda: TODAY)
    model.set_newest([bubble(10, at(1, 9)), bubble(11, at(1, 10)), bubble(12, at(0, 9))], has_older=True)
    assert headers(model) == ["Yesterday", None, "Today"]
    # An older page from the same day: the header moves up, and the view hears of the row that lost it.
    changed: list[tuple[int, list[int]]] = []
    model.dataChanged.connect(lambda top, _bottom, roles: changed.append((top.row(), list(roles))))
    model.prepend_older([bubble(9, at(1, 8))], has_older=False)
    assert headers(model) == ["Yesterday", None, None, "Today"]
    assert (1, [ChatModel.DayHeaderRole]) in changed
    model.upsert(bubble(8, at(0, 8)))  # earlier today than the first of today
    assert headers(model) == ["Yesterday", None, None, "Today", None]
    assert ids(model) == [9, 10, 11, 8, 12]


def page(first: int, count: int = 5) -> list[BubbleView]:
    """Messages ``first`` .. ``first + count - 1``, a minute apart: ids follow time."""
    return [bubble(i, at(0, 8) + timedelta(minutes=i)) for i in range(first, first + count)]


def test_paging_keeps_a_window_dropping_far_rows_and_bringing_them_back(qtbot):
    model = ChatModel(today=lambda: TODAY, window=10)
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_newest(page(30), has_older=True)
    model.prepend_older(page(25), has_older=True)
    assert ids(model) == list(range(25, 35)) and not model.has_newer  # full, nothing dropped yet
    model.prepend_older(page(20), has_older=True)
    assert ids(model) == list(range(20, 30)) and model.has_newer  # the newest rows went
    assert model.upsert(bubble(40, at(0, 8) + timedelta(minutes=40))) is None  # a new message: not loaded
    with qtbot.waitSignal(model.newer_wanted, timeout=1000):
        assert model.request_newer()
    assert not model.request_newer()  # once, until the page arrives
    model.append_newer(page(30), has_newer=True)
    assert ids(model) == list(range(25, 35)) and model.has_older and model.has_newer
    model.append_newer([*page(35), bubble(40, at(0, 8) + timedelta(minutes=40))], has_newer=False)
    assert ids(model) == [*range(31, 40), 40] and not model.has_newer and model.newest_id() == 40
    assert model.upsert(bubble(41, at(0, 8) + timedelta(minutes=41))) == 10  # the bottom is live again
    assert not model.request_newer()
    del tester


def test_a_failed_newer_page_can_be_asked_for_again(qtbot):
    model = ChatModel(today=lambda: TODAY, window=5)
    model.set_newest(page(10), has_older=True)
    model.prepend_older(page(5), has_older=False)
    assert model.has_newer and model.request_newer()
    model.newer_failed()
    with qtbot.waitSignal(model.newer_wanted, timeout=1000):
        assert model.request_newer()
