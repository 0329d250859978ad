"""The hint under a new passphrase and its repetition: how many characters are missing, whether they match."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from monggo_desktop.ui.theme import set_tone


def problem_label(parent: QWidget) -> QLabel:
    """The line under a field that says what is wrong with it; hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName("fieldProblem")
    label.setWordWrap(True)
    set_tone(label, "problem")
    label.hide()
    return label


def secret_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)  # never on screen: shoulder-surfing and screenshots
    return field


def show_passphrase_hint(hint: QLabel, first: str, second: str, minimum: int) -> bool:
    """Put the hint for ``first`` and its repetition ``second`` in ``hint``; True when both are good."""
    if len(first) < minimum:
        set_tone(hint, "problem")
        hint.setText(
            QCoreApplication.translate(
                "PassphraseHint",
                "Too short: {count} more characters. Four or five unrelated words are easy to remember "
                "and hard to guess.",
            ).format(count=minimum - len(first))
        )
        return False
    if second != first:
        set_tone(hint, "problem")
        hint.setText(
            QCoreApplication.translate("PassphraseHint", "Long enough. Type it again below; the two must match.")
        )
        return False
    set_tone(hint, "good")
    hint.setText(QCoreApplication.translate("PassphraseHint", "Long enough, and the two match."))
    return True
