"""UI language: our Qt Linguist catalogue (English or Indonesian) plus Qt's own strings: Qt's ``qtbase_xx``, or
for a language Qt has none of (Indonesian) our ``qt_xx`` catalogue of the Qt texts the window shows.

The compiled catalogues ship inside the package (``monggo_desktop/resources/i18n/*.qm``) and are read with
``importlib.resources``, so there is no rcc step and a frozen build finds them too. Sources are edited in
``resources/i18n/*.ts``; ``make translations`` refreshes both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Marks a text for lupdate and returns it unchanged; PySide's stubs say "object", so it is typed here.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)

LANGUAGES = ("en", "id")
_CATALOGUES = "monggo_desktop.resources.i18n"
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
}

log = logging.getLogger(__name__)

# What install_translator put in place (with the .qm bytes Qt reads in place), so that remove_translators
# or the next install can take it back.
_installed: list[tuple[QCoreApplication, QTranslator, bytes | None]] = []
_previous_default_locale: QLocale | None = None


def system_language() -> str:
    """Indonesian when this computer speaks Indonesian, English otherwise."""
    return "id" if QLocale.system().language() == QLocale.Language.Indonesian else "en"


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the ``lang`` ("en", "id"; None: the system's) translations on ``app`` and return the language used.

    Calling it again replaces the earlier translators. Dates and weekday names follow the chosen language
    too: when it differs from the system's, the default ``QLocale`` is switched to it.
    """
    chosen = system_language() if lang is None else lang
    if chosen not in LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    remove_translators()

    data = (resources.files(_CATALOGUES) / f"monggo_{chosen}.qm").read_bytes()
    ours = QTranslator()
    if ours.load(data):
        _install(app, ours, data)  # Qt reads the buffer in place: it is kept alive with the translator
    else:
        log.warning("could not load the %s UI translations", chosen)

    qtbase = QTranslator()
    if qtbase.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qtbase)
    else:  # Qt ships no qtbase_id: its standard buttons, wizard buttons and edit menus come from ours
        bundled = resources.files(_CATALOGUES) / f"qt_{chosen}.qm"
        if bundled.is_file():
            qt_data = bundled.read_bytes()
            qt_texts = QTranslator()
            if qt_texts.load(qt_data):
                _install(app, qt_texts, qt_data)

    _follow_locale(chosen)
    return chosen


def remove_translators() -> None:
    """Undo install_translator: the UI falls back to the English source strings and the system locale."""
    global _previous_default_locale
    while _installed:
        app, translator, _data = _installed.pop()
        app.removeTranslator(translator)
    if _previous_default_locale is not None:
        QLocale.setDefault(_previous_default_locale)
        _previous_default_locale = None


def _install(app: QCoreApplication, translator: QTranslator, data: bytes | None = None) -> None:
    app.installTranslator(translator)
    _installed.append((app, translator, data))


def _follow_locale(lang: str) -> None:
    """The system's own region when it speaks ``lang`` (an en_GB owner keeps day-month order); the language's
    main region otherwise, and also for the bare C locale of a minimal system (no thousands separators)."""
    global _previous_default_locale
    if system_language() == lang and QLocale.system().language() != QLocale.Language.C:
        return
    # A copy by name: a default-constructed QLocale shares the default's data, which setDefault changes.
    _previous_default_locale = QLocale(QLocale().name())
    QLocale.setDefault(QLocale(*_LOCALES[lang]))
