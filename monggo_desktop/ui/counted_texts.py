"""Counted texts said outside a widget ("3 new messages", "2 days ago"), with Qt's plural forms.

lupdate takes plural forms only from ``self.tr(text, "", n)`` inside a class, so functions that are not a
widget's methods get them here, in the context "Counted".
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counted(QObject):
    def new_messages(self, n: int) -> str:
        return self.tr("%n new message(s)", "", n)

    def you_have_new_messages(self, n: int) -> str:
        return self.tr("You have %n new message(s)", "", n)

    def customers(self, n: int) -> str:
        return self.tr("%n customer(s)", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)


def counted() -> Counted:
    return Counted()
