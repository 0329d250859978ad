"""The window in Indonesian, walked screen by screen and dialog by dialog on the demo (the states the screenshot
tool renders, an error state included): no visible text, tooltip or placeholder may still be an English source
text of the catalogues (ours and Qt's). Customers' names, numbers and messages are not source texts, so they
never count; a text made of a source sentence and other words counts when the sentence is there whole."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QToolBar,
    QWidget,
)

from monggo_desktop.ui.i18n import install_translator, remove_translators
from tests.gui.demo_helpers import open_conversation

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n"
_TAGS = re.compile(r"<[^>]+>")
# Sources that read the same in both languages (a name, a symbol, a unit) are not English left behind.
_SAME_IN_BOTH = re.compile(r"^[\W\d_]*$|^(OK|Demo|Export|Email|WhatsApp|Monggo Pinarak|English|Bahasa Indonesia)$")


def english_sources() -> set[str]:
    """Every source text whose Indonesian translation differs from it, without & accelerators."""
    found: set[str] = set()
    for name in ("monggo_id.ts", "qt_id.ts"):
        root = ET.parse(TS / name).getroot()  # noqa: S314
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms or [translation.text or "" if translation is not None else ""]
            if source not in texts:
                found.add(_plain(source))
    return {s for s in found if s and not _SAME_IN_BOTH.match(s)}


def _plain(text: str) -> str:
    return " ".join(_TAGS.sub(" ", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).split())


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a user can read in ``root``'s visible widgets: texts, titles, placeholders,
    tooltips, list and combo items, table headers."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}({widget.objectName()})"
        texts = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation().name == "Horizontal" else 0
            texts += [str(model.headerData(i, widget.orientation()) or "") for i in range(count)]
        if isinstance(widget, QToolBar):
            texts += [a.text() for a in widget.actions()] + [a.toolTip() for a in widget.actions()]
        for text in texts:
            if text:
                yield where, _plain(text)


def english_in(root: QWidget, sources: set[str]) -> list[tuple[str, str]]:
    long_sources = [s for s in sources if len(s) >= 24]
    left = []
    for where, text in shown_texts(root):
        if text in sources or any(s in text for s in long_sources):
            left.append((where, text))
    return sorted(set(left))


@pytest.fixture
def indonesian(qapp) -> Iterator[None]:
    install_translator(qapp, "id")
    yield
    remove_translators()


def test_no_english_is_left_on_any_screen_or_dialog_in_indonesian(qtbot, indonesian, demo_window, tmp_path):
    sources = english_sources()
    assert len(sources) > 500  # the catalogues were read
    window = demo_window
    found: dict[str, list[tuple[str, str]]] = {}

    def look(state: str, root: QWidget | None = None) -> None:
        qtbot.wait(150)
        left = english_in(root or window, sources)
        if left:
            found[state] = left

    look("chats")
    open_conversation(qtbot, window, lambda r: r.title == "Sari Wulandari")
    look("chat")
    window.chat_panel.composer.setPlainText("x" * 5000)  # too long: the problem line and the counter
    window.chat_panel.send()
    look("chat, a message too long")
    window.chat_panel.composer.clear()
    open_conversation(qtbot, window, lambda r: r.conversation_id == window.list_model.rows()[-1].conversation_id)
    look("template picker")
    for number in range(1, 6):
        window.show_screen(number)
        qtbot.wait(400)
        look(f"screen {number}")
        if number == 3:  # each part of the settings
            page = window.settings_page
            for row in range(page.nav.count()):
                page.nav.setCurrentRow(row)
                look(f"settings, {page.nav.item(row).text()}")
    window.show_screen(1)
    contacts = window.contacts_page
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 0, timeout=5_000)
    contacts.table.selectRow(0)
    qtbot.wait(300)
    look("contacts, a customer's detail")
    csv = tmp_path / "kontak.csv"
    csv.write_text("Name,Phone\nBu Sri,0812-3456-7801\nSalah,12\n", encoding="utf-8")
    dialogs = [
        ("new chat", window.new_chat),
        ("shortcuts", window.show_shortcuts),
        ("add contact", contacts.add_contact),
        ("labels", contacts.manage_labels),
        ("duplicates", contacts.show_duplicates),
        ("import", lambda: contacts.start_import(str(csv))),
    ]
    for state, open_dialog in dialogs:
        open_dialog()
        qtbot.wait(600)
        for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
            look(f"dialog {state}", dialog)
            if state == "add contact":  # an error state: a number that cannot be one, said under the field
                dialog.phone.setText("12")
                dialog.submit()
                qtbot.wait(400)
                look("dialog add contact, a wrong number", dialog)
            dialog.reject()
    window.show_screen(4)
    qtbot.wait(400)
    export = window.pages.currentWidget().open_export()
    look("dialog export", export)
    export.reject()
    from monggo_desktop.services.demo_data import sample_png
    from monggo_desktop.ui.attachment_preview import from_path

    window.show_screen(0)
    photo = tmp_path / "kain.png"
    photo.write_bytes(sample_png(64, 48))
    preview = window.chat_panel.preview_attachment(from_path(str(photo)))
    look("dialog attachment preview", preview)
    preview.reject()
    from monggo_desktop.ui.lock_screen import LockScreen

    lock = LockScreen()
    lock.show()
    lock.reset()
    look("lock screen", lock)
    lock.close()
    assert found == {}


def test_no_english_is_left_in_the_setup_wizard_in_indonesian(qtbot, qloop, indonesian, tmp_path):
    from keyring.backends.fail import Keyring as NoKeyring

    from monggo_desktop.services.session import Unlocker
    from tests.gui.wizard_helpers import open_wizard

    sources = english_sources()
    # No keyring at all: the wizard then asks for a passphrase, its page with the most to read.
    driver = open_wizard(qtbot, tmp_path / "data", Unlocker(NoKeyring(), "monggo-walk"), None)
    wizard = driver.wizard
    wizard.show()
    found = {}
    for page in range(3):  # the welcome, the credentials and (with nothing typed) the first page's buttons
        qtbot.wait(200)
        left = english_in(wizard, sources)
        if left:
            found[page] = left
        if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
            break
        wizard.next()
    assert found == {}
