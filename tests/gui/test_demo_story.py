"""The demo tells one story: a customer who answers keeps their name in the list and in the chat's header, and
answers in their own language; the profile is the batik shop's."""

from __future__ import annotations

import asyncio

import pytest

from monggo_desktop.services.demo_data import ENGLISH_REPLIES, REPLIES
from tests.gui.demo_helpers import bubbles, open_conversation


@pytest.mark.parametrize(("name", "language"), [("Sari Wulandari", REPLIES), ("Daniel Moore", ENGLISH_REPLIES)])
def test_a_customer_answers_under_their_name_in_their_language(qtbot, demo_window, demo, name, language):
    open_conversation(qtbot, demo_window, lambda r: r.title == name)
    panel = demo_window.chat_panel
    before = {b.message_id for b in bubbles(demo_window)}
    with qtbot.waitSignal(panel._vm.sent, timeout=5_000):
        panel._vm.send_text("Sudah kami kirim ya kak / Sent today")
    qtbot.waitUntil(
        lambda: any(b.text in language for b in bubbles(demo_window) if b.message_id not in before), timeout=10_000
    )
    qtbot.wait(400)  # the list's and the header's refresh after the answer
    assert panel.title.text() == name
    assert any(row.title == name for row in demo_window.list_model.rows())


def test_the_demo_profile_is_the_batik_shop(qtbot, demo):
    details = asyncio.ensure_future(demo.engine.client.profile.get())
    qtbot.waitUntil(details.done, timeout=5_000)
    profile = details.result()
    assert "batik" in profile.about.lower() and profile.vertical == "APPAREL"
