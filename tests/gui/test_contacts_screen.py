"""The contacts screen on the demo (real database, real widgets): the table, editing, labels, consent,
blocking, duplicates and the way into a chat."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from monggo_desktop.domain.models import ConsentKind
from monggo_desktop.ui.contacts_page import AddContactDialog
from monggo_desktop.ui.duplicates_dialog import DuplicatesDialog
from tests.gui.demo_helpers import bubbles


def page(window):  # type: ignore[no-untyped-def]
    window.show_screen(1)
    return window.contacts_page


def names(contacts) -> list[str]:  # type: ignore[no-untyped-def]
    return [contacts.model.row_at(i).name for i in range(contacts.model.rowCount())]


def choose(qtbot, contacts, name: str) -> None:  # type: ignore[no-untyped-def]
    row = names(contacts).index(name)
    contacts.table.selectionModel().setCurrentIndex(
        contacts.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(lambda: contacts.detail.isEnabled() and contacts.detail.heading.text() == name, timeout=5_000)


def test_the_table_lists_sorts_and_searches_the_demo_customers(qtbot, demo_window, qtmodeltester):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    assert names(contacts) == sorted(names(contacts), key=str.casefold)
    assert contacts.total.text() == "6 contacts"
    qtmodeltester.check(contacts.model)
    contacts.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names(contacts)[0] == "Sari Wulandari", timeout=5_000)
    qtbot.keyClicks(contacts.search, "0813")  # Budi's number, written the national way
    qtbot.waitUntil(lambda: names(contacts) == ["Budi Santoso"], timeout=5_000)


def test_the_label_filter_narrows_the_table(qtbot, demo_window):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.label_filter.findData("Pelanggan tetap") >= 0, timeout=5_000)
    position = contacts.label_filter.findData("Pelanggan tetap")
    contacts.label_filter.setCurrentIndex(position)
    contacts.label_filter.activated.emit(position)
    qtbot.waitUntil(lambda: sorted(names(contacts)) == ["Rina Kusuma", "Sari Wulandari"], timeout=5_000)


def test_an_edit_is_saved_with_its_history_and_a_bad_one_is_explained(qtbot, demo_window):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    choose(qtbot, contacts, "Maya Putri")
    detail = contacts.detail
    detail.notes.setPlainText("Suka warna sogan")
    detail.labels.setText("VIP, Reseller")
    detail.add_field_button.click()
    detail.fields.setItem(0, 0, _item("Ukuran"))
    detail.fields.setItem(0, 1, _item("L"))
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: detail.history.item(0).text().endswith("changed: custom fields, labels, notes"), timeout=5_000
    )

    def maya():  # type: ignore[no-untyped-def]
        return contacts.model.row_at(names(contacts).index("Maya Putri"))

    qtbot.waitUntil(lambda: [label.name for label in maya().labels] == ["Reseller", "VIP"], timeout=5_000)
    assert maya().contact_id == contacts._vm.open_contact
    detail.add_field_button.click()
    detail.fields.setItem(1, 0, _item("ukuran"))  # the same field twice, in another case
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.problem.isVisible() and "appears twice" in detail.problem.text(), timeout=5_000)
    assert detail.history.count() == 1  # nothing more was saved


def _item(text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)


def test_consent_and_blocking_from_the_detail(qtbot, demo_window):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    choose(qtbot, contacts, "Agus Hartono")
    detail = contacts.detail
    qtbot.mouseClick(detail.consent_given, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "consent given" in detail.ledger.item(0).text(), timeout=5_000)
    detail.opt_out.click()
    qtbot.waitUntil(lambda: "opted out of marketing" in detail.ledger.item(0).text(), timeout=5_000)
    assert detail.opt_out.isChecked()
    qtbot.mouseClick(detail.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.block_button.text() == "Unblock", timeout=5_000)
    qtbot.waitUntil(lambda: contacts.model.row_at(names(contacts).index("Agus Hartono")).blocked, timeout=5_000)
    assert contacts.model.index(names(contacts).index("Agus Hartono"), 0).data().endswith("(blocked)")
    kinds = [ConsentKind.CONSENT_GIVEN, ConsentKind.MARKETING_OPT_OUT]
    assert detail.ledger.count() == len(kinds)


def test_bulk_labels_on_a_selection(qtbot, demo_window):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6 and bool(contacts._labels), timeout=5_000)
    selection = contacts.table.selectionModel()
    for name in ("Agus Hartono", "Maya Putri"):
        selection.select(
            contacts.model.index(names(contacts).index(name), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    menu = QMenu()
    contacts.selection_actions(menu)
    add = next(a for a in menu.actions() if a.text() == "Add label").menu()
    next(a for a in add.actions() if a.text() == "Grosir").trigger()

    def grosir() -> list[str]:
        return sorted(
            contacts.model.row_at(i).name
            for i in range(contacts.model.rowCount())
            if any(label.name == "Grosir" for label in contacts.model.row_at(i).labels)
        )

    qtbot.waitUntil(lambda: grosir() == ["Agus Hartono", "Budi Santoso", "Maya Putri"], timeout=5_000)


def test_open_chat_goes_to_the_chats_with_the_conversation_open(qtbot, demo_window):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    choose(qtbot, contacts, "Budi Santoso")
    qtbot.mouseClick(contacts.detail.chat_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_window.pages.currentIndex() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: demo_window.chat_panel.title.text() == "Budi Santoso", timeout=5_000)
    assert bubbles(demo_window)


def test_duplicates_are_previewed_and_merged(qtbot, demo_window):
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    contacts._vm.add("0857-1111-2222", "Sari Wulandari")  # the same name as a demo customer
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 7, timeout=5_000)
    dialog = DuplicatesDialog(contacts._vm, contacts)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.groups.topLevelItemCount() == 1, timeout=5_000)
    group = dialog.groups.topLevelItem(0)
    assert group.text(0) == "Same name" and group.childCount() == 2
    metrics = dialog.groups.fontMetrics()
    indent = dialog.groups.indentation()
    assert dialog.groups.columnWidth(0) >= indent + metrics.horizontalAdvance("Sari Wulandari")  # never cut
    assert dialog.groups.columnWidth(1) >= metrics.horizontalAdvance("+62 857-1111-2222")
    first, second = group.child(0), group.child(1)
    kept_id = int(first.data(0, Qt.ItemDataRole.UserRole))
    first.setSelected(True)
    second.setSelected(True)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=5_000)
    assert "Keeps Sari Wulandari" in dialog.preview.text()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    qtbot.waitUntil(lambda: "No possible duplicates" in dialog.preview.text(), timeout=5_000)
    assert contacts._vm.open_contact == kept_id


def test_deleting_all_data_of_a_customer_is_confirmed_and_done_at_once(qtbot, demo_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def confirm(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    choose(qtbot, contacts, "Agus Hartono")
    qtbot.mouseClick(contacts.detail.forget_button, Qt.MouseButton.LeftButton)
    assert "cannot be brought back" in asked[0]
    qtbot.waitUntil(lambda: "Agus Hartono" not in names(contacts), timeout=5_000)
    assert "Receipt" in demo_window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: all(r.title != "Agus Hartono" for r in demo_window.list_model.rows()), timeout=5_000)


def test_a_new_contact_with_a_bad_number_keeps_the_form_and_says_why_beside_the_number(qtbot, demo_window):
    contacts = page(demo_window)
    contacts.add_contact()
    dialog = next(d for d in contacts.findChildren(AddContactDialog) if d.isVisible())
    dialog.phone.setText("0812-12")
    dialog.name.setText("Ibu Ratna")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.phone_problem.isVisible, timeout=5_000)
    assert dialog.isVisible()  # still open, with what was typed
    assert dialog.phone.text() == "0812-12" and dialog.name.text() == "Ibu Ratna"
    assert "phone number" in dialog.phone_problem.text() and not dialog.name_problem.isVisible()
    assert "Ibu Ratna" not in names(contacts)
    dialog.phone.setText("0812-9876-5432")  # corrected: now it is made, and the dialog closes
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "Ibu Ratna" in names(contacts), timeout=5_000)
    qtbot.waitUntil(lambda: contacts.detail.heading.text() == "Ibu Ratna", timeout=5_000)


def test_a_name_too_long_is_said_beside_the_name(qtbot, demo_window):
    contacts = page(demo_window)
    contacts.add_contact()
    dialog = next(d for d in contacts.findChildren(AddContactDialog) if d.isVisible())
    dialog.phone.setText("0812-9876-5433")
    dialog.name.setText("R" * 500)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.name_problem.isVisible, timeout=5_000)
    assert dialog.isVisible() and dialog.name.text() == "R" * 500 and not dialog.phone_problem.isVisible()
    dialog.reject()


def test_a_customer_s_data_is_exported_from_their_contact(qtbot, demo_window):
    from monggo_desktop.ui.export_dialog import ExportDialog
    from monggo_desktop.ui.screens import PRIVACY_SCREEN

    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    choose(qtbot, contacts, "Sari Wulandari")
    assert contacts.detail.export_button.isVisible() and contacts.detail.forget_button.isVisible()
    contacts.detail.export_button.click()
    assert demo_window.pages.currentIndex() == PRIVACY_SCREEN
    dialog = next(d for d in demo_window.findChildren(ExportDialog) if d.isVisible())
    assert dialog.contact.text() == "+6281234567801"
    dialog.reject()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_at_1100_px_the_table_needs_no_sideways_scrolling_and_a_wide_window_shows_consent(qtbot, demo_window, lang):
    from monggo_desktop.ui.i18n import install_translator
    from monggo_desktop.ui.models.contact_table_model import CONSENT, LAST_MESSAGE

    install_translator(QApplication.instance(), lang)  # the autouse fixture puts English back afterwards
    contacts = page(demo_window)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 6, timeout=5_000)
    table = contacts.table
    demo_window.resize(1100, 720)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=5_000)
    qtbot.wait(200)  # and it stays so once the columns are fitted
    assert not table.horizontalScrollBar().isVisible()
    assert not table.isColumnHidden(LAST_MESSAGE)  # what matters stays
    assert table.horizontalHeader().length() <= table.viewport().width()
    demo_window.resize(1900, 720)
    qtbot.waitUntil(lambda: not table.isColumnHidden(CONSENT), timeout=5_000)
    qtbot.wait(200)
    assert not table.horizontalScrollBar().isVisible()
