"""A bug is shown once, with its redacted details to copy, and the app goes on."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from monggo_desktop.ui.error_dialog import show_bug_once


def test_a_bug_is_shown_once_and_its_details_can_be_copied(qtbot):
    box = show_bug_once("ValueError in chat._open", "Traceback ... ValueError: [redacted]")
    assert box is not None
    qtbot.addWidget(box)
    assert not box.isModal() and box.isVisible()
    assert show_bug_once("ValueError in chat._open", "again") is None
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert QGuiApplication.clipboard().text() == "Traceback ... ValueError: [redacted]"
    assert box.isVisible()  # copying does not close it
    assert box.detailedText().endswith("[redacted]") and box.icon() is QMessageBox.Icon.Warning
