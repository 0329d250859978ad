"""The business profile screen on the demo (real database, the simulator over loopback, real widgets): the
round trip, bad input refused with its reason, the photo cropped and uploaded, offline viewing and the phone
number's details."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from monggo_desktop.cloud.simulator.state import SEED_PROFILE
from monggo_desktop.services.account.profile import ProfileService
from monggo_desktop.ui.models.contact_table_model import when_text
from monggo_desktop.ui.profile_page import ProfilePage
from monggo_desktop.ui.viewmodels.profile import ProfileViewModel, square_photo


def open_profile(qtbot, window) -> ProfilePage:  # type: ignore[no-untyped-def]
    window.show_screen(2)
    page = window.profile_page
    assert isinstance(page, ProfilePage)
    qtbot.waitUntil(lambda: page.source.text().startswith("Up to date with WhatsApp"), timeout=10_000)
    return page


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace what the line edit holds, key by key, as the owner would."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def run(qtbot, coroutine) -> Any:  # type: ignore[no-untyped-def]
    future = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(future.done, timeout=15_000)
    return future.result()


def quiet(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    """The engine's start-up template sync and the route's registration are over: from here only the screen talks
    to the simulator (the route's next check is minutes away)."""
    qtbot.waitUntil(
        lambda: all(task.done() for task in demo.engine._tasks if task.get_name() == "template-sync"), timeout=10_000
    )
    qtbot.waitUntil(lambda: demo.engine.receiving is not None and demo.engine.receiving.state.can_receive)


def test_profile_round_trip_edit_save_reload(qtbot, demo_window, demo, demo_simulator):
    page = open_profile(qtbot, demo_window)
    assert page.about.text() == SEED_PROFILE["about"]
    about = "Batik tulis Yogya: pesan lewat WhatsApp"
    type_into(qtbot, page.about, about)
    assert page.counters["about"].text() == f"{len(about)} / 139"
    type_into(qtbot, page.website2, "http://batik.example")
    position = page.vertical.findData("APPAREL")
    assert page.vertical.itemText(position) == "Clothing and apparel"
    page.vertical.setCurrentIndex(position)
    page.vertical.activated.emit(position)
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible() and page.result.text().startswith("Saved"), timeout=10_000)
    profile = demo_simulator.control_state()["profile"]
    assert profile["about"] == about
    assert profile["websites"] == ["https://monggo.example/", "http://batik.example"]
    assert profile["vertical"] == "APPAREL"

    # Changed elsewhere meanwhile (WhatsApp Manager, another computer); an unsaved edit here is dropped.
    run(qtbot, demo.engine.client.profile.update(address="Jl. Prawirotaman 9, Yogyakarta"))
    type_into(qtbot, page.about, "not saved")
    qtbot.mouseClick(page.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.address.text() == "Jl. Prawirotaman 9, Yogyakarta", timeout=10_000)
    assert page.about.text() == about
    assert page.website2.text() == "http://batik.example"
    assert page.vertical.currentData() == "APPAREL"
    assert page.source.text().startswith("Up to date with WhatsApp")
    kept = run(qtbot, ProfileService(demo.engine.session.db, demo.engine.account.id, lambda: None).cached())
    assert kept.fields.about == about and kept.fields.address == "Jl. Prawirotaman 9, Yogyakarta"


@pytest.mark.parametrize(
    ("field", "typed", "reason"),
    [
        ("email", "halo-monggo.example", "E-mail: not an e-mail address (it needs an @"),
        ("website1", "monggo.example", "Website 1: a web address starts with http:// or https://"),
        ("about", "a" * 140, "About: at most 139 characters (this has 140)"),
    ],
)
def test_bad_input_cannot_be_saved_and_says_why(qtbot, demo_window, demo, demo_simulator, field, typed, reason):
    page = open_profile(qtbot, demo_window)
    quiet(qtbot, demo)
    before = copy.deepcopy(demo_simulator.control_state()["profile"])
    assert not page.problem.isVisible()
    type_into(qtbot, getattr(page, field), typed)
    assert page.problem.isVisible() and reason in page.problem.text()
    assert not page.save_button.isEnabled()
    if field == "about":
        assert page.counters["about"].text() == "140 / 139" and page.counters["about"].property("tone") == "problem"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens

    demo_simulator.faults.server_error_next = 1  # any request reaching the simulator would use this up
    page._vm.save(page.current_fields())  # past the button, straight to the service: refused there too
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=5_000)
    assert reason in page.result.text() and page.result.property("tone") == "problem"
    assert demo_simulator.faults.server_error_next == 1
    assert demo_simulator.control_state()["profile"] == before
    demo_simulator.faults.server_error_next = 0


def test_a_refusal_by_whatsapp_shows_its_reason_and_keeps_the_edit(qtbot, demo_window, demo, demo_simulator):
    page = open_profile(qtbot, demo_window)
    quiet(qtbot, demo)
    type_into(qtbot, page.about, "Buka setiap hari")
    demo_simulator.faults.expired_token = True
    try:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.result.isVisible(), timeout=10_000)
    finally:
        demo_simulator.faults.expired_token = False
    assert page.result.text() == "The access token has expired: paste a new one in Settings."
    assert page.about.text() == "Buka setiap hari"
    assert demo_simulator.control_state()["profile"]["about"] == SEED_PROFILE["about"]


def _wide_picture(path: str) -> None:
    """300 x 200: red bands left and right of a green 200 x 200 middle."""
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter = QPainter(image)
    painter.fillRect(QRect(50, 0, 200, 200), QColor("lime"))
    painter.end()
    assert image.save(path)


def test_a_photo_is_cropped_to_its_middle_square_and_uploaded(qtbot, demo_window, tmp_path):
    page = open_profile(qtbot, demo_window)
    assert page.preview.text() == "No profile photo yet"
    path = str(tmp_path / "toko.png")
    _wide_picture(path)
    page.use_photo_file(path)
    qtbot.waitUntil(lambda: page._vm.photo is not None and page.use_photo_button.isEnabled(), timeout=5_000)
    prepared = page._vm.photo
    preview = page.preview.pixmap()
    assert not preview.isNull() and preview.width() == preview.height()
    qtbot.mouseClick(page.use_photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() == "The new profile photo is set.", timeout=15_000)

    snapshot = page._vm.snapshot
    assert snapshot.picture_url is not None
    assert snapshot.picture == prepared  # the bytes the simulator got, served back from the photo's address
    uploaded = QImage.fromData(snapshot.picture)
    assert (uploaded.width(), uploaded.height()) == (200, 200)
    for x, y in ((2, 2), (197, 2), (2, 197), (197, 197), (100, 100)):
        colour = uploaded.pixelColor(x, y)
        assert colour.green() > 200 and colour.red() < 60, (x, y, colour.name())  # the middle, no red band
    assert not page.preview.pixmap().isNull() and not page.use_photo_button.isEnabled()


def test_a_large_photo_is_scaled_down_and_a_non_picture_refused(qtbot, demo_window, tmp_path):
    large = QImage(1600, 900, QImage.Format.Format_RGB32)
    large.fill(QColor("navy"))
    large.save(str(tmp_path / "large.jpg"))
    square = QImage.fromData(square_photo(str(tmp_path / "large.jpg")))
    assert (square.width(), square.height()) == (640, 640)

    page = open_profile(qtbot, demo_window)
    (tmp_path / "notes.png").write_text("not a picture")
    page.use_photo_file(str(tmp_path / "notes.png"))
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=5_000)
    assert page.result.text() == "That file is not a picture this app can read."
    assert page._vm.photo is None and not page.use_photo_button.isEnabled()


@pytest.mark.parametrize("connected", [True, False], ids=["simulator-stopped", "no-client-yet"])
def test_offline_the_kept_copy_is_shown_with_when_it_was_fetched(qtbot, demo_window, demo, demo_simulator, connected):
    page = open_profile(qtbot, demo_window)
    fetched = page._vm.snapshot.fetched_at
    run(qtbot, demo_simulator.stop())
    client = demo.engine.client if connected else None
    # The screen as it opens in a later run of the app: what it shows can only come from the database.
    vm = ProfileViewModel(ProfileService(demo.engine.session.db, demo.engine.account.id, lambda: client))
    offline = ProfilePage(vm)
    qtbot.addWidget(offline)
    qtbot.waitUntil(lambda: offline.source.text().startswith("Offline:"), timeout=20_000)
    reason = "Cannot reach WhatsApp" if connected else "Not connected to WhatsApp yet"
    assert f"fetched {when_text(fetched)}." in offline.source.text() and reason in offline.source.text()
    assert vm.snapshot.from_cache and vm.snapshot.fetched_at == fetched
    assert offline.about.text() == SEED_PROFILE["about"]
    assert offline.phone_labels["verified_name"].text() == "Batik Monggo"
    vm.shutdown()


def test_the_phone_number_details_are_shown(qtbot, demo_window):
    page = open_profile(qtbot, demo_window)
    shown = {name: label.text() for name, label in page.phone_labels.items()}
    assert shown == {
        "display_number": "+1 555-078-3881",
        "verified_name": "Batik Monggo",
        "name_status": "Approved",
        "quality_rating": "High (green)",
        "throughput_level": "Standard (80 messages a second)",
        "messaging_limit": "250 customers a day",
    }


def test_before_the_client_exists_nothing_can_be_saved_and_reload_works_once_it_does(qtbot, demo):
    clients: list[Any] = []  # the real app makes its client after the window shows
    vm = ProfileViewModel(
        ProfileService(demo.engine.session.db, demo.engine.account.id, lambda: next(iter(clients), None))
    )
    page = ProfilePage(vm)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=5_000)
    assert page.result.text().startswith("Not connected to WhatsApp yet")
    assert page.source.text() == "The profile is not loaded yet: press Reload to try again."
    assert not page.about.isEnabled() and not page.save_button.isEnabled() and page.reload_button.isEnabled()

    clients.append(demo.engine.client)
    qtbot.mouseClick(page.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.about.text() == SEED_PROFILE["about"], timeout=10_000)
    assert page.about.isEnabled() and page.save_button.isEnabled()
    assert page.source.text().startswith("Up to date with WhatsApp")
    vm.shutdown()
